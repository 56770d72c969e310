// Structured references as a person types them ("[@[On hand]]", "[Qty]") and as an .xlsx file stores
// them: in the file every reference names its table and "this row" is spelled "[#This Row]"
// (ECMA-376 Part 1, 18.17.6.x structured references; the "@" and the table-less forms are shorthands
// of Excel's formula bar only).

/** The index just past the "]" that closes the "[" at `open` (column specifiers escape with '). */
function closingBracket(formula: string, open: number): number {
  let depth = 0;
  for (let i = open; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === "'") i++;
    else if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return i + 1;
  }
  return formula.length;
}

/** Whether `ch` can end a table name (so the "[" after it qualifies that table). */
const NAME_CHAR = /[A-Za-z0-9_.\\\u00C0-\uFFFF]/;

interface Reference {
  /** The table name in front of the brackets, or "" for a table-less reference. */
  table: string;
  /** What is between the outer brackets. */
  body: string;
  start: number;
  end: number;
}

/**
 * Rewrites every structured reference in a formula, leaving string literals and quoted sheet names
 * alone. `rewrite` returns the replacement text, or null to keep the reference as it was.
 */
function mapReferences(formula: string, rewrite: (ref: Reference) => string | null): string {
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
    if (ch === "[") {
      let nameStart = out.length;
      while (nameStart > 0 && NAME_CHAR.test(out[nameStart - 1])) nameStart--;
      const table = out.slice(nameStart);
      const end = closingBracket(formula, i);
      const body = formula.slice(i + 1, end - 1);
      // "[1]Sheet!A1" (an external workbook) is not a structured reference.
      const external = table === "" && /^\d+$/.test(body);
      const replaced = external ? null : rewrite({ table, body, start: i, end });
      out = replaced === null ? out + formula.slice(i, end) : out.slice(0, nameStart) + replaced;
      i = end;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** `@[A]`, `@A` or `@[A]:[B]` (the body of a this-row shorthand) as the file's item specifiers. */
function thisRowBody(body: string): string | null {
  if (!body.startsWith("@")) return null;
  const rest = body.slice(1);
  if (rest === "") return "[#This Row]";
  return rest.startsWith("[") ? `[#This Row],${rest}` : `[#This Row],[${rest}]`;
}

/**
 * The formula as an .xlsx file stores it: table-less references get `ownTable`'s name and "@" becomes
 * "[#This Row],". Formulas outside a table (ownTable undefined) keep their table-less references.
 */
export function toFileFormula(formula: string, ownTable: string | undefined): string {
  return mapReferences(formula, ({ table, body }) => {
    const name = table || ownTable;
    if (!name) return null;
    const row = thisRowBody(body);
    return `${name}[${row ?? body}]`;
  });
}

/**
 * The formula as Excel's formula bar shows it for a cell of `ownTable`: "Table[[#This Row],[A]]" of the
 * cell's own table becomes "[@[A]]" (the double-bracket form the add-in writes; Excel accepts it always)
 * and "Table[A]" becomes "[A]".
 */
export function fromFileFormula(formula: string, ownTable: string | undefined): string {
  if (!ownTable) return formula;
  const own = ownTable.toLowerCase();
  return mapReferences(formula, ({ table, body }) => {
    if (table.toLowerCase() !== own) return null;
    const m = /^\[#This Row\](?:,(.*))?$/i.exec(body);
    if (m) return m[1] === undefined ? "[@]" : `[@${m[1]}]`;
    // A plain column (no "#Headers", "#Totals"… item) of the own table.
    return body.includes("#") ? null : `[${body}]`;
  });
}
