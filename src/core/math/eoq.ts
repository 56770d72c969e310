import { finiteResult, type MathError, mustBePositive, mustNotBeNegative, notANumber } from "./result";

/** EOQ: √(2 × annualDemand × orderCost ÷ holdingCost) (Harris–Wilson economic order quantity). */
export function eoq(annualDemand: number, orderCost: number, holdingCost: number): number | MathError {
  if (!Number.isFinite(annualDemand)) return notANumber("annualDemand");
  if (!Number.isFinite(orderCost)) return notANumber("orderCost");
  if (!Number.isFinite(holdingCost)) return notANumber("holdingCost");
  if (annualDemand < 0) return mustNotBeNegative("annualDemand");
  if (orderCost < 0) return mustNotBeNegative("orderCost");
  if (holdingCost <= 0) return mustBePositive("holdingCost");
  return finiteResult(Math.sqrt((2 * annualDemand * orderCost) / holdingCost));
}
