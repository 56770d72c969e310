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
import { nextId } from "../../core/registers/ids";
import { createRegister } from "../createRegister";
import { ExcelActionError } from "../errors";
import { runExcel } from "../run";
import { queueAppend, queueChangesByKey, requireColumns, requireNoTotals } from "../rows";
import { queueEquipmentRead, requireMachine, rowAddress } from "./inRun";

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
    if (!t.place || !t.append) return "missing";
    requireColumns(serviceLog, t.place, ["ticketId", "assetTag", "openedOn", "kind", "status"]);
    requireNoTotals(serviceLog, t.place, "a new ticket", "report the fault again");

    // 2. The ticket and the machine's status.
    const ticketId = nextId(
      serviceLog.idPrefix!,
      t.rows.map((r) => r.key),
    );
    const vendor = String(machine.values.serviceVendor ?? "").trim();
    const values = {
      ticketId,
      assetTag: machine.key,
      openedOn: todaySerial(report.openedOn ?? now),
      kind: "Repair",
      problem: report.problem.trim(),
      reportedBy: (report.reportedBy ?? "").trim(),
      vendor,
      status: "Open",
    };
    const append = queueAppend(read.log, serviceLog, t.place, t.append, [{ values }]);
    const [machineRow] = queueChangesByKey(read.eq.table, equipment, eqPlace, [
      { key: machine.key, changes: { status: report.status } },
    ]);
    await context.sync();

    // 3. Check and repair.
    const outcome = await append.settle(context, { clientTag: report.clientTag });
    const notes: string[] = [];
    const renamed = outcome.renamed[ticketId];
    if (renamed) notes.push(`A co-author used ${ticketId} at the same moment; this ticket is ${renamed}.`);
    if (machineRow.found.isNullObject) {
      notes.push(`${machine.key} was no longer in Equipment when writing, so its Status was not changed.`);
    }
    const address = rowAddress(t.place, outcome.rows[0].sheetRow);
    return { ticketId: renamed ?? ticketId, address, vendor, notes };
  });
}
