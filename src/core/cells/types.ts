// What a cell holds once read from Excel's `Range.values` (dates are serial numbers there).
export type CellValue = string | number | boolean | null;

/** Which calendar a workbook counts its date serials from (Workbook.properties / "Use 1904 date system"). */
export type DateSystem = 1900 | 1904;

/** How a slash date like 03/04/2026 should be read; undefined means "report it as ambiguous". */
export type DateOrder = "mdy" | "dmy";

export type ProblemCode =
  | "required"
  | "notANumber"
  | "notAWholeNumber"
  | "belowMin"
  | "aboveMax"
  | "numberAsText"
  | "notADate"
  | "dateAsText"
  | "ambiguousDate"
  | "unknownChoice"
  | "choiceCase"
  | "invalidEmail"
  | "invalidPhone"
  | "numberInTextColumn"
  | "invalidUrl"
  | "notABoolean"
  | "errorValue"
  | "duplicateKey"
  | "duplicateValue"
  | "blankRow"
  | "tooLong"
  | "meterBelowLast"
  | "futureDate"
  | "noServiceInterval"
  | "datesOutOfOrder";

/** error: the value cannot be used as it is; warning: usable, but a fix (often `suggestion`) is advised. */
export type Severity = "error" | "warning";

export interface CellProblem {
  code: ProblemCode;
  /** Plain words for an office manager, without the row/column prefix (validateRow adds it). */
  message: string;
  severity: Severity;
  /** A value that would fix the cell (a parsed number, a date serial, the closest choice), if one is known. */
  suggestion?: CellValue;
}

/**
 * The result of reading one raw cell as a column's type. `ok: true` may still carry a `problem` of
 * severity "warning" (for example a number stored as text: usable, `value` is the number).
 */
export type CoerceResult =
  { ok: true; value: CellValue; problem?: CellProblem } | { ok: false; problem: CellProblem };
