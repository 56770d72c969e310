// What a person types into the preview's grid reaches the workbook the way Excel takes typing: through
// Range.values, which the simulator interprets as typed input ("12" a number, "=A1*2" a formula,
// "'007" text). It uses its own client under the task pane's client name, so the add-in's change
// events see the edit as Local (as in Excel) while the add-in's sync statistics stay its own.
import { createExcel, type SimWorkbook } from "./simulator";

/** Writes typed text into one cell. */
export type CellEditor = (sheet: string, cellA1: string, input: string) => Promise<void>;
/** Clears the contents (not the formats) of a range, like the Delete key. */
export type RangeClearer = (sheet: string, rangeA1: string) => Promise<void>;

export interface PersonEdits {
  editCell: CellEditor;
  clearRange: RangeClearer;
}

export function createPersonEdits(workbook: SimWorkbook, clientName = "local"): PersonEdits {
  const excel = createExcel(workbook, { clientName });
  return {
    editCell: (sheet, cellA1, input) =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(cellA1).values = [[input]];
        await context.sync();
      }),
    clearRange: (sheet, rangeA1) =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(rangeA1).clear("Contents");
        await context.sync();
      }),
  };
}
