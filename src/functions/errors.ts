/// <reference types="custom-functions-runtime" />
// CustomFunctions' types live in @types/custom-functions-runtime, not @types/office-js; the project's
// tsconfig lists its global types explicitly, so this file pulls them in.
import type { MathError, MathErrorCode } from "../core/math";

const ERROR_CODES: Record<MathErrorCode, keyof typeof CustomFunctions.ErrorCode> = {
  "#VALUE!": "invalidValue",
  "#NUM!": "invalidNumber",
  "#DIV/0!": "divisionByZero",
};

/** The Excel error a cell shows for a core error: same code, same message (shown in the cell's tooltip). */
export function excelError(error: MathError): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[ERROR_CODES[error.error]], error.message);
}
