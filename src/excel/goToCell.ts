// "Go to" links in problems lists: select the cell (activating its sheet). One sync.
import { splitAddress } from "./address";
import { runExcel } from "./run";

/** Selects `address` ("Inventory!I14", "'Call log'!B2:C3"; without a sheet: on the active sheet). */
export async function goToCell(address: string): Promise<void> {
  await runExcel(`Going to ${address}`, async (context) => {
    const parts = splitAddress(address);
    const sheet = parts
      ? context.workbook.worksheets.getItem(parts.sheet)
      : context.workbook.worksheets.getActiveWorksheet();
    sheet.activate();
    sheet.getRange(parts ? parts.local : address).select();
    await context.sync();
  });
}
