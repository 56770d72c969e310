// Discipline cases: opening one (checked against Staff when the Staff register is in this workbook; the
// case log may be kept in a separate workbook that only managers can open, docs/staff.md), moving it to
// the next step of the fair process, and reading the cases, only when the Discipline section is open.
// Opening: 2 syncs (read, write; a third only to repair). Next step: 2 syncs.
import { discipline, staff } from "../../core/registers/definitions";
import { DISCIPLINE_KINDS, DISCIPLINE_STEPS } from "../../core/registers/definitions/discipline";
import { planAppend } from "../../core/registers/appendPlan";
import { checkCase, type CaseInput } from "../../core/staff/checks";
import { nextStep, warningExpiresOn } from "../../core/staff/discipline";
import type { StaffMember } from "../../core/staff/people";
import { ExcelActionError } from "../errors";
import { readRegister } from "../readRegister";
import { runExcel } from "../run";
import { queueAppend, queueAppendRead, queueColumns, requireNoTotals } from "../rows";
import { queueTableProbe, requirePlace } from "../tableProbe";
import { queueUpdates, type UpdateResult } from "../updateRows";
import { queueStaffRules } from "./rules";

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

export interface OpenedCase {
  caseId: string;
  warningExpires: number | null;
  notes: string[];
}

export async function openCase(input: CaseInput): Promise<OpenedCase> {
  return runExcel("Opening the case", async (context) => {
    const staffProbe = queueTableProbe(context, staff);
    const ids = queueColumns(staffProbe.table, staff, ["staffId"]);
    const probe = queueTableProbe(context, discipline);
    const read = queueAppendRead(probe, discipline, 1);
    const rules = queueStaffRules(context);
    await context.sync();
    const place = requirePlace(discipline, probe.place());
    const people = staffProbe.place() ? ids().staffId.map((k) => ({ key: text(k) }) as StaffMember) : null;
    const errors = checkCase(input, { people, kinds: DISCIPLINE_KINDS });
    if (errors.length)
      throw new ExcelActionError("invalid", errors.join(" "), "Correct it; nothing was written.");
    const kind = DISCIPLINE_KINDS.find((k) => k.toLowerCase() === input.kind.trim().toLowerCase())!;
    const warningExpires = warningExpiresOn(kind, input.openedOn!, rules().warningMonths);
    requireNoTotals(discipline, place, "the case", "open it again");
    const state = read.state(place);
    const values = {
      staffId: input.staffId.trim(),
      openedOn: input.openedOn,
      kind,
      step: DISCIPLINE_STEPS[0],
      reason: input.reason.trim(),
      meetingAt: input.meetingAt ?? null,
      companion: (input.companion ?? "").trim() || null,
      warningExpires,
    };
    const plan = planAppend(discipline, [{ values }], state.keys);
    const append = queueAppend(probe, discipline, place, state, plan.toWrite);
    await context.sync();
    const outcome = await append.settle(context);
    return { caseId: String(outcome.rows[0].values.caseId), warningExpires, notes: outcome.notes };
  });
}

export interface CaseRow {
  caseId: string;
  staffId: string;
  openedOn: number | null;
  kind: string;
  step: string;
  reason: string;
  meetingAt: number | null;
  outcome: string;
  appealBy: number | null;
  warningExpires: number | null;
}

export async function loadCases(): Promise<{ found: boolean; cases: CaseRow[] }> {
  const read = await readRegister(discipline, { checkLookups: false });
  const num = (v: unknown) => (typeof v === "number" ? v : null);
  return {
    found: read.found,
    cases: read.rows.map((r) => ({
      caseId: r.key,
      staffId: text(r.values.staffId),
      openedOn: num(r.values.openedOn),
      kind: text(r.values.kind),
      step: text(r.values.step),
      reason: text(r.values.reason),
      meetingAt: num(r.values.meetingAt),
      outcome: text(r.values.outcome),
      appealBy: num(r.values.appealBy),
      warningExpires: num(r.values.warningExpires),
    })),
  };
}

/** Moves a case to the step after the one shown (refused when a co-author moved it since). */
export async function advanceCase(caseId: string, shownStep: string): Promise<UpdateResult> {
  const to = nextStep(shownStep || null);
  if (!to) throw new ExcelActionError("invalid", `${caseId} is closed.`, "Open a new case if needed.");
  return runExcel("Moving the case to its next step", async (context) => {
    const probe = queueTableProbe(context, discipline);
    const cols = queueColumns(probe.table, discipline, ["caseId", "step"]);
    await context.sync();
    const place = requirePlace(discipline, probe.place());
    const c = cols();
    const i = c.caseId.findIndex((k) => text(k).toUpperCase() === caseId.trim().toUpperCase());
    if (i >= 0 && text(c.step[i]) !== shownStep)
      throw new ExcelActionError(
        "conflict",
        `${caseId} is now at "${text(c.step[i]) || "(no step)"}" (changed since the page was shown); nothing was changed.`,
        "Look at the case again.",
      );
    const queued = queueUpdates(
      probe,
      discipline,
      place,
      [c.caseId],
      [{ key: caseId, changes: { step: to } }],
    );
    await context.sync();
    return queued.settle(context);
  });
}
