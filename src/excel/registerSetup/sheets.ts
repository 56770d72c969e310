// The sheets a person can choose to convert into a register.
import { runExcel } from "../run";

/** Names of the workbook's visible sheets, in tab order. One sync. */
export async function listSheets(): Promise<string[]> {
  return runExcel("Listing the sheets", async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,items/visibility");
    await context.sync();
    return sheets.items.filter((s) => s.visibility === "Visible").map((s) => s.name);
  });
}
