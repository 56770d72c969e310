import { type MathError, mustNotBeNegative, notANumber } from "./result";

export type StockStatus = "Out of stock" | "Reorder" | "On order" | "OK";

/**
 * STOCKSTATUS: position = onHand + onOrder; position ≤ reorderPoint → "Out of stock" if onHand ≤ 0
 * else "Reorder"; onHand ≤ reorderPoint < position → "On order"; otherwise "OK".
 */
export function stockStatus(onHand: number, reorderPoint: number, onOrder = 0): StockStatus | MathError {
  if (!Number.isFinite(onHand)) return notANumber("onHand");
  if (!Number.isFinite(reorderPoint)) return notANumber("reorderPoint");
  if (!Number.isFinite(onOrder)) return notANumber("onOrder");
  if (reorderPoint < 0) return mustNotBeNegative("reorderPoint");
  if (onOrder < 0) return mustNotBeNegative("onOrder");
  const position = onHand + onOrder;
  if (position <= reorderPoint) return onHand <= 0 ? "Out of stock" : "Reorder";
  if (onHand <= reorderPoint) return "On order";
  return "OK";
}
