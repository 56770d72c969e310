import { poLinesOf, stockMoves } from "../../../src/core/orders/receiptPlan";
import type { LineReceipt } from "../../../src/core/orders/receiving";

const receipt = (itemId: string, qty: number): LineReceipt => ({
  itemId,
  qty,
  receivedQty: qty,
  overReceived: 0,
  status: "Received",
});

test("poLinesOf keeps the PO's lines with their body index, blank numbers as 0 and the status read", () => {
  const lines = poLinesOf(
    {
      poNumber: ["PO-1", " po-2 ", "PO-2"],
      line: [1, 1, 2],
      itemId: ["A", " B ", "C"],
      qty: [5, 3, "x"],
      receivedQty: [0, null, 1],
      status: ["Sent", " received ", "odd"],
    },
    "PO-2",
  );
  expect(lines).toEqual([
    { index: 1, line: 1, itemId: "B", qty: 3, receivedQty: 0, status: "Received" },
    { index: 2, line: 2, itemId: "C", qty: 0, receivedQty: 1, status: "Sent" },
  ]);
});

test("stockMoves adds an item's lines together and reports items missing, on several rows or over-received", () => {
  const moves = stockMoves({ itemId: ["A", "B", "B", "C"], onHand: [1, 0, 0, 2], onOrder: [4, 0, 0, 1] }, [
    receipt("A", 2),
    receipt("B", 1),
    receipt("A", 1),
    receipt("Z", 3),
    receipt("C", 3),
  ]);
  expect(moves.writes).toEqual([
    { key: "A", changes: { onHand: 4, onOrder: 1 } },
    { key: "C", changes: { onHand: 5, onOrder: 0 } },
  ]);
  expect(moves.notFound).toEqual(["Z"]);
  expect(moves.notes).toEqual([
    "B is on several rows of Inventory; its stock was not changed. Make the Item IDs unique.",
    "C: 2 more received than was on order.",
  ]);
});
