import { inventory, suppliers, serviceLog } from "../../src/core/registers/definitions";
import { createRegister } from "../../src/excel/createRegister";
import { findRegisters } from "../../src/excel/findRegisters";
import { lastSyncs, setup } from "./support";

/** The model of a sheet without its cells' identity, to compare before/after. */
function snapshot(wb: ReturnType<typeof setup>["wb"]) {
  return JSON.stringify({
    sheets: wb.sheets.map(({ cells, ...meta }) => ({ meta, cells: [...cells.entries()] })),
    tables: wb.tables,
  });
}

describe("createRegister", () => {
  test("builds the Inventory sheet and table in at most 2 syncs", async () => {
    const { wb, excel } = setup();
    const result = await createRegister(inventory);
    expect(lastSyncs(excel)).toBeLessThanOrEqual(2);
    expect(result).toMatchObject({ created: true, tableName: "Inventory", sheetName: "Inventory" });
    expect(result.address).toBe("Inventory!A1:V2");
    expect(wb.sheetInfo("Inventory").tables).toEqual([{ name: "Inventory", address: "Inventory!A1:V2" }]);
    expect(wb.getValues("Inventory", "A1:C1")).toEqual([["Item ID", "Item", "Category"]]);
    expect(wb.getValues("Inventory", "A1:V1")[0]).toEqual(inventory.columns.map((c) => c.header));
    expect(wb.getCell("Inventory", 0, 0).bold).toBe(true);
    expect(wb.sheetInfo("Inventory").frozenRows).toBe(1);
    // Widths come from the definition (Item is wider than Unit).
    const widths = wb.sheetInfo("Inventory").columnWidths;
    expect(widths[1]).toBe(170);
    expect(widths[3]).toBe(60);
    // The new sheet is the active one.
    expect(wb.getSelection()?.sheet).toBe("Inventory");
  });

  test("calculated columns hold their native formulas; ID and SKU columns are text", async () => {
    const { wb, excel } = setup();
    await createRegister(inventory);
    const stockStatus = inventory.columns.findIndex((c) => c.key === "stockStatus");
    expect(wb.getCell("Inventory", 1, stockStatus).formula).toBe(inventory.columns[stockStatus].formula);
    expect(wb.getCell("Inventory", 1, stockStatus).formula).toContain("[@[On hand]]");
    const formatsOf = (address: string) =>
      excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("Inventory").getRange(address).load("numberFormat");
        await ctx.sync();
        return r.numberFormat[0];
      });
    // Item ID (A) and Supplier SKU (G) are "@" on the whole column, so "0012" stays text even below the table.
    const below = await formatsOf("A5:I5");
    expect(below[0]).toBe("@");
    expect(below[6]).toBe("@");
    // A row a person types directly below the table: the table takes it in with the body row's formats,
    // Unit cost (H) as money, and the SKU typed as 0012 keeps its zeros.
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Inventory").getRange("A3:H3").values = [
        ["INV-0002", "Toner", "Supplies", "each", null, null, "0012", 4.5],
      ];
      await ctx.sync();
    });
    expect(wb.sheetInfo("Inventory").tables[0].address).toBe("Inventory!A1:V3");
    const typed = await formatsOf("A3:I3");
    expect(typed[0]).toBe("@");
    expect(typed[6]).toBe("@");
    expect(typed[7]).toBe("#,##0.00");
    expect(wb.getValues("Inventory", "G3:H3")).toEqual([["0012", 4.5]]);
    const lastCounted = inventory.columns.findIndex((c) => c.key === "lastCounted");
    expect(lastCounted).toBeGreaterThan(0);
    expect(wb.getCell("Inventory", 2, lastCounted).numberFormat).toBe("yyyy-mm-dd");
  });

  test("list validation from choices and from the Suppliers table; conditional formats on the row", async () => {
    const { wb } = setup();
    await createRegister(inventory);
    const sheet = wb.sheetByName("Inventory")!;
    const supplierCol = inventory.columns.findIndex((c) => c.key === "supplier");
    const supplierRule = sheet.validations.find((v) => v.rect.c0 === supplierCol);
    expect(supplierRule?.rule).toEqual({
      list: { inCellDropDown: true, source: '=INDIRECT("Suppliers[Supplier]")' },
    });
    // Stock status is column S: the highlights test it with the column fixed and the row relative.
    const formulas = sheet.conditionalFormats.map((cf) => cf.formula);
    expect(formulas).toEqual(['=$S2="Out of stock"', '=$S2="Reorder"']);
    expect(sheet.conditionalFormats[0].rect).toEqual({ r0: 1, c0: 0, r1: 1, c1: 21 });
    // The fill alone: the text stays black, which reads better on the light fills than a dark red.
    expect(sheet.conditionalFormats.map((cf) => cf.format)).toEqual([
      { fillColor: "#FFC7CE" },
      { fillColor: "#FFEB9C" },
    ]);
  });

  test("fixed choices become a stop list; the Service log's Asset tag chooses from Equipment", async () => {
    const { wb } = setup();
    await createRegister(serviceLog);
    const sheet = wb.sheetByName(serviceLog.sheetName)!;
    const kind = serviceLog.columns.findIndex((c) => c.key === "kind");
    const asset = serviceLog.columns.findIndex((c) => c.key === "assetTag");
    const kindRule = sheet.validations.find((v) => v.rect.c0 === kind)!;
    expect(kindRule.rule).toEqual({
      list: { inCellDropDown: true, source: serviceLog.columns[kind].choices!.join(",") },
    });
    expect(kindRule.errorAlert).toMatchObject({ style: "Stop" });
    expect(sheet.validations.find((v) => v.rect.c0 === asset)?.rule).toEqual({
      list: { inCellDropDown: true, source: '=INDIRECT("Equipment[Asset tag]")' },
    });
  });

  test("creating a register that exists opens it and changes nothing", async () => {
    const { wb, excel } = setup();
    await createRegister(inventory);
    wb.setValues("Inventory", "A2:B2", [["INV-0001", "Paper"]]);
    wb.setSelection("Sheet1", "A1");
    const before = snapshot(wb);
    const again = await createRegister(inventory);
    expect(lastSyncs(excel)).toBeLessThanOrEqual(2);
    expect(again.created).toBe(false);
    expect(again.notes.join(" ")).toMatch(/already exists/);
    expect(snapshot(wb)).toBe(before);
    expect(wb.getSelection()?.sheet).toBe("Inventory");
    expect(wb.sheetNames()).toEqual(["Sheet1", "Inventory"]);
  });

  test("a sheet already named like the register gets a free name; nothing on it is touched", async () => {
    const { wb } = setup();
    wb.addSheet("Suppliers");
    wb.setValues("Suppliers", "A1", [["my own notes"]]);
    const result = await createRegister(suppliers);
    expect(result.sheetName).toBe("Suppliers (2)");
    expect(result.notes.join(" ")).toMatch(/already exists/);
    expect(wb.getValues("Suppliers", "A1:B1")).toEqual([["my own notes", ""]]);
    expect(wb.sheetInfo("Suppliers (2)").tables[0].name).toBe("Suppliers");
  });

  test("findRegisters lists the registers (not other tables) in one sync", async () => {
    const { wb, excel } = setup();
    await createRegister(inventory);
    await createRegister(suppliers);
    wb.addSheet("Other");
    wb.setValues("Other", "A1", [["x"], [1]]);
    wb.addTable("Other", "A1:A2", "Budget");
    const found = await findRegisters();
    expect(lastSyncs(excel)).toBe(1);
    expect(found).toEqual([
      { registerId: "inventory", tableName: "Inventory", sheetName: "Inventory", rowCount: 1 },
      { registerId: "suppliers", tableName: "Suppliers", sheetName: "Suppliers", rowCount: 1 },
    ]);
  });
});
