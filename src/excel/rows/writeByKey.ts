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
