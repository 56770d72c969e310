// "Log service": closes the machine's ticket (Status Done, Closed on, what was done, cost, downtime) or,
// with no ticket, adds a Preventive entry; sets Last service and Meter at last service (and Meter now)
// and puts the machine back to Operational. One Excel.run:
//   1. read Equipment and the Service log's Ticket ID, Asset tag and Status columns as they are now, and
//      check everything (a date in the future, a meter below the last reading, a ticket of another
//      machine or already closed): any problem and nothing is written;
//   2. write the ticket (by Ticket ID) or the new entry below the body, and the machine's row (by Asset tag);
//   3. only when needed: grow the table over a new entry, or give the entry this client's tagged ID when a
//      co-author took the same one at the same moment.
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
import { finiteOrNull } from "../../core/cells/finite";
import { normKey } from "../../core/registers/keys";
import type { ReadRow } from "../readRegister";
import { queueAppend, queueChangesByKey, requireColumns, requireNoTotals, type QueuedAppend } from "../rows";
import { problemsError } from "./reportFault";
import { queueEquipmentRead, requireMachine, rowAddress, ticketsWithId, type TicketsRead } from "./inRun";

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

type Ticket = TicketsRead["rows"][number];

async function attempt(entry: ServiceEntry): Promise<Omit<ServiceLogged, "createdRegister"> | "missing"> {
  return runExcel(`Logging service on ${entry.assetTag}`, async (context) => {
    const read = queueEquipmentRead(context);
    await context.sync();

    const { place: eqPlace, rows } = read.machines();
    const machine = requireMachine(rows, entry.assetTag);
    requireColumns(equipment, eqPlace, ["status", "lastService", "meterAtLastService"]);
    const t = read.tickets();
    if (!t.place || !t.append) return "missing";
    requireColumns(serviceLog, t.place, ["ticketId", "assetTag", "openedOn", "kind", "status"]);
    const reading = entry.meter ?? null;
    const problems =
      reading === null ? [] : meterReadingProblems(reading, { assetTag: machine.key, ...machine.values });
    const closing = entry.ticketId ? ticketToClose(t, entry.ticketId, machine.key) : null;
    if (closing) problems.push(...closing.problems);
    if (problems.length) throw problemsError(problems);
    const ticket = closing?.ticket;
    if (!ticket) requireNoTotals(serviceLog, t.place, "a new entry", "log the service again");

    // 2. The ticket (found by Ticket ID) or a new entry below the body, and the machine's row (by Asset tag).
    const date = todaySerial(entry.date);
    const changes = serviceChanges(entry, machine, date);
    let ticketId: string;
    let closed: Excel.Range | null = null;
    let append: QueuedAppend | null = null;
    if (ticket) {
      ticketId = ticket.key;
      closed = queueChangesByKey(read.log.table, serviceLog, t.place, [
        { key: ticketId, changes: changes.ticket },
      ])[0].found;
    } else {
      ticketId = nextId(
        serviceLog.idPrefix!,
        t.rows.map((r) => r.key),
      );
      const vendor = text(entry.vendor) || String(machine.values.serviceVendor ?? "").trim();
      const values = {
        ticketId,
        assetTag: machine.key,
        openedOn: date,
        kind: entry.kind ?? "Preventive",
        vendor,
      };
      append = queueAppend(read.log, serviceLog, t.place, t.append, [
        { values: { ...values, ...changes.ticket } },
      ]);
    }
    const [machineRow] = queueChangesByKey(read.eq.table, equipment, eqPlace, [
      { key: machine.key, changes: changes.machine },
    ]);
    await context.sync();

    // 3. Only when needed: grow the table over a new entry, or give it a fresh ID a co-author took.
    const notes = changes.notes;
    let rowIndex: number | null = closed && !closed.isNullObject ? closed.rowIndex : null;
    if (append) {
      const outcome = await append.settle(context);
      const renamed = outcome.renamed[ticketId];
      if (renamed) notes.push(`A co-author used ${ticketId} at the same moment; this entry is ${renamed}.`);
      ticketId = renamed ?? ticketId;
      rowIndex = outcome.rows[0].sheetRow;
    }
    if (rowIndex === null)
      notes.push(
        `${ticketId} was no longer in the Service log when writing (a co-author may have deleted it).`,
      );
    if (machineRow.found.isNullObject)
      notes.push(`${machine.key} was no longer in Equipment when writing; its row was not changed.`);
    return {
      ticketId,
      closed: Boolean(ticket),
      address: rowIndex === null ? "" : rowAddress(t.place, rowIndex),
      notes,
    };
  });
}

const text = (s: string | undefined) => (s ?? "").trim();

/** The open ticket of this machine with this ID, or the problems that keep it from being closed. */
function ticketToClose(
  t: TicketsRead,
  ticketId: string,
  assetTag: string,
): { ticket?: Ticket; problems: EquipmentProblem[] } {
  const found = ticketsWithId(t, ticketId);
  const ticket = found[0];
  const problem = (message: string, fix: string) => ({
    problems: [{ field: "ticket" as const, message, fix }],
  });
  if (found.length === 0)
    return problem(`${ticketId} is not in the Service log.`, "Refresh the page and choose the ticket again.");
  if (found.length > 1)
    return problem(
      `${ticketId} is on ${found.length} rows of the Service log.`,
      "Give each ticket its own Ticket ID.",
    );
  if (normKey(ticket.assetTag) !== normKey(assetTag))
    return problem(
      `${ticketId} is a ticket for ${ticket.assetTag}, not ${assetTag}.`,
      "Choose a ticket of this machine.",
    );
  if (!canMoveTicket(ticket.status, "Done"))
    return problem(
      `${ticketId} is already closed.`,
      "Log the service without a ticket, or choose an open one.",
    );
  return { ticket, problems: [] };
}

/** What the service writes: on the ticket (closed, what was done) and on the machine (back in service). */
function serviceChanges(
  entry: ServiceEntry,
  machine: ReadRow,
  date: number,
): { ticket: Record<string, CellValue>; machine: Record<string, CellValue>; notes: string[] } {
  const notes: string[] = [];
  const meterNow = finiteOrNull(machine.values.meterNow);
  const reading = entry.meter ?? null;
  const meterAtService = reading ?? meterNow;
  if (reading === null && meterNow === null && finiteOrNull(machine.values.serviceEveryPages) !== null) {
    notes.push(
      `No meter reading was given and ${machine.key} has none, so Meter at last service was left as it was.`,
    );
  }
  const ticket: Record<string, CellValue> = { status: "Done", closedOn: date };
  if (text(entry.actionTaken)) ticket.actionTaken = text(entry.actionTaken);
  if (entry.cost !== null && entry.cost !== undefined) ticket.cost = entry.cost;
  if (entry.downtimeHours !== null && entry.downtimeHours !== undefined)
    ticket.downtimeHours = entry.downtimeHours;
  const changes: Record<string, CellValue> = { status: "Operational", lastService: date };
  if (meterAtService !== null) changes.meterAtLastService = meterAtService;
  if (reading !== null) changes.meterNow = reading;
  return { ticket, machine: changes, notes };
}
