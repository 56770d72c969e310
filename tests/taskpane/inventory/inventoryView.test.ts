import type { CellValue } from "../../../src/core/cells/types";
import { normSInv } from "../../../src/core/math";
import { inventory } from "../../../src/core/registers/definitions";
import { applyReorderPoints, countStock } from "../../../src/excel";
import { workbookInventoryApi } from "../../../src/taskpane/pages/inventory/inventoryApi";
import {
  inventoryItems,
  itemLabel,
  lowStockBySupplier,
  suggestReorderPoints,
} from "../../../src/taskpane/pages/inventory/inventoryView";
import "../support/jsdomGaps";
import { lastSyncs, seedRegister, setup } from "../../excel/support";

const loadInventory = () => workbookInventoryApi.load();

const ROWS: Record<string, CellValue>[] = [
  {
    itemId: "INV-0001",
    item: "Paper",
    supplier: "Northwind",
    onHand: 3,
    reorderPoint: 10,
    maxStock: 40,
    packSize: 5,
    avgDailyUsage: 3,
    leadTimeDays: 4,
    location: "A",
  },
  {
    itemId: "INV-0002",
    item: "Toner",
    supplier: "Contoso",
    onHand: 0,
    reorderPoint: 1,
    maxStock: 3,
    avgDailyUsage: 0.1,
    leadTimeDays: 7,
    location: "B",
  },
  {
    itemId: "INV-0003",
    item: "Pens",
    supplier: "northwind ",
    onHand: 1,
    reorderPoint: 2,
    maxStock: 6,
    location: "A",
  },
  {
    itemId: "INV-0004",
    item: "Clips",
    supplier: "Northwind",
    onHand: 30,
    reorderPoint: 5,
    maxStock: 40,
    avgDailyUsage: 0.5,
    leadTimeDays: 4,
    location: "B",
  },
  { itemId: "INV-0005", item: "Tape", supplier: "", onHand: 0, reorderPoint: 2, maxStock: 4, location: "B" },
];

function seeded() {
  const { wb, excel } = setup();
  seedRegister(wb, inventory, ROWS);
  return { wb, excel };
}

// Inventory columns: A Item ID … I On hand … P Reorder point … V Last counted (definition order).
const col = (key: string) => String.fromCharCode(65 + inventory.columns.findIndex((c) => c.key === key));

describe("Inventory on the workbook", () => {
  it("lists what is low grouped by supplier, with reorder qty computed by core", async () => {
    seeded();
    const data = await loadInventory();
    expect(data.serviceLevel).toBe(0.95);
    const groups = lowStockBySupplier(data.items);
    expect(groups.map((g) => g.supplier)).toEqual(["Contoso", "Northwind", ""]);
    const northwind = groups[1].items;
    expect(northwind.map((i) => i.itemId)).toEqual(["INV-0001", "INV-0003"]);
    // 40 − 3 = 37, rounded up to packs of 5.
    expect(northwind[0].reorderQty).toBe(40);
    expect(northwind[0].stockStatus).toBe("Reorder");
    expect(groups[0].items[0].stockStatus).toBe("Out of stock");
  });

  it("count stock writes On hand and Last counted of the counted rows only, in 2 syncs", async () => {
    const { wb, excel } = seeded();
    const before = wb.getValues(inventory.sheetName, "A2:X6");
    const result = await countStock(
      [
        { itemId: "INV-0002", counted: 4 },
        { itemId: "INV-0004", counted: 12 },
      ],
      46330,
    );
    expect(lastSyncs(excel)).toBe(2);
    expect(result.updated.map((u) => u.key)).toEqual(["INV-0002", "INV-0004"]);
    const after = wb.getValues(inventory.sheetName, "A2:X6");
    const onHand = inventory.columns.findIndex((c) => c.key === "onHand");
    const counted = inventory.columns.findIndex((c) => c.key === "lastCounted");
    expect(after[1][onHand]).toBe(4);
    expect(after[3][onHand]).toBe(12);
    expect(after[1][counted]).toBe(46330);
    // Every other cell is as it was (calculated columns aside, which Excel recomputes).
    const calc = new Set(inventory.columns.flatMap((c, i) => (c.formula ? [i] : [])));
    after.forEach((row, r) =>
      row.forEach((v, c) => {
        const changed = (r === 1 || r === 3) && (c === onHand || c === counted);
        if (!changed && !calc.has(c)) expect([r, c, v]).toEqual([r, c, before[r][c]]);
      }),
    );
    expect(col("onHand")).toBe("I");
  });

  it("suggests reorder points from usage, lead time and service level, and applies only the accepted ones", async () => {
    const { wb } = seeded();
    const data = await loadInventory();
    const suggestions = suggestReorderPoints(data.items, data.serviceLevel);
    const paper = suggestions.find((s) => s.itemId === "INV-0001")!;
    const z = normSInv(0.95);
    const safety = Math.ceil(z * Math.sqrt(4 * 3));
    expect(paper.safetyStock).toBe(safety);
    expect(paper.reorderPoint).toBe(3 * 4 + safety);
    expect(paper.currentReorderPoint).toBe(10);
    expect(suggestions.find((s) => s.itemId === "INV-0003")!.reason).toBe("no Avg daily usage");

    await applyReorderPoints([
      { itemId: "INV-0001", reorderPoint: paper.reorderPoint!, safetyStock: safety },
    ]);
    const rop = inventory.columns.findIndex((c) => c.key === "reorderPoint");
    const rows = wb.getValues(inventory.sheetName, "A2:X6");
    expect(rows.map((r) => r[rop])).toEqual([3 * 4 + safety, 1, 2, 5, 2]);
  });

  it("reads items with a text quantity as having no reorder figure rather than failing", () => {
    const items = inventoryItems([
      { key: "INV-0001", values: { item: "X", onHand: "twelve", reorderPoint: 2, maxStock: 5 } },
    ]);
    expect(items[0].reorderQty).toBeNull();
    expect(lowStockBySupplier(items)).toEqual([]);
  });
});

describe("itemLabel", () => {
  test("an item is named by its Item and ID; one without a name says what is missing, never '(no name)'", () => {
    expect(itemLabel({ item: "A4 paper", itemId: "INV-0001" })).toBe("A4 paper (INV-0001)");
    const nameless = itemLabel({ item: "", itemId: "INV-0002" });
    expect(nameless).toBe("INV-0002 (no Item name yet: type it in the Item column)");
    expect(nameless).not.toContain("(no name)");
  });
});
