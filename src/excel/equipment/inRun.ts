// What the equipment actions share inside their one Excel.run: the first sync's reads (the Equipment
// body, the Service log's key and the columns a ticket's checks need, what appending a ticket needs) and
// the checks on them. The writes themselves are the rows primitives (src/excel/rows/README.md).
import { normKey } from "../../core/registers/keys";
import { equipment, serviceLog } from "../../core/registers/definitions";
import { rectAddress } from "../address";
import { ExcelActionError } from "../errors";
import { rowsAndProblems, type ReadRow } from "../readRegister";
import { queueAppendRead, queueColumns, type AppendState } from "../rows";
import { queueTableProbe, requirePlace, type QueuedProbe, type TablePlace } from "../tableProbe";

export interface TicketsRead {
  place: TablePlace | null;
  rows: { key: string; assetTag: string; status: string; index: number }[];
  /** For appending a ticket (null when the Service log is missing). */
  append: AppendState | null;
}

export interface QueuedEquipmentRead {
  eq: QueuedProbe;
  log: QueuedProbe;
  /** After the sync: Equipment's place and typed rows (the register must exist). */
  machines(): { place: TablePlace; rows: ReadRow[] };
  /** After the sync: the Service log's place (null when missing) and its rows' key, tag and status. */
  tickets(): TicketsRead;
}

/**
 * Queues the reads of sync 1. Equipment is read whole (a register of machines is a few hundred rows at
 * most); of the Service log only the Ticket ID, Asset tag and Status columns, and what appending one
 * ticket needs (the cells below the table, its first row).
 */
export function queueEquipmentRead(context: Excel.RequestContext): QueuedEquipmentRead {
  const eq = queueTableProbe(context, equipment);
  const eqBody = eq.table.getDataBodyRange().load("values");
  const log = queueTableProbe(context, serviceLog);
  const append = queueAppendRead(log, serviceLog, 1, { fillBlankFirstRow: true });
  const columns = queueColumns(log.table, serviceLog, ["assetTag", "status"]);
  return {
    eq,
    log,
    machines() {
      const place = requirePlace(equipment, eq.place());
      const values = eqBody.values as unknown[][];
      const { rows } = rowsAndProblems(equipment, place, values, place.headerRow + 2, {});
      return { place, rows };
    },
    tickets() {
      const place = log.place();
      if (!place) return { place, rows: [], append: null };
      const state = append.state(place);
      const { assetTag, status } = columns();
      const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
      const rows = (state.keys[0] ?? []).map((k, index) => ({
        key: text(k),
        assetTag: text(assetTag[index]),
        status: text(status[index]),
        index,
      }));
      return { place, rows, append: state };
    },
  };
}

/** The one machine with this asset tag, or an error saying why not. */
export function requireMachine(rows: readonly ReadRow[], assetTag: string): ReadRow {
  const found = rows.filter((r) => normKey(r.key) === normKey(assetTag));
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

/** The Service log rows with this Ticket ID. */
export function ticketsWithId(t: TicketsRead, ticketId: string): TicketsRead["rows"] {
  return t.rows.filter((r) => normKey(r.key) === normKey(ticketId));
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
