// A1 notation for the grid: column letters, cell addresses, and ranges as the simulator reports them.

import { columnIndex, columnLetters } from "../../core/cells/a1";

/** 0-based row and column → "B3". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export interface CellRect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/**
 * "Sheet!A1:C5", "'My sheet'!B2", "A1:C5", whole columns "C:E" or whole rows "2:5" → 0-based
 * rectangle; undefined for other forms.
 */
export function parseRange(address: string): CellRect | undefined {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const columns = /^([A-Z]+):([A-Z]+)$/i.exec(local);
  if (columns) {
    const [c0, c1] = [columnIndex(columns[1]), columnIndex(columns[2])].sort((x, y) => x - y);
    return { r0: 0, c0, r1: MAX_ROWS - 1, c1 };
  }
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) {
    const [r0, r1] = [Number(rows[1]) - 1, Number(rows[2]) - 1].sort((x, y) => x - y);
    return { r0, c0: 0, r1, c1: MAX_COLS - 1 };
  }
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(local);
  if (!m) return undefined;
  const r0 = Number(m[2]) - 1;
  const c0 = columnIndex(m[1]);
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  const c1 = m[3] ? columnIndex(m[3]) : c0;
  return { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
}

export function rectContains(rect: CellRect, row: number, col: number): boolean {
  return row >= rect.r0 && row <= rect.r1 && col >= rect.c0 && col <= rect.c1;
}

export const isWholeColumns = (rect: CellRect): boolean => rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
export const isWholeRows = (rect: CellRect): boolean => rect.c0 === 0 && rect.c1 === MAX_COLS - 1;

/** Excel's way of writing a range: "B2", "A1:C3", "C:E" for whole columns, "2:5" for whole rows. */
export function rangeAddress(rect: CellRect): string {
  if (isWholeColumns(rect) && !isWholeRows(rect))
    return `${columnLetters(rect.c0)}:${columnLetters(rect.c1)}`;
  if (isWholeRows(rect)) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  const first = cellAddress(rect.r0, rect.c0);
  return rect.r0 === rect.r1 && rect.c0 === rect.c1 ? first : `${first}:${cellAddress(rect.r1, rect.c1)}`;
}
