// Finding the structured references of a formula (Table[...], [@Col], [[#This Row],[A]]) without a
// formula parser: string literals and quoted sheet names are skipped, each outer bracket group is one
// reference, and the table name is the identifier just before it. Used to evaluate table formulas
// (structuredRefs.ts) and to write and read them in .xlsx files (files/structuredRefs.ts).

/** Characters a table name can end with (so the "[" after them qualifies that table). */
const TABLE_NAME_CHAR = /[A-Za-z0-9_.\\\u00C0-\uFFFF]/;

/** Index just past the "]" closing the "[" at `open`, honouring ' escapes in column names; -1 if unclosed. */
export function groupEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") {
      i++;
      continue;
    }
    if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return i + 1;
  }
  return -1;
}

export interface StructuredRef {
  /** The table name in front of the brackets, or "" for a table-less reference. */
  table: string;
  /** What is between the outer brackets. */
  body: string;
}

/**
 * Rewrites every structured reference in a formula. `rewrite` returns the text to put in place of the
 * table name and brackets, or null to keep the reference as it was. "[1]Sheet!A1" (an external
 * workbook) is not a structured reference; an unclosed bracket ends the scan.
 */
export function mapStructuredRefs(formula: string, rewrite: (ref: StructuredRef) => string | null): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A literal: "…""…" or '…''…' (a quoted sheet name).
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch !== "[") {
      out += ch;
      i++;
      continue;
    }
    let nameStart = out.length;
    while (nameStart > 0 && TABLE_NAME_CHAR.test(out[nameStart - 1])) nameStart--;
    const table = out.slice(nameStart);
    const end = groupEnd(formula, i);
    if (end < 0) return out + formula.slice(i);
    const body = formula.slice(i + 1, end - 1);
    const external = table === "" && /^\d+$/.test(body);
    const replaced = external ? null : rewrite({ table, body });
    out = replaced === null ? out + formula.slice(i, end) : out.slice(0, nameStart) + replaced;
    i = end;
  }
  return out;
}
