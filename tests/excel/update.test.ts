import { inventory, purchaseOrders } from "../../src/core/registers/definitions";
import type { CellValue } from "../../src/core/cells/types";
import { columnLetters } from "../../src/core/cells/a1";
import { changedSpans, MAX_GAP_COLUMNS } from "../../src/excel/rows";
import { updateRowsByKey } from "../../src/excel/updateRows";
import { createExcel, type SimExcel } from "../../src/preview/simulator";
import { inventoryRows, lastSyncs, seedRegister, setup } from "./support";

const col = (key: string) => inventory.columns.findIndex((c) => c.key === key);

/** Runs a co-author's change right away (its sync happens before the caller's next one). */
function coAuthor(other: SimExcel, change: (ctx: Excel.RequestContext) => void): Promise<void> {
  return other.run(async (ctx) => {
    change(ctx);
    await ctx.sync();
  });
}

describe("updateRowsByKey", () => {
  test("writes only the changed cells of the rows with those keys, in 2 syncs", async () => {
    const { wb, excel } = setup();
    seedRegister(wb, inventory, inventoryRows(5));
    const before = wb.getValues("Inventory", "A1:V6");
    const result = await updateRowsByKey(inventory, [
      { key: "INV-0002", changes: { onHand: 17, notes: "=1+1" } },
      { key: "inv-0004 ", changes: { location: "Cupboard B" } },
    ]);
    expect(lastSyncs(excel)).toBe(2);
    expect(result.updated).toEqual([
      { key: "INV-0002", row: 3, cells: ["Inventory!I3", "Inventory!V3"] },
      { key: "inv-0004 ", row: 5, cells: ["Inventory!E5"] },
    ]);
    const after = wb.getValues("Inventory", "A1:V6");
    const changed: string[] = [];
    after.forEach((row, r) => row.forEach((v, c) => v !== before[r][c] && changed.push(`${r},${c}`)));
    expect(changed.sort()).toEqual(
      [`2,${col("onHand")}`, `2,${col("notes")}`, `4,${col("location")}`].sort(),
    );
    expect(wb.getCell("Inventory", 2, col("onHand")).value).toBe(17);
    // Typed text that looks like a formula is stored as text.
    expect(wb.getCell("Inventory", 2, col("notes"))).toMatchObject({ value: "=1+1" });
    expect(wb.getCell("Inventory", 2, col("notes")).formula).toBeUndefined();
  });

  test("keys not found, keys used twice and calculated columns are reported, not written", async () => {
    const { wb } = setup();
    const rows = inventoryRows(3);
    rows[2].itemId = "INV-0001";
    seedRegister(wb, inventory, rows);
    const before = wb.getValues("Inventory", "A1:V4");
    const result = await updateRowsByKey(inventory, [
      { key: "INV-0099", changes: { onHand: 1 } },
      { key: "INV-0001", changes: { onHand: 1 } },
      { key: "INV-0002", changes: { stockStatus: "OK" } },
    ]);
    expect(result.notFound).toEqual(["INV-0099"]);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      "INV-0001 is on 2 rows (2, 4); make the keys unique first",
      "Stock status is calculated by a formula",
    ]);
    expect(result.updated).toEqual([]);
    expect(wb.getValues("Inventory", "A1:V4")).toEqual(before);
  });

  test("a co-author sorts the table between the read and the write: the update lands on the right key", async () => {
    const { wb } = setup();
    seedRegister(wb, inventory, inventoryRows(5));
    const bob = createExcel(wb, { clientName: "bob" });
    const pending = updateRowsByKey(inventory, [{ key: "INV-0002", changes: { onHand: 99 } }]);
    // Alice's first sync (the read) has run; Bob sorts by Item ID descending before her write.
    await coAuthor(bob, (ctx) =>
      ctx.workbook.tables.getItem("Inventory").sort.apply([{ key: 0, ascending: false }]),
    );
    const result = await pending;
    const ids = wb.getValues("Inventory", "A2:A6").map((r) => r[0]);
    expect(ids).toEqual(["INV-0005", "INV-0004", "INV-0003", "INV-0002", "INV-0001"]);
    expect(wb.getCell("Inventory", 4, col("onHand")).value).toBe(99);
    expect(wb.getValues("Inventory", `${"I"}2:I6`).map((r) => r[0])).toEqual([40, 40, 40, 99, 3]);
    expect(result.updated).toEqual([{ key: "INV-0002", row: 5, cells: ["Inventory!I5"] }]);
  });

  test("a co-author inserts rows above: the update still finds its row", async () => {
    const { wb } = setup();
    seedRegister(wb, inventory, inventoryRows(3));
    const bob = createExcel(wb, { clientName: "bob" });
    const pending = updateRowsByKey(inventory, [{ key: "INV-0003", changes: { location: "Top shelf" } }]);
    await coAuthor(bob, (ctx) => {
      ctx.workbook.worksheets.getItem("Inventory").getRange("2:3").insert("Down");
    });
    const result = await pending;
    expect(wb.getValues("Inventory", "A6:A6")).toEqual([["INV-0003"]]);
    expect(wb.getCell("Inventory", 5, col("location")).value).toBe("Top shelf");
    expect(result.updated[0].row).toBe(6);
  });

  test("a co-author deletes the row being updated: reported as not found, not recreated", async () => {
    const { wb } = setup();
    seedRegister(wb, inventory, inventoryRows(3));
    const bob = createExcel(wb, { clientName: "bob" });
    const pending = updateRowsByKey(inventory, [{ key: "INV-0002", changes: { onHand: 5 } }]);
    await coAuthor(bob, (ctx) => ctx.workbook.tables.getItem("Inventory").rows.getItemAt(1).delete());
    const after = wb.getValues("Inventory", "A1:V4");
    const result = await pending;
    expect(result.notFound).toEqual(["INV-0002"]);
    expect(result.updated).toEqual([]);
    expect(wb.getValues("Inventory", "A1:V4")).toEqual(after);
    expect(wb.getValues("Inventory", "A2:A4").map((r) => r[0])).toEqual(["INV-0001", "INV-0003", ""]);
  });

  test("composite keys (PO number + line): rows found by both, a moved row is reported", async () => {
    const { wb } = setup();
    seedRegister(wb, purchaseOrders, [
      { poNumber: "PO-2026-0001", line: 1, item: "Pens", qty: 5 },
      { poNumber: "PO-2026-0001", line: 2, item: "Paper", qty: 2 },
    ]);
    const qty = purchaseOrders.columns.findIndex((c) => c.key === "qty");
    const result = await updateRowsByKey(purchaseOrders, [{ key: "PO-2026-0001 / 2", changes: { qty: 3 } }]);
    expect(result.updated.map((u) => u.row)).toEqual([3]);
    expect(result.moved).toEqual([]);
    expect(wb.getCell(purchaseOrders.sheetName, 2, qty).value).toBe(3);
    expect(wb.getCell(purchaseOrders.sheetName, 1, qty).value).toBe(5);
  });
});

test("composite keys: a co-author sorts between the read and the write; nothing is changed and it is reported", async () => {
  const { wb } = setup();
  seedRegister(wb, purchaseOrders, [
    { poNumber: "PO-2026-0001", line: 1, item: "Pens", qty: 5 },
    { poNumber: "PO-2026-0001", line: 2, item: "Paper", qty: 2 },
  ]);
  const bob = createExcel(wb, { clientName: "bob" });
  const sheet = purchaseOrders.sheetName;
  const lineCol = purchaseOrders.columns.findIndex((c) => c.key === "line");
  const pending = updateRowsByKey(purchaseOrders, [{ key: "PO-2026-0001 / 2", changes: { qty: 3 } }]);
  await coAuthor(bob, (ctx) =>
    ctx.workbook.tables.getItem(purchaseOrders.tableName).sort.apply([{ key: lineCol, ascending: false }]),
  );
  const before = wb.getValues(sheet, "A1:Q3");
  const result = await pending;
  expect(result.moved).toEqual([{ key: "PO-2026-0001 / 2", row: 3 }]);
  expect(result.updated).toEqual([]);
  expect(wb.getValues(sheet, "A1:Q3")).toEqual(before);
});

describe("updateRowsByKey: rows next to each other", () => {
  const counted = (from: number, n: number) =>
    Array.from({ length: n }, (_, i) => ({
      key: `INV-${String(from + i).padStart(4, "0")}`,
      changes: { onHand: 100 + i, notes: `shelf ${i}` },
    }));

  test("are written together, each to its own row, in 2 syncs and a request far smaller than row by row", async () => {
    const { wb, excel } = setup();
    seedRegister(wb, inventory, inventoryRows(60));
    const result = await updateRowsByKey(inventory, counted(11, 40));
    expect(lastSyncs(excel)).toBe(2);
    const together = excel.stats.last()!.requestBytes;
    expect(result.updated).toHaveLength(40);
    expect(result.updated[0]).toEqual({
      key: "INV-0011",
      row: 12,
      cells: ["Inventory!I12", "Inventory!V12"],
    });
    expect(result.updated[39].row).toBe(51);
    for (let i = 0; i < 40; i++) {
      expect(wb.getValues("Inventory", `A${12 + i}:A${12 + i}`)[0][0]).toBe(
        `INV-${String(11 + i).padStart(4, "0")}`,
      );
      expect(wb.getCell("Inventory", 11 + i, col("onHand")).value).toBe(100 + i);
      expect(wb.getCell("Inventory", 11 + i, col("notes")).value).toBe(`shelf ${i}`);
    }
    // Rows around the block and the cells between the changed ones are as they were.
    expect(wb.getCell("Inventory", 10, col("onHand")).value).toBe(40);
    expect(wb.getCell("Inventory", 51, col("onHand")).value).toBe(3);
    expect(wb.getCell("Inventory", 12, col("unitCost")).value).toBe(2.5 + (11 % 7));

    // The same 40 changes on every other row: one range each.
    const spread = setup();
    seedRegister(spread.wb, inventory, inventoryRows(100));
    await updateRowsByKey(
      inventory,
      counted(11, 40).map((u, i) => ({ ...u, key: `INV-${String(11 + 2 * i).padStart(4, "0")}` })),
    );
    expect(together * 3).toBeLessThan(spread.excel.stats.last()!.requestBytes);
  });

  test("a co-author inserts a row inside the block between the read and the write: nothing changes, the rows are reported", async () => {
    const { wb } = setup();
    seedRegister(wb, inventory, inventoryRows(10));
    const bob = createExcel(wb, { clientName: "bob" });
    const pending = updateRowsByKey(inventory, counted(3, 4));
    await coAuthor(bob, (ctx) => {
      ctx.workbook.tables.getItem("Inventory").rows.add(3, [inventory.columns.map(() => "")]);
    });
    const before = wb.getValues("Inventory", "A1:V12");
    const result = await pending;
    expect(result.updated).toEqual([]);
    expect(result.moved.map((m) => m.key)).toEqual(["INV-0003", "INV-0004", "INV-0005", "INV-0006"]);
    expect(wb.getValues("Inventory", "A1:V12")).toEqual(before);
  });

  test("a co-author deletes the block's first row: it is not found, the others are reported, nothing is written", async () => {
    const { wb } = setup();
    seedRegister(wb, inventory, inventoryRows(6));
    const bob = createExcel(wb, { clientName: "bob" });
    const pending = updateRowsByKey(inventory, counted(2, 3));
    await coAuthor(bob, (ctx) => ctx.workbook.tables.getItem("Inventory").rows.getItemAt(1).delete());
    const before = wb.getValues("Inventory", "A1:V7");
    const result = await pending;
    expect(result.notFound).toEqual(["INV-0002"]);
    expect(result.moved.map((m) => m.key)).toEqual(["INV-0003", "INV-0004"]);
    expect(result.updated).toEqual([]);
    expect(wb.getValues("Inventory", "A1:V7")).toEqual(before);
  });
});

describe("updateRowsByKey: the size of the update request", () => {
  /** Request bytes of updating onHand and notes of every tenth of the first 200 rows of `rows`. */
  async function updateBytes(rows: Record<string, CellValue>[], extraColumns = 0) {
    const { wb, excel } = setup();
    seedRegister(wb, inventory, rows);
    if (extraColumns > 0) {
      // Columns the register does not know, to the right of the table: the table grows to take them.
      const first = inventory.columns.length;
      const headers = Array.from({ length: extraColumns }, (_, i) => `Extra ${i + 1}`);
      wb.setValues("Inventory", `${columnLetters(first)}1`, [headers]);
      await excel.run(async (ctx) => {
        ctx.workbook.tables
          .getItem("Inventory")
          .resize(`A1:${columnLetters(first + extraColumns - 1)}${rows.length + 1}`);
        await ctx.sync();
      });
    }
    const updates = Array.from({ length: 20 }, (_, i) => ({
      key: `INV-${String(1 + i * 10).padStart(4, "0")}`,
      changes: { onHand: 7 + i, notes: `counted ${i}` },
    }));
    const result = await updateRowsByKey(inventory, updates);
    expect(result.updated).toHaveLength(20);
    expect(lastSyncs(excel)).toBe(2);
    return excel.stats.last()!.requestBytes;
  }

  test("it does not grow with the table's width or length: only the changed cells travel", async () => {
    const narrow = await updateBytes(inventoryRows(200));
    const wide = await updateBytes(inventoryRows(200), 60);
    const long = await updateBytes(inventoryRows(5_000));
    expect(wide).toBe(narrow);
    expect(long).toBe(narrow);
  }, 60_000);

  test("changed cells far apart in a row get a range each; close ones share one", () => {
    expect(changedSpans([2, 5, 7])).toEqual([{ first: 2, last: 7 }]);
    expect(changedSpans([0, 1 + MAX_GAP_COLUMNS, 3 + 2 * MAX_GAP_COLUMNS])).toEqual([
      { first: 0, last: 1 + MAX_GAP_COLUMNS },
      { first: 3 + 2 * MAX_GAP_COLUMNS, last: 3 + 2 * MAX_GAP_COLUMNS },
    ]);
  });

  test("cells of a wide table far from the key are written, and nothing else changes", async () => {
    const { wb } = setup();
    seedRegister(wb, inventory, inventoryRows(3));
    const before = wb.getValues("Inventory", "A1:V4");
    const result = await updateRowsByKey(inventory, [
      { key: "INV-0003", changes: { item: "Stapler", notes: "far right" } },
    ]);
    expect(result.updated[0].cells).toEqual(["Inventory!B4", "Inventory!V4"]);
    const after = wb.getValues("Inventory", "A1:V4");
    after.forEach((row, r) =>
      row.forEach((v, c) => {
        if (r === 3 && c === col("item")) expect(v).toBe("Stapler");
        else if (r === 3 && c === col("notes")) expect(v).toBe("far right");
        else expect(v).toEqual(before[r][c]);
      }),
    );
  });
});
