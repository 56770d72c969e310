// Discipline cases: opening one (checked against Staff when the Staff register is in this workbook; the
// case log may be kept in a separate workbook that only managers can open, docs/staff.md), moving it to
// the next step of the fair process, and reading the cases, only when the Discipline section is open.
// Opening: 2 syncs (read, write; a third only to repair). Next step and recording the outcome: 2 syncs.
import { discipline, staff } from "../../core/registers/definitions";
import { DISCIPLINE_KINDS, DISCIPLINE_STEPS } from "../../core/registers/definitions/discipline";
import { planAppend } from "../../core/registers/appendPlan";
import { indexKeys, normShownKey } from "../../core/registers/keys";
import { checkCase, type CaseInput } from "../../core/staff/checks";
import { nextStep, warningExpiresOn } from "../../core/staff/discipline";
import { checkOutcome, outcomeDefaults, stepAfterOutcome, type OutcomeInput } from "../../core/staff/outcome";
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
  outcomeOn: number | null;
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
      outcomeOn: num(r.values.outcomeOn),
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

export interface RecordedOutcome {
  update: UpdateResult;
  step: string;
  outcomeOn: number;
  appealBy: number;
  warningExpires: number | null;
}

/**
 * Records a case's decision: Outcome, Outcome on (the letter's date), Appeal by and Warning expires on
 * (each left null takes the staff rules' date), and moves the case to Decided unless it had gone further.
 * Only that case's row is written, and only those cells; nothing when the case is unknown, the dates are
 * out of order, or a co-author changed its Outcome since the page showed `shownOutcome`.
 */
export async function recordOutcome(
  caseId: string,
  input: OutcomeInput,
  shownOutcome: string,
): Promise<RecordedOutcome> {
  return runExcel("Recording the outcome", async (context) => {
    const probe = queueTableProbe(context, discipline);
    const cols = queueColumns(probe.table, discipline, ["caseId", "kind", "step", "openedOn", "outcome"]);
    const rules = queueStaffRules(context);
    await context.sync();
    const place = requirePlace(discipline, probe.place());
    const c = cols();
    const at = indexKeys([c.caseId]).get(normShownKey(caseId));
    if (!at || at.length !== 1)
      throw new ExcelActionError(
        "notFound",
        `There is no ${caseId.trim() || "(blank)"} in the Discipline register (or it is there twice); nothing was written.`,
        "Check the Case ID on the Discipline sheet.",
      );
    const i = at[0];
    if (text(c.outcome[i]) !== shownOutcome.trim())
      throw new ExcelActionError(
        "conflict",
        `${caseId}'s outcome was changed by someone since the page showed it; nothing was written.`,
        "Look at the case again.",
      );
    const openedOn = typeof c.openedOn[i] === "number" ? Math.floor(c.openedOn[i] as number) : null;
    const errors = checkOutcome(input, openedOn);
    if (errors.length)
      throw new ExcelActionError("invalid", errors.join(" "), "Correct it; nothing was written.");
    const outcomeOn = Math.floor(input.outcomeOn!);
    const defaults = outcomeDefaults(text(c.kind[i]), outcomeOn, rules());
    const appealBy = input.appealBy ?? defaults.appealBy;
    const warningExpires = input.warningExpires ?? defaults.warningExpires;
    const step = stepAfterOutcome(text(c.step[i]));
    // A case that is not a warning keeps whatever its Warning expires on cell holds.
    const changes = {
      outcome: input.outcome.trim(),
      outcomeOn,
      appealBy,
      step,
      ...(warningExpires === null ? {} : { warningExpires }),
    };
    const queued = queueUpdates(probe, discipline, place, [c.caseId], [{ key: caseId, changes }]);
    await context.sync();
    const update = await queued.settle(context);
    return { update, step, outcomeOn, appealBy, warningExpires };
  });
}
