import { createExcel, SimWorkbook } from "../../../src/preview/simulator";

function setup() {
  const wb = new SimWorkbook();
  wb.addSheet("Sheet1");
  wb.setValues("Sheet1", "A1", [
    ["Item", "Qty"],
    ["Pens", 3],
  ]);
  return { wb, excel: createExcel(wb) };
}

describe("load and sync strictness", () => {
  test("reading a property that was not loaded throws an error naming it", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      expect(() => range.values).toThrow(/The property 'values' is not available/);
      range.load("address");
      expect(() => range.address).toThrow(/'address'/); // loaded but not yet synced
      await context.sync();
      expect(range.address).toBe("Sheet1!A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("loaded properties are readable after sync, in every load() form", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const a = sheet.getRange("A1:B2").load("values, rowCount");
      const b = sheet.getRange("A2").load(["formulas", "columnIndex"]);
      const c = sheet.getRange("B2").load({ select: "numberFormat,valueTypes" });
      const d = sheet.getRange("A1:B1").load();
      const font = sheet.getRange("A1").load("format/font/bold");
      await context.sync();
      expect(a.values).toEqual([
        ["Item", "Qty"],
        ["Pens", 3],
      ]);
      expect(a.rowCount).toBe(2);
      expect(b.formulas).toEqual([["Pens"]]);
      expect(b.columnIndex).toBe(0);
      expect(c.numberFormat).toEqual([["General"]]);
      expect(c.valueTypes).toEqual([["Double"]]);
      expect(d.text).toEqual([["Item", "Qty"]]);
      expect(font.format.font.bold).toBe(false);
      expect(() => font.format.font.color).toThrow(/'color'/);
      expect(a.toJSON()).toEqual({ values: a.values, rowCount: 2 });
    });
  });

  test("collection items must be loaded, and load('name') on a collection loads items' names", async () => {
    const { wb, excel } = setup();
    wb.addSheet("Second");
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/'items'/);
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "Second"]);
      expect(() => sheets.items[0].position).toThrow(/'position'/);
      sheets.load("name, position");
      await context.sync();
      expect(sheets.items.map((s) => s.position)).toEqual([0, 1]);
    });
  });

  test("a write is queued and takes effect only at sync", async () => {
    const { wb, excel } = setup();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [[7]];
      expect(wb.getValues("Sheet1", "B2")).toEqual([[3]]);
      await context.sync();
      expect(wb.getValues("Sheet1", "B2")).toEqual([[7]]);
    });
  });

  test("what is still queued when the batch returns is synced by run", async () => {
    const { wb, excel } = setup();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [[9]];
    });
    expect(wb.getValues("Sheet1", "B2")).toEqual([[9]]);
    expect(excel.stats.last()?.syncs).toBe(1);
  });

  test("getItem of a missing sheet makes the sync reject with ItemNotFound", async () => {
    const { excel } = setup();
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Nope"); // no error yet: resolved at sync
        sheet.load("name");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("operations before the failing one are kept, later ones are not run", async () => {
    const { wb, excel } = setup();
    await expect(
      excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.getItem("Sheet1").getRange("A2").values = [["Staples"]];
        sheets.getItem("Missing").getRange("A1").values = [["x"]];
        sheets.getItem("Sheet1").getRange("B2").values = [[100]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(wb.getValues("Sheet1", "A2:B2")).toEqual([["Staples", 3]]);
  });

  test("getItemOrNullObject gives a null object whose isNullObject is known after sync", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("Sheet1");
      const table = context.workbook.tables.getItemOrNullObject("Inventory");
      expect(() => missing.isNullObject).toThrow(/'isNullObject'/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(table.isNullObject).toBe(true);
      // Calls on a null object are ignored rather than failing the batch.
      missing.delete();
      await context.sync();
    });
  });

  test("an object used after its Excel.run has ended throws InvalidObjectPath", async () => {
    const { excel } = setup();
    const range = await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await context.sync();
      return r;
    });
    expect(range.values).toEqual([["Item"]]); // values already fetched stay readable, as in Office.js
    expect(() => range.load("address")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
    expect(() => {
      range.values = [["x"]];
    }).toThrow(/isn't working/);
    await expect(range.context.sync()).rejects.toMatchObject({ code: "InvalidObjectPath" });
  });

  test("getCount results are readable only after sync", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const n = context.workbook.worksheets.getCount();
      expect(() => n.value).toThrow(/'value'/);
      await context.sync();
      expect(n.value).toBe(1);
    });
  });

  test("sync resolves with its pass-through value; collections load with top and skip", async () => {
    const { wb, excel } = setup();
    wb.addSheet("B");
    wb.addSheet("C");
    await excel.run(async (context) => {
      expect(await context.sync("kept")).toBe("kept");
      const sheets = context.workbook.worksheets.load({ select: "name", skip: 1, top: 1 });
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["B"]);
    });
  });
});
