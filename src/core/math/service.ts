import { finiteResult, type MathError, mustNotBeNegative, notANumber } from "./result";

/** NEXTSERVICE: lastService + intervalDays (both in days; lastService is an Excel date serial). */
export function nextService(lastService: number, intervalDays: number): number | MathError {
  if (!Number.isFinite(lastService)) return notANumber("lastService");
  if (!Number.isFinite(intervalDays)) return notANumber("intervalDays");
  if (lastService < 0) return mustNotBeNegative("lastService");
  if (intervalDays < 0) return mustNotBeNegative("intervalDays");
  return finiteResult(lastService + intervalDays);
}

export type ServiceStatus = "Overdue" | "Due soon" | "OK";

/** SERVICESTATUS: "Overdue" when nextDue < asOf; "Due soon" when nextDue ≤ asOf + warnDays; else "OK". */
export function serviceStatus(nextDue: number, asOf: number, warnDays = 14): ServiceStatus | MathError {
  if (!Number.isFinite(nextDue)) return notANumber("nextDue");
  if (!Number.isFinite(asOf)) return notANumber("asOf");
  if (!Number.isFinite(warnDays)) return notANumber("warnDays");
  if (warnDays < 0) return mustNotBeNegative("warnDays");
  if (nextDue < asOf) return "Overdue";
  if (nextDue <= asOf + warnDays) return "Due soon";
  return "OK";
}
