// Supplier orders on the workbook: suggestions, Mark as sent, Receive.
export { loadOrders, orderItems, supplierInputs, type OrdersView } from "./loadOrders";
export { openPurchaseOrders, type OpenPo, type OpenPoLine } from "./openOrders";
export { markOrderSent, type MarkSentOptions, type MarkSentResult } from "./markSent";
export { receivePurchaseOrder, type ReceiveOptions, type ReceiveResult } from "./receive";
