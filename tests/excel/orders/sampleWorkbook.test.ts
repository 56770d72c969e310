// The "done when", on the preview's sample workbook: convert the plain Supplies and Vendors sheets,
// see the suggestions grouped by supplier, mark one sent, receive it, and see On hand and On order move.
import { inventory, suppliers } from "../../../src/core/registers/definitions";
import { convertToRegister } from "../../../src/excel/convertToRegister";
import { inspectSheet } from "../../../src/excel/inspectSheet";
import { loadOrders, markOrderSent, receivePurchaseOrder } from "../../../src/excel/orders";
import { createSampleWorkbook } from "../../../src/preview/sample";
import { installExcel } from "../../../src/preview/simulator";
import { rowOf } from "./support";

test("sample workbook: convert, suggest by supplier, mark sent, receive", async () => {
  const wb = createSampleWorkbook();
  installExcel(wb);
  for (const [sheet, def] of [
    ["Vendors", suppliers],
    ["Supplies", inventory],
  ] as const) {
    const inspection = await inspectSheet({ sheet }, def);
    expect(inspection.ok).toBe(true);
    await convertToRegister(def, inspection);
  }

  const view = await loadOrders();
  expect(view.found).toMatchObject({ inventory: true, suppliers: true });
  expect(view.orders.length).toBeGreaterThan(0);
  // Grouped: one entry per supplier, every line's item supplied by it.
  const names = view.orders.map((o) => o.supplier.toLowerCase());
  expect(new Set(names).size).toBe(names.length);

  const order = view.orders.find((o) => o.to.length > 0) ?? view.orders[0];
  const line = order.lines[0];
  const before = rowOf(wb, "Inventory", line.itemId, "Item ID");
  const onHand = typeof before["On hand"] === "number" ? before["On hand"] : 0;
  const onOrder = typeof before["On order"] === "number" ? before["On order"] : 0;

  const sent = await markOrderSent(order);
  expect(rowOf(wb, "Inventory", line.itemId, "Item ID")["On order"]).toBe(onOrder + line.qty);
  const after = await loadOrders();
  expect(after.orders.flatMap((o) => o.lines.map((l) => l.itemId))).not.toContain(line.itemId);
  expect(after.openOrders.map((p) => p.poNumber)).toContain(sent.poNumber);

  await receivePurchaseOrder(sent.poNumber);
  const received = rowOf(wb, "Inventory", line.itemId, "Item ID");
  expect(received["On hand"]).toBeCloseTo(onHand + line.qty, 6);
  expect(received["On order"]).toBeCloseTo(onOrder, 6);
  expect((await loadOrders()).openOrders.map((p) => p.poNumber)).not.toContain(sent.poNumber);
});
