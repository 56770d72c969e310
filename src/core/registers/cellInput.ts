// What src/excel writes into a register cell for a value a person typed, so that it lands as a value and
// never as a formula. Columns formatted "@" hold text as text by their format: there the text is
// written as it is (an apostrophe would become part of the text), after setting the cell's format to "@"
// in the same request. Elsewhere asLiteralCellValue (cells/textSafety.ts) decides: numbers stay numbers,
// risky or number-like text gets the apostrophe prefix that keeps it text.
import { asLiteralCellValue } from "../cells/textSafety";
import type { CellValue } from "../cells/types";
import type { ColumnDef } from "./types";

export function isTextFormatted(column: ColumnDef | undefined): boolean {
  return column?.numberFormat === "@";
}

/** The value to put in Range.values for `value` typed into `column` (undefined: an extra column). */
export function cellInput(
  column: ColumnDef | undefined,
  value: CellValue | undefined,
): string | number | boolean {
  if (isTextFormatted(column)) {
    if (value === null || value === undefined) return "";
    if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
    return typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : value;
  }
  return asLiteralCellValue(value ?? null, column);
}

/** The number format to set before writing into `column`, or null to leave the cell's format alone. */
export function formatFor(column: ColumnDef | undefined): string | null {
  if (!column?.numberFormat || column.numberFormat === "General") return null;
  return column.numberFormat;
}
