// "Report a fault": a Repair ticket in the Service log with a new Ticket ID, and the machine's Status set
// to Needs repair or Out of service, in one Excel.run:
//   1. read Equipment and the Service log's Ticket IDs as they are now;
//   2. write the ticket below the Service log's body and the Status into the machine's row, found by its
//      Asset tag when the request runs; read the Ticket IDs back;
//   3. only when needed: grow the table if Excel did not, or give the ticket this client's tagged ID when
//      a co-author took the same one at the same moment.
// Syncs: 2 (3 with a repair). The Service log is created first when missing (its own run).
import { todaySerial } from "../../core/cells/excelDates";
import { assetTagProblems, serviceDateProblems, type EquipmentProblem } from "../../core/equipment/problems";
import { equipment, serviceLog } from "../../core/registers/definitions";
import { makeClientTag, nextId } from "../../core/registers/ids";
import { createRegister } from "../createRegister";
import { ExcelActionError } from "../errors";
import { runExcel } from "../run";
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

export type FaultStatus = "Needs repair" | "Out of service";

export interface FaultReport {
  assetTag: string;
  problem: string;
  reportedBy?: string;
  /** What the machine's Status becomes. */
  status: FaultStatus;
  /** When it was reported (default: now). */
  openedOn?: Date;
  /** This client's tag for a Ticket ID a co-author took at the same moment (default: random). */
  clientTag?: string;
}

export interface FaultReported {
  ticketId: string;
  /** The ticket's row, e.g. "'Service log'!A12:L12". */
  address: string;
  /** The vendor put on the ticket (the machine's Service vendor). */
  vendor: string;
  createdRegister: boolean;
  notes: string[];
}

/** Problems with what was typed, before anything is read or written. */
export function faultReportProblems(report: FaultReport, now: Date = new Date()): EquipmentProblem[] {
  const out: EquipmentProblem[] = [];
  if (report.assetTag.trim() === "")
    out.push({ field: "assetTag", message: "No machine was chosen.", fix: "Choose a machine." });
  if (report.problem.trim() === "")
    out.push({
      field: "problem",
      message: "The fault is not described.",
      fix: "Say what is wrong, e.g. “Paper jams in tray 2”.",
    });
  if (report.status !== "Needs repair" && report.status !== "Out of service")
    out.push({
      field: "status",
      message: "Choose Needs repair or Out of service.",
      fix: "Pick how bad it is.",
    });
  const today = todaySerial(now);
  if (report.openedOn)
    out.push(...serviceDateProblems(todaySerial(report.openedOn), today, "date of the fault"));
  return out;
}

export function problemsError(problems: readonly EquipmentProblem[]): ExcelActionError {
  return new ExcelActionError(
    "invalid",
    `Nothing was changed: ${problems.map((p) => p.message).join(" ")}`,
    problems.map((p) => p.fix).join(" "),
  );
}

export async function reportFault(report: FaultReport): Promise<FaultReported> {
  const now = new Date();
  const problems = faultReportProblems(report, now);
  if (problems.length) throw problemsError(problems);
  let result = await attempt(report, now);
  let createdRegister = false;
  if (result === "missing") {
    createdRegister = (await createRegister(serviceLog)).created;
    result = await attempt(report, now);
    if (result === "missing")
      throw new ExcelActionError("notFound", "The Service log could not be created.", "Try again.");
  }
  return { ...result, createdRegister };
}

async function attempt(
  report: FaultReport,
  now: Date,
): Promise<Omit<FaultReported, "createdRegister"> | "missing"> {
  return runExcel(`Reporting a fault on ${report.assetTag}`, async (context) => {
    const read = queueEquipmentRead(context);
    await context.sync();

    const { place: eqPlace, rows } = read.machines();
    const tags = rows.map((r) => r.key);
    const tagProblems = assetTagProblems(report.assetTag, tags);
    if (tagProblems.length) throw problemsError(tagProblems);
    const machine = requireMachine(rows, report.assetTag);
    requireColumns(equipment, eqPlace, ["status"]);
    const t = read.tickets();
    if (!t.place) return "missing";
    requireColumns(serviceLog, t.place, ["ticketId", "assetTag", "openedOn", "kind", "status"]);
    if (t.place.showTotals) {
      throw new ExcelActionError(
        "invalid",
        "The ServiceLog table shows a Total row, so a new ticket cannot go below it.",
        "Turn off the Total row (Table Design > Total Row), then report the fault again.",
      );
    }

    // 2. The ticket and the machine's status.
    const used = t.rows.map((r) => r.key);
    let ticketId = nextId(serviceLog.idPrefix!, used);
    const vendor = String(machine.values.serviceVendor ?? "").trim();
    const opened = todaySerial(report.openedOn ?? now);
    const values = {
      ticketId,
      assetTag: machine.key,
      openedOn: opened,
      kind: "Repair",
      problem: report.problem.trim(),
      reportedBy: (report.reportedBy ?? "").trim(),
      vendor,
      status: "Open",
    };
    const { target, tableRange } = queueAppendTicket(read.log, t, values);
    const machineRow = queueWriteByKey(read.eq.table, equipment, eqPlace, machine.key, {
      status: report.status,
    });
    const idsAfter = read.log.table.columns
      .getItem(t.place.headers[t.place.layout.findIndex((c) => c.key === "ticketId")])
      .getDataBodyRange()
      .load("values");
    const bodyAfter = read.log.table.getDataBodyRange().load("rowIndex");
    await context.sync();

    // 3. Check and repair.
    const notes: string[] = [];
    let repair = repairGrowth(read.log, t.place, target, tableRange);
    const after = (idsAfter.values as unknown[][]).map((r) => keyText(r[0]));
    const mine = target.rowIndex - bodyAfter.rowIndex;
    if (after.some((v, i) => v === keyText(ticketId) && i !== mine)) {
      const old = ticketId;
      ticketId = nextId(serviceLog.idPrefix!, after, report.clientTag ?? makeClientTag(Math.random()));
      const j = t.place.layout.findIndex((c) => c.key === "ticketId");
      target.getCell(0, j).values = [[ticketId]];
      notes.push(`A co-author used ${old} at the same moment; this ticket is ${ticketId}.`);
      repair = true;
    }
    if (repair) await context.sync();
    if (machineRow.isNullObject) {
      notes.push(`${machine.key} was no longer in Equipment when writing, so its Status was not changed.`);
    }
    return { ticketId, address: rowAddress(t.place, target.rowIndex), vendor, notes };
  });
}
