// Turning what Excel passes into what core takes. Parameters are declared `any` in the metadata so
// Excel hands over blanks and text as they are, and these helpers answer them with #VALUE! rather
// than letting Excel refuse the call without a message.
import { type Cell, type MathError, mathError, notANumber } from "../core/math";

/** An empty cell or omitted argument: Excel passes null (or undefined), and "" for some empty cells. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** [argument name, value as passed by Excel, default when blank (absent: the argument is required)]. */
export type ArgSpec = readonly [name: string, value: unknown, fallback?: number];

/**
 * The arguments as numbers, in order, or the first problem: #VALUE! "NAME must be a number" for a
 * blank required argument, text, a boolean, NaN or ±Infinity. Blank optional arguments take their default.
 */
export function readNumbers(...specs: ArgSpec[]): number[] | MathError {
  const numbers: number[] = [];
  for (const [name, value, fallback] of specs) {
    if (fallback !== undefined && isBlank(value)) numbers.push(fallback);
    else if (typeof value === "number" && Number.isFinite(value)) numbers.push(value);
    else return notANumber(name);
  }
  return numbers;
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
