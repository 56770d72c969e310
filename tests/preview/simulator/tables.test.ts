import { createExcel, SimWorkbook } from "../../../src/preview/simulator";

function setup() {
  const wb = new SimWorkbook();
  wb.addSheet("Inventory");
  wb.setValues("Inventory", "A1", [
    ["Item", "Qty", "Cost", "Value"],
    ["Pens", 10, 0.5, "=[@Qty]*[@Cost]"],
    ["Paper", 4, 3, "=[@Qty]*[@Cost]"],
  ]);
  return { wb, excel: createExcel(wb) };
}

async function tableFacts(excel: ReturnType<typeof createExcel>, name: string) {
  return excel.run(async (context) => {
    const t = context.workbook.tables.getItem(name);
    const range = t.getRange().load("address");
    const header = t.getHeaderRowRange().load("values");
    const body = t.getDataBodyRange().load("address, values");
    t.columns.load("items/name, items/index");
    t.rows.load("count");
    t.load("name, id, style, showTotals");
    await context.sync();
    return {
      address: range.address,
      headers: header.values[0],
      body: body.address,
      values: body.values,
      columns: t.columns.items.map((c) => `${c.index}:${c.name}`),
      rows: t.rows.count,
      style: t.style,
    };
  });
}

describe("tables", () => {
  test("add a table, name it, read header and body ranges and columns", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const t = context.workbook.worksheets.getItem("Inventory").tables.add("A1:D3", true);
      t.name = "Stock";
      t.style = "TableStyleLight9";
    });
    const facts = await tableFacts(excel, "Stock");
    expect(facts).toMatchObject({
      address: "Inventory!A1:D3",
      headers: ["Item", "Qty", "Cost", "Value"],
      body: "Inventory!A2:D3",
      columns: ["0:Item", "1:Qty", "2:Cost", "3:Value"],
      rows: 2,
      style: "TableStyleLight9",
    });
  });

  test("a write to the row directly below a table grows the table and fills calculated columns", async () => {
    const { wb, excel } = setup();
    wb.addTable("Inventory", "A1:D3", "Stock");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Inventory").getRange("A4:C5").values = [
        ["Toner", 1, 80],
        ["Clips", 100, 0.01],
      ];
      // Not adjacent: two rows below the new end, outside the table's growth.
      context.workbook.worksheets.getItem("Inventory").getRange("A8").values = [["note"]];
    });
    const facts = await tableFacts(excel, "Stock");
    expect(facts.address).toBe("Inventory!A1:D5");
    expect(facts.rows).toBe(4);
    expect(wb.getCell("Inventory", 4, 3).formula).toBe("=[@Qty]*[@Cost]");
    expect(wb.getCell("Inventory", 7, 0).value).toBe("note");
  });

  test("blank and repeated headers are renamed as Excel does", async () => {
    const { wb, excel } = setup();
    wb.setValues("Inventory", "F1", [
      ["Qty", "", "qty", 2024, "Qty"],
      [1, 2, 3, 4, 5],
    ]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Inventory").tables.add("F1:J2", true).name = "Dupes";
    });
    const facts = await tableFacts(excel, "Dupes");
    expect(facts.headers).toEqual(["Qty", "Column2", "qty2", "2024", "Qty3"]);
    expect(facts.columns).toEqual(["0:Qty", "1:Column2", "2:qty2", "3:2024", "4:Qty3"]);
  });

  test("without headers, a header row of Column1… is inserted above the data", async () => {
    const { wb, excel } = setup();
    wb.setValues("Inventory", "F1", [["a", "b"]]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Inventory").tables.add("F1:G1", false).name = "NoHeaders";
    });
    const facts = await tableFacts(excel, "NoHeaders");
    expect(facts.address).toBe("Inventory!F1:G2");
    expect(facts.headers).toEqual(["Column1", "Column2"]);
    expect(facts.values).toEqual([["a", "b"]]);
  });

  test("table names are unique in the workbook", async () => {
    const { wb, excel } = setup();
    wb.addTable("Inventory", "A1:D3", "Stock");
    wb.addSheet("Other");
    wb.setValues("Other", "A1", [["x"], [1]]);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Other").tables.add("A1:A2", true).name = "stock";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  test("getItem of a missing table rejects; getItemOrNullObject gives a null object", async () => {
    const { excel } = setup();
    await expect(
      excel.run(async (context) => {
        context.workbook.tables.getItem("Nope").load("name");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    const isNull = await excel.run(async (context) => {
      const t = context.workbook.tables.getItemOrNullObject("Nope");
      await context.sync();
      return t.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  test("columns: getItem by name, data body range, add with values and name", async () => {
    const { wb, excel } = setup();
    wb.addTable("Inventory", "A1:D3", "Stock");
    const out = await excel.run(async (context) => {
      const t = context.workbook.tables.getItem("Stock");
      const qty = t.columns.getItem("Qty").getDataBodyRange().load("values, address");
      const missing = t.columns.getItemOrNullObject("Nope");
      t.columns.add(undefined, [["Notes"], ["blue ink"], [""]]);
      const loc = t.columns.add(1, undefined, "Location");
      loc.load("name, index");
      await context.sync();
      return {
        qty: qty.values,
        address: qty.address,
        missing: missing.isNullObject,
        loc: `${loc.index}:${loc.name}`,
      };
    });
    expect(out).toEqual({ qty: [[10], [4]], address: "Inventory!B2:B3", missing: true, loc: "1:Location" });
    const facts = await tableFacts(excel, "Stock");
    expect(facts.headers).toEqual(["Item", "Location", "Qty", "Cost", "Value", "Notes"]);
    expect(facts.address).toBe("Inventory!A1:F3");
    expect(wb.getValues("Inventory", "F2")).toEqual([["blue ink"]]);
  });

  test("rows.add appends inside the table, shifting what is below it (Microsoft advises against it when co-authoring)", async () => {
    const { wb, excel } = setup();
    wb.addTable("Inventory", "A1:D3", "Stock");
    wb.setValues("Inventory", "A5", [["below"]]);
    await excel.run(async (context) => {
      context.workbook.tables.getItem("Stock").rows.add(undefined, [["Tape", 2, 1.5, ""]]);
    });
    const facts = await tableFacts(excel, "Stock");
    expect(facts.address).toBe("Inventory!A1:D4");
    expect(wb.getValues("Inventory", "A4:C4")).toEqual([["Tape", 2, 1.5]]);
    expect(wb.getCell("Inventory", 3, 3).formula).toBe("=[@Qty]*[@Cost]");
    expect(wb.getValues("Inventory", "A6")).toEqual([["below"]]);
  });

  test("resize, convertToRange and delete", async () => {
    const { wb, excel } = setup();
    wb.addTable("Inventory", "A1:D3", "Stock");
    await excel.run(async (context) => {
      context.workbook.tables.getItem("Stock").resize("A1:C5");
    });
    expect((await tableFacts(excel, "Stock")).address).toBe("Inventory!A1:C5");
    const address = await excel.run(async (context) => {
      const r = context.workbook.tables.getItem("Stock").convertToRange().load("address");
      await context.sync();
      return r.address;
    });
    expect(address).toBe("Inventory!A1:C5");
    expect(wb.tableNames()).toEqual([]);
    expect(wb.getValues("Inventory", "A2")).toEqual([["Pens"]]);
    wb.addTable("Inventory", "A1:D3", "Again");
    await excel.run(async (context) => {
      context.workbook.tables.getItem("Again").delete();
    });
    expect(wb.tableNames()).toEqual([]);
    expect(wb.getValues("Inventory", "A2")).toEqual([[""]]);
  });

  test("workbook.tables and worksheet.tables list their tables with count", async () => {
    const { wb, excel } = setup();
    wb.addTable("Inventory", "A1:D3", "Stock");
    wb.addSheet("Calls");
    wb.setValues("Calls", "A1", [["Caller"], ["Ann"]]);
    wb.addTable("Calls", "A1:A2", "CallLog");
    const out = await excel.run(async (context) => {
      const all = context.workbook.tables.load("items/name, count");
      const mine = context.workbook.worksheets.getItem("Calls").tables.load("items/name");
      const ws = context.workbook.tables.getItem("CallLog").worksheet.load("name");
      await context.sync();
      return {
        all: all.items.map((t) => t.name),
        count: all.count,
        mine: mine.items.map((t) => t.name),
        ws: ws.name,
      };
    });
    expect(out).toEqual({ all: ["Stock", "CallLog"], count: 2, mine: ["CallLog"], ws: "Calls" });
  });

  test("sort.apply reorders body rows; a TableRow keeps its position, not its data", async () => {
    const { wb, excel } = setup();
    wb.addTable("Inventory", "A1:D3", "Stock");
    const out = await excel.run(async (context) => {
      const t = context.workbook.tables.getItem("Stock");
      const first = t.rows.getItemAt(0).load("values");
      await context.sync();
      const before = first.values[0][0];
      t.sort.apply([{ key: 0, ascending: true }]);
      first.load("values");
      await context.sync();
      return { before, after: first.values[0][0] };
    });
    expect(out).toEqual({ before: "Pens", after: "Paper" });
    expect(wb.getValues("Inventory", "A2:B3")).toEqual([
      ["Paper", 4],
      ["Pens", 10],
    ]);
  });
});
