// "Log service": closes the machine's ticket (Status Done, Closed on, what was done, cost, downtime) or,
// with no ticket, adds a Preventive entry; sets Last service and Meter at last service (and Meter now)
// and puts the machine back to Operational. One Excel.run:
//   1. read Equipment and the Service log's Ticket ID, Asset tag and Status columns as they are now, and
//      check everything (a date in the future, a meter below the last reading, a ticket of another
//      machine or already closed): any problem and nothing is written;
//   2. write the ticket (by Ticket ID) or the new entry below the body, and the machine's row (by Asset tag);
//   3. only when the table did not grow over a new entry: grow it.
// Syncs: 2 (3 with a repair).
import type { CellValue } from "../../core/cells/types";
import { todaySerial } from "../../core/cells/excelDates";
import {
  meterReadingProblems,
  serviceDateProblems,
  type EquipmentProblem,
} from "../../core/equipment/problems";
import { canMoveTicket } from "../../core/equipment/tickets";
import { equipment, serviceLog } from "../../core/registers/definitions";
import { SERVICE_KINDS } from "../../core/registers/definitions/serviceLog";
import { nextId } from "../../core/registers/ids";
import { createRegister } from "../createRegister";
import { ExcelActionError } from "../errors";
import { runExcel } from "../run";
import { problemsError } from "./reportFault";
import {
  keyText,
  queueAppendTicket,
  queueEquipmentRead,
  queueWriteByKey,
  repairGrowth,
  requireColumns,
  requireMachine,
  rowAddress,
} from "./inRun";

export interface ServiceEntry {
  assetTag: string;
  /** The ticket this service closes; none: a new entry of `kind` (default Preventive). */
  ticketId?: string;
  kind?: (typeof SERVICE_KINDS)[number];
  /** The day of the service. */
  date: Date;
  /** The page counter at the service; blank keeps Meter now as the reading. */
  meter?: number | null;
  actionTaken?: string;
  cost?: number | null;
  downtimeHours?: number | null;
  vendor?: string;
}

export interface ServiceLogged {
  ticketId: string;
  /** True when an existing ticket was closed, false when a new entry was added. */
  closed: boolean;
  address: string;
  createdRegister: boolean;
  notes: string[];
}

/** Problems with what was typed, before anything is read. */
export function serviceEntryProblems(entry: ServiceEntry, now: Date = new Date()): EquipmentProblem[] {
  const out: EquipmentProblem[] = [];
  if (entry.assetTag.trim() === "")
    out.push({ field: "assetTag", message: "No machine was chosen.", fix: "Choose a machine." });
  out.push(...serviceDateProblems(todaySerial(entry.date), todaySerial(now)));
  const bad = (v: number | null | undefined) =>
    v !== null && v !== undefined && (!Number.isFinite(v) || v < 0);
  if (bad(entry.cost))
    out.push({
      field: "problem",
      message: "The cost is not an amount.",
      fix: "Type the cost as a number, or leave it blank.",
    });
  if (bad(entry.downtimeHours))
    out.push({
      field: "problem",
      message: "The downtime is not a number of hours.",
      fix: "Type the hours as a number, or leave it blank.",
    });
  return out;
}

export async function logService(entry: ServiceEntry): Promise<ServiceLogged> {
  const now = new Date();
  const problems = serviceEntryProblems(entry, now);
  if (problems.length) throw problemsError(problems);
  let result = await attempt(entry);
  let createdRegister = false;
  if (result === "missing") {
    if (entry.ticketId)
      throw problemsError([
        {
          field: "ticket",
          message: `There is no Service log, so ${entry.ticketId} cannot be closed.`,
          fix: "Log the service without a ticket.",
        },
      ]);
    createdRegister = (await createRegister(serviceLog)).created;
    result = await attempt(entry);
    if (result === "missing")
      throw new ExcelActionError("notFound", "The Service log could not be created.", "Try again.");
  }
  return { ...result, createdRegister };
}

const num = (v: CellValue | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : null);

async function attempt(entry: ServiceEntry): Promise<Omit<ServiceLogged, "createdRegister"> | "missing"> {
  return runExcel(`Logging service on ${entry.assetTag}`, async (context) => {
    const read = queueEquipmentRead(context);
    await context.sync();

    const { place: eqPlace, rows } = read.machines();
    const machine = requireMachine(rows, entry.assetTag);
    requireColumns(equipment, eqPlace, ["status", "lastService", "meterAtLastService"]);
    const t = read.tickets();
    if (!t.place) return "missing";
    requireColumns(serviceLog, t.place, ["ticketId", "assetTag", "openedOn", "kind", "status"]);

    const problems: EquipmentProblem[] = [];
    const meterNow = num(machine.values.meterNow);
    const reading = entry.meter ?? null;
    if (reading !== null)
      problems.push(...meterReadingProblems(reading, { assetTag: machine.key, ...machine.values }));
    let ticket: (typeof t.rows)[number] | undefined;
    if (entry.ticketId) {
      const found = t.rows.filter((r) => keyText(r.key) === keyText(entry.ticketId));
      ticket = found[0];
      if (found.length === 0)
        problems.push({
          field: "ticket",
          message: `${entry.ticketId} is not in the Service log.`,
          fix: "Refresh the page and choose the ticket again.",
        });
      else if (found.length > 1)
        problems.push({
          field: "ticket",
          message: `${entry.ticketId} is on ${found.length} rows of the Service log.`,
          fix: "Give each ticket its own Ticket ID.",
        });
      else if (keyText(ticket.assetTag) !== keyText(machine.key))
        problems.push({
          field: "ticket",
          message: `${entry.ticketId} is a ticket for ${ticket.assetTag}, not ${machine.key}.`,
          fix: "Choose a ticket of this machine.",
        });
      else if (!canMoveTicket(ticket.status, "Done"))
        problems.push({
          field: "ticket",
          message: `${entry.ticketId} is already closed.`,
          fix: "Log the service without a ticket, or choose an open one.",
        });
    }
    if (problems.length) throw problemsError(problems);

    const date = todaySerial(entry.date);
    const meterAtService = reading ?? meterNow;
    const notes: string[] = [];
    if (reading === null && meterNow === null && num(machine.values.serviceEveryPages) !== null) {
      notes.push(
        `No meter reading was given and ${machine.key} has none, so Meter at last service was left as it was.`,
      );
    }
    const text = (s: string | undefined) => (s ?? "").trim();
    const common: Record<string, CellValue> = { status: "Done", closedOn: date };
    if (text(entry.actionTaken)) common.actionTaken = text(entry.actionTaken);
    if (entry.cost !== null && entry.cost !== undefined) common.cost = entry.cost;
    if (entry.downtimeHours !== null && entry.downtimeHours !== undefined)
      common.downtimeHours = entry.downtimeHours;

    let ticketId: string;
    let target: Excel.Range;
    let tableRange: Excel.Range | null = null;
    if (ticket) {
      ticketId = ticket.key;
      target = queueWriteByKey(read.log.table, serviceLog, t.place, ticketId, common);
    } else {
      ticketId = nextId(
        serviceLog.idPrefix!,
        t.rows.map((r) => r.key),
      );
      const queued = queueAppendTicket(read.log, t, {
        ticketId,
        assetTag: machine.key,
        openedOn: date,
        kind: entry.kind ?? "Preventive",
        vendor: text(entry.vendor) || String(machine.values.serviceVendor ?? "").trim(),
        ...common,
      });
      target = queued.target;
      tableRange = queued.tableRange;
    }
    const machineChanges: Record<string, CellValue> = { status: "Operational", lastService: date };
    if (meterAtService !== null) machineChanges.meterAtLastService = meterAtService;
    if (reading !== null) machineChanges.meterNow = reading;
    const machineRow = queueWriteByKey(read.eq.table, equipment, eqPlace, machine.key, machineChanges);
    await context.sync();

    if (tableRange && repairGrowth(read.log, t.place, target, tableRange)) await context.sync();
    if (target.isNullObject)
      notes.push(
        `${ticketId} was no longer in the Service log when writing (a co-author may have deleted it).`,
      );
    if (machineRow.isNullObject)
      notes.push(`${machine.key} was no longer in Equipment when writing; its row was not changed.`);
    return {
      ticketId,
      closed: Boolean(ticket),
      address: target.isNullObject ? "" : rowAddress(t.place, target.rowIndex),
      notes,
    };
  });
}
