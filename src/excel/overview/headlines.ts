// Home's cards: the Overview's "At a glance" figures as Excel computed them, one sync. Kept apart from
// refresh so the task pane's first load carries only this.
import { GLANCE_READ_RANGE, OVERVIEW_SHEET, readGlance, type Headline } from "../../core/overview/sheet";
import { runExcel } from "../run";

export type { Headline } from "../../core/overview/sheet";

/** The At a glance figures; null when the workbook has no Overview made by the add-in. */
export async function readHeadlines(): Promise<Headline[] | null> {
  return runExcel("Reading the overview", async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(OVERVIEW_SHEET);
    const range = sheet.getRange(GLANCE_READ_RANGE).load("text");
    await context.sync();
    return sheet.isNullObject ? null : readGlance(range.text);
  });
}
