import { createExcel, installExcel, SimWorkbook } from "../../../src/preview/simulator";

function setup() {
  const wb = new SimWorkbook();
  wb.addSheet("Sheet1");
  return { wb, excel: createExcel(wb) };
}

describe("workbook features", () => {
  test("settings round trip as JSON, seen by another client; getItemOrNullObject for a missing key", async () => {
    const { wb, excel } = setup();
    const other = createExcel(wb, { clientName: "other" });
    await excel.run(async (context) => {
      context.workbook.settings.add("backoffice.settings", {
        company: "Acme",
        serviceLevel: 0.95,
        warnDays: [7, 14],
      });
      context.workbook.settings.add("when", new Date(Date.UTC(2024, 0, 31)));
    });
    const out = await other.run(async (context) => {
      const s = context.workbook.settings.getItemOrNullObject("backoffice.settings").load("value");
      const missing = context.workbook.settings.getItemOrNullObject("nope");
      const all = context.workbook.settings.load("items/key");
      await context.sync();
      return { value: s.value, missing: missing.isNullObject, keys: all.items.map((i) => i.key) };
    });
    expect(out).toEqual({
      value: { company: "Acme", serviceLevel: 0.95, warnDays: [7, 14] },
      missing: true,
      keys: ["backoffice.settings", "when"],
    });
    expect(wb.getSetting("when")).toBe("2024-01-31T00:00:00.000Z");
    await excel.run(async (context) => {
      context.workbook.settings.getItem("when").delete();
    });
    expect(wb.getSetting("when")).toBeUndefined();
  });

  test("merged areas are reported, and unmerge removes them", async () => {
    const { wb, excel } = setup();
    wb.setValues("Sheet1", "A1", [["Title", "gone"]]);
    const out = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").merge();
      sheet.getRange("A3:B4").merge();
      const areas = sheet.getRange("A1:D5").getMergedAreasOrNullObject().load("address, areaCount");
      areas.areas.load("items/address");
      const none = sheet.getRange("E1:F2").getMergedAreasOrNullObject();
      await context.sync();
      return {
        address: areas.address,
        count: areas.areaCount,
        items: areas.areas.items.map((r) => r.address),
        none: none.isNullObject,
      };
    });
    expect(out).toEqual({
      address: "Sheet1!A1:C1,Sheet1!A3:B4",
      count: 2,
      items: ["Sheet1!A1:C1", "Sheet1!A3:B4"],
      none: true,
    });
    expect(wb.getValues("Sheet1", "A1:B1")).toEqual([["Title", ""]]);
    expect(wb.sheetInfo("Sheet1").merges).toEqual(["A1:C1", "A3:B4"]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").unmerge();
    });
    expect(wb.sheetInfo("Sheet1").merges).toEqual(["A3:B4"]);
  });

  test("used range: values only or with formats; blank sheet gives A1 or a null object", async () => {
    const { wb, excel } = setup();
    wb.addSheet("Blank");
    wb.setValues("Sheet1", "B2", [
      ["a", null, "c"],
      [null, 5, null],
    ]);
    wb.setNumberFormat("Sheet1", "F8", "0.00");
    const out = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const values = sheet.getUsedRange(true).load("address");
      const all = sheet.getUsedRange().load("address");
      const blank = context.workbook.worksheets.getItem("Blank");
      const blankUsed = blank.getUsedRange().load("address");
      const blankOrNull = blank.getUsedRangeOrNullObject();
      await context.sync();
      return [values.address, all.address, blankUsed.address, blankOrNull.isNullObject];
    });
    expect(out).toEqual(["Sheet1!B2:D3", "Sheet1!B2:F8", "Blank!A1", true]);
    expect(wb.usedSize("Sheet1")).toEqual({ rows: 8, cols: 6 });
  });

  test("worksheets: add, rename, position, activate, delete; duplicate names refused", async () => {
    const { wb, excel } = setup();
    const out = await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.add("Inventory");
      added.position = 0;
      added.activate();
      const active = sheets.getActiveWorksheet().load("name");
      added.load("name, position, id, visibility");
      await context.sync();
      added.name = "Stock";
      await context.sync();
      return {
        name: added.name,
        position: added.position,
        visibility: added.visibility,
        active: active.name,
      };
    });
    expect(out).toEqual({ name: "Stock", position: 0, visibility: "Visible", active: "Inventory" });
    expect(wb.sheetNames()).toEqual(["Stock", "Sheet1"]);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.add("sheet1");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Stock").delete();
    });
    expect(wb.sheetNames()).toEqual(["Sheet1"]);
  });

  test("freeze panes and their location", async () => {
    const { wb, excel } = setup();
    const out = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const before = sheet.freezePanes.getLocationOrNullObject();
      await context.sync();
      sheet.freezePanes.freezeRows(1);
      const after = sheet.freezePanes.getLocationOrNullObject().load("address");
      await context.sync();
      return { before: before.isNullObject, after: after.address };
    });
    expect(out).toEqual({ before: true, after: "Sheet1!1:1" });
    expect(wb.sheetInfo("Sheet1")).toMatchObject({ frozenRows: 1, frozenCols: 0 });
  });

  test("list data validation: set, read back, clear", async () => {
    const { excel } = setup();
    const out = await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("C2:C10");
      r.dataValidation.rule = { list: { inCellDropDown: true, source: "Low,Normal,Urgent" } };
      const part = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("C3:C4")
        .dataValidation.load("rule, type");
      const wider = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("C1:C3")
        .dataValidation.load("type");
      await context.sync();
      const set = { rule: part.rule, type: part.type, wider: wider.type };
      r.dataValidation.clear();
      part.load("type");
      await context.sync();
      return { ...set, cleared: part.type };
    });
    expect(out).toEqual({
      rule: { list: { inCellDropDown: true, source: "Low,Normal,Urgent" } },
      type: "List",
      wider: "Inconsistent",
      cleared: "None",
    });
  });

  test("conditional formats: add Custom with formula and format, count, clearAll", async () => {
    const { excel } = setup();
    const out = await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A2:F20");
      const cf = r.conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=$B2<=$C2";
      cf.custom.format.fill.color = "#FFC7CE";
      cf.custom.format.font.color = "#9C0006";
      cf.custom.format.font.bold = true;
      const count = r.conditionalFormats.getCount();
      cf.load("type, priority");
      cf.custom.rule.load("formula");
      cf.custom.format.fill.load("color");
      const elsewhere = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("H1")
        .conditionalFormats.getCount();
      await context.sync();
      const first = {
        count: count.value,
        type: cf.type,
        formula: cf.custom.rule.formula,
        fill: cf.custom.format.fill.color,
        elsewhere: elsewhere.value,
      };
      r.conditionalFormats.clearAll();
      const after = r.conditionalFormats.getCount();
      await context.sync();
      return { ...first, after: after.value };
    });
    expect(out).toEqual({
      count: 1,
      type: "Custom",
      formula: "=$B2<=$C2",
      fill: "#FFC7CE",
      elsewhere: 0,
      after: 0,
    });
  });

  test("formats: bold, fill, font colour, column width, autofit, wrap, number format on entire columns", async () => {
    const { wb, excel } = setup();
    wb.setValues("Sheet1", "A1", [["Item", "A much longer header text"]]);
    const out = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const header = sheet.getRange("A1:B1");
      header.format.font.bold = true;
      header.format.fill.color = "#1F4E78";
      header.format.font.color = "white";
      header.format.wrapText = true;
      sheet.getRange("A:A").format.columnWidth = 120;
      sheet.getRange("B:B").format.autofitColumns();
      sheet.getRange("C:C").numberFormat = "@" as unknown as string[][];
      sheet.getRange("C5").values = [["=not a formula"]];
      const fmt = header.format.load("wrapText");
      header.format.font.load("bold, color");
      header.format.fill.load("color");
      const widths = sheet.getRange("A1:B1").format.load("columnWidth");
      const a = sheet.getRange("A1").format.load("columnWidth");
      const c = sheet.getRange("C5").load("values, numberFormat");
      const mixed = sheet.getRange("A1:A2").format.font.load("bold");
      await context.sync();
      return {
        bold: fmt.font.bold,
        color: fmt.font.color,
        fill: fmt.fill.color,
        wrap: fmt.wrapText,
        widths: widths.columnWidth,
        a: a.columnWidth,
        c: [c.values[0][0], c.numberFormat[0][0]],
        mixed: mixed.bold,
      };
    });
    expect(out).toEqual({
      bold: true,
      color: "#FFFFFF",
      fill: "#1F4E78",
      wrap: true,
      widths: null,
      a: 120,
      c: ["=not a formula", "@"],
      mixed: null,
    });
    expect(wb.sheetInfo("Sheet1").columnWidths[1]).toBeGreaterThan(100);
    expect(wb.getCell("Sheet1", 0, 0)).toMatchObject({ bold: true, fill: "#1F4E78", fontColor: "#FFFFFF" });
  });

  test("set/getCellProperties and setColumnProperties format many cells in one operation", async () => {
    const { wb, excel } = setup();
    const props = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet
        .getRange("A1:B1")
        .setCellProperties([
          [{ format: { font: { bold: true }, fill: { color: "#DDEBF7" } } }, { format: { wrapText: true } }],
        ]);
      sheet.getRange("A1:B1").setColumnProperties([{ format: { columnWidth: 90 } }, { columnHidden: true }]);
      const got = sheet.getRange("A1:B1").getCellProperties({
        address: true,
        format: { font: { bold: true, color: true }, fill: { color: true } },
      });
      await context.sync();
      return got.value;
    });
    expect(props).toEqual([
      [
        {
          address: "Sheet1!A1",
          format: { font: { bold: true, color: "#000000" }, fill: { color: "#DDEBF7" } },
        },
        {
          address: "Sheet1!B1",
          format: { font: { bold: false, color: "#000000" }, fill: { color: "#FFFFFF" } },
        },
      ],
    ]);
    expect(wb.sheetInfo("Sheet1").columnWidths[0]).toBe(90);
    expect(wb.sheetByName("Sheet1")?.hiddenCols).toEqual({ 1: true });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("Sheet1")
          .getRange("A1:B2")
          .setCellProperties([[{}, {}]]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("insert and delete shift cells, tables and merges", async () => {
    const { wb, excel } = setup();
    wb.setValues("Sheet1", "A1", [
      ["H1", "H2"],
      [1, 2],
      [3, 4],
      ["after", ""],
    ]);
    wb.addTable("Sheet1", "A1:B3", "T");
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("3:3").insert("Down");
    });
    expect(wb.sheetInfo("Sheet1").tables[0].address).toBe("Sheet1!A1:B4");
    expect(wb.getValues("Sheet1", "A3:A5")).toEqual([[""], [3], ["after"]]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A2:B3").delete("Up");
    });
    expect(wb.sheetInfo("Sheet1").tables[0].address).toBe("Sheet1!A1:B2");
    expect(wb.getValues("Sheet1", "A1:A3")).toEqual([["H1"], [3], ["after"]]);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("B2").insert("Down");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("range navigation: offsets, resizing, rows, columns, intersection and bounding rect", async () => {
    const { excel } = setup();
    const out = await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("B2:D5");
      const list = [
        r.getCell(1, 1),
        r.getRow(0),
        r.getColumn(2),
        r.getLastRow(),
        r.getResizedRange(1, -1),
        r.getOffsetRange(2, 1),
        r.getIntersection("C1:C9"),
        r.getBoundingRect("F9"),
        r.getRowsBelow(2),
        r.getEntireColumn(),
      ].map((x) => x.load("address"));
      const none = r.getIntersectionOrNullObject("Z1");
      await context.sync();
      return [...list.map((x) => x.address), none.isNullObject];
    });
    expect(out).toEqual([
      "Sheet1!C3",
      "Sheet1!B2:D2",
      "Sheet1!D2:D5",
      "Sheet1!B5:D5",
      "Sheet1!B2:C6",
      "Sheet1!C4:E7",
      "Sheet1!C2:C5",
      "Sheet1!B2:F9",
      "Sheet1!B6:D7",
      "Sheet1!B:D",
      true,
    ]);
  });

  test("installExcel puts a client on globalThis.Excel with Excel's enums", async () => {
    const { wb } = setup();
    const excel = installExcel(wb);
    expect(globalThis.Excel).toBe(excel);
    expect(Excel.ConditionalFormatType.custom).toBe("Custom");
    expect(Excel.DataValidationType.list).toBe("List");
    expect(Excel.ErrorCodes.itemNotFound).toBe("ItemNotFound");
    await Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["via global"]];
      await context.sync();
    });
    expect(wb.getValues("Sheet1", "A1")).toEqual([["via global"]]);
    expect(excel.stats.last()?.syncs).toBe(1);
  });
});
