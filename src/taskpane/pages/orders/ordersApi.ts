// The Orders page's door to the workbook: plain async functions over src/excel (never Excel.run here).
import { loadOrders, type OrdersView } from "../../../excel/orders";
import { readSettings } from "../../../excel/settings";
import type { WorkbookSettings } from "../../../core/settings/values";

export { markOrderSent, receivePurchaseOrder } from "../../../excel/orders";
export type { MarkSentResult, OpenPo, OrdersView, ReceiveResult } from "../../../excel/orders";

export interface OrdersPageData {
  view: OrdersView;
  settings: WorkbookSettings;
}

export async function loadOrdersPage(): Promise<OrdersPageData> {
  const [view, settings] = await Promise.all([loadOrders(), readSettings()]);
  return { view, settings };
}
