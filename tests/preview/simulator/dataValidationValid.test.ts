// DataValidation.valid: whether a range's values satisfy their rule (true all, false none, null some),
// judged as the preview grid circles invalid data.
import { callLog } from "../../../src/core/registers/definitions";
import { appendRows } from "../../../src/excel/appendRows";
import { createRegister } from "../../../src/excel/createRegister";
import { createExcel, installExcel, SimWorkbook } from "../../../src/preview/simulator";

async function valid(excel: ReturnType<typeof createExcel>, sheet: string, address: string) {
  return excel.run(async (context) => {
    const dv = context.workbook.worksheets.getItem(sheet).getRange(address).dataValidation;
    dv.load("valid");
    await context.sync();
    return dv.valid as boolean | null;
  });
}

function book() {
  const wb = new SimWorkbook();
  wb.addSheet("Stock");
  wb.addSheet("Suppliers");
  wb.setValues("Suppliers", "A1", [["Supplier"], ["Acme"], ["Bolt & Co"]]);
  wb.addTable("Suppliers", "A1:A3", "Suppliers");
  wb.setValues("Stock", "A1", [
    ["Size", "Supplier", "Count"],
    ["S", "Acme", 1],
    ["m", "bolt & co", 2],
    ["XL", "Nobody", 3],
    [null, null, 4],
  ]);
  return { wb, excel: createExcel(wb) };
}

describe("DataValidation.valid", () => {
  test("list rules: all pass, none pass, some pass; case is ignored; blanks pass when ignored", async () => {
    const { excel } = book();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Stock");
      sheet.getRange("A2:A5").dataValidation.rule = { list: { inCellDropDown: true, source: "S, M, L" } };
      sheet.getRange("B2:B5").dataValidation.rule = {
        list: { inCellDropDown: true, source: '=INDIRECT("Suppliers[Supplier]")' },
      };
    });
    expect(await valid(excel, "Stock", "A2:A3")).toBe(true);
    expect(await valid(excel, "Stock", "A4")).toBe(false);
    expect(await valid(excel, "Stock", "A2:A4")).toBe(null);
    expect(await valid(excel, "Stock", "A5")).toBe(true);
    // The list read from another sheet's table.
    expect(await valid(excel, "Stock", "B2:B3")).toBe(true);
    expect(await valid(excel, "Stock", "B4")).toBe(false);
    // A whole column: the used rows are judged, the blank rest passes.
    expect(await valid(excel, "Stock", "A:A")).toBe(null);
  });

  test("a blank fails when the rule does not ignore blanks; cells without a rule pass", async () => {
    const { excel } = book();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Stock").getRange("A5");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "S,M" } };
      range.dataValidation.ignoreBlanks = false;
    });
    expect(await valid(excel, "Stock", "A5")).toBe(false);
    expect(await valid(excel, "Stock", "C2:C5")).toBe(true);
  });

  test("rules the preview does not judge (custom, whole number …) pass", async () => {
    const { excel } = book();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Stock");
      sheet.getRange("C2:C5").dataValidation.rule = { custom: { formula: "=C2>10" } };
    });
    expect(await valid(excel, "Stock", "C2:C5")).toBe(true);
  });

  test("a register row typed with an unknown choice is reported invalid, the others valid", async () => {
    const wb = new SimWorkbook();
    wb.addSheet("Sheet1");
    const excel = installExcel(wb);
    await createRegister(callLog);
    await appendRows(callLog, [
      { values: { caller: "Ann", priority: "Urgent" } },
      { values: { caller: "Bob", priority: "Whenever" } },
    ]);
    const priority = String.fromCharCode(65 + callLog.columns.findIndex((c) => c.key === "priority"));
    expect(await valid(excel, callLog.sheetName, `${priority}3`)).toBe(true);
    expect(await valid(excel, callLog.sheetName, `${priority}4`)).toBe(false);
    expect(await valid(excel, callLog.sheetName, `${priority}2:${priority}4`)).toBe(null);
  });
});
