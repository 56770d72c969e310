import { inventory, purchaseOrders } from "../../../src/core/registers/definitions";
import {
  indexKeys,
  isBlankKey,
  keyAt,
  normKey,
  normShownKey,
  rowKey,
  shownKey,
} from "../../../src/core/registers/keys";

describe("register keys as compared", () => {
  test("a key cell is trimmed and upper-cased; blank cells are blank", () => {
    expect(normKey(" inv-0001 ")).toBe("INV-0001");
    expect(normKey(42)).toBe("42");
    expect(normKey(null)).toBe("");
    expect(normKey(undefined)).toBe("");
  });

  test("composite keys join their parts in key-column order; shown keys keep the case typed", () => {
    const values = { poNumber: " po-2026-0001", line: 2, item: "Pens" };
    expect(rowKey(purchaseOrders, { values })).toBe("PO-2026-0001 / 2");
    expect(shownKey(purchaseOrders, values)).toBe("po-2026-0001 / 2");
    expect(normShownKey("po-2026-0001 / 2 ")).toBe("PO-2026-0001 / 2");
    expect(rowKey(inventory, { values: { itemId: "inv-7" } })).toBe("INV-7");
  });

  test("a key is blank only when every part is", () => {
    expect(isBlankKey("")).toBe(true);
    expect(isBlankKey(" / ")).toBe(true);
    expect(isBlankKey("PO-1 / ")).toBe(false);
  });

  test("key columns read as parallel arrays: each row's key, and where each key stands", () => {
    const columns = [
      ["PO-1", "po-1", "PO-2", null, "PO-1"],
      [1, 2, 1, null, 1],
    ];
    expect(keyAt(columns, 1)).toBe("PO-1 / 2");
    const at = indexKeys(columns);
    expect(at.get("PO-1 / 1")).toEqual([0, 4]);
    expect(at.get("PO-1 / 2")).toEqual([1]);
    expect([...at.keys()]).not.toContain(" / ");
  });
});
