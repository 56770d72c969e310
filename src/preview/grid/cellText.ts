// What the formula bar shows for a cell: the formula when there is one, else the value as typed.

export interface CellLike {
  value: string | number | boolean | null;
  formula?: string;
  numberFormat?: string;
  /** Display text under the number format (the simulator's Range.text). */
  text?: string;
}

/** A number format with day, month or year codes (quoted text, escapes and [tags] ignored). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const codes = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[dy]/i.test(codes) || (/m/i.test(codes) && !/[0#?]/.test(codes));
}

/** Excel's formula bar: the formula; a date as a date; otherwise the raw value (4.95, not "$4.95"). */
export function formulaBarText(cell: CellLike | undefined): string {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  if (cell.value === null) return "";
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  if (typeof cell.value === "number" && isDateFormat(cell.numberFormat) && cell.text) return cell.text;
  return String(cell.value);
}

/** The text shown in the grid: the simulator's formatted text, or the plain value. */
export function displayText(cell: CellLike | undefined): string {
  if (!cell || cell.value === null) return "";
  if (cell.text !== undefined) return cell.text;
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  return String(cell.value);
}
