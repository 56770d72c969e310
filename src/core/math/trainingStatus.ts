import { trainingExpiry } from "../staff/dates";
import { mathError, type MathError, mustNotBeNegative, notANumber } from "./result";

export type TrainingStatus = "OK" | "Due soon" | "Overdue" | "Never";

/**
 * TRAININGSTATUS: "Never" when there is no completion date; otherwise the expiry is completedOn plus
 * renewMonths (end of month clamped) and, as SERVICESTATUS does, "Overdue" when it is before asOf, "Due
 * soon" when it is within warnDays of asOf, else "OK". `completedOn` null means blank.
 */
export function trainingStatus(
  completedOn: number | null,
  renewMonths: number,
  warnDays = 30,
  asOf: number,
): TrainingStatus | MathError {
  if (completedOn === null) return "Never";
  if (!Number.isFinite(completedOn)) return notANumber("completedOn");
  if (!Number.isFinite(renewMonths)) return notANumber("renewMonths");
  if (!Number.isFinite(warnDays)) return notANumber("warnDays");
  if (!Number.isFinite(asOf)) return notANumber("asOf");
  if (completedOn < 0) return mustNotBeNegative("completedOn");
  if (warnDays < 0) return mustNotBeNegative("warnDays");
  if (!Number.isInteger(renewMonths) || renewMonths <= 0)
    return mathError("#NUM!", "renewMonths must be a whole number of months above 0");
  const expires = trainingExpiry(completedOn, renewMonths);
  if (expires === null) return mathError("#NUM!", "completedOn is not a date Excel can show");
  const today = Math.floor(asOf);
  if (expires < today) return "Overdue";
  if (expires <= today + warnDays) return "Due soon";
  return "OK";
}
