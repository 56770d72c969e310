// The Calls page's door to the workbook: src/excel's Call log actions and settings (never Excel.run here).
export {
  addCallImport,
  loadCallLog,
  logCall,
  markCallsDone,
  previewCallImport,
  type CallImportResult,
  type CallLogView,
} from "../../../excel/calls";
export { readSettings } from "../../../excel/settings/settings";
export { templateFor } from "../../../core/settings/values";
