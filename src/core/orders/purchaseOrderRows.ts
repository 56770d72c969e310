// "Mark as sent": the PurchaseOrders rows for one supplier order, by the register's column keys
// (core/registers/definitions/purchaseOrders.ts). Dates are Excel serials of the local calendar day.
import { localDaySerial } from "../cells/excelDates";
import type { CellValue, DateSystem } from "../cells/types";
import type { SupplierOrder } from "./types";

export interface PurchaseOrderRowsInput {
  poNumber: string;
  /** The day the order is sent. */
  date: Date;
  /** When the goods are expected (the date wanted, or today + the supplier's lead time). */
  expectedBy?: Date | null;
  dateSystem?: DateSystem;
}

/** One row per order line, numbered from 1, Status Sent; Line total is the register's formula, not written. */
export function purchaseOrderRows(
  order: SupplierOrder,
  input: PurchaseOrderRowsInput,
): Record<string, CellValue>[] {
  const system = input.dateSystem ?? 1900;
  const date = localDaySerial(input.date, system);
  const expectedBy = input.expectedBy ? localDaySerial(input.expectedBy, system) : null;
  return order.lines.map((line, i) => ({
    poNumber: input.poNumber,
    line: i + 1,
    date,
    supplier: order.supplier,
    itemId: line.itemId,
    item: line.item,
    qty: line.qty,
    unitCost: line.unitCost,
    status: "Sent",
    expectedBy,
    receivedOn: null,
    receivedQty: null,
  }));
}
