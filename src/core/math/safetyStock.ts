import { normSInv } from "./normSInv";
import { finiteResult, type MathError, mathError, mustNotBeNegative, notANumber } from "./result";

/**
 * SAFETYSTOCK: z × √(leadTimeDays × usageStdDev² + avgDailyUsage² × leadTimeStdDev²), z = NORM.S.INV(serviceLevel)
 * (safety stock for random daily demand and random lead time, demand and lead time independent).
 */
export function safetyStock(
  usageStdDev: number,
  leadTimeDays: number,
  serviceLevel: number,
  avgDailyUsage = 0,
  leadTimeStdDev = 0,
): number | MathError {
  if (!Number.isFinite(usageStdDev)) return notANumber("usageStdDev");
  if (!Number.isFinite(leadTimeDays)) return notANumber("leadTimeDays");
  if (!Number.isFinite(serviceLevel)) return notANumber("serviceLevel");
  if (!Number.isFinite(avgDailyUsage)) return notANumber("avgDailyUsage");
  if (!Number.isFinite(leadTimeStdDev)) return notANumber("leadTimeStdDev");
  if (usageStdDev < 0) return mustNotBeNegative("usageStdDev");
  if (leadTimeDays < 0) return mustNotBeNegative("leadTimeDays");
  if (!(serviceLevel > 0 && serviceLevel < 1)) {
    return mathError("#NUM!", "serviceLevel must be between 0 and 1 (for example 0.95), exclusive");
  }
  if (avgDailyUsage < 0) return mustNotBeNegative("avgDailyUsage");
  if (leadTimeStdDev < 0) return mustNotBeNegative("leadTimeStdDev");
  const variance =
    leadTimeDays * usageStdDev * usageStdDev +
    avgDailyUsage * avgDailyUsage * leadTimeStdDev * leadTimeStdDev;
  return finiteResult(normSInv(serviceLevel) * Math.sqrt(variance));
}
