// Registers as the add-in creates them (src/excel on the simulator), with the preview's engine plugged
// in: calculated columns show their values as rows are added and edited, and the register's own
// conditional formats and list validation show where they hold.
import { equipment, inventory } from "../../../src/core/registers/definitions";
import { appendRows } from "../../../src/excel/appendRows";
import { createRegister } from "../../../src/excel/createRegister";
import { attachFormulaEngine } from "../../../src/preview/formulas/engine";
import { SimWorkbook, installExcel } from "../../../src/preview/simulator";

const NOW = new Date(2026, 5, 10, 9, 0);
const TODAY = Math.round((Date.UTC(2026, 5, 10) - Date.UTC(1899, 11, 30)) / 86400000);

function setup() {
  const wb = new SimWorkbook();
  wb.addSheet("Sheet1");
  installExcel(wb);
  const engine = attachFormulaEngine(wb, { now: () => NOW });
  return { wb, engine };
}

const colOf = (def: typeof inventory, key: string) => def.columns.findIndex((c) => c.key === key);

describe("registers made by the add-in, with live formulas", () => {
  test("Inventory rows show Reorder qty, Stock status and Stock value, and follow an edit", async () => {
    const { wb } = setup();
    await createRegister(inventory);
    const { appended } = await appendRows(inventory, [
      { values: { item: "Pens", onHand: 3, reorderPoint: 5, maxStock: 20, packSize: 12, unitCost: 0.5 } },
      { values: { item: "Paper", onHand: 40, reorderPoint: 10, maxStock: 50, unitCost: 4 } },
      { values: { item: "Toner", onHand: 0, reorderPoint: 1, maxStock: 3, unitCost: 60 } },
    ]);
    const rowOf = (i: number) => appended[i].row - 1; // sheet row (1-based) to 0-based
    const value = (i: number, key: string) => wb.getCell("Inventory", rowOf(i), colOf(inventory, key)).value;
    expect([value(0, "reorderQty"), value(0, "stockStatus"), value(0, "stockValue")]).toEqual([
      24,
      "Reorder",
      1.5,
    ]);
    expect([value(1, "reorderQty"), value(1, "stockStatus"), value(1, "stockValue")]).toEqual([0, "OK", 160]);
    expect([value(2, "reorderQty"), value(2, "stockStatus")]).toEqual([3, "Out of stock"]);

    // A count typed over On hand recomputes the row.
    const onHand = colOf(inventory, "onHand");
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Inventory").getCell(rowOf(0), onHand);
      cell.values = [[30]];
      await context.sync();
    });
    expect([value(0, "reorderQty"), value(0, "stockStatus")]).toEqual([0, "OK"]);
  });

  test("the register's low-stock formats colour the rows they hold for, relative to each row", async () => {
    const { wb } = setup();
    await createRegister(inventory);
    // The new register's first (blank) body row, which its conditional formats cover, filled in place.
    const write = (values: Record<string, unknown>) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Inventory");
        for (const [key, v] of Object.entries(values)) sheet.getCell(1, colOf(inventory, key)).values = [[v]];
        await context.sync();
      });
    const fillAt = (key: string) => wb.displayRules("Inventory")?.(1, colOf(inventory, key))?.fill;
    expect(fillAt("item")).toBeUndefined(); // blank row: status ""
    await write({ item: "Toner", onHand: 0, reorderPoint: 1 });
    const outOfStock = fillAt("item");
    expect(outOfStock).toBeDefined();
    expect(fillAt("notes")).toBe(outOfStock); // the whole row
    await write({ onHand: 1 });
    expect(fillAt("item")).toBeDefined();
    expect(fillAt("item")).not.toBe(outOfStock); // Reorder has its own colour
    await write({ onHand: 9 });
    expect(fillAt("item")).toBeUndefined();
  });

  test("Equipment rows show Next service due and Service status as of today", async () => {
    const { wb } = setup();
    await createRegister(equipment);
    const { appended } = await appendRows(equipment, [
      { values: { make: "Acme", lastService: TODAY - 100, serviceEveryDays: 90 } },
      { values: { make: "Brother", lastService: TODAY - 80, serviceEveryDays: 90 } },
      { values: { make: "Canon", lastService: TODAY - 10, serviceEveryDays: 90 } },
    ]);
    const col = (key: string) => equipment.columns.findIndex((c) => c.key === key);
    const read = (i: number) =>
      [col("nextServiceDue"), col("serviceStatus")].map(
        (c) => wb.getCell("Equipment", appended[i].row - 1, c).value,
      );
    expect(read(0)).toEqual([TODAY - 10, "Overdue"]);
    expect(read(1)).toEqual([TODAY + 10, "Due soon"]);
    expect(read(2)).toEqual([TODAY + 80, "OK"]);
  });
});
