// A number read from a cell: only a finite number counts; blank, text, booleans and errors do not.

/** The cell's number, or null when it holds none. */
export const finiteOrNull = (v: unknown): number | null =>
  typeof v === "number" && Number.isFinite(v) ? v : null;

/** The cell's number, or 0 when it holds none (a stock figure left blank is none in stock). */
export const finiteOrZero = (v: unknown): number => finiteOrNull(v) ?? 0;
