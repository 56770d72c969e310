// Delimited text (CSV, semicolon- and tab-separated exports): one tolerant reader for every caller.
export * from "./parseDelimited";
export { guessDelimiter, DELIMITERS } from "./delimiter";
export { repairLine, type LineRepair } from "./repairLine";
