// Changing cells of rows found by their key, composed of the rows primitives (src/excel/rows/README.md).
// Inside one Excel.run:
//   1. read the key column(s) as they are now: which keys exist, which appear twice;
//   2. write only the changed cells of each row: single keys at the key cell Excel finds when the
//      request runs (rows/writeByKey.ts), so a co-author's sort or insert a moment earlier does not send
//      the write to another row, and a row a co-author deleted is not found, reported and not recreated.
//      Rows next to each other that change the same columns are written as one range from the first
//      row's key cell, their key cells and old contents read in the same request;
//      Composite keys (Purchase orders: PO number + line) cannot be found by one cell: their rows are
//      written at the position read in step 1, the row's old contents read first in the same request;
//   3. only when a composite-key row or a block's rows moved in between: their old contents are put
//      back and they are reported, to be tried again. Syncs: 2 (3 when a row moved).
import type { CellValue } from "../core/cells/types";
import { indexKeys, KEY_SEPARATOR, normKey, normShownKey } from "../core/registers/keys";
import type { RegisterDef } from "../core/registers/types";
import { cellAddress } from "./address";
import {
  cellColumns,
  planCells,
  putBackBlock,
  queueBlockByKey,
  queueKeyColumns,
  queueWriteAt,
  queueWriteByKey,
  type QueuedBlockWrite,
  type RowCells,
  type Span,
} from "./rows";
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
  /** Rows next to each other: the block written, and this row's place in it. */
  block?: Block;
  offset?: number;
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
  const keyIndex = place.layout.findIndex((c) => c.key === def.keyColumn);
  const composite = def.keyColumns.length > 1;
  const keyBody = composite ? null : probe.table.columns.getItem(place.headers[keyIndex]).getDataBodyRange();
  const planned = planUpdates(def, place, keyColumns, updates, result);
  const pending = queuePlanned(probe, place, keyBody, keyIndex, keyColumns, planned);
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
        const putBackQueued = p.block
          ? settleBlockRow(place, p, p.block, headersMoved, result)
          : settleRow(def, place, p, headersMoved, result);
        restore = putBackQueued || restore;
      }
      if (restore) await context.sync();
      return result;
    },
  };
}

/**
 * The rows to write, with the cells of each: keys not in the register, keys on more than one row and
 * cells not to write are recorded in `result` instead.
 */
function planUpdates(
  def: RegisterDef,
  place: TablePlace,
  keyColumns: readonly (readonly unknown[])[],
  updates: readonly RowUpdate[],
  result: UpdateResult,
): Planned[] {
  const rowsOf = indexKeys(keyColumns);
  const bodyStart = place.headerRow + 1;
  const planned: Planned[] = [];
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
    planned.push({ key: u.key, at: at[0], cells });
  }
  return planned;
}

/** Queues the planned rows' writes: rows next to each other as one block, each other row on its own. */
function queuePlanned(
  probe: QueuedProbe,
  place: TablePlace,
  keyBody: Excel.Range | null,
  keyIndex: number,
  keyColumns: readonly (readonly unknown[])[],
  planned: readonly Planned[],
): Pending[] {
  const pending: Pending[] = [];
  const runOf = keyBody ? adjacentRuns(planned) : new Map<Planned, Planned[]>();
  const blocks = new Map<Planned[], Block>();
  for (const p of planned) {
    const run = runOf.get(p);
    if (!run || !keyBody) {
      pending.push(queueOne(probe, place, keyBody, keyIndex, p.key, p.at, keyColumns, p.cells));
      continue;
    }
    let block = blocks.get(run);
    if (!block) {
      const rows = run.map((r) => r.cells);
      const write = queueBlockByKey(keyBody, keyIndex, String(keyColumns[0][run[0].at] ?? ""), rows);
      block = { write, rows, ats: run.map((r) => r.at), keys: run.map((r) => normKey(keyColumns[0][r.at])) };
      blocks.set(run, block);
    }
    pending.push({ key: p.key, columns: cellColumns(p.cells), block, offset: run.indexOf(p) });
  }
  return pending;
}

/**
 * After the sync, records what became of a row written in block `b`; true when this queued the block's
 * put back (its rows moved), which needs one more sync.
 */
function settleBlockRow(
  place: TablePlace,
  p: Pending,
  b: Block,
  headersMoved: boolean,
  result: UpdateResult,
): boolean {
  let restore = false;
  b.state ??= b.write.found.isNullObject ? "gone" : blockHolds(b) ? "ok" : "moved";
  if (b.state === "moved" && !b.putBack) {
    putBackBlock(b.write, b.rows);
    b.putBack = true;
    restore = true;
  }
  if (b.state === "gone") {
    // The first row was deleted by a co-author: nothing of the block was written.
    if (p.offset === 0) result.notFound.push(p.key);
    else result.moved.push({ key: p.key, row: place.headerRow + 1 + b.ats[p.offset!] + 1 });
    return restore;
  }
  const sheetRow = b.write.found.rowIndex + p.offset!;
  if (b.state === "moved") {
    result.moved.push({ key: p.key, row: sheetRow + 1 });
    return restore;
  }
  recordUpdated(place, p, sheetRow, headersMoved, result);
  return restore;
}

/**
 * After the sync, records what became of a row written on its own; true when this queued its put back
 * (a composite-key row that moved), which needs one more sync.
 */
function settleRow(
  def: RegisterDef,
  place: TablePlace,
  p: Pending,
  headersMoved: boolean,
  result: UpdateResult,
): boolean {
  const bodyStart = place.headerRow + 1;
  if (p.before && !holdsKey(def, place, p)) {
    putBack(p);
    result.moved.push({ key: p.key, row: bodyStart + p.at! + 1 });
    return true;
  }
  if (p.found?.isNullObject) {
    // Deleted by a co-author between the read and the write: nothing was written.
    result.notFound.push(p.key);
    return false;
  }
  const sheetRow = p.found ? p.found.rowIndex : bodyStart + p.at!;
  recordUpdated(place, p, sheetRow, headersMoved, result);
  return false;
}

/** Records a row written at 0-based `sheetRow`, also as one to check when the headers moved meanwhile. */
function recordUpdated(
  place: TablePlace,
  p: Pending,
  sheetRow: number,
  headersMoved: boolean,
  result: UpdateResult,
): void {
  if (headersMoved) result.moved.push({ key: p.key, row: sheetRow + 1 });
  const cells = p.columns.map((j) => cellAddress(place.sheetName, sheetRow, place.firstColumn + j));
  result.updated.push({ key: p.key, row: sheetRow + 1, cells });
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

interface Planned {
  key: string;
  /** The row's body index read in step 1. */
  at: number;
  cells: RowCells;
}

/** Rows next to each other, written as one range (rows/writeByKey.ts queueBlockByKey). */
interface Block {
  write: QueuedBlockWrite;
  rows: RowCells[];
  /** Body indexes read in step 1, and the keys (as compared) the rows held then. */
  ats: number[];
  keys: string[];
  /** After the sync: written to the rows meant, first row deleted (nothing written), or rows moved. */
  state?: "ok" | "gone" | "moved";
  putBack?: boolean;
}

/**
 * Runs of two or more rows, one right after another in the table, changing the same columns: each run
 * (in table order) by each of its rows. Other rows are not in the map.
 */
function adjacentRuns(planned: readonly Planned[]): Map<Planned, Planned[]> {
  const sameColumns = (a: Planned, b: Planned) =>
    a.cells.size === b.cells.size && [...a.cells.keys()].every((j) => b.cells.has(j));
  const runs: Planned[][] = [];
  for (const p of [...planned].sort((a, b) => a.at - b.at)) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && p.at === last.at + 1 && sameColumns(last, p)) run.push(p);
    else runs.push([p]);
  }
  const out = new Map<Planned, Planned[]>();
  for (const run of runs) if (run.length > 1) for (const p of run) out.set(p, run);
  return out;
}

/** Whether a block's key cells, read just before its write, held the keys it was written for. */
function blockHolds(b: Block): boolean {
  const now = (b.write.keys.values as unknown[][]).map((row) => normKey(row[0]));
  return now.length === b.keys.length && now.every((k, i) => k === b.keys[i]);
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
