// Recording the decision of a discipline case: the outcome, the date of the outcome letter, the date to
// appeal by (a set number of days after the letter unless the person chose another) and, for a warning,
// when it lapses. A warning runs from the day it is given, which is the outcome letter's date.
import { formatSerial } from "../cells/excelDates";
import { DISCIPLINE_STEPS } from "../registers/definitions/discipline";
import type { WarningLapseMonths } from "./dates";
import { warningExpiresOn } from "./discipline";

const day = (s: number) => formatSerial(s) ?? String(s);

export interface OutcomeInput {
  outcome: string;
  /** The date of the outcome letter. */
  outcomeOn: number | null;
  /** Left null to take the default (appealDays after the letter). */
  appealBy: number | null;
  /** Left null to take the lapse rule's date, for a warning. */
  warningExpires: number | null;
}

/** Appeal by and Warning expires on as the rules give them for a letter dated `outcomeOn`. */
export function outcomeDefaults(
  kind: string,
  outcomeOn: number,
  rules: { appealDays: number; warningMonths: WarningLapseMonths },
): { appealBy: number; warningExpires: number | null } {
  return {
    appealBy: Math.floor(outcomeOn) + rules.appealDays,
    warningExpires: warningExpiresOn(kind, Math.floor(outcomeOn), rules.warningMonths),
  };
}

/** What is wrong with an outcome for a case opened on `openedOn`; an empty list means it can be written. */
export function checkOutcome(input: OutcomeInput, openedOn: number | null): string[] {
  const errors: string[] = [];
  if (!input.outcome.trim()) errors.push("Say what was decided (Outcome), in a sentence.");
  const on = input.outcomeOn;
  if (on === null) errors.push("Enter the date of the outcome letter.");
  else {
    if (openedOn !== null && on < openedOn)
      errors.push(`The outcome letter (${day(on)}) is before the case was opened (${day(openedOn)}).`);
    if (input.appealBy !== null && input.appealBy < on)
      errors.push(`Appeal by ${day(input.appealBy)} is before the outcome letter (${day(on)}).`);
    if (input.warningExpires !== null && input.warningExpires < on)
      errors.push(
        `Warning expires on ${day(input.warningExpires)} is before the outcome letter (${day(on)}).`,
      );
  }
  return errors;
}

const DECIDED = DISCIPLINE_STEPS.indexOf("Decided");

/** The step a case is at once its decision is recorded: Decided, unless it had already gone further. */
export function stepAfterOutcome(step: string): string {
  const i = DISCIPLINE_STEPS.findIndex((s) => s.toLowerCase() === step.trim().toLowerCase());
  return i > DECIDED ? DISCIPLINE_STEPS[i] : DISCIPLINE_STEPS[DECIDED];
}
