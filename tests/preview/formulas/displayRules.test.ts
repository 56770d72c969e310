// Conditional formats and list validation as the preview grid shows them, set through the Excel API
// the way src/excel sets them on a register.
import { attachFormulaEngine } from "../../../src/preview/formulas/engine";
import { SimWorkbook, createExcel } from "../../../src/preview/simulator";

async function stockBook() {
  const wb = new SimWorkbook();
  wb.addSheet("Stock");
  wb.addSheet("Suppliers");
  wb.setValues("Suppliers", "A1", [["Supplier"], ["Acme"], ["Bolt & Co"]]);
  wb.addTable("Suppliers", "A1:A3", "Suppliers");
  wb.setValues("Stock", "A1", [
    ["Item", "On hand", "Status", "Supplier", "Size"],
    ["Pens", 0, '=IF([@[On hand]]<=0,"Out of stock","OK")', "Acme", "S"],
    ["Paper", 12, '=IF([@[On hand]]<=0,"Out of stock","OK")', "Nobody", "XL"],
    ["Toner", 3, '=IF([@[On hand]]<=0,"Out of stock","OK")', null, "m"],
  ]);
  wb.addTable("Stock", "A1:E4", "Stock");
  const engine = attachFormulaEngine(wb);
  await createExcel(wb).run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Stock");
    const red = sheet.getRange("A2:E4").conditionalFormats.add("Custom");
    red.custom.rule.formula = '=$C2="Out of stock"';
    red.custom.format.fill.color = "#FFC7CE";
    red.custom.format.font.color = "#9C0006";
    const big = sheet.getRange("B2:B4").conditionalFormats.add("CellValue");
    big.cellValue.rule = { formula1: "=10", operator: "GreaterThan" };
    big.cellValue.format.font.bold = true;
    sheet.getRange("D2:D4").dataValidation.rule = {
      list: { inCellDropDown: true, source: '=INDIRECT("Suppliers[Supplier]")' },
    };
    sheet.getRange("E2:E4").dataValidation.rule = { list: { inCellDropDown: true, source: "S, M, L" } };
    await context.sync();
  });
  const rules = () => {
    const at = wb.displayRules("Stock");
    if (!at) throw new Error("no rules for Stock");
    return at;
  };
  return { wb, engine, rules };
}

describe("conditional formats", () => {
  test("a custom-formula rule colours the rows where it holds, read relative to each cell", async () => {
    const { rules } = await stockBook();
    const at = rules();
    expect(at(1, 0)).toMatchObject({ fill: "#FFC7CE", fontColor: "#9C0006" });
    expect(at(1, 4)).toMatchObject({ fill: "#FFC7CE" });
    expect(at(2, 0)?.fill).toBeUndefined();
    expect(at(3, 0)?.fill).toBeUndefined();
  });

  test("the colour follows the data: a change that makes the rule hold shows on the next drawing", async () => {
    const { wb, rules } = await stockBook();
    wb.setValues("Stock", "B4", [[0]]);
    expect(rules()(3, 0)?.fill).toBe("#FFC7CE");
    expect(rules()(1, 0)?.fill).toBe("#FFC7CE");
  });

  test("a cell-value rule (greater than 10) applies to the cells whose value passes", async () => {
    const { rules } = await stockBook();
    const at = rules();
    expect(at(2, 1)?.bold).toBe(true);
    expect(at(3, 1)?.bold).toBeUndefined();
  });
});

describe("list validation", () => {
  test("choices come from another table through INDIRECT, or from a typed list", async () => {
    const { rules } = await stockBook();
    const at = rules();
    expect(at(1, 3)?.choices).toEqual(["Acme", "Bolt & Co"]);
    expect(at(1, 4)?.choices).toEqual(["S", "M", "L"]);
  });

  test("a value not in the list is invalid; blanks pass and the match ignores case", async () => {
    const { rules } = await stockBook();
    const at = rules();
    expect(at(1, 3)?.invalid).toBeUndefined(); // Acme
    expect(at(2, 3)?.invalid).toBe(true); // Nobody
    expect(at(3, 3)?.invalid).toBeUndefined(); // blank
    expect(at(1, 4)?.invalid).toBeUndefined(); // S
    expect(at(2, 4)?.invalid).toBe(true); // XL
    expect(at(3, 4)?.invalid).toBeUndefined(); // m matches M
  });

  test("a supplier added below the Suppliers table (which grows it) makes the row valid", async () => {
    const { wb, rules } = await stockBook();
    await createExcel(wb).run(async (context) => {
      context.workbook.worksheets.getItem("Suppliers").getRange("A4").values = [["Nobody"]];
      await context.sync();
    });
    expect(rules()(2, 3)?.invalid).toBeUndefined();
  });

  test("a list from a register not set up yet offers nothing and rings nothing, until it exists", async () => {
    const { wb, rules } = await stockBook();
    await createExcel(wb).run(async (context) => {
      context.workbook.worksheets.getItem("Stock").getRange("D2:D4").dataValidation.rule = {
        list: { inCellDropDown: true, source: '=INDIRECT("Vendors[Vendor]")' },
      };
      await context.sync();
    });
    expect(rules()(2, 3)).toBeUndefined(); // "Nobody": no Vendors table, so nothing to check against
    const valid = () =>
      createExcel(wb).run(async (context) => {
        const v = context.workbook.worksheets.getItem("Stock").getRange("D2:D4").dataValidation.load("valid");
        await context.sync();
        return v.valid;
      });
    expect(await valid()).toBe(true);
    wb.setValues("Suppliers", "C1", [["Vendor"], ["Acme"]]);
    wb.addTable("Suppliers", "C1:C2", "Vendors");
    expect(rules()(1, 3)?.choices).toEqual(["Acme"]);
    expect(rules()(2, 3)?.invalid).toBe(true);
    expect(await valid()).toBeNull();
  });

  test("a sheet without rules draws nothing extra", async () => {
    const { wb } = await stockBook();
    expect(wb.displayRules("Suppliers")).toBeUndefined();
  });
});
