// Staff actions: load, Add to Staff from a Hired candidate, record training, leaving and left, discipline
// cases, and the staff rules kept in the workbook's settings.
export { loadStaff, type StaffView, type AssignedEquipment } from "./loadStaff";
export { addToStaff, type AddedToStaff } from "./addToStaff";
export { setChecklistTick, type TickInput, type TickResult } from "./checklistTicks";
export { recordTraining, type RecordedTraining } from "./recordTraining";
export { markLeaving, markLeft, type LeavingResult } from "./leaving";
export {
  openCase,
  loadCases,
  advanceCase,
  recordOutcome,
  type CaseRow,
  type OpenedCase,
  type RecordedOutcome,
} from "./discipline";
export {
  readStaffRules,
  writeStaffRules,
  parseStaffRules,
  DEFAULT_STAFF_RULES,
  STAFF_RULES_KEY,
  type StaffRules,
} from "./rules";
