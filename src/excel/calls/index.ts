// Call log actions: load with follow-ups, log a call, mark done, import a CSV export.
export { loadCallLog, type CallLogView } from "./loadCalls";
export { logCall, type LoggedCall } from "./logCall";
export { markCallsDone, type MarkDoneOptions } from "./markDone";
export {
  previewCallImport,
  addCallImport,
  type CallImportPreview,
  type CallImportResult,
} from "./importCalls";
