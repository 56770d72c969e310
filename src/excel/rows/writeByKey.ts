// Writing cells of a row found by its key when the request runs: Excel's Find (a complete,
// case-insensitive match) locates the key cell in the key column's body, and the changed cells are
// written as offsets from it. A co-author who sorted or inserted rows a moment earlier does not send
// the write to another row; a row a co-author deleted is not found (a null object), and nothing is written.
import type { CellValue, RegisterDef } from "../../core/registers/types";
import type { TablePlace } from "../tableProbe";
import {
  changedSpans,
  cellColumns,
  planCells,
  queueCellWrites,
  type CellWrite,
  type RowCells,
  type SkippedCell,
  type Span,
} from "./cells";

/** Text for Excel's Find, with its wildcards * ? ~ made literal. */
export function findText(key: string): string {
  return key.trim().replace(/[~*?]/g, (ch) => `~${ch}`);
}

export interface QueuedKeyWrite {
  /** The key cell Excel found, loaded with rowIndex: a null object when the key has gone. */
  found: Excel.Range;
  /** The layout indexes written. */
  columns: number[];
  spans: Span[];
}

/**
 * Queues the writes of `cells` into the row whose key cell, in `keyBody` (the key column's data body,
 * at layout index `keyIndex`), holds `key`. No sync: after the caller's sync, `found.isNullObject` says
 * whether the row was there and `found.rowIndex` where.
 */
export function queueWriteByKey(
  keyBody: Excel.Range,
  keyIndex: number,
  key: string,
  cells: RowCells,
): QueuedKeyWrite {
  const found = keyBody.findOrNullObject(findText(key), { completeMatch: true });
  const columns = cellColumns(cells);
  const spans = changedSpans(columns, keyIndex);
  queueCellWrites(cells, spans, (first, width) => {
    const start = first === keyIndex ? found : found.getOffsetRange(0, first - keyIndex);
    return width > 1 ? start.getResizedRange(0, width - 1) : start;
  });
  found.load("rowIndex");
  return { found, columns, spans };
}

/**
 * Queues `writes` (changes by register column key) into the rows of `place`'s table found by their
 * keys, sharing one key column body. Changes the row cannot take (a calculated or key column, a column
 * the table lacks) are left out and listed in `skipped`. Single-column keys only.
 */
export function queueChangesByKey(
  table: Excel.Table,
  def: RegisterDef,
  place: TablePlace,
  writes: readonly { key: string; changes: Record<string, CellValue> }[],
): (QueuedKeyWrite & { key: string; skipped: SkippedCell[] })[] {
  const keyIndex = place.layout.findIndex((c) => c.key === def.keyColumn);
  const keyBody = table.columns.getItem(place.headers[keyIndex]).getDataBodyRange();
  return writes.map((w) => {
    const { cells, skipped } = planCells(def, place, w.changes);
    return { key: w.key, skipped, ...queueWriteByKey(keyBody, keyIndex, w.key, cells) };
  });
}

export interface QueuedBlockWrite {
  /** The first row's key cell Excel found: a null object when that key has gone (nothing is written). */
  found: Excel.Range;
  /** The block's key cells as they were just before the write (loaded values), to check the rows. */
  keys: Excel.Range;
  spans: Span[];
  /** One range per span, loaded with its formulas as they were just before the write (to put back). */
  ranges: Excel.Range[];
}

/**
 * Queues the writes of `rows` (the changed cells of rows next to each other, the same columns in each)
 * as one range per span, located from the first row's key cell that Excel finds in `keyBody`. A range
 * for many rows is what keeps the request small: each row on its own needs a Find, an offset and a
 * resize (about 700 bytes). The rows in between are not found one by one, so the block's key cells and
 * the written cells' old contents are read in the same request: after the sync the caller compares the
 * keys with those it meant and, when a co-author inserted, deleted or sorted rows in between, puts the
 * old contents back (putBackBlock).
 */
export function queueBlockByKey(
  keyBody: Excel.Range,
  keyIndex: number,
  firstKey: string,
  rows: readonly RowCells[],
): QueuedBlockWrite {
  const found = keyBody.findOrNullObject(findText(firstKey), { completeMatch: true });
  found.load("rowIndex");
  const height = rows.length;
  const keys = found.getResizedRange(height - 1, 0).load("values");
  const spans = changedSpans(cellColumns(rows[0]), keyIndex);
  const ranges = spans.map((span) => {
    const width = span.last - span.first + 1;
    const start = span.first === keyIndex ? found : found.getOffsetRange(0, span.first - keyIndex);
    const range = start.getResizedRange(height - 1, width - 1);
    // Loaded before the write below: Excel runs a request's actions in order.
    range.load("formulas");
    const grid = <T>(f: (cell: CellWrite | undefined) => T) =>
      rows.map((cells) => Array.from({ length: width }, (_, i) => f(cells.get(span.first + i))));
    if (rows.some((cells) => [...cells.values()].some((c) => c.text)))
      range.numberFormat = grid((c) => (c?.text ? "@" : null));
    range.values = grid((c) => c?.value ?? null);
    return range;
  });
  return { found, keys, spans, ranges };
}

/** Queues the old contents of the cells a block wrote, when its rows were not the ones meant. */
export function putBackBlock(block: QueuedBlockWrite, rows: readonly RowCells[]): void {
  block.spans.forEach((span, s) => {
    const old = block.ranges[s].formulas as unknown[][];
    block.ranges[s].formulas = rows.map((cells, r) =>
      (old[r] ?? []).map((v, i) => (cells.has(span.first + i) ? (v as string | number | boolean) : null)),
    );
  });
}
