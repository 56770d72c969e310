import { serialToParts } from "../../../src/core/cells/excelDates";
import { purchaseOrders } from "../../../src/core/registers/definitions/purchaseOrders";
import { purchaseOrderRows } from "../../../src/core/orders/purchaseOrderRows";
import { suggestOrders } from "../../../src/core/orders/suggest";

const { orders } = suggestOrders(
  [
    { itemId: "INV-0001", item: "Toner", supplier: "Acme", unitCost: 61.5, reorderQty: 2 },
    { itemId: "INV-0002", item: "Paper", supplier: "Acme", unitCost: null, reorderQty: 10 },
  ],
  [{ name: "Acme", email: "orders@acme.example" }],
);

describe("purchaseOrderRows", () => {
  it("gives one Sent row per line with the PO number, line number, dates and prices", () => {
    const rows = purchaseOrderRows(orders[0], {
      poNumber: "PO-2026-0007",
      date: new Date(2026, 10, 29, 23, 30),
      expectedBy: new Date(2026, 11, 4),
    });
    expect(rows.map((r) => [r.poNumber, r.line, r.itemId, r.item, r.qty, r.unitCost, r.status])).toEqual([
      ["PO-2026-0007", 1, "INV-0001", "Toner", 2, 61.5, "Sent"],
      ["PO-2026-0007", 2, "INV-0002", "Paper", 10, null, "Sent"],
    ]);
    expect(serialToParts(rows[0].date as number)).toMatchObject({ year: 2026, month: 11, day: 29, hours: 0 });
    expect(serialToParts(rows[0].expectedBy as number)).toMatchObject({ year: 2026, month: 12, day: 4 });
    expect(rows[0].supplier).toBe("Acme");
  });

  it("uses only columns the PurchaseOrders register has, and never writes its calculated Line total", () => {
    const keys = new Set(purchaseOrders.columns.map((c) => c.key));
    const [row] = purchaseOrderRows(orders[0], { poNumber: "PO-2026-0008", date: new Date(2026, 0, 2) });
    for (const key of Object.keys(row)) expect(keys.has(key)).toBe(true);
    expect(row).not.toHaveProperty("lineTotal");
    expect(row.expectedBy).toBeNull();
  });

  it("writes 1904-system serials for old Mac workbooks", () => {
    const [a] = purchaseOrderRows(orders[0], { poNumber: "P", date: new Date(2026, 0, 2) });
    const [b] = purchaseOrderRows(orders[0], { poNumber: "P", date: new Date(2026, 0, 2), dateSystem: 1904 });
    expect((a.date as number) - (b.date as number)).toBe(1462);
  });
});
