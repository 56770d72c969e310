import {
  applyReceipt,
  markSent,
  poStatus,
  readPoStatus,
  receivePo,
  remainingQty,
} from "../../../src/core/orders/receiving";

describe("markSent", () => {
  it("raises On order by the quantity sent", () => {
    expect(markSent(5, 20)).toEqual({ ok: true, onOrder: 25 });
    expect(markSent(null, 0.2)).toEqual({ ok: true, onOrder: 0.2 });
    expect(markSent(0.1, 0.2)).toEqual({ ok: true, onOrder: 0.3 });
  });

  it("refuses a quantity that is not above zero", () => {
    for (const qty of [0, -1, Number.NaN, Infinity]) expect(markSent(5, qty).ok).toBe(false);
  });
});

describe("applyReceipt", () => {
  it("moves a full receipt from On order to On hand", () => {
    expect(applyReceipt(3, 20, 20)).toEqual({ ok: true, onHand: 23, onOrder: 0, overReceived: 0 });
  });

  it("moves part of it", () => {
    expect(applyReceipt(3, 20, 8)).toEqual({ ok: true, onHand: 11, onOrder: 12, overReceived: 0 });
  });

  it("never leaves On order negative, and reports what came beyond it", () => {
    expect(applyReceipt(3, 5, 8)).toEqual({ ok: true, onHand: 11, onOrder: 0, overReceived: 3 });
    expect(applyReceipt(null, null, 2)).toEqual({ ok: true, onHand: 2, onOrder: 0, overReceived: 2 });
    expect(applyReceipt(1, -4, 2)).toEqual({ ok: true, onHand: 3, onOrder: 0, overReceived: 2 });
  });

  it("refuses a received quantity that is not above zero", () => {
    const result = applyReceipt(3, 5, 0);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/above zero/);
  });
});

describe("receivePo and poStatus", () => {
  const po = [
    { itemId: "INV-0001", qty: 20, receivedQty: 0, status: "Sent" as const },
    { itemId: "INV-0002", qty: 6, receivedQty: null, status: "Sent" as const },
    { itemId: "INV-0003", qty: 4, receivedQty: 0, status: "Cancelled" as const },
  ];

  it("receives everything still expected and marks the PO Received", () => {
    const result = receivePo(po);
    if (!result.ok) throw new Error(result.reason);
    expect(result.receipts.map((r) => [r.itemId, r.qty, r.receivedQty, r.status])).toEqual([
      ["INV-0001", 20, 20, "Received"],
      ["INV-0002", 6, 6, "Received"],
    ]);
    expect(result.status).toBe("Received");
  });

  it("receives part: the PO stays Sent until the rest arrives", () => {
    const first = receivePo(po, new Map([["INV-0001", 5]]));
    if (!first.ok) throw new Error(first.reason);
    expect(first.receipts).toEqual([
      { itemId: "INV-0001", qty: 5, receivedQty: 5, overReceived: 0, status: "Sent" },
    ]);
    expect(first.status).toBe("Sent");

    const after = po.map((l) => (l.itemId === "INV-0001" ? { ...l, receivedQty: 5 } : l));
    expect(remainingQty(after[0])).toBe(15);
    const rest = receivePo(after);
    if (!rest.ok) throw new Error(rest.reason);
    expect(rest.receipts.map((r) => [r.itemId, r.qty])).toEqual([
      ["INV-0001", 15],
      ["INV-0002", 6],
    ]);
    expect(rest.status).toBe("Received");
  });

  it("reports over-receipt on a line", () => {
    const result = receivePo(po, new Map([["INV-0002", 10]]));
    expect(result.ok && result.receipts[0]).toMatchObject({
      receivedQty: 10,
      overReceived: 4,
      status: "Received",
    });
  });

  it("refuses a negative quantity and an empty receipt", () => {
    expect(receivePo(po, new Map([["INV-0001", -1]])).ok).toBe(false);
    expect(receivePo(po, new Map()).ok).toBe(false);
    expect(receivePo(po.map((l) => ({ ...l, receivedQty: l.qty }))).ok).toBe(false);
  });

  it("gives the status of a PO from its lines", () => {
    expect(poStatus([])).toBe("Draft");
    expect(poStatus([{ itemId: "A", qty: 1, status: "Draft" }])).toBe("Draft");
    expect(poStatus([{ itemId: "A", qty: 1, status: "Cancelled" }])).toBe("Cancelled");
    expect(poStatus([{ itemId: "A", qty: 2, receivedQty: 1, status: "Sent" }])).toBe("Sent");
    expect(poStatus([{ itemId: "A", qty: 0.3, receivedQty: 0.1 + 0.2, status: "Sent" }])).toBe("Received");
  });
});

describe("readPoStatus", () => {
  test("a Status typed in any case or with spaces is the register's choice; anything else reads as Sent", () => {
    expect(["sent", " Received ", "CANCELLED", "Draft"].map(readPoStatus)).toEqual([
      "Sent",
      "Received",
      "Cancelled",
      "Draft",
    ]);
    expect([null, "", "Shipped", 3].map(readPoStatus)).toEqual(["Sent", "Sent", "Sent", "Sent"]);
  });
});
