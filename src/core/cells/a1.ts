// A1 notation, written once for every layer: column letters both ways and how Excel quotes a sheet
// name in an address. Addresses with sheets and rectangles build on these (src/excel/address.ts,
// src/preview/simulator/address.ts, src/preview/grid/a1.ts).

/** 0-based column index to letters: 0 → A, 25 → Z, 26 → AA (bijective base 26). */
export function columnLetters(col: number): string {
  let out = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  }
  return out;
}

/** Letters to a 0-based column index: A → 0, AA → 26 (case ignored). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Excel quotes a sheet name ('My sheet'!A1) unless it is a plain identifier that cannot be read as a cell. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}
