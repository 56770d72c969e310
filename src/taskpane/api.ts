// The task pane's door to the workbook: components call these plain async functions and never
// Excel.run themselves. The work is done in src/excel.
import { findRegisters, type FoundRegister } from "../excel/findRegisters";

export type { FoundRegister } from "../excel";

/** The registers present in the workbook (table, sheet, row count); one sync. */
export const loadRegisters: () => Promise<FoundRegister[]> = findRegisters;
