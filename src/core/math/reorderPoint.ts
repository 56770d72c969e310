import { finiteResult, type MathError, mustNotBeNegative, notANumber } from "./result";

/** REORDERPOINT: avgDailyUsage × leadTimeDays + safetyStock (demand over the lead time plus a buffer). */
export function reorderPoint(
  avgDailyUsage: number,
  leadTimeDays: number,
  safetyStock = 0,
): number | MathError {
  if (!Number.isFinite(avgDailyUsage)) return notANumber("avgDailyUsage");
  if (!Number.isFinite(leadTimeDays)) return notANumber("leadTimeDays");
  if (!Number.isFinite(safetyStock)) return notANumber("safetyStock");
  if (avgDailyUsage < 0) return mustNotBeNegative("avgDailyUsage");
  if (leadTimeDays < 0) return mustNotBeNegative("leadTimeDays");
  if (safetyStock < 0) return mustNotBeNegative("safetyStock");
  return finiteResult(avgDailyUsage * leadTimeDays + safetyStock);
}
