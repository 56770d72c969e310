// Appending rows to a register on a shared workbook, in the caller's Excel.run:
//   sync 1 (queueAppendRead): the key column(s) as they are now, whether the rows just below the table
//     hold anything, and the first body row (a new register has one blank row, which can take the first new row);
//   sync 2 (queueAppend): the rows written just below the table body, located by Excel when the request
//     runs, so a co-author's rows added a moment earlier are not overwritten; the table grows over them.
//     Cells below the table that hold something are moved down, never overwritten. Never
//     TableRowCollection.add, which Microsoft advises against when co-authoring. The key column(s), the
//     table's extent and the new cells of calculated columns are read back in the same request;
//   sync 3, only when needed (settle): grow the table if Excel did not, fill calculated cells Excel left
//     blank, and give a row whose key a co-author took at the same moment a fresh one (checked again);
//     and when a co-author filled the new register's blank row between sync 1 and 2 (both saw it blank),
//     put their row back and add this client's below the body (the blank row is read again in sync 2).
// Values are written as cellInput makes them (core/registers/cellInput.ts): typed text never becomes a
// formula. The caller queues its other writes (another register's cells) into the same two syncs.
import { cellInput, formatFor } from "../../core/registers/cellInput";
import { isCalculated } from "../../core/registers/columnDefaults";
import { findIdCollisions, makeClientTag, nextId } from "../../core/registers/ids";
import { normKey, shownKey } from "../../core/registers/keys";
import { rowToValues } from "../../core/registers/rows";
import type { CellValue, ColumnDef, RegisterDef } from "../../core/registers/types";
import { jsonBytes } from "../../core/jsonBytes";
import { rectAddress } from "../address";
import { setAll } from "../createRegister";
import { CHUNK_FILL, PAYLOAD_LIMIT_BYTES } from "../chunks";
import type { QueuedProbe, TablePlace } from "../tableProbe";
import { queueColumns, queueKeyColumns } from "./columns";

/** A row to append: values by register column key, extra columns by header. */
export interface AppendRow {
  values: Record<string, CellValue>;
  extras?: Record<string, CellValue>;
}

export interface AppendReadOptions {
  /**
   * Let the first new row take the one blank body row of a new register (Purchase orders, Service log).
   * Off: rows go below it, and the blank row stays (it reads as nothing).
   */
  fillBlankFirstRow?: boolean;
}

/** What sync 1 read, for planning the keys of the new rows and where they go. */
export interface AppendState {
  /** The key column(s) as they are now, one array per key column (core's keyAt, indexKeys). */
  keys: unknown[][];
  /** The first new row goes into the register's one blank body row. */
  fillsBlankRow: boolean;
  /** Cells below the table hold something: the new rows are inserted above them. */
  belowOccupied: boolean;
  /**
   * By layout index, the formula a calculated column holds in the first body row, when it was read
   * (fillBlankFirstRow): new rows get that formula, the column's own (a register's formula may follow
   * its settings, as Weighted score does), so nothing is read back to check it.
   */
  formulas: (string | null)[];
}

/** Queues the reads of sync 1 for appending `count` rows (no sync). */
export function queueAppendRead(
  probe: QueuedProbe,
  def: RegisterDef,
  count: number,
  options: AppendReadOptions = {},
): { state(place: TablePlace): AppendState } {
  const keys = queueKeyColumns(probe.table, def);
  // Only whether the rows below hold anything, not their values: a response of a few bytes whether one
  // row or 50,000 are added (the values of 50,000 empty rows alone would pass Excel on the web's 5 MB).
  const below = probe.table
    .getRange()
    .getRowsBelow(Math.max(1, count))
    .getUsedRangeOrNullObject(true)
    .load("rowIndex");
  const first = options.fillBlankFirstRow ? probe.table.getDataBodyRange().getRow(0).load("formulas") : null;
  return {
    state(place) {
      const columns = layoutColumns(def, place);
      const blank = (v: unknown) => v === "" || v === null;
      const firstRow = first ? ((first.formulas as unknown[][])[0] ?? []) : [];
      const calculated = (j: number) => columns[j] !== undefined && isCalculated(columns[j]!);
      const fillsBlankRow =
        first !== null && place.bodyRows === 1 && firstRow.every((v, j) => blank(v) || calculated(j));
      const formulas = columns.map((_, j) => {
        const f = firstRow[j];
        return calculated(j) && typeof f === "string" && f.startsWith("=") ? f : null;
      });
      const extra = Math.max(0, count - (fillsBlankRow ? 1 : 0));
      const firstBelow = place.headerRow + 1 + place.bodyRows;
      const belowOccupied = extra > 0 && !below.isNullObject && below.rowIndex < firstBelow + extra;
      return { keys: keys(), fillsBlankRow, belowOccupied, formulas };
    },
  };
}

/** The register column under each column of the table (undefined for extra columns). */
function layoutColumns(def: RegisterDef, place: TablePlace): (ColumnDef | undefined)[] {
  return place.layout.map((tc) => (tc.key ? def.columns.find((c) => c.key === tc.key) : undefined));
}

/** Request bytes of one more range object and an operation on it (path, instantiate, action). */
const RANGE_OPERATION_BYTES = 250;

/**
 * Number formats of the new rows: one value per formatted column when that is the smaller request
 * (many rows), else the rows' formats as one array (a few rows). Calculated columns keep the column's.
 */
function queueFormats(range: Excel.Range, columns: readonly (ColumnDef | undefined)[], rows: number): void {
  const formats = columns.map((c) => (c && !isCalculated(c) ? formatFor(c) : null));
  const formatted = formats.filter((f) => f !== null).length;
  if (formatted === 0 || rows === 0) return;
  const grid = Array.from({ length: rows }, () => formats);
  if (jsonBytes(grid) <= formatted * RANGE_OPERATION_BYTES) range.numberFormat = grid;
  else formats.forEach((f, j) => f && setAll(range.getColumn(j), "numberFormat", f));
}

export interface SettleOptions {
  /**
   * A fresh key for rows whose key (first key column) a co-author wrote at the same moment, given the
   * key column as it is now and this client's tag. Default, for registers with an ID prefix: the next
   * ID tagged (INV-0043-K7Q, core/registers/ids.ts). Without either, a taken key is reported.
   */
  renameKey?: (old: string, keysNow: readonly unknown[], clientTag: string) => string;
  /** This client's tag for renamed keys (default: a random one). */
  clientTag?: string;
}

export interface AppendOutcome {
  /** The rows as written (keys renamed where a co-author took them), with their 0-based sheet row. */
  rows: { values: Record<string, CellValue>; sheetRow: number }[];
  /** Keys changed because a co-author used them at the same moment: old → new (the caller says so). */
  renamed: Record<string, string>;
  /** False when, reading back, a written row did not hold its key (reported in notes). */
  verified: boolean;
  notes: string[];
}

export interface QueuedAppend {
  /** After the caller's sync: repairs (one more sync, only when needed), then the outcome. */
  settle(context: Excel.RequestContext, options?: SettleOptions): Promise<AppendOutcome>;
}

/**
 * Rows per write: a request stays under Excel on the web's 5 MB limit (chunks.ts CHUNK_FILL of it), less
 * room for the caller's other writes in the same sync (a setting, a few cells of another register). More
 * rows than fit are written in further syncs, one per chunk.
 */
export const APPEND_CHUNK_BYTES = Math.floor(PAYLOAD_LIMIT_BYTES * CHUNK_FILL) - 64 * 1024;

/**
 * Splits `values` into runs of rows of at most `budget` request bytes (at least one row each), as even
 * as the rows allow: 8.8 MB go in two requests of 4.4 MB, not 5 + 3.8 MB, and never in three (each
 * extra request is a sync).
 */
export function appendChunks(
  values: readonly (readonly unknown[])[],
  budget = APPEND_CHUNK_BYTES,
): [number, number][] {
  const sizes = values.map((row) => jsonBytes(row) + 1);
  let left = sizes.reduce((a, b) => a + b, 0);
  const chunks: [number, number][] = [];
  let from = 0;
  while (from < sizes.length) {
    // Aim at an even share of what is left over the fewest requests that can carry it.
    const aim = left / Math.max(1, Math.ceil(left / budget));
    let bytes = sizes[from];
    let to = from + 1;
    while (to < sizes.length && bytes < aim && bytes + sizes[to] <= budget) bytes += sizes[to++];
    chunks.push([from, to]);
    left -= bytes;
    from = to;
  }
  return chunks;
}

/** The reads that check the new rows, queued with the last write. */
interface ReadBack {
  tableRange: Excel.Range;
  /** The first key column: it holds the key a co-author could take (Line numbers of a PO are this client's own). */
  keys: () => unknown[];
  bodyStart: Excel.Range;
  /** The first new row's cell of each calculated column (Excel fills a column's new rows together). */
  calculated: { j: number; formula: string; cell: Excel.Range }[];
}

/** One append's register, table, rows and what sync 1 read: what its writes and checks share. */
interface AppendJob {
  probe: QueuedProbe;
  def: RegisterDef;
  place: TablePlace;
  state: AppendState;
  rows: readonly AppendRow[];
  /** The register column under each column of the table. */
  columns: (ColumnDef | undefined)[];
  /** The rows' cells as written, by table column. */
  values: (string | number | boolean | null)[][];
}

/** The register's one blank body row, taken by the first new row. */
interface BlankRowWrite {
  range: Excel.Range;
  /** What the row held just before the write (formulas). */
  before: Excel.Range;
}

/**
 * Queues the writes of sync 2: `rows` (keys already given) below the body of `place`'s table, and the
 * reads that check them. No sync; rows beyond one request's worth (`chunkBytes`, default
 * APPEND_CHUNK_BYTES) are written by `settle`, a sync per chunk.
 */
export function queueAppend(
  probe: QueuedProbe,
  def: RegisterDef,
  place: TablePlace,
  state: AppendState,
  rows: readonly AppendRow[],
  options: { chunkBytes?: number } = {},
): QueuedAppend {
  const n = rows.length;
  if (n === 0) return { settle: async () => ({ rows: [], renamed: {}, verified: true, notes: [] }) };
  const columns = layoutColumns(def, place);
  const values = rows.map((r, i) =>
    rowToValues(def, r, place.layout, { calculated: "skip" }).map((v, j) =>
      // The blank row holds its formulas already.
      i >= (state.fillsBlankRow ? 1 : 0) && state.formulas[j] ? state.formulas[j] : v,
    ),
  );
  const job: AppendJob = { probe, def, place, state, rows, columns, values };
  const chunks = appendChunks(values, options.chunkBytes);
  // The blank row and the rows below are written as two ranges: Excel grows a table over rows written
  // just below it, not over a range that straddles its last row.
  const blank = state.fillsBlankRow ? 1 : 0;
  const blankRow = blank ? queueBlankRowWrite(job) : null;
  const firstBelow = chunks[0][1] > blank ? writeBelow(job, blank, chunks[0][1]) : null;
  const start = blankRow?.range ?? firstBelow!.load("rowIndex");
  // One chunk: the checks go with it. More: each chunk's table extent, to grow it before the next.
  const checks = chunks.length === 1 ? queueReadBack(job, firstBelow) : null;
  const extent = chunks.length > 1 ? probe.table.getRange().load("rowIndex,rowCount") : null;

  return {
    async settle(context, options = {}) {
      const firstRow = start.rowIndex;
      const later = await writeLaterChunks(context, job, chunks, firstRow, extent, firstBelow);
      const check = checks ?? later.check;
      const lastRow = firstRow + n - 1;
      if (blankRow && !isBlankRow(blankRow.before.formulas[0] ?? [], columns))
        return settleBlankRowTaken(context, job, blankRow, firstRow, later.resized, options);
      return settleChecks(
        context,
        probe,
        def,
        place,
        rows,
        firstRow,
        lastRow,
        check!,
        later.resized,
        options,
      );
    },
  };
}

/** Queues the first new row's write into the register's one blank body row. */
function queueBlankRowWrite({ probe, columns, values }: AppendJob): BlankRowWrite {
  // Its place is read before the rows below join the table and the body's last row moves.
  const range = probe.table.getDataBodyRange().getLastRow();
  // What it holds just before this write, in the same request: a co-author who also saw it blank may
  // have filled it since sync 1, and settle puts their row back.
  const before = probe.table.getDataBodyRange().getLastRow().load("formulas");
  queueFormats(range, columns, 1);
  range.values = values.slice(0, 1);
  range.load("rowIndex");
  return { range, before };
}

/** Queues the write of `rowValues` just below the table's body (inserted, when cells there hold something). */
function writeRowsBelow(job: AppendJob, rowValues: unknown[][], insert: boolean): Excel.Range {
  // Range objects follow their cells: after an insert, the range insert() returns is the new, empty one.
  const spot = job.probe.table.getDataBodyRange().getRowsBelow(rowValues.length);
  const range = insert ? spot.insert("Down") : spot;
  queueFormats(range, job.columns, rowValues.length);
  range.values = rowValues as Excel.Range["values"];
  return range;
}

/** Queues the write of the new rows `from` to `to` (exclusive) just below the table's body. */
function writeBelow(job: AppendJob, from: number, to: number): Excel.Range {
  return writeRowsBelow(job, job.values.slice(from, to), job.state.belowOccupied);
}

/** Queues the reads that check the new rows; `below` is the first range written below the body. */
function queueReadBack({ probe, def, state, columns }: AppendJob, below: Excel.Range | null): ReadBack {
  return {
    tableRange: probe.table.getRange().load("rowIndex,rowCount"),
    keys: firstKeyColumn(probe.table, def),
    bodyStart: probe.table.getDataBodyRange().load("rowIndex"),
    calculated: below
      ? columns.flatMap((c, j) =>
          c && isCalculated(c) && !state.formulas[j]
            ? [{ j, formula: c.formula!, cell: below.getCell(0, j).load("formulas") }]
            : [],
        )
      : [],
  };
}

/**
 * Writes the chunks after the first, each below the body as the one before left it (grown over it first
 * if Excel did not), a sync each; the checks go with the last. `extent` is the table's range read with
 * the first chunk.
 */
async function writeLaterChunks(
  context: Excel.RequestContext,
  job: AppendJob,
  chunks: readonly [number, number][],
  firstRow: number,
  extent: Excel.Range | null,
  firstBelow: Excel.Range | null,
): Promise<{ resized: boolean; check: ReadBack | null }> {
  let resized = false;
  let check: ReadBack | null = null;
  for (let c = 1; c < chunks.length; c++) {
    const end = firstRow + chunks[c - 1][1] - 1;
    if (extent && extent.rowIndex + extent.rowCount - 1 < end) {
      resizeTo(job.probe, job.place, extent.rowIndex, end);
      resized = true;
    }
    writeBelow(job, chunks[c][0], chunks[c][1]);
    if (c < chunks.length - 1) extent = job.probe.table.getRange().load("rowIndex,rowCount");
    else check = queueReadBack(job, firstBelow);
    await context.sync();
  }
  return { resized, check };
}

/**
 * A co-author filled the blank row between sync 1 and sync 2, and this write went over it: their row is
 * put back and this client's first row goes below the body instead (one more sync).
 */
async function settleBlankRowTaken(
  context: Excel.RequestContext,
  job: AppendJob,
  blankRow: BlankRowWrite,
  firstRow: number,
  resized: boolean,
  options: SettleOptions,
): Promise<AppendOutcome> {
  const { probe, def, place, state, rows } = job;
  const n = rows.length;
  const lastRow = firstRow + n - 1;
  blankRow.range.formulas = [blankRow.before.formulas[0]] as Excel.Range["formulas"];
  const theirs = blankRow.before.formulas[0] ?? [];
  const keyIndex = place.layout.findIndex((c) => c.key === def.keyColumn);
  const mine = { ...rows[0], values: { ...rows[0].values } };
  const renamed =
    keyIndex >= 0 ? freshKeyIfTaken(def, mine, theirs[keyIndex], state.keys[0] ?? [], options) : null;
  const own = rowToValues(def, mine, place.layout, { calculated: "skip" }).map(
    (v, j) => state.formulas[j] ?? v,
  );
  const moved = writeRowsBelow(job, [own], true);
  const again = queueReadBack(job, moved);
  await context.sync();
  const order = [...rows.slice(1), mine];
  const outcome = await settleChecks(
    context,
    probe,
    def,
    place,
    order,
    firstRow + 1,
    lastRow + 1,
    again,
    resized,
    options,
  );
  outcome.rows = [outcome.rows[n - 1], ...outcome.rows.slice(0, n - 1)];
  if (renamed) outcome.renamed = { [renamed[0]]: renamed[1], ...outcome.renamed };
  return outcome;
}

/**
 * When the co-author's row that took the blank row holds the key planned for `row`, gives `row` (changed
 * in place) a fresh key as settle would, and returns [old, new]; null when the key was free.
 */
function freshKeyIfTaken(
  def: RegisterDef,
  row: AppendRow,
  theirKey: unknown,
  keysRead: readonly unknown[],
  options: SettleOptions,
): [string, string] | null {
  const old = String(row.values[def.keyColumn] ?? "");
  if (normKey(theirKey) !== normKey(old)) return null;
  const prefix = def.idPrefix;
  const rename =
    options.renameKey ??
    (prefix ? (_old: string, used: readonly unknown[], tag: string) => nextId(prefix, used, tag) : null);
  if (!rename) return null;
  const fresh = rename(old, [...keysRead, theirKey], options.clientTag ?? makeClientTag(Math.random()));
  row.values[def.keyColumn] = fresh;
  return [old, fresh];
}

/** Whether a body row holds nothing a person typed (blank cells, or the formulas of calculated columns). */
function isBlankRow(cells: readonly unknown[], columns: readonly (ColumnDef | undefined)[]): boolean {
  return cells.every(
    (v, j) => v === "" || v === null || (columns[j] !== undefined && isCalculated(columns[j]!)),
  );
}

/** Grows the table to end on sheet row `lastRow` (0-based). */
function resizeTo(probe: QueuedProbe, place: TablePlace, firstRow: number, lastRow: number): void {
  const lastColumn = place.firstColumn + place.columnCount - 1;
  probe.table.resize(rectAddress(place.sheetName, firstRow, place.firstColumn, lastRow, lastColumn));
}

/** After the last write's sync: grows the table, fills calculated cells, verifies keys, renames taken ones. */
async function settleChecks(
  context: Excel.RequestContext,
  probe: QueuedProbe,
  def: RegisterDef,
  place: TablePlace,
  rows: readonly AppendRow[],
  firstRow: number,
  lastRow: number,
  check: ReadBack,
  resized: boolean,
  options: SettleOptions,
): Promise<AppendOutcome> {
  const written = rows.map((r, i) => ({ values: { ...r.values }, sheetRow: firstRow + i }));
  const outcome: AppendOutcome = { rows: written, renamed: {}, verified: true, notes: [] };
  const grew = check.tableRange.rowIndex + check.tableRange.rowCount - 1 >= lastRow;
  let repair = false;
  if (!grew) {
    resizeTo(probe, place, check.tableRange.rowIndex, lastRow);
    repair = true;
  }
  // Calculated cells Excel left blank (a table grown by resize is not filled): the column's formula.
  const below = written.filter((w) => w.sheetRow > place.headerRow + place.bodyRows);
  const unfilled = check.calculated.filter((c) => !String(c.cell.formulas[0]?.[0] ?? "").startsWith("="));
  const toFill = resized || !grew ? columnsOf(def, place) : unfilled;
  if (below.length > 0) {
    for (const c of toFill) {
      const cells = probe.sheet.getRangeByIndexes(
        below[0].sheetRow,
        place.firstColumn + c.j,
        below.length,
        1,
      );
      setAll(cells, "formulas", c.formula);
      repair = true;
    }
  }
  const keysNow = check.keys();
  const bodyStart = check.bodyStart.rowIndex;
  // A row that does not hold its key after writing: only possible when a co-author changed it in the
  // same instant (or the table did not grow, repaired above). Say so rather than guess.
  if (grew) {
    for (const w of written) {
      if (normKey(keysNow[w.sheetRow - bodyStart]) === normKey(w.values[def.keyColumn])) continue;
      outcome.verified = false;
      outcome.notes.push(
        `Row ${w.sheetRow + 1} does not hold ${shownKey(def, w.values)} after writing; please check it.`,
      );
    }
  }
  const renamed = renameTaken(def, place, probe.sheet, written, keysNow, bodyStart, options);
  if (!renamed && !repair) return outcome;
  const again = renamed ? firstKeyColumn(probe.table, def) : null;
  await context.sync();
  if (renamed && again) noteRenamed(def, outcome, renamed, again());
  return outcome;
}

/** Queues a read of the first key column (after the sync: its values, [] when missing). */
function firstKeyColumn(table: Excel.Table, def: RegisterDef): () => unknown[] {
  const read = queueColumns(table, def, [def.keyColumn]);
  return () => read()[def.keyColumn];
}

/** The calculated columns of the table, by layout index. */
function columnsOf(def: RegisterDef, place: TablePlace): { j: number; formula: string }[] {
  return layoutColumns(def, place).flatMap((c, j) =>
    c && isCalculated(c) ? [{ j, formula: c.formula! }] : [],
  );
}

/** Records the renamed keys; a key still used twice after the repair is reported. */
function noteRenamed(
  def: RegisterDef,
  outcome: AppendOutcome,
  renamed: Record<string, string>,
  keysNow: readonly unknown[],
): void {
  outcome.renamed = renamed;
  const dupes = findIdCollisions(keysNow, Object.values(renamed));
  if (dupes.length > 0) {
    outcome.verified = false;
    outcome.notes.push(`${dupes.join(", ")} still appear twice; please check the ${def.name} register.`);
  }
}

/**
 * Keys (first key column) of the written rows that also stand in a row this client did not write: a
 * co-author took them at the same moment. Queues the fresh keys' writes and returns old → new, or null
 * when none was taken (or the register has no way to make a fresh key).
 */
function renameTaken(
  def: RegisterDef,
  place: TablePlace,
  sheet: Excel.Worksheet,
  written: { values: Record<string, CellValue>; sheetRow: number }[],
  keysNow: readonly unknown[],
  bodyStart: number,
  options: SettleOptions,
): Record<string, string> | null {
  const mine = new Set(written.map((w) => w.sheetRow - bodyStart));
  const taken = new Set<string>();
  keysNow.forEach((v, i) => {
    if (!mine.has(i)) taken.add(normKey(v));
  });
  const collided = written.filter((w) => taken.has(normKey(w.values[def.keyColumn])));
  const prefix = def.idPrefix;
  const rename =
    options.renameKey ??
    (prefix ? (_old: string, used: readonly unknown[], tag: string) => nextId(prefix, used, tag) : null);
  if (collided.length === 0 || !rename) return null;
  const tag = options.clientTag ?? makeClientTag(Math.random());
  const keyIndex = place.layout.findIndex((c) => c.key === def.keyColumn);
  const keyColumn = def.columns.find((c) => c.key === def.keyColumn);
  const used = [...keysNow];
  const renamed: Record<string, string> = {};
  for (const w of collided) {
    const old = String(w.values[def.keyColumn]);
    if (renamed[old] === undefined) {
      renamed[old] = rename(old, used, tag);
      used.push(renamed[old]);
    }
    w.values[def.keyColumn] = renamed[old];
    sheet.getCell(w.sheetRow, place.firstColumn + keyIndex).values = [[cellInput(keyColumn, renamed[old])]];
  }
  return renamed;
}
