/** One Inventory row as the Orders page needs it; Reorder qty comes computed (the register's formula). */
export interface OrderItemInput {
  itemId: string;
  item: string;
  supplier?: string | null;
  supplierSku?: string | null;
  unit?: string | null;
  unitCost?: number | null;
  /** The Reorder qty cell: a number, blank, or whatever else is there (an error value read as text). */
  reorderQty: number | string | null | undefined;
}

/** One Suppliers row. */
export interface SupplierInput {
  name: string;
  contact?: string | null;
  /** As typed: may hold several addresses (`a@x.com; b@y.com`). */
  email?: string | null;
}

export interface OrderLine {
  itemId: string;
  item: string;
  supplierSku: string;
  unit: string;
  qty: number;
  /** null when the item has no price. */
  unitCost: number | null;
  lineTotal: number | null;
}

export interface SupplierOrder {
  /** The supplier's name as written in the Suppliers register (as on the item when it is not there). */
  supplier: string;
  contact: string;
  /** The supplier's Email cell as typed, for display ("" when blank or not in the register). */
  email: string;
  /** Valid addresses from that cell, what the draft is sent to; empty when there is none. */
  to: string[];
  lines: OrderLine[];
  /** Sum of the priced lines. */
  total: number;
  /** Lines without a unit cost: the total leaves them out. */
  unpricedLines: number;
  inRegister: boolean;
}

export type OrderProblemKind =
  "no-email" | "invalid-email" | "no-supplier" | "unknown-supplier" | "invalid-qty";

export interface OrderProblem {
  kind: OrderProblemKind;
  supplier?: string;
  /** The Inventory items concerned. */
  itemIds: string[];
  message: string;
  /** What the person should do about it. */
  fix: string;
}

export interface OrderSuggestions {
  /** One per supplier with something to order, sorted by supplier name. */
  orders: SupplierOrder[];
  problems: OrderProblem[];
}
