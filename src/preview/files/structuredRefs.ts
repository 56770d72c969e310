// Structured references as a person types them ("[@[On hand]]", "[Qty]") and as an .xlsx file stores
// them: in the file every reference names its table and "this row" is spelled "[#This Row]"
// (ECMA-376 Part 1, 18.17.6.x structured references; the "@" and the table-less forms are shorthands
// of Excel's formula bar only).
import { mapStructuredRefs } from "../formulas/structuredRefScan";

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
  return mapStructuredRefs(formula, ({ table, body }) => {
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
  return mapStructuredRefs(formula, ({ table, body }) => {
    if (table.toLowerCase() !== own) return null;
    const m = /^\[#This Row\](?:,(.*))?$/i.exec(body);
    if (m) return m[1] === undefined ? "[@]" : `[@${m[1]}]`;
    // A plain column (no "#Headers", "#Totals"… item) of the own table.
    return body.includes("#") ? null : `[${body}]`;
  });
}
