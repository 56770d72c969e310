// The preview as a workbench (docs/preview.md): a person opens their own supplies spreadsheet (an .xlsx made
// here with exceljs, as Excel would save it), converts its sheets, sees reorder quantities computed live
// by the register's own formulas, changes a count and sees them follow, drafts a supplier's email and
// saves the workbook. The saved file is read back with exceljs: tables, formulas and values are there.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { simpleParser, type AddressObject } from "mailparser";
import { reorderQty } from "../../src/core/math";
import { describeE2E } from "./support/harness";
import { eventually } from "./support/poll";
import { convertAndContinue } from "./support/registers";
import type { PreviewUi } from "./support/previewUi";

// Item, Supplier, In stock, Reorder level, Pack, Price: the columns an office's own list tends to have.
const STOCK: [string, string, number, number, number, number][] = [
  ["Copier paper A4 (ream)", "Northwind Office Supply", 12, 20, 5, 4.25],
  ["Blue ballpoint pens (box)", "Northwind Office Supply", 2, 3, 1, 6.9],
  ["Toner HP 26A", "Contoso Imaging", 1, 2, 1, 89],
  ["Sticky notes 76x76", "Northwind Office Supply", 40, 10, 12, 0.95],
  ["Coffee beans 1 kg", "Fourth Coffee Roasters", 3, 4, 2, 18.5],
  ["Hand soap refill", "Wingtip Wholesale", 6, 4, 6, 3.2],
];
const VENDORS = [
  ["Northwind Office Supply", "orders@northwind.example"],
  ["Contoso Imaging", "supplies@contoso.example"],
  ["Fourth Coffee Roasters", "hello@fourthcoffee.example"],
  ["Wingtip Wholesale", "sales@wingtip.example"],
];
const FILE_NAME = "Office supplies.xlsx";

/** What the register's Reorder qty should show, from core (blank Max stock = Reorder point). */
const expectedQty = (onHand: number, rop: number, pack: number) => reorderQty(onHand, rop, rop, 0, pack, 0);

let filePath = "";
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const stock = wb.addWorksheet("Stock");
  stock.addRow(["Item", "Supplier", "In stock", "Reorder level", "Pack", "Price"]);
  for (const row of STOCK) stock.addRow(row);
  stock.getColumn(6).numFmt = "$#,##0.00";
  const vendors = wb.addWorksheet("Vendors");
  vendors.addRow(["Vendor", "E-mail"]);
  for (const row of VENDORS) vendors.addRow(row);
  filePath = join(mkdtempSync(join(tmpdir(), "back-office-workbench-")), FILE_NAME);
  writeFileSync(filePath, Buffer.from(await wb.xlsx.writeBuffer()));
});

/** The Inventory register's records as the workbook holds them now (computed values included). */
async function inventoryRows(ui: PreviewUi) {
  const rows = await ui.tableRecords("Inventory");
  if (!rows) throw new Error("No Inventory table");
  return rows;
}

/** A1 address of `header`'s cell in the row of `item` on the Stock sheet (the table starts at A1). */
async function cellOf(ui: PreviewUi, item: string, header: string): Promise<string> {
  const values = await ui.workbookValues("Stock", "A1:Z40");
  const col = values[0].indexOf(header);
  const row = values.findIndex((r) => r.includes(item));
  if (col < 0 || row < 0) throw new Error(`No "${header}" for "${item}" on Stock`);
  return `${String.fromCharCode(65 + col)}${row + 1}`;
}

describeE2E("workbench", ({ journey }) => {
  journey(
    "opens your own supplies file, converts it, shows live reorder quantities, drafts and saves",
    "journey-workbench-open-convert-save",
    async (ui) => {
      await ui.openFile(filePath);
      await ui.page.getByText(`Opened "${FILE_NAME}"`).first().waitFor();
      await eventually(
        () => ui.sheetNames(),
        (names) => expect(names).toEqual(["Stock", "Vendors"]),
      );

      await convertAndContinue(ui, { page: "Inventory", sheet: "Stock", register: "Inventory" });
      await convertAndContinue(ui, { page: "Suppliers", sheet: "Vendors", register: "Suppliers" });

      // Live: every row's Reorder qty is the register's formula computed in the workbook, as core says.
      const rows = await eventually(
        () => inventoryRows(ui),
        (records) => expect(records.map((r) => typeof r["Reorder qty"])).toEqual(STOCK.map(() => "number")),
      );
      for (const [item, , onHand, rop, pack] of STOCK) {
        const row = rows.find((r) => r.Item === item);
        expect({ item, qty: row?.["Reorder qty"] }).toEqual({ item, qty: expectedQty(onHand, rop, pack) });
      }
      // …and the grid shows it.
      const [paper, , paperOnHand, paperRop, paperPack] = STOCK[0];
      await ui.selectSheet("Stock");
      const paperQty = await cellOf(ui, paper, "Reorder qty");
      await eventually(
        async () => (await ui.cell(paperQty).textContent())?.trim(),
        (shown) => expect(shown).toBe(String(expectedQty(paperOnHand, paperRop, paperPack))),
      );

      // A new count typed into the sheet: the quantity follows without anything else being done.
      await ui.typeInCell(await cellOf(ui, paper, "On hand"), "3");
      const after = String(expectedQty(3, paperRop, paperPack));
      expect(after).not.toBe(String(expectedQty(paperOnHand, paperRop, paperPack)));
      await eventually(
        async () => (await ui.cell(paperQty).textContent())?.trim(),
        (shown) => expect(shown).toBe(after),
      );

      // The supplier's email draft lists what is low, with the new quantity.
      await ui.goToPage("Orders");
      const northwind = ui.pane.getByRole("region", { name: "Northwind Office Supply", exact: true });
      await northwind.waitFor();
      const file = await ui.download(() => northwind.getByRole("button", { name: "Download .eml" }).click());
      const mail = await simpleParser(file.text);
      expect((mail.to as AddressObject).value.map((a) => a.address)).toEqual(["orders@northwind.example"]);
      expect(mail.text).toContain(paper);

      // Saved as .xlsx: the register is a table whose Reorder qty is a calculated column (what makes Excel
      // fill the formula into rows added later), and the sheet keeps the formula with its last value.
      const saved = await ui.downloadBytes(() =>
        ui.page.getByRole("button", { name: "Save as .xlsx" }).click(),
      );
      expect(saved.name).toMatch(/\.xlsx$/);
      const zip = await JSZip.loadAsync(saved.bytes);
      const parts = await Promise.all(
        Object.keys(zip.files)
          .filter((name) => /^xl\/tables\/table\d+\.xml$/.test(name))
          .map((name) => zip.file(name)!.async("string")),
      );
      const inventoryPart = parts.find((xml) => /\bname="Inventory"/.test(xml));
      expect(inventoryPart).toMatch(
        /<tableColumn [^>]*name="Reorder qty"[^>]*><calculatedColumnFormula>[^<]*ROUNDUP/,
      );
      const qtyXml = new RegExp(`<c r="${paperQty}"[^>]*><f>[^<]*ROUNDUP[^<]*</f><v>${after}</v></c>`);
      const sheets = await Promise.all(
        Object.keys(zip.files)
          .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
          .map((name) => zip.file(name)!.async("string")),
      );
      expect(sheets.some((xml) => qtyXml.test(xml))).toBe(true);

      // Opened again, it is the same register with the new count, still computing.
      const savedPath = join(dirname(filePath), saved.name);
      writeFileSync(savedPath, saved.bytes);
      await ui.openFile(savedPath);
      await ui.page.getByText(`Opened "${saved.name}"`).first().waitFor();
      const reopened = await eventually(
        () => ui.tableRecords("Inventory"),
        (records) => expect(records?.find((r) => r.Item === paper)?.["On hand"]).toBe(3),
      );
      expect(reopened?.find((r) => r.Item === paper)?.["Reorder qty"]).toBe(Number(after));
    },
  );

  journey(
    "refuses a damaged .xlsx with a clear message and keeps the workbook as it was",
    "workbench-bad-file",
    async (ui) => {
      const before = await ui.workbookValues("Supplies", "A1:F6");
      const sheetsBefore = await ui.sheetNames();
      // Half a real file: what a broken download or a full disk leaves behind.
      const whole = readFileSync(filePath);
      const broken = join(dirname(filePath), "Broken supplies.xlsx");
      writeFileSync(broken, whole.subarray(0, Math.floor(whole.length / 2)));

      await ui.openFile(broken);
      const alert = ui.page.getByRole("alert").filter({ hasText: "Broken supplies.xlsx" });
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/could not|cannot|damaged|not a/i);
      expect(await ui.sheetNames()).toEqual(sheetsBefore);
      expect(await ui.workbookValues("Supplies", "A1:F6")).toEqual(before);
    },
  );

  journey(
    "computes BACKOFFICE functions and Excel's own typed into a blank workbook",
    "workbench-functions",
    async (ui) => {
      await ui.typeInCell("A1", "7");
      await ui.typeInCell("B1", "=BACKOFFICE.REORDERQTY(A1,10,40,0,12)");
      await ui.typeInCell("C1", "=SUM(A1,B1)");
      const qty = reorderQty(7, 10, 40, 0, 12, 0);
      await eventually(
        () => ui.workbookValues("Sheet1", "A1:C1"),
        (values) => expect(values).toEqual([[7, qty, 7 + Number(qty)]]),
      );
      expect((await ui.cell("B1").textContent())?.trim()).toBe(String(qty));
      // A changed input flows through both formulas.
      await ui.typeInCell("A1", "30");
      await eventually(
        () => ui.workbookValues("Sheet1", "A1:C1"),
        (values) => expect(values).toEqual([[30, 0, 30]]),
      );
      // A bad argument shows Excel's error value, not a crash.
      await ui.typeInCell("D1", '=BACKOFFICE.REORDERQTY("many",10,40)');
      await eventually(
        async () => (await ui.cell("D1").textContent())?.trim(),
        (shown) => expect(shown).toBe("#VALUE!"),
      );
    },
    { query: "?sample=blank" },
  );
});
