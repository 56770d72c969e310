// The Inventory page's figures from register rows, computed with core (never from the calculated
// columns' cached values, which a co-author without the add-in or a stale calc may leave behind).
import type { CellValue } from "../../../core/cells/types";
import { isMathError, reorderPoint, safetyStock } from "../../../core/math";
import { computeInventoryRow } from "../../../core/registers/rowCompute";

export interface InventoryItem {
  itemId: string;
  item: string;
  category: string;
  location: string;
  supplier: string;
  unit: string;
  onHand: CellValue;
  onOrder: CellValue;
  avgDailyUsage: CellValue;
  leadTimeDays: CellValue;
  safetyStock: CellValue;
  reorderPoint: CellValue;
  lastCounted: CellValue;
  /** Computed with core: a number, "" when inputs are blank, or null when an input is not a number. */
  reorderQty: number | "" | null;
  stockStatus: string;
}

const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());

/**
 * How an item is named in lists: its Item and ID, or, when the Item cell is empty (a row converted from a
 * sheet whose names were in a column that was not mapped), its ID and what is missing, never a bare
 * placeholder the person cannot act on.
 */
export function itemLabel(it: Pick<InventoryItem, "item" | "itemId">): string {
  return it.item
    ? `${it.item} (${it.itemId})`
    : `${it.itemId} (no Item name yet: type it in the Item column)`;
}

/** Items from readRegister rows (values by column key). */
export function inventoryItems(
  rows: readonly { key: string; values: Record<string, CellValue> }[],
): InventoryItem[] {
  return rows.map(({ key, values: v }) => {
    const c = computeInventoryRow(v);
    return {
      itemId: key,
      item: text(v.item),
      category: text(v.category),
      location: text(v.location),
      supplier: text(v.supplier),
      unit: text(v.unit),
      onHand: v.onHand ?? null,
      onOrder: v.onOrder ?? null,
      avgDailyUsage: v.avgDailyUsage ?? null,
      leadTimeDays: v.leadTimeDays ?? null,
      safetyStock: v.safetyStock ?? null,
      reorderPoint: v.reorderPoint ?? null,
      lastCounted: v.lastCounted ?? null,
      reorderQty: isMathError(c.reorderQty) ? null : c.reorderQty,
      stockStatus: isMathError(c.stockStatus) ? "" : c.stockStatus,
    };
  });
}

export interface LowStockGroup {
  /** The supplier as typed on the items ("" when none is given). */
  supplier: string;
  items: InventoryItem[];
}

/** Items with something to order (Reorder qty above 0), grouped by supplier (A–Z, no supplier last). */
export function lowStockBySupplier(items: readonly InventoryItem[]): LowStockGroup[] {
  const groups = new Map<string, LowStockGroup>();
  for (const item of items) {
    if (typeof item.reorderQty !== "number" || item.reorderQty <= 0) continue;
    // "Acme  Ltd" and "acme ltd" are one supplier.
    const key = item.supplier.replace(/\s+/g, " ").toLowerCase();
    const group = groups.get(key) ?? { supplier: item.supplier, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) =>
    a.supplier === "" ? 1 : b.supplier === "" ? -1 : a.supplier.localeCompare(b.supplier),
  );
}

export interface ReorderSuggestion {
  itemId: string;
  item: string;
  currentReorderPoint: CellValue;
  currentSafetyStock: CellValue;
  /** Whole units, rounded up; null with `reason` when the item lacks usage or lead time. */
  reorderPoint: number | null;
  safetyStock: number | null;
  reason?: string;
}

// Whole units, rounded up, without floating point pushing 3.0000000000000004 to 4.
const upToWhole = (x: number) => Math.ceil(x - 1e-9);

/**
 * Suggested Safety stock and Reorder point per item. SAFETYSTOCK(σ, L, serviceLevel) with σ = √(avg daily
 * usage): the register keeps no usage history, so daily usage is taken to vary like a count of random
 * events (Poisson: variance = mean) and the lead time as fixed; REORDERPOINT(avg, L, safety stock).
 */
export function suggestReorderPoints(
  items: readonly InventoryItem[],
  serviceLevel: number,
): ReorderSuggestion[] {
  return items.map((it) => {
    const base = {
      itemId: it.itemId,
      item: it.item,
      currentReorderPoint: it.reorderPoint,
      currentSafetyStock: it.safetyStock,
    };
    const avg = it.avgDailyUsage;
    const lead = it.leadTimeDays;
    if (typeof avg !== "number" || typeof lead !== "number") {
      return {
        ...base,
        reorderPoint: null,
        safetyStock: null,
        reason: typeof avg !== "number" ? "no Avg daily usage" : "no Lead time (days)",
      };
    }
    const ss = safetyStock(Math.sqrt(Math.max(avg, 0)), lead, serviceLevel, avg, 0);
    if (isMathError(ss)) return { ...base, reorderPoint: null, safetyStock: null, reason: ss.message };
    const safety = upToWhole(ss);
    const rop = reorderPoint(avg, lead, safety);
    if (isMathError(rop)) return { ...base, reorderPoint: null, safetyStock: null, reason: rop.message };
    return { ...base, safetyStock: safety, reorderPoint: upToWhole(rop) };
  });
}
