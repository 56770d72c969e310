// What reading a file gives: a complete new workbook, and what of the file it could not keep.
import type { SimWorkbook } from "../simulator";

export interface OpenedWorkbook {
  workbook: SimWorkbook;
  /** Parts of the file the preview did not keep (e.g. a chart), one sentence each. */
  notes: string[];
}
