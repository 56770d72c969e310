// Excel's array evaluation of a scalar operation (Excel 2021 dynamic arrays): an operation given arrays
// applies element by element; an array of one row or column stretches along the other operand, and
// where two arrays differ in size the missing elements are #N/A, as Excel shows them.
import FormulaParser from "fast-formula-parser";

const { FormulaError } = FormulaParser;

type Matrix = unknown[][];

const isMatrix = (v: unknown): v is Matrix => Array.isArray(v);

/** The element (r, c) of `v` stretched over the result's shape, or #N/A past its end. */
function at(v: unknown, r: number, c: number): unknown {
  if (!isMatrix(v)) return v;
  const row = v.length === 1 ? v[0] : v[r];
  if (row === undefined) return FormulaError.NA;
  const x = row.length === 1 ? row[0] : row[c];
  return x === undefined ? FormulaError.NA : x;
}

/**
 * `f` over the operands, element by element when any is an array (a range's values or an array
 * result), else once. The result of arrays is an array of their largest shape.
 */
export function elementwise(operands: readonly unknown[], f: (...scalars: unknown[]) => unknown): unknown {
  const arrays = operands.filter(isMatrix);
  if (arrays.length === 0) return f(...operands);
  const rows = Math.max(...arrays.map((a) => a.length));
  const cols = Math.max(...arrays.map((a) => a[0]?.length ?? 0));
  const out: Matrix = [];
  for (let r = 0; r < rows; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < cols; c++) row.push(f(...operands.map((o) => at(o, r, c))));
    out.push(row);
  }
  return out;
}
