// What src/excel writes for a value a person typed, so that it lands as a value and never as a formula.
//
// Range.values is parsed like typing into the cell: "=1+1" becomes a formula, "+44 20 7946" and
// "-5 short" are tried as formulas too, "0012" becomes 12 and "3/4" becomes a date. A leading
// apostrophe tells Excel "this is text": the apostrophe is not part of the value (Range.values reads
// back the text without it; Excel keeps it as the cell's hidden prefix character), so prefixing is
// lossless. Text that itself starts with an apostrophe therefore needs one more in front.
import { coerceCell } from "./coerce";
import { parseDateText } from "./parseDate";
import { parseNumberText } from "./parseNumber";
import type { ColumnDef } from "../registers/types";
import type { CellValue } from "./types";

// = + - @ start formulas (also in CSV readers); tab and CR are the other OWASP CSV-injection leads.
// Full-width forms are included because East Asian IMEs type them and Excel may normalise them.
const RISKY_LEAD = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Text that Excel (or a CSV reader) could take as a formula if written as it is. */
export function isRiskyText(text: string): boolean {
  return RISKY_LEAD.test(text);
}

/** Text that Excel would turn into something else (a formula, number, date, time or TRUE/FALSE). */
export function wouldExcelConvert(text: string): boolean {
  if (isRiskyText(text) || text.startsWith("'")) return true;
  const t = text.trim();
  if (t === "") return false;
  if (/^(true|false)$/i.test(t)) return true;
  if (/^[\d.,($€£¥%]/.test(t)) return true; // numbers, dates, fractions, times, money, accounting negatives
  if (parseNumberText(t) !== null) return true;
  return parseDateText(t).kind !== "none"; // "14 Mar 2026", "March 14, 2026"
}

/** The text to write so that the cell ends up holding exactly `text`. */
export function literalText(text: string): string {
  return wouldExcelConvert(text) ? `'${text}` : text;
}

const NUMERIC = new Set(["number", "integer", "currency", "date", "datetime", "boolean"]);

/**
 * What to put in Range.values for a value a person typed into `column` (or an extra column when
 * `column` is undefined): numbers and booleans stay as they are; text for a number or date column that
 * reads cleanly as one is written as that number (serial for dates); any other text is written so that it
 * stays literally that text. Blank becomes "" (clears the cell: a null in Range.values leaves it unchanged).
 */
export function asLiteralCellValue(
  value: CellValue | undefined,
  column?: ColumnDef,
): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value;
  if (column && NUMERIC.has(column.type) && column.formula === undefined) {
    const read = coerceCell(value, column);
    if (read.ok && (typeof read.value === "number" || typeof read.value === "boolean")) return read.value;
  }
  return literalText(value);
}
