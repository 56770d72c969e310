import { finiteResult, type MathError, mathError, mustNotBeNegative, notANumber } from "./result";

/** DAYSOFSUPPLY: onHand ÷ avgDailyUsage (#DIV/0! when nothing is used). Negative on hand gives negative days. */
export function daysOfSupply(onHand: number, avgDailyUsage: number): number | MathError {
  if (!Number.isFinite(onHand)) return notANumber("onHand");
  if (!Number.isFinite(avgDailyUsage)) return notANumber("avgDailyUsage");
  if (avgDailyUsage < 0) return mustNotBeNegative("avgDailyUsage");
  if (avgDailyUsage === 0) return mathError("#DIV/0!", "avgDailyUsage is 0, so stock never runs out");
  return finiteResult(onHand / avgDailyUsage);
}
