// Small workbook look-ups for setting up a register: the sheets to choose from, and "go to" a cell.
import { splitAddress } from "../address";
import { runExcel } from "../run";

/** Names of the workbook's visible sheets, in tab order. One sync. */
export async function listSheets(): Promise<string[]> {
  return runExcel("Listing the sheets", async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,items/visibility");
    await context.sync();
    return sheets.items.filter((s) => s.visibility === "Visible").map((s) => s.name);
  });
}

/** Shows a problem's cell: activates its sheet and selects it ("Inventory!C5" or "'My sheet'!C5:D6"). One sync. */
export async function goToCell(address: string): Promise<void> {
  const parts = splitAddress(address);
  if (!parts) throw new RangeError(`"${address}" is not a cell address with a sheet.`);
  await runExcel(`Going to ${address}`, async (context) => {
    const sheet = context.workbook.worksheets.getItem(parts.sheet);
    sheet.activate();
    sheet.getRange(parts.local).select();
    await context.sync();
  });
}
