// Changing cells of rows found by their key, composed of the rows primitives (src/excel/rows/README.md).
// Inside one Excel.run:
//   1. read the key column(s) as they are now: which keys exist, which appear twice;
//   2. write only the changed cells of each row: single keys at the key cell Excel finds when the
//      request runs (rows/writeByKey.ts), so a co-author's sort or insert a moment earlier does not send
//      the write to another row, and a row a co-author deleted is not found, reported and not recreated.
//      Composite keys (Purchase orders: PO number + line) cannot be found by one cell: their rows are
//      written at the position read in step 1, the row's old contents read first in the same request;
//   3. only when a composite-key row moved in between: its old contents are put back and it is reported,
//      to be tried again. Syncs: 2 (3 when a row moved).
import type { CellValue } from "../core/cells/types";
import { indexKeys, KEY_SEPARATOR, normKey, normShownKey } from "../core/registers/keys";
import type { RegisterDef } from "../core/registers/types";
import { cellAddress } from "./address";
import { planCells, queueKeyColumns, queueWriteAt, queueWriteByKey, type RowCells, type Span } from "./rows";
import { queueTableProbe, requirePlace, type QueuedProbe, type TablePlace } from "./tableProbe";
import { runExcel } from "./run";

export interface RowUpdate {
  /** The row's key as shown (composite keys joined with " / ": "PO-2026-0001 / 2"). */
  key: string;
  /** New values by column key; columns not named here are left exactly as they are. */
  changes: Record<string, CellValue>;
}

export interface UpdateResult {
  /** Rows written: key, 1-based sheet row and the cells written. */
  updated: { key: string; row: number; cells: string[] }[];
  /** Keys not in the register (never added, or deleted by someone): nothing was written for them. */
  notFound: string[];
  /** Rows or cells left alone, with why (a key used twice, a calculated column, a column the table lacks). */
  skipped: { key: string; column?: string; reason: string }[];
  /**
   * Rows to check: composite-key rows a co-author moved while writing (nothing was changed; try again),
   * or rows written while a co-author moved the table's columns.
   */
  moved: { key: string; row: number }[];
}

type Pending = {
  key: string;
  columns: number[];
  /** Single keys: the key cell Excel found. */
  found?: Excel.Range;
  /** Composite keys: the body index read in step 1, the row as it was just before the write, the spans written. */
  at?: number;
  before?: Excel.Range;
  spans?: Span[];
  ranges?: Excel.Range[];
};

export interface QueuedUpdates {
  /** After the caller's sync: puts back moved composite-key rows (one more sync, only then), the result. */
  settle(context: Excel.RequestContext): Promise<UpdateResult>;
}

/**
 * Queues the writes of `updates` into `place`'s table (step 2), given its key column(s) read in the same
 * run (`keyColumns`, one array per key column). No sync.
 */
export function queueUpdates(
  probe: QueuedProbe,
  def: RegisterDef,
  place: TablePlace,
  keyColumns: readonly (readonly unknown[])[],
  updates: readonly RowUpdate[],
): QueuedUpdates {
  const result: UpdateResult = { updated: [], notFound: [], skipped: [], moved: [] };
  const rowsOf = indexKeys(keyColumns);
  const bodyStart = place.headerRow + 1;
  const keyIndex = place.layout.findIndex((c) => c.key === def.keyColumn);
  const composite = def.keyColumns.length > 1;
  const keyBody = composite ? null : probe.table.columns.getItem(place.headers[keyIndex]).getDataBodyRange();
  const pending: Pending[] = [];
  for (const u of updates) {
    const at = rowsOf.get(normShownKey(u.key));
    if (!at) {
      result.notFound.push(u.key);
      continue;
    }
    if (at.length > 1) {
      const rows = at.map((i) => bodyStart + i + 1).join(", ");
      result.skipped.push({
        key: u.key,
        reason: `${u.key} is on ${at.length} rows (${rows}); make the keys unique first`,
      });
      continue;
    }
    const { cells, skipped } = planCells(def, place, u.changes);
    result.skipped.push(...skipped.map((s) => ({ key: u.key, ...s })));
    if (cells.size === 0) continue;
    pending.push(queueOne(probe, place, keyBody, keyIndex, u.key, at[0], keyColumns, cells));
  }
  if (pending.length === 0) return { settle: async () => result };
  // Columns moved by a co-author in the same instant would put values under other headers: checked.
  const headersAfter = probe.table.getHeaderRowRange().load("values");
  return {
    async settle(context) {
      const headersMoved =
        (headersAfter.values[0] ?? []).map((h) => String(h ?? "")).join("\u0000") !==
        place.headers.join("\u0000");
      let restore = false;
      for (const p of pending) {
        if (p.before && !holdsKey(def, place, p)) {
          putBack(p);
          result.moved.push({ key: p.key, row: bodyStart + p.at! + 1 });
          restore = true;
          continue;
        }
        if (p.found?.isNullObject) {
          // Deleted by a co-author between the read and the write: nothing was written.
          result.notFound.push(p.key);
          continue;
        }
        const sheetRow = p.found ? p.found.rowIndex : bodyStart + p.at!;
        if (headersMoved) result.moved.push({ key: p.key, row: sheetRow + 1 });
        const cells = p.columns.map((j) => cellAddress(place.sheetName, sheetRow, place.firstColumn + j));
        result.updated.push({ key: p.key, row: sheetRow + 1, cells });
      }
      if (restore) await context.sync();
      return result;
    },
  };
}

/** Queues one row's write: at the key cell Excel finds in `keyBody`, or (composite keys, no keyBody) at the row read in step 1. */
function queueOne(
  probe: QueuedProbe,
  place: TablePlace,
  keyBody: Excel.Range | null,
  keyIndex: number,
  key: string,
  at: number,
  keyColumns: readonly (readonly unknown[])[],
  cells: RowCells,
): Pending {
  const columns = [...cells.keys()].sort((a, b) => a - b);
  if (keyBody) {
    const { found } = queueWriteByKey(keyBody, keyIndex, String(keyColumns[0][at] ?? ""), cells);
    return { key, columns, found };
  }
  const sheetRow = place.headerRow + 1 + at;
  // Its old contents first, in the same request, so that a row a co-author moved can be put back.
  const before = probe.sheet
    .getRangeByIndexes(sheetRow, place.firstColumn, 1, place.columnCount)
    .load("formulas");
  const { spans, ranges } = queueWriteAt(probe.sheet, place, sheetRow, cells);
  return { key, columns, at, before, spans, ranges };
}

/** Whether a composite-key row, as read just before the write, held the key it was written for. */
function holdsKey(def: RegisterDef, place: TablePlace, p: Pending): boolean {
  const old = p.before!.formulas[0] as unknown[];
  const now = def.keyColumns
    .map((kc) => normKey(old[place.layout.findIndex((c) => c.key === kc)]))
    .join(KEY_SEPARATOR);
  return now === normShownKey(p.key);
}

/** Queues the old contents of the cells written into a row that was not the one meant. */
function putBack(p: Pending): void {
  const old = p.before!.formulas[0] as unknown[];
  p.spans!.forEach((span, i) => {
    p.ranges![i].formulas = [
      old
        .slice(span.first, span.last + 1)
        .map((v, k) => (p.columns.includes(span.first + k) ? (v as string | number | boolean) : null)),
    ];
  });
}

export async function updateRowsByKey(
  def: RegisterDef,
  updates: readonly RowUpdate[],
): Promise<UpdateResult> {
  return runExcel(`Updating the ${def.name} register`, async (context) => {
    const probe = queueTableProbe(context, def);
    const readKeys = queueKeyColumns(probe.table, def);
    await context.sync();
    const place = requirePlace(def, probe.place());
    const queued = queueUpdates(probe, def, place, readKeys(), updates);
    await context.sync();
    return queued.settle(context);
  });
}
