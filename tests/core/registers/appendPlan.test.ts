import { planAppend } from "../../../src/core/registers/appendPlan";
import { inventory, purchaseOrders } from "../../../src/core/registers/definitions";

describe("planAppend: which new rows go in, under which keys", () => {
  test("rows without a key get the next IDs after what is in the register now", () => {
    const plan = planAppend(
      inventory,
      [{ values: { item: "Pens" } }, { values: { item: "Paper" } }],
      [["INV-0001", "INV-0007", ""]],
    );
    expect(plan.toWrite.map((r) => r.values.itemId)).toEqual(["INV-0008", "INV-0009"]);
    expect(plan.skipped).toEqual([]);
  });

  test("a key already in the register, or given twice, is skipped with the reason; case does not matter", () => {
    const plan = planAppend(
      inventory,
      [
        { values: { itemId: "inv-0001", item: "Pens" } },
        { values: { itemId: "INV-0005", item: "Paper" } },
        { values: { itemId: "inv-0005 ", item: "Toner" } },
      ],
      [["INV-0001"]],
    );
    expect(plan.toWrite.map((r) => r.index)).toEqual([1]);
    expect(plan.skipped).toEqual([
      { index: 0, key: "inv-0001", reason: "inv-0001 is already in the Inventory register" },
      { index: 2, key: "inv-0005", reason: "inv-0005 is already in the Inventory register" },
    ]);
  });

  test("a register without an ID prefix takes keys the caller makes, or skips rows that have none", () => {
    const rows = [{ values: { item: "Pens" } }];
    expect(planAppend(purchaseOrders, rows, [[], []]).skipped[0].reason).toBe(
      "the row has no PO number + Line",
    );
    const made = planAppend(purchaseOrders, rows, [["PO-2026-0001"], [1]], (used, n) => {
      expect(used).toEqual(["PO-2026-0001"]);
      return Array.from({ length: n }, () => "PO-2026-0002");
    });
    expect(made.toWrite[0].values).toMatchObject({ poNumber: "PO-2026-0002", item: "Pens" });
  });
});
