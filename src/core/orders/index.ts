// Supplier orders: what to order from whom, PO numbers, the order email, sending and receiving.
export * from "./types";
export * from "./money";
export * from "./suggest";
export * from "./poNumber";
export * from "./receiving";
export * from "./orderDraft";
export * from "./purchaseOrderRows";
