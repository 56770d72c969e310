import { createExcel, SimWorkbook } from "../../../src/preview/simulator";

function setup() {
  const wb = new SimWorkbook();
  wb.addSheet("Equipment");
  wb.setValues("Equipment", "A1", [
    ["Asset tag", "Type", "Pages"],
    ["EQ-1", "Copier", 1200],
    ["EQ-2", "Printer", 300],
    ["EQ-3", "Copier", 50],
    ["EQ-4", "", 10],
  ]);
  wb.addTable("Equipment", "A1:C5", "Equipment");
  return { wb, excel: createExcel(wb) };
}

async function hiddenRows(excel: ReturnType<typeof createExcel>): Promise<(boolean | null)[]> {
  return excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Equipment");
    const rows = [1, 2, 3, 4].map((i) => sheet.getRangeByIndexes(i, 0, 1, 3).load("rowHidden"));
    await context.sync();
    return rows.map((r) => r.rowHidden);
  });
}

describe("filters, hidden rows and columns", () => {
  test("a values filter hides the rows that do not match; clearFilters shows them again", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      context.workbook.tables
        .getItem("Equipment")
        .columns.getItem("Type")
        .filter.applyValuesFilter(["Copier"]);
    });
    expect(await hiddenRows(excel)).toEqual([false, true, false, true]);
    const criteria = await excel.run(async (context) => {
      const f = context.workbook.tables.getItem("Equipment").columns.getItem("Type").filter.load("criteria");
      await context.sync();
      return f.criteria;
    });
    expect(criteria).toMatchObject({ filterOn: "Values", values: ["Copier"] });
    await excel.run(async (context) => {
      context.workbook.tables.getItem("Equipment").clearFilters();
    });
    expect(await hiddenRows(excel)).toEqual([false, false, false, false]);
  });

  test("a custom filter compares numbers; rows.add refuses while a filter is on", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      context.workbook.tables.getItem("Equipment").columns.getItem("Pages").filter.applyCustomFilter(">=100");
    });
    expect(await hiddenRows(excel)).toEqual([false, false, true, true]);
    await expect(
      excel.run(async (context) => {
        context.workbook.tables.getItem("Equipment").rows.add(undefined, [["EQ-5", "Fax", 1]]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InsertDeleteConflict" });
  });

  test("rows and columns can be hidden; a mixed range reports null", async () => {
    const { wb, excel } = setup();
    const out = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Equipment");
      sheet.getRange("B:B").columnHidden = true;
      sheet.getRange("3:3").rowHidden = true;
      const col = sheet.getRange("B1").load("columnHidden, hidden");
      const mixed = sheet.getRange("2:3").load("rowHidden");
      await context.sync();
      return { col: col.columnHidden, hidden: col.hidden, mixed: mixed.rowHidden };
    });
    expect(out).toEqual({ col: true, hidden: true, mixed: null });
    // Inserting a row above moves the hidden row down with its data.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Equipment").getRange("1:1").insert("Down");
    });
    expect(wb.sheetByName("Equipment")?.hiddenRows).toEqual({ 3: true });
  });
});

describe("the worksheet AutoFilter", () => {
  test("filters a plain range; remove shows every row again", async () => {
    const wb = new SimWorkbook();
    wb.addSheet("Calls");
    wb.setValues("Calls", "A1", [
      ["Caller", "Priority"],
      ["Ann", "Urgent"],
      ["Bob", "Low"],
      ["Cy", "Urgent"],
    ]);
    const excel = createExcel(wb);
    const out = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Calls");
      sheet.autoFilter.apply("A1:B4", 1, { filterOn: "Values", values: ["Urgent"] } as Excel.FilterCriteria);
      const af = sheet.autoFilter.load("enabled, isDataFiltered");
      const hidden = [2, 3, 4].map((r) => sheet.getRange(`${r}:${r}`).load("rowHidden"));
      await context.sync();
      const first = {
        enabled: af.enabled,
        filtered: af.isDataFiltered,
        hidden: hidden.map((h) => h.rowHidden),
      };
      sheet.autoFilter.remove();
      hidden.forEach((h) => h.load("rowHidden"));
      af.load("enabled");
      await context.sync();
      return { first, after: hidden.map((h) => h.rowHidden), enabled: af.enabled };
    });
    expect(out).toEqual({
      first: { enabled: true, filtered: true, hidden: [false, true, false] },
      after: [false, false, false],
      enabled: false,
    });
  });
});

describe("hyperlinks, names and carrying a context on", () => {
  test("a hyperlink's text becomes the cell value and the link reads back", async () => {
    const { wb, excel } = setup();
    const link = await excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Equipment").getRange("D2");
      cell.hyperlink = { address: "https://example.com/cv.pdf", textToDisplay: "CV" };
      cell.load("hyperlink, values");
      await context.sync();
      return [cell.hyperlink, cell.values];
    });
    expect(link).toEqual([{ address: "https://example.com/cv.pdf", textToDisplay: "CV" }, [["CV"]]]);
    expect(wb.getCell("Equipment", 1, 3).value).toBe("CV");
  });

  test("defined names: add for a range or a constant, read value and type, get the range", async () => {
    const { excel } = setup();
    const out = await excel.run(async (context) => {
      const names = context.workbook.names;
      names.add("AssetTags", context.workbook.worksheets.getItem("Equipment").getRange("A2:A5"), "for lists");
      names.add("ServiceLevel", "=0.95");
      const tags = names.getItem("AssetTags").load("value, type, comment");
      const level = names.getItem("ServiceLevel").load("value, type");
      const range = names.getItem("AssetTags").getRange().load("values");
      const missing = names.getItemOrNullObject("Nope");
      await context.sync();
      return {
        tags: tags.toJSON(),
        level: [level.value, level.type],
        range: range.values.flat(),
        missing: missing.isNullObject,
      };
    });
    expect(out).toEqual({
      tags: { value: "Equipment!$A$2:$A$5", type: "Range", comment: "for lists" },
      level: [0.95, "Double"],
      range: ["EQ-1", "EQ-2", "EQ-3", "EQ-4"],
      missing: true,
    });
    await expect(
      excel.run(async (context) => {
        context.workbook.names.add("equipment", "=1");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" }); // the table has that name
  });

  test("Excel.run(object, batch) carries the object's context on, so the object stays usable", async () => {
    const { wb, excel } = setup();
    const range = await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Equipment").getRange("B2");
      context.trackedObjects.add(r);
      return r;
    });
    await excel.run(range, async (context) => {
      range.values = [["Scanner"]];
      await context.sync();
    });
    expect(wb.getValues("Equipment", "B2")).toEqual([["Scanner"]]);
    expect(excel.stats.runs).toHaveLength(2);
  });

  test("request bytes are counted in UTF-8", async () => {
    const { excel } = setup();
    const text = "é".repeat(10000) + "😀".repeat(10000);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Equipment").getRange("E1").values = [[text]];
    });
    // 2 bytes for each é and 4 for each emoji, plus the request's own small overhead.
    const bytes = excel.stats.last()?.requestBytes ?? 0;
    expect(bytes).toBeGreaterThanOrEqual(60000);
    expect(bytes).toBeLessThan(61000);
  });
});
