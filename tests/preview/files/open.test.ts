// Opening files a person brings: CSV typed as Excel types it, and .xlsx files written the way Excel
// writes them (shared formulas, dates, rich text, links, tables with calculated columns).
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { openWorkbookFile } from "../../../src/preview/files/openWorkbookFile";
import { chosenFile, sheetFacts, visibleCells } from "./support";

jest.setTimeout(30_000);

describe("CSV", () => {
  test("one sheet named after the file, each field typed as Excel (en-US) types it", async () => {
    const csv = [
      "Item,Qty,Cost,Counted,Active,Code,Note",
      "Pens,12,$1.50,1/31/2024,TRUE,007,",
      '"Paper, A4",1,234.5,2024-02-01,false,#N/A,"said ""urgent"""',
      "Sum,=B2+B3,,,,,'=not a formula",
    ].join("\r\n");
    const { workbook, notes } = await openWorkbookFile(chosenFile("Supplies list.csv", `${csv}\r\n`));
    expect(notes).toEqual([]);
    expect(workbook.sheetNames()).toEqual(["Supplies list"]);
    expect(workbook.getValues("Supplies list", "A1:G4")).toEqual([
      ["Item", "Qty", "Cost", "Counted", "Active", "Code", "Note"],
      // A code with a leading zero stays the text it is (Excel would make it 7).
      ["Pens", 12, 1.5, 45322, true, "007", ""],
      ["Paper, A4", 1, 234.5, 45323, false, "#N/A", 'said "urgent"'],
      // The formula's value is computed once a formula engine is plugged in (the preview page has one).
      ["Sum", "", "", "", "", "", "=not a formula"],
    ]);
    expect(workbook.getCell("Supplies list", 1, 2)).toMatchObject({
      numberFormat: "$#,##0.00",
      text: "$1.50",
    });
    expect(workbook.getCell("Supplies list", 1, 3)).toMatchObject({
      numberFormat: "m/d/yyyy",
      text: "1/31/2024",
    });
    expect(workbook.getCell("Supplies list", 2, 5)).toMatchObject({ error: true });
    // As in Excel, a field starting with "=" is a formula; one starting with an apostrophe is text.
    expect(workbook.getCell("Supplies list", 3, 1).formula).toBe("=B2+B3");
    expect(workbook.getCell("Supplies list", 3, 6).formula).toBeUndefined();
  });

  test("a UTF-8 byte-order mark is dropped, not put into the first header", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Café,Qty\nCrème,2\n")]);
    const { workbook } = await openWorkbookFile(chosenFile("Kitchen.csv", bytes));
    expect(workbook.getValues("Kitchen", "A1:B2")).toEqual([
      ["Café", "Qty"],
      ["Crème", 2],
    ]);
  });

  test.each([
    ["UTF-16LE", [0xff, 0xfe], (code: number) => [code & 0xff, code >> 8]],
    ["UTF-16BE", [0xfe, 0xff], (code: number) => [code >> 8, code & 0xff]],
  ])("%s with its byte-order mark is read", async (_label, bom, unit) => {
    const text = "Item\tQty\nCafé\t3\n";
    const bytes = new Uint8Array([...bom, ...[...text].flatMap((ch) => unit(ch.charCodeAt(0)))]);
    const { workbook } = await openWorkbookFile(chosenFile("Export.csv", bytes));
    // Excel's "Unicode Text" export is tab-separated; the delimiter is detected.
    expect(workbook.getValues("Export", "A1:B2")).toEqual([
      ["Item", "Qty"],
      ["Café", 3],
    ]);
  });

  test("a semicolon-separated file from a European locale splits into columns", async () => {
    const { workbook } = await openWorkbookFile(chosenFile("Liste.csv", "Artikel;Menge\nStifte;4\n"));
    expect(workbook.getValues("Liste", "A1:B2")).toEqual([
      ["Artikel", "Menge"],
      ["Stifte", 4],
    ]);
  });

  test("a file name that is no valid sheet name is made one", async () => {
    const { workbook } = await openWorkbookFile(
      chosenFile("Stock [Q3] / final version with a very long name.csv", "a\n1\n"),
    );
    expect(workbook.sheetNames()).toEqual(["Stock _Q3_ _ final version with"]);
  });
});

/** An .xlsx as Excel writes it: exceljs writes the parts, then the table part gets Excel's own spelling. */
async function excelStyleFile(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Stock");
  ws.addTable({
    name: "Stock",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: [{ name: "Item" }, { name: "On hand" }, { name: "Cost" }, { name: "Value" }],
    rows: [
      ["Pens", 4, 1.5, { formula: "Stock[[#This Row],[On hand]]*Stock[[#This Row],[Cost]]", result: 6 }],
      [
        "Paper",
        10,
        4.95,
        { formula: "Stock[[#This Row],[On hand]]*Stock[[#This Row],[Cost]]", result: 49.5 },
      ],
    ],
  });
  ws.getCell("F1").value = "Counted";
  ws.getCell("G1").value = new Date(Date.UTC(2026, 10, 2));
  ws.getCell("G1").numFmt = "d mmm yyyy";
  ws.getCell("F2").value = { richText: [{ text: "Bold ", font: { bold: true } }, { text: "start" }] };
  ws.getCell("F3").value = { text: "Supplier site", hyperlink: "https://example.com/" };
  ws.getCell("F4").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  // A shared formula: Excel stores G2 once and refers G3:G4 to it.
  ws.getCell("G2").value = {
    formula: "B2*2",
    result: 8,
    shareType: "shared",
    ref: "G2:G4",
  } as ExcelJS.CellValue;
  ws.getCell("G3").value = { sharedFormula: "G2", result: 20 } as ExcelJS.CellValue;
  ws.getColumn(1).width = 20;
  ws.getColumn(2).numFmt = "0";
  ws.mergeCells("I1:J2");
  ws.getCell("I1").value = "Merged";
  const list = ws as unknown as { dataValidations: { add(a: string, v: unknown): void } };
  list.dataValidations.add("E2:E3", {
    type: "list",
    allowBlank: true,
    formulae: ['"Open,Done"'],
    showErrorMessage: true,
  });
  ws.addConditionalFormatting({
    ref: "B2:B3",
    rules: [
      {
        type: "expression",
        priority: 2,
        formulae: ["$B2<5"],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
      },
      {
        type: "dataBar",
        priority: 1,
        cfvo: [{ type: "min" }, { type: "max" }],
        color: { argb: "FF638EC6" },
      } as ExcelJS.ConditionalFormattingRule,
    ],
  });
  book.definedNames.add("Stock!$B$2:$B$3", "Counts");
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  const [tablePart] = zip.file(/^xl\/tables\/table\d+\.xml$/);
  const xml = (await tablePart.async("string")).replace(' headerRowCount="1"', "");
  const formula = "Stock[[#This Row],[On hand]]*Stock[[#This Row],[Cost]]";
  // As Excel writes a calculated column: the formula as a child of its column.
  const calculated = xml.replace(
    /(<tableColumn id="4"[^>]*?)\/>/,
    `$1><calculatedColumnFormula>${formula}</calculatedColumnFormula></tableColumn>`,
  );
  expect(calculated).toContain("<calculatedColumnFormula>");
  zip.file(tablePart.name, calculated);
  return zip.generateAsync({ type: "uint8array" });
}

describe(".xlsx written by Excel", () => {
  test("values with their types, formulas with cached values, formats, merges, widths and the table", async () => {
    const { workbook, notes } = await openWorkbookFile(chosenFile("Stock.xlsx", await excelStyleFile()));
    expect(workbook.sheetNames()).toEqual(["Stock"]);
    expect(visibleCells(workbook, "Stock")).toMatchObject({
      B2: { value: 4, numberFormat: "0" },
      D2: { value: 6, formula: "=[@[On hand]]*[@[Cost]]" },
      D3: { value: 49.5, formula: "=[@[On hand]]*[@[Cost]]" },
      G1: { value: 46328, numberFormat: "d mmm yyyy" },
      F2: { value: "Bold start" },
      F3: { value: "Supplier site" },
      F4: { value: "#DIV/0!", error: true },
      G2: { value: 8, formula: "=B2*2" },
      G3: { value: 20, formula: "=B3*2" },
      I1: { value: "Merged" },
    });
    expect(workbook.getCell("Stock", 0, 6).text).toBe("2 Nov 2026");
    expect(workbook.requireSheet("Stock").cells.get(2, 5)?.hyperlink).toEqual({
      address: "https://example.com/",
    });
    const facts = sheetFacts(workbook, "Stock");
    expect(facts.tables).toEqual([
      {
        name: "Stock",
        rect: "A1:D3",
        style: "TableStyleLight9",
        showTotals: false,
        columns: ["Item", "On hand", "Cost", "Value"],
      },
    ]);
    expect(facts.merges).toEqual(["I1:J2"]);
    expect(facts.widths[0]).toBe(Math.round((20 * 7 + 5) * 0.75));
    expect(facts.validations).toEqual([
      expect.objectContaining({
        rect: "E2:E3",
        rule: { list: { inCellDropDown: true, source: "Open,Done" } },
      }),
    ]);
    expect(facts.conditionalFormats).toEqual([
      {
        rect: "B2:B3",
        type: "Custom",
        formula: "=$B2<5",
        format: { fillColor: "#FFC7CE" },
        stopIfTrue: false,
      },
    ]);
    expect(workbook.names).toEqual([
      { name: "Counts", formula: "=Stock!$B$2:$B$3", comment: "", visible: true },
    ]);
    // What the preview cannot show is said, not silently dropped.
    expect(notes).toEqual([expect.stringContaining("data bars")]);
  });
});

describe("data validation as Excel writes it", () => {
  test("a rule on whole columns and a second area is one rule on each of its ranges", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Orders");
    ws.getCell("A1").value = "Status";
    const sheet = ws as unknown as { dataValidations: { add(a: string, v: unknown): void } };
    sheet.dataValidations.add("B2:C1048576", { type: "list", allowBlank: true, formulae: ['"Open,Done"'] });
    sheet.dataValidations.add("E5", {
      type: "decimal",
      operator: "greaterThan",
      formulae: [0],
      allowBlank: true,
    });
    // exceljs writes one range per rule; Excel writes several in one sqref ("B2:C1048576 F2:F9").
    const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
    const [part] = zip.file(/^xl\/worksheets\/sheet\d+\.xml$/);
    const xml = (await part.async("string")).replace('sqref="B2:C1048576"', 'sqref="B2:C1048576 F2:F9"');
    zip.file(part.name, xml);
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const { workbook } = await openWorkbookFile(chosenFile("Orders.xlsx", bytes));
    expect(sheetFacts(workbook, "Orders").validations).toEqual([
      expect.objectContaining({
        rect: "B2:C1048576",
        rule: { list: { inCellDropDown: true, source: "Open,Done" } },
      }),
      expect.objectContaining({ rect: "E5", rule: { decimal: { formula1: 0, operator: "GreaterThan" } } }),
      expect.objectContaining({
        rect: "F2:F9",
        rule: { list: { inCellDropDown: true, source: "Open,Done" } },
      }),
    ]);
  });
});

test("a dropdown whose list is on another sheet (Excel keeps it in the sheet's extension list) is kept", async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Orders").getCell("A1").value = "Supplier";
  book.addWorksheet("Lists").getCell("A1").value = "Northwind";
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  const part = zip.file("xl/worksheets/sheet1.xml")!;
  const ext =
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
    '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
    '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1">' +
    "<x14:formula1><xm:f>Lists!$A$1:$A$5</xm:f></x14:formula1><xm:sqref>A2:A50</xm:sqref>" +
    "</x14:dataValidation></x14:dataValidations></ext></extLst>";
  zip.file(part.name, (await part.async("string")).replace("</worksheet>", `${ext}</worksheet>`));
  const bytes = await zip.generateAsync({ type: "uint8array" });
  const { workbook } = await openWorkbookFile(chosenFile("Orders.xlsx", bytes));
  expect(sheetFacts(workbook, "Orders").validations).toEqual([
    expect.objectContaining({
      rect: "A2:A50",
      rule: { list: { inCellDropDown: true, source: "=Lists!$A$1:$A$5" } },
    }),
  ]);
});
