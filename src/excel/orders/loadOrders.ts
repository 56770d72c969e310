// What the Orders page shows: the suggestions (core's suggestOrders over Inventory and Suppliers) and the
// open purchase orders. One Excel.run, 2 syncs for registers up to ~4 MB together.
import type { CellValue } from "../../core/cells/types";
import { suggestOrders } from "../../core/orders/suggest";
import type { OrderItemInput, OrderSuggestions, SupplierInput } from "../../core/orders/types";
import { inventory, purchaseOrders, suppliers } from "../../core/registers/definitions";
import { computeInventoryRow } from "../../core/registers/rowCompute";
import { runExcel } from "../run";
import { openPurchaseOrders, type OpenPo } from "./openOrders";
import { queueTables } from "./readTables";

export interface OrdersView extends OrderSuggestions {
  found: { inventory: boolean; suppliers: boolean; purchaseOrders: boolean };
  openOrders: OpenPo[];
  /** Every PO number in the register, for the number a new draft will carry (core nextPoNumbers). */
  poNumbers: string[];
  /** Lead time (days) by supplier name in lower case, for the expected date of a new PO. */
  leadTimes: Record<string, number>;
}

const text = (v: CellValue | undefined) => (v === null || v === undefined ? null : String(v));
const number = (v: CellValue | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** Inventory rows as suggestOrders takes them. Reorder qty is computed here, not read from the formula
 * column: its cached value may be stale (calculation set to manual) or missing (a converted sheet). */
export function orderItems(rows: readonly { values: Record<string, CellValue> }[]): OrderItemInput[] {
  return rows.map(({ values: v }) => {
    const qty = computeInventoryRow(v).reorderQty;
    return {
      itemId: String(v.itemId ?? "").trim(),
      item: String(v.item ?? ""),
      supplier: text(v.supplier),
      supplierSku: text(v.supplierSku),
      unit: text(v.unit),
      unitCost: number(v.unitCost),
      reorderQty: typeof qty === "number" ? qty : qty === "" ? null : qty.error,
    };
  });
}

export function supplierInputs(rows: readonly { values: Record<string, CellValue> }[]): SupplierInput[] {
  return rows.map(({ values: v }) => ({
    name: String(v.supplier ?? ""),
    contact: text(v.contact),
    email: text(v.email),
  }));
}

export async function loadOrders(): Promise<OrdersView> {
  return runExcel("Reading stock, suppliers and purchase orders", async (context) => {
    const tables = queueTables(context, [inventory, suppliers, purchaseOrders]);
    await context.sync();
    const [inv, sup, po] = await tables.read();
    const suggestions = suggestOrders(orderItems(inv.rows), supplierInputs(sup.rows));
    const leadTimes: Record<string, number> = {};
    for (const { values: v } of sup.rows) {
      const days = number(v.leadTimeDays);
      if (days !== null && v.supplier) leadTimes[String(v.supplier).trim().toLowerCase()] = days;
    }
    return {
      ...suggestions,
      found: { inventory: !!inv.place, suppliers: !!sup.place, purchaseOrders: !!po.place },
      openOrders: openPurchaseOrders(po.rows),
      poNumbers: [...new Set(po.rows.map((r) => String(r.values.poNumber ?? "").trim()).filter(Boolean))],
      leadTimes,
    };
  });
}
