// The Staff page's door to the workbook: src/excel's Staff actions and settings (never Excel.run here).
export {
  advanceCase,
  loadCases,
  loadStaff,
  markLeaving,
  markLeft,
  openCase,
  recordOutcome,
  recordTraining,
  setChecklistTick,
  writeStaffRules,
  type CaseRow,
  type StaffRules,
  type StaffView,
} from "../../../excel/staff";
export { readSettings } from "../../../excel/settings/settings";
export type { WorkbookSettings } from "../../../core/settings/values";
