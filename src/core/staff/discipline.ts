// The fair discipline process the Discipline section walks through, and when a warning lapses. The steps
// follow the usual order of a fair process: invite in writing with notice, hold the meeting, decide,
// confirm in writing, offer an appeal (docs/staff.md "Discipline").
import { DISCIPLINE_STEPS } from "../registers/definitions/discipline";
import { warningLapse, type WarningLapseMonths } from "./dates";

export type DisciplineStep = (typeof DISCIPLINE_STEPS)[number];

/** What the person does at each step, shown beside it. */
export const STEP_GUIDANCE: Record<DisciplineStep, string> = {
  "Invited in writing":
    "Write to the person: what the concern is, when and where the meeting is (give reasonable notice), and that they may bring a companion.",
  "Meeting held": "Hold the meeting: explain the concern, show the evidence, let them answer. Keep notes.",
  Decided: "Decide after the meeting, not in it: is action needed, and which.",
  "Confirmed in writing": "Write the decision, the reason, how long a warning stays live, and how to appeal.",
  "Appeal offered": "Give a date to appeal by; an appeal is heard by someone not involved so far.",
  Closed: "The case is closed; a warning still counts until it lapses.",
};

/** The step after `step` (the first when blank; null after the last). */
export function nextStep(step: string | null): DisciplineStep | null {
  const i = DISCIPLINE_STEPS.findIndex((s) => s === step);
  if (step === null || step === "" || i < 0) return DISCIPLINE_STEPS[0];
  return DISCIPLINE_STEPS[i + 1] ?? null;
}

/** Kinds that are a warning, and so lapse. An informal talk is not a warning; a dismissal does not lapse. */
export function isWarning(kind: string): boolean {
  return ["verbal warning", "written warning", "final written warning"].includes(kind.trim().toLowerCase());
}

/** Warning expires on: the lapse date for warnings, null for other kinds. */
export function warningExpiresOn(kind: string, givenOn: number, months: WarningLapseMonths): number | null {
  return isWarning(kind) ? warningLapse(givenOn, months) : null;
}
