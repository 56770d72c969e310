import { inventory, suppliers } from "../../src/core/registers/definitions";
import { appendRows } from "../../src/excel/appendRows";
import { createRegister } from "../../src/excel/createRegister";
import { readRegister } from "../../src/excel/readRegister";
import { createExcel } from "../../src/preview/simulator";
import { inventoryRows, lastSyncs, seedRegister, setup } from "./support";

const col = (key: string) => inventory.columns.findIndex((c) => c.key === key);

describe("appendRows", () => {
  test("new rows get the next IDs, go below the body, and the table grows over them: 2 syncs", async () => {
    const { wb, excel } = setup();
    seedRegister(wb, inventory, inventoryRows(3));
    const result = await appendRows(inventory, [
      { values: { item: "Stapler", onHand: 4, reorderPoint: 2 } },
      { values: { item: "Toner", onHand: 1, reorderPoint: 2 } },
    ]);
    expect(lastSyncs(excel)).toBe(2);
    expect(result.appended.map((a) => [a.key, a.row])).toEqual([
      ["INV-0004", 5],
      ["INV-0005", 6],
    ]);
    expect(result.verified).toBe(true);
    expect(wb.sheetInfo("Inventory").tables[0].address).toBe("Inventory!A1:V6");
    expect(wb.getValues("Inventory", "A5:B6")).toEqual([
      ["INV-0004", "Stapler"],
      ["INV-0005", "Toner"],
    ]);
    // Calculated columns carry their formulas into the new rows.
    expect(wb.getCell("Inventory", 5, col("reorderQty")).formula).toBe(
      inventory.columns[col("reorderQty")].formula,
    );
  });

  test("a new register's blank first row stays; rows go below it and read back in order", async () => {
    const { wb } = setup();
    await createRegister(inventory);
    await appendRows(inventory, [{ values: { item: "Pens", onHand: 10, reorderPoint: 5 } }]);
    expect(wb.getValues("Inventory", "A3:B3")).toEqual([["INV-0001", "Pens"]]);
    const read = await readRegister(inventory);
    expect(read.rows.map((r) => r.key)).toEqual(["INV-0001"]);
    expect(read.problems.filter((p) => p.code === "blankRow")).toEqual([]);
  });

  test("text a person typed stays text: formulas, signs, leading zeros", async () => {
    const { wb } = setup();
    seedRegister(wb, inventory, inventoryRows(1));
    await appendRows(inventory, [
      {
        values: {
          item: '=HYPERLINK("http://evil.example","click")',
          category: "+44 20 7946 0000",
          location: "-5 shelf",
          supplierSku: "0012",
          notes: "@SUM(A1:A2)",
          unit: "\tbox",
          onHand: "12",
        },
      },
    ]);
    const cell = (key: string) => wb.getCell("Inventory", 2, col(key));
    expect(cell("item")).toMatchObject({ value: '=HYPERLINK("http://evil.example","click")' });
    expect(cell("item").formula).toBeUndefined();
    expect(cell("category")).toMatchObject({ value: "+44 20 7946 0000" });
    expect(cell("category").formula).toBeUndefined();
    expect(cell("location").formula).toBeUndefined();
    expect(cell("location").value).toBe("-5 shelf");
    expect(cell("supplierSku").value).toBe("0012");
    expect(cell("notes").value).toBe("@SUM(A1:A2)");
    expect(cell("unit").value).toBe("\tbox");
    // A number typed into a number column is stored as a number.
    expect(cell("onHand").value).toBe(12);
  });

  test("a phone number in a text-formatted column keeps its + and leading 0 without an apostrophe", async () => {
    const { wb } = setup();
    await createRegister(suppliers);
    await appendRows(suppliers, [
      { values: { supplier: "Acme", phone: "+44 20 7946 0000", fax: "020 7946 0001" } },
    ]);
    expect(wb.getValues("Suppliers", "A3:E3")).toEqual([
      ["Acme", "", "", "+44 20 7946 0000", "020 7946 0001"],
    ]);
  });

  test("a key that already exists is skipped and reported, not written twice", async () => {
    const { wb } = setup();
    seedRegister(wb, suppliers, [{ supplier: "Acme" }]);
    const result = await appendRows(suppliers, [
      { values: { supplier: "acme " } },
      { values: { supplier: "Bolt" } },
    ]);
    expect(result.skipped).toEqual([
      { index: 0, key: "acme", reason: "acme is already in the Suppliers register" },
    ]);
    expect(result.appended.map((a) => a.key)).toEqual(["Bolt"]);
    expect(wb.getValues("Suppliers", "A2:A4")).toEqual([["Acme"], ["Bolt"], [""]]);
  });

  test("cells below the table are moved down, never overwritten", async () => {
    const { wb } = setup();
    seedRegister(wb, suppliers, [{ supplier: "Acme" }]);
    wb.setValues("Suppliers", "A3", [["Note: call Acme on Monday"]]);
    await appendRows(suppliers, [{ values: { supplier: "Bolt" } }]);
    expect(wb.getValues("Suppliers", "A2:A4")).toEqual([["Acme"], ["Bolt"], ["Note: call Acme on Monday"]]);
  });

  test("two co-authors append at the same moment: both rows survive with different IDs", async () => {
    const { wb, excel } = setup();
    seedRegister(wb, inventory, inventoryRows(3));
    const bob = createExcel(wb, { clientName: "bob" });
    const g = globalThis as unknown as { Excel: unknown };
    // Both runs start before either writes: each reads INV-0003 as the last ID.
    g.Excel = excel;
    const alice = appendRows(inventory, [{ values: { item: "Alice's pens" } }], { clientTag: "A1B" });
    g.Excel = bob;
    const bobs = appendRows(inventory, [{ values: { item: "Bob's paper" } }], { clientTag: "B2C" });
    g.Excel = excel;
    const [a, b] = await Promise.all([alice, bobs]);
    const read = await readRegister(inventory);
    const byItem = Object.fromEntries(read.rows.map((r) => [r.values.item, r.key]));
    expect(byItem["Alice's pens"]).toBeDefined();
    expect(byItem["Bob's paper"]).toBeDefined();
    expect(byItem["Alice's pens"]).not.toBe(byItem["Bob's paper"]);
    expect(read.rows).toHaveLength(5);
    expect(read.problems.filter((p) => p.code === "duplicateKey")).toEqual([]);
    // The one who wrote second repaired its own ID with its tag, and said so.
    expect({ ...a.renamed, ...b.renamed }).toEqual({ "INV-0004": "INV-0005-B2C" });
    expect(b.notes.join(" ")).toMatch(/co-author/);
  });

  test("a register that does not exist is a clear error", async () => {
    setup();
    await expect(appendRows(inventory, [{ values: { item: "x" } }])).rejects.toMatchObject({
      kind: "notFound",
      message: expect.stringContaining("no Inventory register"),
    });
  });
});
