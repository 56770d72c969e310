// The Call log's pure half: new calls with defaults, follow-up order, suggestions, importing call lists
// and phone systems' call records.
export * from "./phone";
export * from "./values";
export * from "./newCall";
export * from "./followUps";
export * from "./suggestions";
export { finishImport, importSummary, LogIndex, sameCallKey, type SkipKind } from "./importPlan";
export * from "./callImport";
export { CDR_FORMATS, type CdrFormatId } from "./cdr/formats";
export { formatExtensionList, parseExtensionList } from "./cdr/extensions";
