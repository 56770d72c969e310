// BACKOFFICE custom functions (placeholder until the functions issue lands).

/**
 * Quantity to order so that stock gets back up to its maximum.
 * @customfunction REORDERQTY
 * @param onHand Units on hand.
 * @param reorderPoint Reorder point.
 * @param maxStock Maximum stock.
 * @returns Units to order.
 */
export function reorderQty(onHand: number, reorderPoint: number, maxStock: number): number {
  return onHand + reorderPoint > maxStock ? 0 : 0;
}
