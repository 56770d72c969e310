// Structured references to "this row" of a table column, e.g. [@[On hand]].
// In a column specifier, ' [ ] # and @ must be escaped with a leading apostrophe (Excel's rule for
// structured references); the double-bracket form [@[…]] is always accepted, so we always use it.
export function escapeColumnSpecifier(header: string): string {
  return header.replace(/['[\]#@]/g, (ch) => `'${ch}`);
}

/** `[@[Header]]`: the cell of that column in the formula's own row. */
export function thisRow(header: string): string {
  return `[@[${escapeColumnSpecifier(header)}]]`;
}

/** `IF([@[H]]="",fallback,[@[H]])`: a blank cell read as a default. */
export function orDefault(header: string, fallback: number): string {
  const ref = thisRow(header);
  return `IF(${ref}="",${fallback},${ref})`;
}

/** `OR([@[A]]="",[@[B]]="")`: true when any of the cells is blank. */
export function anyBlank(headers: readonly string[]): string {
  const tests = headers.map((h) => `${thisRow(h)}=""`);
  return tests.length === 1 ? tests[0] : `OR(${tests.join(",")})`;
}

/** Headers referred to by a formula's structured references (for checks and tests). */
export function referencedHeaders(formula: string): string[] {
  const out: string[] = [];
  const re = /\[@\[((?:'.|[^\]'])*)\]\]/g;
  for (let m = re.exec(formula); m; m = re.exec(formula)) out.push(m[1].replace(/'(.)/g, "$1"));
  return out;
}
