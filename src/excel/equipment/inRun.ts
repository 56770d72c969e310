// Pieces the equipment actions share inside their one Excel.run: reading the Equipment body and the
// Service log's key columns (first sync), appending one Service log row below the table body and writing
// cells of a machine's row found by its Asset tag when the request runs (second sync).
import type { CellValue } from "../../core/cells/types";
import { equipment, serviceLog } from "../../core/registers/definitions";
import { isCalculated } from "../../core/registers/columnDefaults";
import type { RegisterDef } from "../../core/registers/types";
import { rectAddress } from "../address";
import { cellInput, formatFor } from "../cellWrite";
import { ExcelActionError } from "../errors";
import { rowsAndProblems, type ReadRow } from "../readRegister";
import { queueTableProbe, requirePlace, type QueuedProbe, type TablePlace } from "../tableProbe";
import { findText } from "../updateRows";

export const keyText = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim().toUpperCase());

const headerOf = (def: RegisterDef, key: string) => def.columns.find((c) => c.key === key)!.header;

export interface QueuedEquipmentRead {
  eq: QueuedProbe;
  log: QueuedProbe;
  /** After the sync: Equipment's place and typed rows (the register must exist). */
  machines(): { place: TablePlace; rows: ReadRow[] };
  /** After the sync: the Service log's place (null when missing) and its rows' key, tag and status. */
  tickets(): {
    place: TablePlace | null;
    rows: { key: string; assetTag: string; status: string; index: number }[];
    firstRowBlank: boolean;
    belowOccupied: boolean;
  };
}

/**
 * Queues the reads of sync 1. Equipment is read whole (a register of machines is a few hundred rows at
 * most); of the Service log only the Ticket ID, Asset tag and Status columns are read.
 */
export function queueEquipmentRead(context: Excel.RequestContext): QueuedEquipmentRead {
  const eq = queueTableProbe(context, equipment);
  const eqBody = eq.table.getDataBodyRange().load("values");
  const log = queueTableProbe(context, serviceLog);
  const col = (key: string) => {
    const c = log.table.columns.getItemOrNullObject(headerOf(serviceLog, key));
    return { c, r: c.getDataBodyRange().load("values") };
  };
  const ids = col("ticketId");
  const tags = col("assetTag");
  const statuses = col("status");
  const first = log.table.getDataBodyRange().getRow(0).load("values");
  const below = log.table.getRange().getRowsBelow(1).load("values");
  const column = (x: { c: Excel.TableColumn; r: Excel.Range }) =>
    x.c.isNullObject ? [] : (x.r.values as unknown[][]).map((r) => r[0]);
  return {
    eq,
    log,
    machines() {
      const place = requirePlace(equipment, eq.place());
      const { rows } = rowsAndProblems(
        equipment,
        place,
        eqBody.values as unknown[][],
        place.headerRow + 2,
        {},
      );
      return { place, rows };
    },
    tickets() {
      const place = log.place();
      if (!place) return { place, rows: [], firstRowBlank: false, belowOccupied: false };
      const idv = column(ids);
      const tagv = column(tags);
      const stv = column(statuses);
      const rows = idv.map((k, index) => ({
        key: k === null || k === undefined ? "" : String(k).trim(),
        assetTag: String(tagv[index] ?? "").trim(),
        status: String(stv[index] ?? "").trim(),
        index,
      }));
      const blank = (v: unknown) => v === "" || v === null;
      return {
        place,
        rows,
        firstRowBlank: place.bodyRows === 1 && (first.values as unknown[][])[0].every(blank),
        belowOccupied: (below.values as unknown[][])[0].some((v) => !blank(v)),
      };
    },
  };
}

/** The one machine with this asset tag, or an error saying why not. */
export function requireMachine(rows: readonly ReadRow[], assetTag: string): ReadRow {
  const found = rows.filter((r) => keyText(r.key) === keyText(assetTag));
  if (found.length === 0) {
    throw new ExcelActionError(
      "notFound",
      `${assetTag} is not in the Equipment register (a co-author may have deleted or renamed it).`,
      "Refresh the Equipment page and choose the machine again.",
    );
  }
  if (found.length > 1) {
    throw new ExcelActionError(
      "invalid",
      `${assetTag} is on ${found.length} rows of Equipment (${found.map((r) => r.row).join(", ")}); nothing was changed.`,
      "Give each machine its own asset tag, then try again.",
    );
  }
  return found[0];
}

export function requireColumns(def: RegisterDef, place: TablePlace, keys: readonly string[]): void {
  const missing = keys.filter((k) => !place.layout.some((c) => c.key === k));
  if (missing.length > 0) {
    throw new ExcelActionError(
      "invalid",
      `The ${def.name} table has no ${missing.map((k) => headerOf(def, k)).join(", ")} column; nothing was changed.`,
      `Convert the ${def.name} sheet again from the task pane so the register's columns are added.`,
    );
  }
}

/**
 * Writes `changes` into the row whose key cell Excel finds when the request runs (a complete,
 * case-insensitive match), so a co-author's sort a moment earlier does not send it to another row.
 * Load-free: the returned row is loaded with rowIndex; it is a null object when the key has gone.
 */
export function queueWriteByKey(
  table: Excel.Table,
  def: RegisterDef,
  place: TablePlace,
  key: string,
  changes: Record<string, CellValue>,
): Excel.Range {
  const keyBody = table.columns.getItem(headerOf(def, def.keyColumn)).getDataBodyRange();
  const row = keyBody
    .findOrNullObject(findText(key), { completeMatch: true, matchCase: false })
    .getEntireRow();
  for (const [k, value] of Object.entries(changes)) {
    const column = def.columns.find((c) => c.key === k);
    if (!column || isCalculated(column) || !place.layout.some((c) => c.key === k)) continue;
    const cell = row.getIntersection(table.columns.getItem(column.header).getDataBodyRange());
    const format = formatFor(column);
    if (format) cell.numberFormat = [[format]];
    cell.values = [[cellInput(column, value)]];
  }
  row.load("rowIndex");
  return row;
}

/**
 * Queues one new Service log row: into the blank row of a new register, else just below the body
 * (cells below that hold something are moved down, never overwritten). Never TableRowCollection.add,
 * which Microsoft advises against when co-authoring.
 */
export function queueAppendTicket(
  log: QueuedProbe,
  t: ReturnType<QueuedEquipmentRead["tickets"]>,
  values: Record<string, CellValue>,
): { target: Excel.Range; tableRange: Excel.Range } {
  const place = t.place!;
  const body = log.table.getDataBodyRange();
  let target: Excel.Range;
  if (t.firstRowBlank) target = body.getLastRow();
  else {
    const spot = body.getRowsBelow(1);
    target = t.belowOccupied ? spot.insert("Down") : spot;
  }
  const columns = place.layout.map((tc) =>
    tc.key ? serviceLog.columns.find((c) => c.key === tc.key) : undefined,
  );
  target.numberFormat = [columns.map((c) => formatFor(c) ?? "General")];
  target.values = [
    place.layout.map((tc, j) => {
      const c = columns[j];
      if (!tc.key || !c) return "";
      return cellInput(c, values[tc.key]);
    }),
  ];
  target.load("rowIndex");
  return { target, tableRange: log.table.getRange().load("rowIndex,rowCount") };
}

/** After sync 2: grows the table over the new row if Excel did not (true: a third sync is needed). */
export function repairGrowth(
  log: QueuedProbe,
  place: TablePlace,
  target: Excel.Range,
  tableRange: Excel.Range,
): boolean {
  if (tableRange.rowIndex + tableRange.rowCount - 1 >= target.rowIndex) return false;
  log.table.resize(
    rectAddress(
      place.sheetName,
      tableRange.rowIndex,
      place.firstColumn,
      target.rowIndex,
      place.firstColumn + place.columnCount - 1,
    ),
  );
  return true;
}

export function rowAddress(place: TablePlace, rowIndex: number): string {
  return rectAddress(
    place.sheetName,
    rowIndex,
    place.firstColumn,
    rowIndex,
    place.firstColumn + place.columnCount - 1,
  );
}
