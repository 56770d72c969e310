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
    const tableBody = probe.table.getDataBodyRange();
    const width = place.columnCount;

    type Pending = {
      key: string;
      row: Excel.Range;
      /** The key cell Excel found (single keys). */
      found?: Excel.Range;
      columns: number[];
      values: (string | number | boolean | null)[];
      before?: Excel.Range;
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
      // One row of values: the changed cells, null (Excel: leave the cell as it is) everywhere else.
      const values: (string | number | boolean | null)[] = new Array(width).fill(null);
      const formats: (string | null)[] = new Array(width).fill(null);
      const columns: number[] = [];
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
          values[j] = cellInput(column, value);
          if (formatFor(column) === "@") formats[j] = "@";
          columns.push(j);
        }
      }
      if (columns.length === 0) continue;

      // The table row as Excel finds it when the request runs (single key), or as read just now
      // (composite keys, with its old contents read first so a moved row can be put back).
      const found = composite
        ? undefined
        : keyBody.findOrNullObject(findText(String(keyCols[0][at[0]] ?? "")), {
            completeMatch: true,
            matchCase: false,
          });
      const row: Excel.Range = found
        ? found.getEntireRow().getIntersection(tableBody)
        : probe.sheet.getRangeByIndexes(bodyStart + at[0], place.firstColumn, 1, width);
      const before = composite ? row.load("formulas") : undefined;
      if (formats.some((f) => f !== null)) row.numberFormat = [formats];
      row.values = [values];
      found?.load("rowIndex");
      pending.push({ key: u.key, row, found, columns, values, before });
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
          p.row.formulas = [
            old.map((v, j) => (p.columns.includes(j) ? (v as string | number | boolean) : null)),
          ];
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
