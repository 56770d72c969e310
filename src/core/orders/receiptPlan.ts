// Receiving a purchase order, planned from the register columns as read: the PO's lines, and what the
// receipt does to each item's stock.
import { finiteOrZero } from "../cells/finite";
import { normKey } from "../registers/keys";
import { applyReceipt, readPoStatus, type LineReceipt, type PoLineState } from "./receiving";

/** A line of the PO as read: its body index and Line cell, with what receiving needs. */
export type ReadPoLine = PoLineState & { index: number; line: unknown };

/** The Purchase orders columns a receipt reads, one array per column, in body order. */
export type PoLineColumns = Record<
  "poNumber" | "line" | "itemId" | "qty" | "receivedQty" | "status",
  unknown[]
>;

/** The lines of the PO whose key (as compared, normKey) is `wanted`, as they are now. */
export function poLinesOf(columns: PoLineColumns, wanted: string): ReadPoLine[] {
  const lines: ReadPoLine[] = [];
  columns.poNumber.forEach((v, i) => {
    if (normKey(v) !== wanted) return;
    lines.push({
      index: i,
      line: columns.line[i],
      itemId: String(columns.itemId[i] ?? "").trim(),
      qty: finiteOrZero(columns.qty[i]),
      receivedQty: finiteOrZero(columns.receivedQty[i]),
      status: readPoStatus(columns.status[i]),
    });
  });
  return lines;
}

/** Inventory's columns a receipt reads and changes, one array per column, in body order. */
export type StockColumns = Record<"itemId" | "onHand" | "onOrder", unknown[]>;

export interface StockMoves {
  /** On hand and On order after the receipt, by Item ID (as received). */
  writes: { key: string; changes: { onHand: number; onOrder: number } }[];
  /** Items received that are not in Inventory. */
  notFound: string[];
  notes: string[];
}

/**
 * On hand up and On order down per item (a PO may list an item on two lines, received together). An item
 * on several rows of Inventory is left alone and reported, and receiving more than was on order is said.
 */
export function stockMoves(stock: StockColumns, receipts: readonly LineReceipt[]): StockMoves {
  const ids = stock.itemId.map(normKey);
  const count = new Map<string, number>();
  ids.forEach((id) => count.set(id, (count.get(id) ?? 0) + 1));
  const receivedByItem = new Map<string, { itemId: string; qty: number }>();
  for (const r of receipts) {
    const k = normKey(r.itemId);
    const prev = receivedByItem.get(k);
    receivedByItem.set(k, { itemId: r.itemId, qty: (prev?.qty ?? 0) + r.qty });
  }
  const moves: StockMoves = { writes: [], notFound: [], notes: [] };
  for (const [k, { itemId, qty }] of receivedByItem) {
    const at = ids.indexOf(k);
    if (at < 0) {
      moves.notFound.push(itemId);
      continue;
    }
    if ((count.get(k) ?? 0) > 1) {
      moves.notes.push(
        `${itemId} is on several rows of Inventory; its stock was not changed. Make the Item IDs unique.`,
      );
      continue;
    }
    const moved = applyReceipt(stock.onHand[at] as number, stock.onOrder[at] as number, qty);
    if (!moved.ok) continue;
    if (moved.overReceived > 0)
      moves.notes.push(`${itemId}: ${moved.overReceived} more received than was on order.`);
    moves.writes.push({ key: itemId, changes: { onHand: moved.onHand, onOrder: moved.onOrder } });
  }
  return moves;
}
