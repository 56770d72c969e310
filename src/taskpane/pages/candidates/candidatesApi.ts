// The Candidates page's door to the workbook: src/excel's Candidates actions and settings (never Excel.run here).
export {
  addCandidate,
  listRetained,
  loadCandidates,
  moveStage,
  readScoreWeights,
  removeRetained,
  scheduleInterview,
  setScores,
  writeScoreWeights,
  type AddCandidateResult,
  type CandidatesView,
  type RemoveResult,
  type RetainedCandidate,
} from "../../../excel/candidates";
export { addToStaff, type AddedToStaff } from "../../../excel/staff/addToStaff";
export { readSettings } from "../../../excel/settings/settings";
export { templateFor, type WorkbookSettings } from "../../../core/settings/values";
