// The typed error a core formula returns instead of throwing. Its codes are the Excel error values
// the custom functions show, so a wrapper maps it one to one and the task pane can show the message.

export type MathErrorCode = "#VALUE!" | "#NUM!" | "#DIV/0!";

export interface MathError {
  readonly error: MathErrorCode;
  readonly message: string;
}

export function mathError(error: MathErrorCode, message: string): MathError {
  return { error, message };
}

export function isMathError(value: unknown): value is MathError {
  return typeof value === "object" && value !== null && "error" in value && "message" in value;
}

/** #VALUE! for an argument that is not a finite number (NaN, ±Infinity). */
export function notANumber(name: string): MathError {
  return mathError("#VALUE!", `${name} must be a number`);
}

/** #NUM! for an argument that must not be negative. */
export function mustNotBeNegative(name: string): MathError {
  return mathError("#NUM!", `${name} must not be negative`);
}

/** #NUM! for an argument that must be greater than zero. */
export function mustBePositive(name: string): MathError {
  return mathError("#NUM!", `${name} must be greater than 0`);
}

/** #NUM! when finite inputs overflow (Excel's own arithmetic shows #NUM! beyond ±1.8e308). */
export function finiteResult(result: number): number | MathError {
  return Number.isFinite(result) ? result : mathError("#NUM!", "the result is too large for Excel");
}
