// SimWorkbook → .xlsx bytes → SimWorkbook keeps what a person and the add-in see: cells, formulas with their
// cached values, formats, tables, validation and conditional formats.
import JSZip from "jszip";
import { inventory, suppliers } from "../../../src/core/registers/definitions";
import { appendRows } from "../../../src/excel/appendRows";
import { createRegister } from "../../../src/excel/createRegister";
import { readXlsx } from "../../../src/preview/files/readXlsx";
import { writeXlsx } from "../../../src/preview/files/writeXlsx";
import { installExcel, SimWorkbook } from "../../../src/preview/simulator";
import { everything, sheetFacts, visibleCells } from "./support";

jest.setTimeout(30_000);

/** A workbook as the add-in leaves it: two registers with rows, and a plain sheet with every kind of cell. */
async function officeWorkbook(): Promise<SimWorkbook> {
  const wb = new SimWorkbook();
  wb.addSheet("Notes");
  installExcel(wb);
  await createRegister(suppliers);
  await createRegister(inventory);
  await appendRows(inventory, [
    {
      values: {
        item: "Copy paper A4",
        supplier: "Northwind",
        onHand: 12,
        reorderPoint: 20,
        maxStock: 60,
        packSize: 5,
      },
    },
    {
      values: {
        item: "Toner 59A",
        supplier: "Contoso",
        onHand: 1,
        reorderPoint: 2,
        maxStock: 6,
        unitCost: 96,
      },
    },
  ]);

  wb.setValues("Notes", "A1", [
    ["Cupboard check", null, null],
    ["Count", 3.5, true],
    ["Checked on", 46328, null],
    ["Checked at", 46328.375, null],
    ["Lookup", "#N/A", null],
    ["Total", "=B2*2", "=SUM(B2:B3)"],
  ]);
  // Text that looks like a formula, kept as text (as the add-in writes what people type).
  wb.setCell("Notes", 4, 2, { value: "=not a formula" });
  wb.setNumberFormat("Notes", "B3", "d mmm yyyy");
  wb.setNumberFormat("Notes", "B4", "d mmm yyyy h:mm");
  wb.setNumberFormat("Notes", "B2", "0.00");
  wb.mergeCells("Notes", "A1:C1");
  wb.setStyle("Notes", "A1", { bold: true, fill: "#FFF2CC" });
  wb.setColumnWidth("Notes", 0, 120);
  const notes = wb.requireSheet("Notes");
  notes.frozenRows = 1;
  notes.validations.push({
    rect: { r0: 1, c0: 1, r1: 1, c1: 1 },
    rule: { wholeNumber: { formula1: 1, formula2: 10, operator: "Between" } },
    ignoreBlanks: true,
    prompt: { showPrompt: true, title: "Count", message: "Whole packs, 1 to 10" },
  });
  notes.conditionalFormats.push({
    id: "{CF-notes}",
    rect: { r0: 1, c0: 1, r1: 5, c1: 1 },
    type: "CellValue",
    rule: { formula1: "=5", operator: "GreaterThan" },
    format: { fillColor: "#FFC7CE", fontColor: "#9C0006", bold: true },
    stopIfTrue: false,
  });
  wb.names.push({ name: "CountCell", formula: "=Notes!$B$2", comment: "", visible: true });
  // A small table with a totals row, a hidden row and column, and italic grey notes.
  wb.setValues("Notes", "E1", [
    ["Month", "Spend"],
    ["Oct", 120],
    ["Nov", 80],
    ["Total", "=SUBTOTAL(109,[Spend])"],
  ]);
  wb.addTable("Notes", "E1:F4", "Spend");
  wb.tableByName("Spend")!.showTotals = true;
  notes.hiddenRows[8] = true;
  notes.hiddenCols[7] = true;
  wb.setValues("Notes", "A9", [["checked by hand"]]);
  notes.cells.update(8, 0, (c) => ({
    ...c,
    italic: true,
    fontColor: "#7F7F7F",
    horizontalAlignment: "Right",
  }));
  // A formula engine's results become the cached values the file keeps.
  wb.setFormulaEvaluator((formula, at) => formula.length * 100 + at.row);
  return wb;
}

describe("saving and opening again", () => {
  test("every cell, format, table, validation and conditional format comes back", async () => {
    const before = await officeWorkbook();
    const { bytes, notes } = await writeXlsx(before);
    expect(notes).toEqual([]);
    const { workbook: after, notes: readNotes } = await readXlsx("Office.xlsx", bytes);
    expect(readNotes).toEqual([]);
    expect(everything(after)).toEqual(everything(before));
  });

  test("a register keeps its table, its calculated columns with cached values, its dropdowns and highlights", async () => {
    const before = await officeWorkbook();
    const after = (await readXlsx("Office.xlsx", (await writeXlsx(before)).bytes)).workbook;
    const facts = sheetFacts(after, "Inventory");
    expect(facts.tables).toEqual([
      expect.objectContaining({ name: "Inventory", rect: "A1:V4", style: "TableStyleMedium2" }),
    ]);
    expect(facts.tables[0].columns).toEqual(inventory.columns.map((c) => c.header));
    const reorderQty = inventory.columns.findIndex((c) => c.key === "reorderQty");
    const cell = after.getCell("Inventory", 2, reorderQty);
    expect(cell.formula).toBe(inventory.columns[reorderQty].formula);
    expect(cell.formula).toContain("[@[On hand]]");
    expect(cell.value).toBe(inventory.columns[reorderQty].formula!.length * 100 + 2);
    expect(facts.validations.length).toBeGreaterThan(0);
    expect(facts.validations.some((v) => "list" in v.rule)).toBe(true);
    expect(facts.conditionalFormats.length).toBeGreaterThan(0);
    expect(facts.conditionalFormats.every((cf) => cf.type === "Custom" && cf.formula?.startsWith("="))).toBe(
      true,
    );
    expect(visibleCells(after, "Notes")).toMatchObject({
      B3: { value: 46328, numberFormat: "d mmm yyyy" },
      B5: { value: "#N/A", error: true },
      C5: { value: "=not a formula" },
    });
    expect(after.getCell("Notes", 4, 2).formula).toBeUndefined();
  });

  test("the file spells structured references out and marks calculated columns, as Excel does", async () => {
    const { bytes } = await writeXlsx(await officeWorkbook());
    const zip = await JSZip.loadAsync(bytes);
    const tableParts = zip.file(/^xl\/tables\/table\d+\.xml$/);
    const xml = (await Promise.all(tableParts.map((p) => p.async("string")))).join("\n");
    expect(xml).toContain('name="Inventory"');
    expect(xml).toMatch(
      /<calculatedColumnFormula>[^<]*Inventory\[\[#This Row\],\[On hand\]\][^<]*<\/calculatedColumnFormula>/,
    );
    const sheets = zip.file(/^xl\/worksheets\/sheet\d+\.xml$/);
    const sheetXml = (await Promise.all(sheets.map((p) => p.async("string")))).join("\n");
    expect(sheetXml).not.toContain("[@");
    expect(sheetXml).toContain("Inventory[[#This Row],[On hand]]");
  });

  test("the file opens on the sheet and cell the person was on", async () => {
    const before = await officeWorkbook();
    before.setSelection("Notes", "B3");
    const after = (await readXlsx("Office.xlsx", (await writeXlsx(before)).bytes)).workbook;
    expect(after.getSelection()).toEqual({ sheet: "Notes", address: "B3" });
    before.setSelection("Inventory", "C2");
    const again = (await readXlsx("Office.xlsx", (await writeXlsx(before)).bytes)).workbook;
    expect(again.getSelection()).toEqual({ sheet: "Inventory", address: "C2" });
  });

  test("the 1904 date system and hidden sheets are kept", async () => {
    const before = new SimWorkbook();
    before.date1904 = true;
    before.addSheet("Visible");
    before.addSheet("Lists");
    before.setValues("Visible", "A1", [[100]]);
    before.setNumberFormat("Visible", "A1", "yyyy-mm-dd");
    before.requireSheet("Lists").visibility = "Hidden";
    const after = (await readXlsx("1904.xlsx", (await writeXlsx(before)).bytes)).workbook;
    expect(after.date1904).toBe(true);
    expect(after.getCell("Visible", 0, 0)).toMatchObject({ value: 100, text: "1904-04-10" });
    expect(after.requireSheet("Lists").visibility).toBe("Hidden");
  });
});
