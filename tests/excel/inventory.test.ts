import { inventory } from "../../src/core/registers/definitions";
import { applyReorderPoints, countStock, lowStock } from "../../src/excel/inventory";
import { lastSyncs, inventoryRows, seedRegister, setup } from "./support";

const col = (key: string) => inventory.columns.findIndex((c) => c.key === key);

describe("inventory actions", () => {
  test("countStock sets On hand and Last counted of the counted items only", async () => {
    const { wb, excel } = setup();
    seedRegister(wb, inventory, inventoryRows(4));
    const result = await countStock(
      [
        { itemId: "INV-0002", counted: 12 },
        { itemId: "INV-0003", counted: -1 },
        { itemId: "INV-0404", counted: 1 },
      ],
      46_000.75,
    );
    expect(lastSyncs(excel)).toBe(2);
    expect(result.updated.map((u) => u.key)).toEqual(["INV-0002"]);
    expect(result.notFound).toEqual(["INV-0404"]);
    expect(result.invalid).toEqual([
      { itemId: "INV-0003", reason: "-1 is not a count (a number, 0 or more)" },
    ]);
    expect(wb.getCell("Inventory", 2, col("onHand")).value).toBe(12);
    expect(wb.getCell("Inventory", 2, col("lastCounted")).value).toBe(46_000);
    expect(wb.getCell("Inventory", 3, col("onHand")).value).toBe(40);
    expect(wb.getCell("Inventory", 3, col("lastCounted")).value).toBeNull();
  });

  test("applyReorderPoints writes what was accepted and nothing else", async () => {
    const { wb } = setup();
    seedRegister(wb, inventory, inventoryRows(2));
    const before = wb.getValues("Inventory", "A1:V3");
    await applyReorderPoints([{ itemId: "INV-0001", reorderPoint: 14, safetyStock: 4 }]);
    const after = wb.getValues("Inventory", "A1:V3");
    expect(after[1][col("reorderPoint")]).toBe(14);
    expect(after[1][col("safetyStock")]).toBe(4);
    after[1][col("reorderPoint")] = before[1][col("reorderPoint")];
    after[1][col("safetyStock")] = before[1][col("safetyStock")];
    expect(after).toEqual(before);
  });

  test("lowStock computes reorder quantities with core (not cached formula values) and groups by supplier", async () => {
    const { wb } = setup();
    seedRegister(wb, inventory, [
      // REORDERQTY(3, 10, 50, 0, 6) = 48 (47 rounded up to packs of 6)
      {
        itemId: "INV-0001",
        item: "Toner",
        supplier: "Acme",
        onHand: 3,
        reorderPoint: 10,
        maxStock: 50,
        packSize: 6,
      },
      { itemId: "INV-0002", item: "Paper", supplier: "acme ", onHand: 0, reorderPoint: 5, maxStock: 20 },
      { itemId: "INV-0003", item: "Pens", supplier: "Bolt", onHand: 30, reorderPoint: 5, maxStock: 40 },
      {
        itemId: "INV-0004",
        item: "Clips",
        supplier: "",
        onHand: 1,
        reorderPoint: 5,
        maxStock: 10,
        onOrder: 0,
      },
      { itemId: "INV-0005", item: "Glue", supplier: "Bolt", onHand: "lots", reorderPoint: 5 },
    ]);
    // The simulator has no formula engine: the calculated columns hold no values, as in a workbook
    // opened before Excel recalculated.
    expect(wb.getCell("Inventory", 1, col("reorderQty")).value).toBeNull();
    const result = await lowStock();
    expect(
      result.groups.map((g) => [g.supplier, g.items.map((i) => [i.itemId, i.reorderQty, i.stockStatus])]),
    ).toEqual([
      [
        "Acme",
        [
          ["INV-0001", 48, "Reorder"],
          ["INV-0002", 20, "Out of stock"],
        ],
      ],
      ["", [["INV-0004", 9, "Reorder"]]],
    ]);
    expect(result.cannotCompute.map((c) => [c.itemId, c.address])).toEqual([["INV-0005", "Inventory!A6"]]);
    expect(result.groups[0].items[0].address).toBe("Inventory!A2");
  });
});
