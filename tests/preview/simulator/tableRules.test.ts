// Rules a table's columns carry into rows the table gains (Excel extends a column's data validation and
// conditional formats with the table), on a register made by src/excel as the add-in makes it.
import { callLog } from "../../../src/core/registers/definitions";
import { appendRows } from "../../../src/excel/appendRows";
import { createRegister } from "../../../src/excel/createRegister";
import { attachFormulaEngine } from "../../../src/preview/formulas/engine";
import { createExcel, installExcel, SimWorkbook } from "../../../src/preview/simulator";

const column = (key: string) => callLog.columns.findIndex((c) => c.key === key);
const letter = (key: string) => String.fromCharCode(65 + column(key));

async function callLogWithRows(n: number) {
  const wb = new SimWorkbook();
  wb.addSheet("Sheet1");
  const excel = installExcel(wb);
  await createRegister(callLog);
  await appendRows(
    callLog,
    Array.from({ length: n }, (_, i) => ({
      values: { caller: `Caller ${i}`, channel: "Phone", status: "Open", followUpBy: 40000 + i },
    })),
  );
  return { wb, excel };
}

async function validationOf(excel: ReturnType<typeof createExcel>, address: string, sheet = "Calls") {
  return excel.run(async (context) => {
    const dv = context.workbook.worksheets.getItem(sheet).getRange(address).dataValidation;
    dv.load("type, rule");
    await context.sync();
    return { type: dv.type, rule: dv.rule };
  });
}

async function formatsOn(excel: ReturnType<typeof createExcel>, address: string, sheet = "Calls") {
  return excel.run(async (context) => {
    const count = context.workbook.worksheets.getItem(sheet).getRange(address).conditionalFormats.getCount();
    await context.sync();
    return count.value;
  });
}

describe("a table that grows carries its columns' rules", () => {
  test("rows appended below a new register get its list validation and its conditional format", async () => {
    const { wb, excel } = await callLogWithRows(3);
    const table = wb.sheetInfo(callLog.sheetName).tables[0];
    // The register's blank first row plus the three written rows.
    expect(table.address).toBe(
      `'${callLog.sheetName}'!A1:${String.fromCharCode(64 + callLog.columns.length)}5`,
    );
    const channel = letter("channel");
    const dv = await validationOf(excel, `${channel}2:${channel}5`, callLog.sheetName);
    expect(dv.type).toBe("List");
    expect(dv.rule).toEqual({ list: { inCellDropDown: true, source: expect.stringContaining("Phone") } });
    for (const row of [3, 4, 5]) expect(await formatsOn(excel, `A${row}`, callLog.sheetName)).toBe(1);
    // Below the table nothing is carried.
    expect((await validationOf(excel, `${channel}6`, callLog.sheetName)).type).toBe("None");
    expect(await formatsOn(excel, "A6", callLog.sheetName)).toBe(0);
  });

  test("the grid offers the choices on the new rows and draws the overdue fill there", async () => {
    const { wb } = await callLogWithRows(2);
    attachFormulaEngine(wb, { now: () => new Date(2026, 10, 29) });
    const at = wb.displayRules(callLog.sheetName);
    if (!at) throw new Error("no display rules on the call log");
    const newRow = 3; // 0-based: the second appended row
    expect(at(newRow, column("priority"))?.choices).toEqual(["Low", "Normal", "Urgent"]);
    // Follow-up by 40001 (1909) is long past and the call is open: the row is highlighted.
    expect(at(newRow, column("caller"))?.fill).toMatch(/^#/);
  });

  test("a rule on another range is not stretched", async () => {
    const wb = new SimWorkbook();
    wb.addSheet("Calls");
    wb.setValues("Calls", "A1", [
      ["Caller", "Priority"],
      ["Ann", "Low"],
      ["Bob", "Urgent"],
    ]);
    wb.addTable("Calls", "A1:B3", "Calls");
    const excel = createExcel(wb);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Calls");
      // Beside the table, on its body rows.
      sheet.getRange("D2:D3").dataValidation.rule = { list: { inCellDropDown: true, source: "x,y" } };
      // Only the first body row of a column.
      sheet.getRange("B2").dataValidation.rule = { list: { inCellDropDown: true, source: "Low,Urgent" } };
      const cf = sheet.getRange("A3").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=TRUE";
      // The column's whole body: this one follows the table.
      const body = sheet.getRange("A2:A3").conditionalFormats.add("Custom");
      body.custom.rule.formula = "=FALSE";
      await context.sync();
      sheet.getRange("A4:B5").values = [
        ["Cy", "Low"],
        ["Di", "Low"],
      ];
    });
    expect(wb.sheetInfo("Calls").tables[0].address).toBe("Calls!A1:B5");
    expect((await validationOf(excel, "D4")).type).toBe("None");
    expect((await validationOf(excel, "B4")).type).toBe("None");
    expect(await formatsOn(excel, "A4:A5")).toBe(1);
    expect(await formatsOn(excel, "A3")).toBe(2);
  });

  test("rows.add at the end and Table.resize carry the rules too", async () => {
    const wb = new SimWorkbook();
    wb.addSheet("Calls");
    wb.setValues("Calls", "A1", [["Priority"], ["Low"]]);
    wb.addTable("Calls", "A1:A2", "Calls");
    const excel = createExcel(wb);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Calls");
      sheet.getRange("A2").dataValidation.rule = { list: { inCellDropDown: true, source: "Low,Urgent" } };
      await context.sync();
      context.workbook.tables.getItem("Calls").rows.add(undefined, [["Urgent"], ["Low"]]);
    });
    expect((await validationOf(excel, "A2:A4")).type).toBe("List");
    await excel.run(async (context) => {
      context.workbook.tables.getItem("Calls").resize("A1:A7");
    });
    expect(wb.sheetInfo("Calls").tables[0].address).toBe("Calls!A1:A7");
    expect((await validationOf(excel, "A2:A7")).type).toBe("List");
    expect((await validationOf(excel, "A8")).type).toBe("None");
  });

  test("rows the table gains take the number formats of the row next to them; a cell's own format stays", async () => {
    const wb = new SimWorkbook();
    wb.addSheet("Calls");
    wb.setValues("Calls", "A1", [
      ["Due", "Cost", "Note"],
      [46000, 2, "x"],
    ]);
    wb.addTable("Calls", "A1:C2", "Calls");
    const excel = createExcel(wb);
    const formats = (address: string) =>
      excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Calls").getRange(address).load("numberFormat");
        await context.sync();
        return r.numberFormat;
      });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Calls");
      sheet.getRange("A2:B2").numberFormat = [["yyyy-mm-dd", "#,##0.00"]];
      sheet.getRange("B3").numberFormat = [["0%"]];
      await context.sync();
      // Typed directly below: the table grows and the row takes the formats of the row above.
      sheet.getRange("A3:C3").values = [[46001, 3, "y"]];
      await context.sync();
      // Added at the end and at the top by rows.add.
      const table = context.workbook.tables.getItem("Calls");
      table.rows.add(undefined, [[46002, 4, "z"]]);
      table.rows.add(0, [[46003, 5, "w"]]);
    });
    expect(wb.sheetInfo("Calls").tables[0].address).toBe("Calls!A1:C5");
    expect(await formats("A2:C5")).toEqual([
      // Added at the top: the formats of the row below.
      ["yyyy-mm-dd", "#,##0.00", "General"],
      ["yyyy-mm-dd", "#,##0.00", "General"],
      // The typed row: B3 (now B4) had a format of its own before it was typed in, and keeps it…
      ["yyyy-mm-dd", "0%", "General"],
      // …and the row added at the end below it takes that one.
      ["yyyy-mm-dd", "0%", "General"],
    ]);
    // Below the table nothing is carried.
    expect(await formats("A6:B6")).toEqual([["General", "General"]]);
  });

  test("rows.add on a table with a totals row grows the body by the rows added, rules included", async () => {
    const wb = new SimWorkbook();
    wb.addSheet("Calls");
    wb.setValues("Calls", "A1", [["Priority"], ["Low"], ["Urgent"]]);
    wb.addTable("Calls", "A1:A3", "Calls");
    const excel = createExcel(wb);
    await excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Calls");
      context.workbook.worksheets.getItem("Calls").getRange("A2:A3").dataValidation.rule = {
        list: { inCellDropDown: true, source: "Low,Urgent" },
      };
      table.showTotals = true;
      await context.sync();
      table.rows.add(undefined, [["Low"]]);
    });
    expect(wb.sheetInfo("Calls").tables[0].address).toBe("Calls!A1:A5");
    expect((await validationOf(excel, "A2:A4")).type).toBe("List");
    // The totals row has none.
    expect((await validationOf(excel, "A5")).type).toBe("None");
  });
});
