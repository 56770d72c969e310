// Co-authoring: the cases tests/excel/{append,update}.test.ts do not already cover — three
// clients appending at once, and a co-author's filter (rows hidden) while another appends or updates.
import { inventory } from "../../../src/core/registers/definitions";
import { appendRows } from "../../../src/excel/appendRows";
import { readRegister } from "../../../src/excel/readRegister";
import { updateRowsByKey } from "../../../src/excel/updateRows";
import { createExcel, type SimExcel } from "../../../src/preview/simulator";
import { inventoryRows, seedRegister, setup } from "../support";

const col = (key: string) => inventory.columns.findIndex((c) => c.key === key);
const g = globalThis as unknown as { Excel: unknown };

/** A co-author's change, synced before the caller's next sync. */
function coAuthor(other: SimExcel, change: (ctx: Excel.RequestContext) => void): Promise<void> {
  return other.run(async (ctx) => {
    change(ctx);
    await ctx.sync();
  });
}

/** Whether sheet row `row` (1-based) of Inventory is hidden, as a client sees it. */
async function rowHidden(client: SimExcel, row: number): Promise<boolean | null> {
  return client.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("Inventory").getRange(`A${row}`).load("rowHidden");
    await ctx.sync();
    return r.rowHidden;
  });
}

/** Bob filters the Inventory table to Category = Paper (the Toner rows are hidden). */
const filterToPaper = (ctx: Excel.RequestContext) =>
  ctx.workbook.tables.getItem("Inventory").columns.getItem("Category").filter.applyValuesFilter(["Paper"]);

test("three co-authors append at the same moment: all three rows survive, each with its own ID", async () => {
  const { wb, excel } = setup();
  seedRegister(wb, inventory, inventoryRows(3));
  const bob = createExcel(wb, { clientName: "bob" });
  const carol = createExcel(wb, { clientName: "carol" });
  // Each starts (and reads INV-0003 as the last ID) before any of them writes.
  g.Excel = excel;
  const a = appendRows(inventory, [{ values: { item: "Alice's pens" } }], { clientTag: "AAA" });
  g.Excel = bob;
  const b = appendRows(inventory, [{ values: { item: "Bob's paper" } }], { clientTag: "BBB" });
  g.Excel = carol;
  const c = appendRows(inventory, [{ values: { item: "Carol's clips" } }], { clientTag: "CCC" });
  g.Excel = excel;
  await Promise.all([a, b, c]);
  const read = await readRegister(inventory);
  expect(read.rows).toHaveLength(6);
  const items = ["Alice's pens", "Bob's paper", "Carol's clips"];
  const ids = items.map((item) => read.rows.find((r) => r.values.item === item)?.key);
  expect(ids.every((id) => typeof id === "string" && id !== "")).toBe(true);
  expect(new Set(ids).size).toBe(3);
  expect(read.problems.filter((p) => p.code === "duplicateKey")).toEqual([]);
  // The three seeded rows are untouched.
  expect(wb.getValues("Inventory", "A2:B4")).toEqual([
    ["INV-0001", "Item 1"],
    ["INV-0002", "Item 2"],
    ["INV-0003", "Item 3"],
  ]);
});

test("a co-author filters the table between the read and the write: the update lands on its (hidden) row", async () => {
  const { wb } = setup();
  seedRegister(wb, inventory, inventoryRows(4));
  const bob = createExcel(wb, { clientName: "bob" });
  // INV-0003 is Toner: Bob's filter hides it.
  const pending = updateRowsByKey(inventory, [{ key: "INV-0003", changes: { onHand: 17 } }]);
  await coAuthor(bob, filterToPaper);
  const result = await pending;
  expect(await rowHidden(bob, 4)).toBe(true);
  expect(result.updated).toEqual([{ key: "INV-0003", row: 4, cells: ["Inventory!I4"] }]);
  expect(wb.getCell("Inventory", 3, col("onHand")).value).toBe(17);
  // No other row changed.
  expect(wb.getValues("Inventory", "I2:I5").map((r) => r[0])).toEqual([3, 40, 17, 40]);
});

test("a co-author's filter is on while another appends: the new row is added below and nothing is lost", async () => {
  const { wb } = setup();
  seedRegister(wb, inventory, inventoryRows(4));
  const bob = createExcel(wb, { clientName: "bob" });
  await coAuthor(bob, filterToPaper);
  expect(await rowHidden(bob, 2)).toBe(true);
  const result = await appendRows(inventory, [{ values: { item: "Toner, cyan", category: "Toner" } }]);
  expect(result.appended.map((r) => [r.key, r.row])).toEqual([["INV-0005", 6]]);
  expect(wb.getValues("Inventory", "A2:C6")).toEqual([
    ["INV-0001", "Item 1", "Toner"],
    ["INV-0002", "Item 2", "Paper"],
    ["INV-0003", "Item 3", "Toner"],
    ["INV-0004", "Item 4", "Paper"],
    ["INV-0005", "Toner, cyan", "Toner"],
  ]);
  const read = await readRegister(inventory);
  expect(read.rows.map((r) => r.key)).toEqual(["INV-0001", "INV-0002", "INV-0003", "INV-0004", "INV-0005"]);
});

test("one co-author appends while another updates the last row: both changes are kept", async () => {
  const { wb, excel } = setup();
  seedRegister(wb, inventory, inventoryRows(3));
  const bob = createExcel(wb, { clientName: "bob" });
  g.Excel = excel;
  const update = updateRowsByKey(inventory, [{ key: "INV-0003", changes: { location: "Cupboard B" } }]);
  g.Excel = bob;
  const append = appendRows(inventory, [{ values: { item: "Labels" } }], { clientTag: "BOB" });
  g.Excel = excel;
  const [u, a] = await Promise.all([update, append]);
  expect(u.updated.map((x) => x.key)).toEqual(["INV-0003"]);
  expect(a.appended.map((x) => x.key)).toEqual(["INV-0004"]);
  expect(wb.getCell("Inventory", 3, col("location")).value).toBe("Cupboard B");
  expect(wb.getValues("Inventory", "A4:B5")).toEqual([
    ["INV-0003", "Item 3"],
    ["INV-0004", "Labels"],
  ]);
});
