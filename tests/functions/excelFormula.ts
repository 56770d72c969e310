// Just enough of Excel's formula syntax to run the examples in the function reference:
// =BACKOFFICE.NAME(arg, ...) where an argument is a number, "text", DATE(y,m,d), an array constant
// {a, b; c, d} of numbers and text, or empty.

export interface ParsedCall {
  name: string;
  args: unknown[];
}

// Excel's date serial: days since 30 Dec 1899 (the 1900 leap-year quirk only affects dates before March 1900).
export function excelDate(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export function parseCall(formula: string): ParsedCall {
  const m = /^=BACKOFFICE\.([A-Z]+)\((.*)\)$/s.exec(formula.trim());
  if (!m) throw new Error(`not a BACKOFFICE call: ${formula}`);
  let pos = 0;
  const src = m[2];
  const skip = () => {
    while (src[pos] === " ") pos++;
  };
  const scalar = (): unknown => {
    skip();
    if (src[pos] === '"') {
      const end = src.indexOf('"', pos + 1);
      const text = src.slice(pos + 1, end);
      pos = end + 1;
      return text;
    }
    const date = /^DATE\((\d+),\s*(\d+),\s*(\d+)\)/.exec(src.slice(pos));
    if (date) {
      pos += date[0].length;
      return excelDate(Number(date[1]), Number(date[2]), Number(date[3]));
    }
    const num = /^-?\d+(\.\d+)?/.exec(src.slice(pos));
    if (num) {
      pos += num[0].length;
      return Number(num[0]);
    }
    return null; // an empty argument
  };
  const argument = (): unknown => {
    skip();
    if (src[pos] !== "{") return scalar();
    pos++;
    const rows: unknown[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(scalar());
      skip();
      const sep = src[pos++];
      if (sep === "}") return rows;
      if (sep === ";") rows.push([]);
      else if (sep !== ",") throw new Error(`bad array constant in ${formula}`);
    }
  };
  const args: unknown[] = [];
  for (;;) {
    args.push(argument());
    skip();
    if (pos >= src.length) break;
    if (src[pos++] !== ",") throw new Error(`expected , at ${pos} in ${formula}`);
  }
  return { name: m[1], args };
}
