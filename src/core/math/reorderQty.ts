import { roundUpToPacks } from "./packs";
import { finiteResult, type MathError, mustBePositive, mustNotBeNegative, notANumber } from "./result";

/**
 * REORDERQTY: position = onHand + onOrder; 0 when position > reorderPoint, otherwise
 * ⌈max(max(maxStock, reorderPoint) − position, minOrderQty) ÷ packSize⌉ × packSize.
 * onHand may be negative (back-ordered stock); the other quantities may not.
 */
export function reorderQty(
  onHand: number,
  reorderPoint: number,
  maxStock: number,
  onOrder = 0,
  packSize = 1,
  minOrderQty = 0,
): number | MathError {
  if (!Number.isFinite(onHand)) return notANumber("onHand");
  if (!Number.isFinite(reorderPoint)) return notANumber("reorderPoint");
  if (!Number.isFinite(maxStock)) return notANumber("maxStock");
  if (!Number.isFinite(onOrder)) return notANumber("onOrder");
  if (!Number.isFinite(packSize)) return notANumber("packSize");
  if (!Number.isFinite(minOrderQty)) return notANumber("minOrderQty");
  if (reorderPoint < 0) return mustNotBeNegative("reorderPoint");
  if (maxStock < 0) return mustNotBeNegative("maxStock");
  if (onOrder < 0) return mustNotBeNegative("onOrder");
  if (packSize <= 0) return mustBePositive("packSize");
  if (minOrderQty < 0) return mustNotBeNegative("minOrderQty");

  const position = onHand + onOrder;
  if (position > reorderPoint) return 0;
  const target = Math.max(maxStock, reorderPoint);
  const needed = Math.max(target - position, minOrderQty);
  return needed > 0 ? finiteResult(roundUpToPacks(needed, packSize)) : 0;
}
