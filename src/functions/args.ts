// Turning what Excel passes into what core takes. Parameters are declared `any` in the metadata so
// Excel hands over blanks and text as they are, and these helpers answer them with #VALUE! rather
// than letting Excel refuse the call without a message.
import { type Cell, type MathError, mathError } from "../core/math";

/** An empty cell or omitted argument: Excel passes null (or undefined), and "" for some empty cells. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * A required number argument as core takes it: a number as it is, anything else (blank, text, a
 * boolean) NaN. Core checks every argument is finite, in order, and answers #VALUE! "NAME must be a
 * number", so the message names the argument without an allocation per call here.
 */
export function num(value: unknown): number {
  return typeof value === "number" ? value : Number.NaN;
}

/** An optional number argument: blank is undefined, so core's default applies; otherwise as num(). */
export function opt(value: unknown): number | undefined {
  return isBlank(value) ? undefined : num(value);
}

/** How a range treats a cell that is neither blank nor a number. */
export type NonNumberPolicy = "reject" | "skip";

export interface RangeCells {
  readonly rows: number;
  readonly columns: number;
  /** Row by row; null for a blank cell (or a skipped non-number). */
  readonly cells: Cell[];
}

/**
 * A range argument (Excel passes a matrix, row by row) as a flat list of cells. A single value is
 * taken as a 1×1 range. Ragged input or, with "reject", a cell that is text, a boolean or not finite
 * gives #VALUE! naming the cell's row and column within the range.
 */
export function readRange(value: unknown, name: string, nonNumbers: NonNumberPolicy): RangeCells | MathError {
  const matrix: unknown[] = Array.isArray(value) ? value : [[value]];
  const rows = matrix.length;
  const first = matrix[0];
  const columns = Array.isArray(first) ? first.length : 0;
  const cells: Cell[] = [];
  for (let r = 0; r < rows; r++) {
    const row = matrix[r];
    if (!Array.isArray(row) || row.length !== columns) {
      return mathError("#VALUE!", `${name} must be a rectangular range`);
    }
    for (let c = 0; c < columns; c++) {
      const cell = row[c];
      if (typeof cell === "number" && Number.isFinite(cell)) cells.push(cell);
      else if (isBlank(cell) || nonNumbers === "skip") cells.push(null);
      else return mathError("#VALUE!", `${name} row ${r + 1}, column ${c + 1} is not a number`);
    }
  }
  return { rows, columns, cells };
}

/** #VALUE! unless two ranges have the same number of rows and columns. */
export function sameShape(a: RangeCells, aName: string, b: RangeCells, bName: string): MathError | undefined {
  if (a.rows === b.rows && a.columns === b.columns) return undefined;
  return mathError(
    "#VALUE!",
    `${aName} (${a.rows}×${a.columns}) and ${bName} (${b.rows}×${b.columns}) must be the same size`,
  );
}
