// Changing cells of rows found by their key (issue 11). Inside one Excel.run:
//   1. read the key column(s) as they are now: which keys exist, which appear twice;
//   2. for each row, let Excel find the key cell when the request runs (Range.findOrNullObject, a
//      complete, case-insensitive match) and write only the changed cells of that row. A co-author who
//      sorted or inserted rows a moment earlier does not make the write land on another row; a row a
//      co-author deleted is not found, reported, and not recreated.
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
  /** Composite-key rows that a co-author moved while writing: nothing was changed; try again. */
  moved: { key: string; row: number }[];
}

const norm = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim().toUpperCase());

/** Text for Excel's Find, with its wildcards * ? ~ made literal. */
export function findText(key: string): string {
  return key.trim().replace(/[~*?]/g, (ch) => `~${ch}`);
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
    const keyBody = probe.table.columns.getItem(place.headers[keyIndex]).getDataBodyRange();

    type Written = { key: string; column: string; cell: Excel.Range; before?: Excel.Range };
    const pending: { key: string; found: Excel.Range; cells: Written[]; check?: Excel.Range[] }[] = [];
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
      const writes: { col: number; key: string; value: CellValue }[] = [];
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
        } else writes.push({ col: j, key: columnKey, value });
      }
      if (writes.length === 0) continue;

      // The row as Excel finds it when the request runs (single key), or as read just now (composite).
      const row: Excel.Range = composite
        ? probe.sheet.getRangeByIndexes(bodyStart + at[0], place.firstColumn, 1, place.columnCount)
        : keyBody
            .findOrNullObject(findText(String(keyCols[0][at[0]] ?? "")), {
              completeMatch: true,
              matchCase: false,
            })
            .getEntireRow();
      const entry: (typeof pending)[number] = { key: u.key, found: row, cells: [] };
      for (const w of writes) {
        const column = def.columns.find((c) => c.key === w.key);
        const cell = composite
          ? row.getCell(0, w.col)
          : row.getIntersection(probe.table.columns.getItem(place.headers[w.col]).getDataBodyRange());
        // Composite keys: keep what the cell held, to put it back if the row turns out to have moved.
        const before = composite ? row.getCell(0, w.col).load("formulas") : undefined;
        const format = formatFor(column);
        if (format === "@") cell.numberFormat = [["@"]];
        cell.values = [[cellInput(column, w.value)]];
        entry.cells.push({ key: w.key, column: place.headers[w.col], cell, before });
      }
      if (composite) {
        entry.check = def.keyColumns.map((kc) =>
          row
            .getCell(
              0,
              place.layout.findIndex((c) => c.key === kc),
            )
            .load("values"),
        );
      }
      row.load("rowIndex");
      pending.push(entry);
    }
    if (pending.length === 0) return result;
    await context.sync();

    for (const p of pending) {
      if (p.found.isNullObject) {
        // Deleted by a co-author between the read and the write: nothing was written.
        result.notFound.push(p.key);
        continue;
      }
      const row = p.found.rowIndex;
      if (p.check) {
        const now = p.check.map((r) => norm((r.values as unknown[][])[0][0])).join(" / ");
        const wanted = p.key
          .split(" / ")
          .map((x) => norm(x))
          .join(" / ");
        if (now !== wanted) {
          // A co-author moved rows between the read and the write: put back what was there.
          for (const c of p.cells) if (c.before) c.cell.formulas = c.before.formulas;
          result.moved.push({ key: p.key, row: row + 1 });
          continue;
        }
      }
      result.updated.push({
        key: p.key,
        row: row + 1,
        cells: p.cells.map((c) =>
          cellAddress(place.sheetName, row, place.firstColumn + place.headers.indexOf(c.column)),
        ),
      });
    }
    if (result.moved.length > 0) await context.sync();
    return result;
  });
}
