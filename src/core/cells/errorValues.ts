// Excel error values as Range.values returns them (strings). Newer ones (#SPILL!, #CALC!, …) come from
// dynamic arrays, data types and connected functions.
export const EXCEL_ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
] as const;

export type ExcelErrorValue = (typeof EXCEL_ERRORS)[number];

const ERRORS = new Set<string>(EXCEL_ERRORS);

export function isExcelError(value: unknown): value is ExcelErrorValue {
  return typeof value === "string" && ERRORS.has(value.trim().toUpperCase());
}
