// Writing some cells of one row of a register: which changes may be written (planCells), how the
// changed cells are grouped into ranges (changedSpans), and the queued writes on ranges the caller
// locates, by a key Excel finds (writeByKey.ts) or by a row read in the same run (queueWriteAt).
import { cellInput, isTextFormatted } from "../../core/registers/cellInput";
import { isCalculated } from "../../core/registers/columnDefaults";
import type { CellValue, RegisterDef } from "../../core/registers/types";
import type { TablePlace } from "../tableProbe";

/** One cell to write: the value for Range.values and whether the cell must be formatted "@" first. */
export interface CellWrite {
  value: string | number | boolean;
  text: boolean;
}

/** The cells to write in one row, by layout index (the table's column order). */
export type RowCells = Map<number, CellWrite>;

export interface SkippedCell {
  /** The register column key asked for. */
  column: string;
  reason: string;
}

/**
 * The cells `changes` (by register column key) write in a row of `place`'s table. Left out, with the
 * reason: columns the table lacks, calculated columns (the formula is the column's) and key columns
 * (a row is found by its key, so the key is not changed this way).
 */
export function planCells(
  def: RegisterDef,
  place: Pick<TablePlace, "layout">,
  changes: Record<string, CellValue>,
): { cells: RowCells; skipped: SkippedCell[] } {
  const cells: RowCells = new Map();
  const skipped: SkippedCell[] = [];
  for (const [key, value] of Object.entries(changes)) {
    const column = def.columns.find((c) => c.key === key);
    const j = place.layout.findIndex((c) => c.key === key);
    if (!column || j < 0) {
      skipped.push({ column: key, reason: `the table has no ${column?.header ?? key} column` });
    } else if (isCalculated(column)) {
      skipped.push({ column: key, reason: `${column.header} is calculated by a formula` });
    } else if (def.keyColumns.includes(key)) {
      skipped.push({ column: key, reason: `${column.header} is the row's key and is not changed here` });
    } else {
      cells.set(j, { value: cellInput(column, value), text: isTextFormatted(column) });
    }
  }
  return { cells, skipped };
}

/** Changed columns (layout indexes) of one row written as one range, from first to last. */
export interface Span {
  first: number;
  last: number;
}

/**
 * A null between two changed cells costs 5 bytes of request, a range of its own far more (its object
 * path, the write and, in Office.js, an instantiate action: about 250 bytes), so changed cells up to
 * this many columns apart share one range.
 */
export const MAX_GAP_COLUMNS = 32;

/**
 * Sorted changed columns grouped into spans. With `anchor` (the column of a cell the caller already
 * holds, such as the key cell Excel found), the first span to its right, when it is more than one cell
 * wide and near enough, starts at the anchor: a range grown from that cell takes one path where an
 * offset then a resize take two (the anchor's cell is written null, which leaves it as it is).
 */
export function changedSpans(sorted: readonly number[], anchor?: number): Span[] {
  const spans: Span[] = [];
  for (const j of sorted) {
    const last = spans[spans.length - 1];
    if (last && j - last.last - 1 <= MAX_GAP_COLUMNS) last.last = j;
    else spans.push({ first: j, last: j });
  }
  if (anchor !== undefined) {
    const right = spans.find((s) => s.first > anchor);
    if (
      right &&
      right.last > right.first &&
      right.first - anchor - 1 <= MAX_GAP_COLUMNS &&
      !spans.some((s) => s.first <= anchor && s.last >= anchor)
    )
      right.first = anchor;
  }
  return spans;
}

/**
 * Queues the writes of `cells`, one range per span, each located by `at(first, width)`. Between changed
 * cells of a span: null, which Excel reads as "leave this cell alone". Cells of "@" columns get that
 * format first, so text lands as typed. Returns the ranges, in the order of `spans`.
 */
export function queueCellWrites(
  cells: RowCells,
  spans: readonly Span[],
  at: (first: number, width: number) => Excel.Range,
): Excel.Range[] {
  return spans.map((span) => {
    const width = span.last - span.first + 1;
    const range = at(span.first, width);
    const row = <T>(f: (cell: CellWrite | undefined) => T) =>
      Array.from({ length: width }, (_, i) => f(cells.get(span.first + i)));
    if (row((c) => c?.text).some(Boolean)) range.numberFormat = [row((c) => (c?.text ? "@" : null))];
    range.values = [row((c) => c?.value ?? null)];
    return range;
  });
}

/** The sorted layout indexes of `cells`. */
export function cellColumns(cells: RowCells): number[] {
  return [...cells.keys()].sort((a, b) => a - b);
}

/**
 * Queues the writes of `cells` into the sheet row `sheetRow` of `place`'s table, at the position read
 * earlier in the same run (for keys Excel's Find cannot locate in one cell: composite keys). The caller
 * checks the row's key in the same request and puts back what it changed when the row moved.
 */
export function queueWriteAt(
  sheet: Excel.Worksheet,
  place: Pick<TablePlace, "firstColumn">,
  sheetRow: number,
  cells: RowCells,
): { spans: Span[]; ranges: Excel.Range[] } {
  const spans = changedSpans(cellColumns(cells));
  const ranges = queueCellWrites(cells, spans, (first, width) =>
    sheet.getRangeByIndexes(sheetRow, place.firstColumn + first, 1, width),
  );
  return { spans, ranges };
}
