import { PO_STATUSES } from "../registers/definitions/purchaseOrders";
import { roundQty } from "./money";

// Stock movements of the purchase-order cycle. Blank cells count as 0.
const num = (v: number | null | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : 0);

export type StockResult<T> = ({ ok: true } & T) | { ok: false; reason: string };

const badQty = (qty: number) => !Number.isFinite(qty) || qty <= 0;

/** Marking an order sent: On order + qty. */
export function markSent(onOrder: number | null | undefined, qty: number): StockResult<{ onOrder: number }> {
  if (badQty(qty)) return { ok: false, reason: "The quantity ordered must be a number above zero." };
  return { ok: true, onOrder: roundQty(Math.max(0, num(onOrder)) + qty) };
}

/**
 * Receiving goods: On hand + received; On order − received, never below zero. Receiving more than was on
 * order is allowed (the goods are there) and reported as `overReceived`.
 */
export function applyReceipt(
  onHand: number | null | undefined,
  onOrder: number | null | undefined,
  receivedQty: number,
): StockResult<{ onHand: number; onOrder: number; overReceived: number }> {
  if (badQty(receivedQty)) return { ok: false, reason: "The quantity received must be a number above zero." };
  const pending = Math.max(0, num(onOrder));
  return {
    ok: true,
    onHand: roundQty(num(onHand) + receivedQty),
    onOrder: roundQty(Math.max(0, pending - receivedQty)),
    overReceived: roundQty(Math.max(0, receivedQty - pending)),
  };
}

export type PoStatus = (typeof PO_STATUSES)[number];

/** A Status cell as receiving reads it: one of the register's choices in any case; anything else is Sent. */
export function readPoStatus(v: unknown): PoStatus {
  const text = String(v ?? "")
    .trim()
    .toLowerCase();
  return PO_STATUSES.find((s) => s.toLowerCase() === text) ?? "Sent";
}

export interface PoLineState {
  itemId: string;
  qty: number;
  receivedQty?: number | null;
  status?: PoStatus;
}

/** What is still to come on a PO line. */
export const remainingQty = (line: PoLineState) =>
  roundQty(Math.max(0, num(line.qty) - num(line.receivedQty)));

export interface LineReceipt {
  itemId: string;
  /** Received now. */
  qty: number;
  /** Received on the line so far, this receipt included. */
  receivedQty: number;
  /** More than the line still expected. */
  overReceived: number;
  status: PoStatus;
}

/**
 * Receiving a PO, all of it (`quantities` omitted: every line's remaining quantity) or part of it (received
 * now by item ID). A line is Received once everything ordered has arrived; until then it stays Sent.
 * Cancelled and Draft lines receive nothing.
 */
export function receivePo(
  lines: readonly PoLineState[],
  quantities?: ReadonlyMap<string, number>,
): StockResult<{ receipts: LineReceipt[]; status: PoStatus }> {
  const receipts: LineReceipt[] = [];
  for (const line of lines) {
    if (line.status === "Cancelled" || line.status === "Draft") continue;
    const now = quantities ? (quantities.get(line.itemId) ?? 0) : remainingQty(line);
    if (!Number.isFinite(now) || now < 0) {
      return { ok: false, reason: `The quantity received for ${line.itemId} must be zero or more.` };
    }
    if (now === 0) continue;
    const remaining = remainingQty(line);
    const received = roundQty(num(line.receivedQty) + now);
    receipts.push({
      itemId: line.itemId,
      qty: now,
      receivedQty: received,
      overReceived: roundQty(Math.max(0, now - remaining)),
      status: received >= num(line.qty) ? "Received" : "Sent",
    });
  }
  if (receipts.length === 0) return { ok: false, reason: "Nothing to receive on this order." };
  const after = new Map(receipts.map((r) => [r.itemId, r.receivedQty]));
  const status = poStatus(lines.map((l) => ({ ...l, receivedQty: after.get(l.itemId) ?? l.receivedQty })));
  return { ok: true, receipts, status };
}

/** A PO is Received when every line that was sent has all its quantity; Cancelled when all lines are. */
export function poStatus(lines: readonly PoLineState[]): PoStatus {
  const live = lines.filter((l) => l.status !== "Cancelled");
  if (live.length === 0) return lines.length ? "Cancelled" : "Draft";
  if (live.every((l) => l.status === "Draft")) return "Draft";
  return live.every((l) => remainingQty(l) === 0) ? "Received" : "Sent";
}
