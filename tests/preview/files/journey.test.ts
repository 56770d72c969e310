// The workbench journey (docs/preview.md) at the file level: a person's own supplies spreadsheet is opened,
// converted into the
// Inventory register, shows live reorder quantities, and is saved; the saved file opens again with the
// register, its formulas and their values, as Excel would open it.
import JSZip from "jszip";
import { inventory } from "../../../src/core/registers/definitions";
import { convertToRegister } from "../../../src/excel/convertToRegister";
import { inspectSheet } from "../../../src/excel/inspectSheet";
import { openWorkbookFile } from "../../../src/preview/files/openWorkbookFile";
import { writeXlsx } from "../../../src/preview/files/writeXlsx";
import { attachFormulaEngine } from "../../../src/preview/formulas/engine";
import { createSuppliesListWorkbook } from "../../../src/preview/sample";
import { installExcel } from "../../../src/preview/simulator";
import { chosenFile } from "./support";

jest.setTimeout(60_000);

const column = (key: string) => inventory.columns.findIndex((c) => c.key === key);

test("open a supplies list, convert it, see reorder quantities, save, open the saved file", async () => {
  // The person's file: the supplies list, as Excel would have saved it.
  const own = await writeXlsx(createSuppliesListWorkbook());
  const { workbook } = await openWorkbookFile(chosenFile("My supplies.xlsx", own.bytes));
  attachFormulaEngine(workbook);
  installExcel(workbook);

  const inspection = await inspectSheet({ sheet: "Supplies list" }, inventory);
  expect(inspection.ok).toBe(true);
  await convertToRegister(inventory, inspection);
  expect(workbook.tableNames()).toContain("Inventory");

  // Live reorder quantities: "Toner HP 59A" has 0 in stock, so something is to be ordered.
  const body = workbook.getValues("Supplies list", "A2:V20");
  const header = workbook.getValues("Supplies list", "A1:V1")[0];
  const at = (h: string) => header.indexOf(h);
  const toner = body.find((r) => r[at("Item")] === "Toner HP 59A" && r[at("On hand")] === 0);
  expect(toner).toBeDefined();
  const reorderQty = toner![at("Reorder qty")];
  expect(typeof reorderQty).toBe("number");
  expect(reorderQty as number).toBeGreaterThan(0);

  const saved = await writeXlsx(workbook);
  const again = (await openWorkbookFile(chosenFile("My supplies.xlsx", saved.bytes))).workbook;
  expect(again.tableNames()).toContain("Inventory");
  const table = again.sheetInfo("Supplies list").tables.find((t) => t.name === "Inventory");
  expect(table?.address).toBe(
    workbook.sheetInfo("Supplies list").tables.find((t) => t.name === "Inventory")?.address,
  );
  expect(again.getValues("Supplies list", "A1:V20")).toEqual(workbook.getValues("Supplies list", "A1:V20"));
  const qtyColumn = at("Reorder qty");
  expect(again.getCell("Supplies list", 1, qtyColumn).formula).toBe(
    inventory.columns[column("reorderQty")].formula,
  );

  // Excel fills the calculated columns into rows added later, with or without the add-in.
  const zip = await JSZip.loadAsync(saved.bytes);
  const tables = await Promise.all(zip.file(/^xl\/tables\/table\d+\.xml$/).map((p) => p.async("string")));
  const inventoryPart = tables.find((xml) => xml.includes('name="Inventory"'))!;
  const calculated = inventory.columns.filter((c) => c.formula !== undefined).length;
  expect(inventoryPart.match(/<calculatedColumnFormula>/g)).toHaveLength(calculated);
});
