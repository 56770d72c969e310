// Changing cells of rows found by their key (issue 11). Inside one Excel.run:
//   1. read the key column(s) as they are now: which keys exist, which appear twice;
//   2. for each row, let Excel find the key cell when the request runs (Range.findOrNullObject, a
//      complete, case-insensitive match) and write only the changed cells of that row, as offsets
//      from that cell (nearby changed cells share a range, null between them leaving cells alone).
//      A co-author who sorted or inserted rows a moment earlier does not make the write land on
//      another row; a row a co-author deleted is not found, reported, and not recreated.
// Registers whose key is several columns (Purchase orders: PO number + line) cannot be found by one
// cell: their rows are written at the position read in step 1, with the key and the cells' old contents
// read in the same request; if a co-author moved rows in between, the old contents are put back (a third
// sync) and the row is reported as moved, to be tried again. Syncs: 2 (3 when a row moved).
import type { CellValue } from "../core/cells/types";
import { isCalculated } from "../core/registers/columnDefaults";
import type { RegisterDef } from "../core/registers/types";
import { cellAddress } from "./address";
import { queueKeyColumns } from "./appendRows";
import { cellInput, formatFor } from "./cellWrite";
import { queueTableProbe, requirePlace } from "./tableProbe";
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

const norm = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim().toUpperCase());

/** Text for Excel's Find, with its wildcards * ? ~ made literal. */
export function findText(key: string): string {
  return key.trim().replace(/[~*?]/g, (ch) => `~${ch}`);
}

/** Changed columns (layout indexes) of one row, written as one range from first to last. */
interface Span {
  first: number;
  last: number;
  range?: Excel.Range;
}

/**
 * A null between two changed cells costs 5 bytes of request, a range of its own far more (its object
 * path, the write and, in Office.js, an instantiate action: about 250 bytes), so changed cells up to
 * this many columns apart share one range.
 */
export const MAX_GAP_COLUMNS = 32;

/** Sorted changed columns grouped into spans. */
export function changedSpans(sorted: readonly number[]): Span[] {
  const spans: Span[] = [];
  for (const j of sorted) {
    const last = spans[spans.length - 1];
    if (last && j - last.last - 1 <= MAX_GAP_COLUMNS) last.last = j;
    else spans.push({ first: j, last: j });
  }
  return spans;
}

/** `range` (one cell) widened to `w` cells to the right. */
function resized(range: Excel.Range, w: number): Excel.Range {
  return w > 1 ? range.getResizedRange(0, w - 1) : range;
}

export async function updateRowsByKey(
  def: RegisterDef,
  updates: readonly RowUpdate[],
): Promise<UpdateResult> {
  return runExcel(`Updating the ${def.name} register`, async (context) => {
    const probe = queueTableProbe(context, def);
    const readKeys = queueKeyColumns(context, def);
    await context.sync();
    const place = requirePlace(def, probe.place());
    const result: UpdateResult = { updated: [], notFound: [], skipped: [], moved: [] };

    const keyCols = readKeys();
    const rowsOf = new Map<string, number[]>();
    (keyCols[0] ?? []).forEach((_, i) => {
      const k = keyCols.map((c) => norm(c[i])).join(" / ");
      rowsOf.set(k, [...(rowsOf.get(k) ?? []), i]);
    });
    const composite = def.keyColumns.length > 1;
    const keyIndex = place.layout.findIndex((c) => c.key === def.keyColumn);
    const bodyStart = place.headerRow + 1;
    const width = place.columnCount;
    const keyBody = probe.table.columns.getItem(place.headers[keyIndex]).getDataBodyRange();

    type Pending = {
      key: string;
      /** The key cell Excel found (single keys). */
      found?: Excel.Range;
      columns: number[];
      /** Composite keys: the row as it was, read before the write, and the spans written. */
      before?: Excel.Range;
      spans: Span[];
    };
    const pending: Pending[] = [];
    for (const u of updates) {
      const k = u.key
        .split(" / ")
        .map((p) => norm(p))
        .join(" / ");
      const at = rowsOf.get(k);
      if (!at || k.replace(/[ /]/g, "") === "") {
        result.notFound.push(u.key);
        continue;
      }
      if (at.length > 1) {
        result.skipped.push({
          key: u.key,
          reason: `${u.key} is on ${at.length} rows (${at.map((i) => bodyStart + i + 1).join(", ")}); make the keys unique first`,
        });
        continue;
      }
      const cells = new Map<number, { value: string | number | boolean; text: boolean }>();
      for (const [columnKey, value] of Object.entries(u.changes)) {
        const column = def.columns.find((c) => c.key === columnKey);
        const j = place.layout.findIndex((c) => c.key === columnKey);
        if (!column || j < 0) {
          result.skipped.push({
            key: u.key,
            column: columnKey,
            reason: `the table has no ${column?.header ?? columnKey} column`,
          });
        } else if (isCalculated(column)) {
          result.skipped.push({
            key: u.key,
            column: columnKey,
            reason: `${column.header} is calculated by a formula`,
          });
        } else if (def.keyColumns.includes(columnKey)) {
          result.skipped.push({
            key: u.key,
            column: columnKey,
            reason: `${column.header} is the row's key and is not changed here`,
          });
        } else {
          cells.set(j, { value: cellInput(column, value), text: formatFor(column) === "@" });
        }
      }
      if (cells.size === 0) continue;
      const columns = [...cells.keys()].sort((a, b) => a - b);
      const spans = changedSpans(columns);

      // Single keys: the cells are offsets from the key cell Excel finds when the request runs.
      // Composite keys: the row as read just now, its old contents read first so a moved row can be
      // put back.
      const found = composite
        ? undefined
        : keyBody.findOrNullObject(findText(String(keyCols[0][at[0]] ?? "")), { completeMatch: true });
      const before = composite
        ? probe.sheet.getRangeByIndexes(bodyStart + at[0], place.firstColumn, 1, width).load("formulas")
        : undefined;
      for (const span of spans) {
        const w = span.last - span.first + 1;
        const range = found
          ? resized(found.getOffsetRange(0, span.first - keyIndex), w)
          : probe.sheet.getRangeByIndexes(bodyStart + at[0], place.firstColumn + span.first, 1, w);
        // Between changed cells of one span: null, which Excel reads as "leave this cell alone".
        const row = (f: (j: number) => string | number | boolean | null) =>
          Array.from({ length: w }, (_, i) => f(span.first + i));
        if (columns.some((j) => j >= span.first && j <= span.last && cells.get(j)!.text)) {
          range.numberFormat = [row((j) => (cells.get(j)?.text ? "@" : null))];
        }
        range.values = [row((j) => cells.get(j)?.value ?? null)];
        span.range = range;
      }
      found?.load("rowIndex");
      pending.push({ key: u.key, found, columns, before, spans });
    }
    if (pending.length === 0) return result;
    // Columns moved by a co-author in the same instant would put values under other headers: checked.
    const headersAfter = probe.table.getHeaderRowRange().load("values");
    await context.sync();

    const headersMoved =
      (headersAfter.values[0] ?? []).map((h) => String(h ?? "")).join("\u0000") !==
      place.headers.join("\u0000");
    let restore = false;
    for (const p of pending) {
      if (p.before) {
        const old = p.before.formulas[0] as unknown[];
        const now = def.keyColumns
          .map((kc) => norm(old[place.layout.findIndex((c) => c.key === kc)]))
          .join(" / ");
        const wanted = p.key
          .split(" / ")
          .map((x) => norm(x))
          .join(" / ");
        if (now !== wanted) {
          // A co-author moved rows between the read and the write: put back what was there.
          for (const span of p.spans) {
            span.range!.formulas = [
              old
                .slice(span.first, span.last + 1)
                .map((v, i) =>
                  p.columns.includes(span.first + i) ? (v as string | number | boolean) : null,
                ),
            ];
          }
          result.moved.push({ key: p.key, row: bodyStart + rowsOf.get(wanted)![0] + 1 });
          restore = true;
          continue;
        }
      } else if (p.found!.isNullObject) {
        // Deleted by a co-author between the read and the write: nothing was written.
        result.notFound.push(p.key);
        continue;
      }
      const sheetRow = p.before
        ? bodyStart +
          rowsOf.get(
            p.key
              .split(" / ")
              .map((x) => norm(x))
              .join(" / "),
          )![0]
        : p.found!.rowIndex;
      if (headersMoved) result.moved.push({ key: p.key, row: sheetRow + 1 });
      result.updated.push({
        key: p.key,
        row: sheetRow + 1,
        cells: p.columns.map((j) => cellAddress(place.sheetName, sheetRow, place.firstColumn + j)),
      });
    }
    if (restore) await context.sync();
    return result;
  });
}
