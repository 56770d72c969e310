// Inventory actions for the task pane: counting stock, applying reorder points the person accepted, and
// what is low (computed with core from the inputs, not taken from the calculated column's cached value,
// so a workbook whose formulas have not recalculated still gives the right list).
import type { CellValue } from "../core/cells/types";
import { isMathError } from "../core/math";
import { inventory } from "../core/registers/definitions";
import { computeInventoryRow } from "../core/registers/rowCompute";
import type { RowProblem } from "../core/registers/validate";
import { cellAddress, parseCell, splitAddress } from "./address";
import { readRegister, type ReadOptions } from "./readRegister";
import { updateRowsByKey, type UpdateResult } from "./updateRows";

export interface StockCount {
  itemId: string;
  counted: number;
}

export interface CountResult extends UpdateResult {
  /** Counts not written because the number cannot be a stock level. */
  invalid: { itemId: string; reason: string }[];
}

/** Sets On hand and Last counted (an Excel date serial) of each counted item, found by Item ID. */
export async function countStock(counts: readonly StockCount[], date: number): Promise<CountResult> {
  const invalid: CountResult["invalid"] = [];
  const good = counts.filter((c) => {
    if (typeof c.counted !== "number" || !Number.isFinite(c.counted) || c.counted < 0) {
      invalid.push({ itemId: c.itemId, reason: `${String(c.counted)} is not a count (a number, 0 or more)` });
      return false;
    }
    return true;
  });
  if (!Number.isFinite(date)) throw new RangeError("countStock needs the count date as an Excel date serial");
  const result =
    good.length === 0
      ? { updated: [], notFound: [], skipped: [], moved: [] }
      : await updateRowsByKey(
          inventory,
          good.map((c) => ({ key: c.itemId, changes: { onHand: c.counted, lastCounted: Math.floor(date) } })),
        );
  return { ...result, invalid };
}

export interface ReorderPointChange {
  itemId: string;
  reorderPoint: number;
  safetyStock?: number;
  maxStock?: number;
}

/** Writes accepted reorder points (and safety stock / max stock when given), found by Item ID. */
export async function applyReorderPoints(changes: readonly ReorderPointChange[]): Promise<CountResult> {
  const invalid: CountResult["invalid"] = [];
  const updates = changes.flatMap((c) => {
    const fields: Record<string, CellValue> = { reorderPoint: c.reorderPoint };
    if (c.safetyStock !== undefined) fields.safetyStock = c.safetyStock;
    if (c.maxStock !== undefined) fields.maxStock = c.maxStock;
    const bad = Object.entries(fields).find(([, v]) => typeof v !== "number" || !Number.isFinite(v) || v < 0);
    if (bad) {
      invalid.push({ itemId: c.itemId, reason: `${bad[0]}: ${String(bad[1])} is not a number of 0 or more` });
      return [];
    }
    return [{ key: c.itemId, changes: fields }];
  });
  const result =
    updates.length === 0
      ? { updated: [], notFound: [], skipped: [], moved: [] }
      : await updateRowsByKey(inventory, updates);
  return { ...result, invalid };
}

export interface LowStockItem {
  itemId: string;
  item: string;
  supplier: string;
  supplierSku: string;
  unit: string;
  unitCost: number | null;
  onHand: number;
  onOrder: number;
  reorderPoint: number;
  reorderQty: number;
  stockStatus: string;
  /** 1-based sheet row and the row's first cell, for "go to". */
  row: number;
  address: string;
}

export interface LowStockResult {
  /** Items to order, grouped by supplier (spellings that differ only in case or spaces are one group). */
  groups: { supplier: string; items: LowStockItem[] }[];
  /** Items whose reorder quantity cannot be worked out (text in a number column, …). */
  cannotCompute: { itemId: string; row: number; address: string; message: string }[];
  /** The register's problems list, as readRegister gives it. */
  problems: RowProblem[];
  found: boolean;
}

const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());
const num = (v: CellValue | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** Items whose reorder quantity (computed with core) is above 0, grouped by supplier. */
export async function lowStock(options: ReadOptions = {}): Promise<LowStockResult> {
  const read = await readRegister(inventory, { checkLookups: false, ...options });
  const result: LowStockResult = {
    groups: [],
    cannotCompute: [],
    problems: read.problems,
    found: read.found,
  };
  if (!read.found) return result;
  const keyCol = read.layout.findIndex((c) => c.key === "itemId");
  const firstColumn = parseCell(splitAddress(read.address ?? "")?.local ?? "A1")?.col ?? 0;
  const groups = new Map<string, { supplier: string; items: LowStockItem[] }>();
  for (const r of read.rows) {
    const computed = computeInventoryRow(r.values);
    const address = cellAddress(read.sheetName, r.row - 1, firstColumn + Math.max(0, keyCol));
    if (isMathError(computed.reorderQty)) {
      result.cannotCompute.push({ itemId: r.key, row: r.row, address, message: computed.reorderQty.message });
      continue;
    }
    if (computed.reorderQty === "" || computed.reorderQty <= 0) continue;
    const supplier = text(r.values.supplier);
    const group = supplier.toLowerCase().replace(/\s+/g, " ");
    if (!groups.has(group)) groups.set(group, { supplier, items: [] });
    groups.get(group)!.items.push({
      itemId: r.key,
      item: text(r.values.item),
      supplier,
      supplierSku: text(r.values.supplierSku),
      unit: text(r.values.unit),
      unitCost: num(r.values.unitCost),
      onHand: num(r.values.onHand) ?? 0,
      onOrder: num(r.values.onOrder) ?? 0,
      reorderPoint: num(r.values.reorderPoint) ?? 0,
      reorderQty: computed.reorderQty,
      stockStatus: isMathError(computed.stockStatus) ? "" : computed.stockStatus,
      row: r.row,
      address,
    });
  }
  // Named suppliers alphabetically, items without a supplier last.
  result.groups = [...groups.values()].sort(
    (a, b) =>
      (a.supplier === "" ? 1 : 0) - (b.supplier === "" ? 1 : 0) || a.supplier.localeCompare(b.supplier),
  );
  return result;
}
