// The Call log's pure half (issue 6): new calls with defaults, follow-up order, suggestions, CSV import.
export * from "./phone";
export * from "./values";
export * from "./newCall";
export * from "./followUps";
export * from "./suggestions";
export * from "./callImport";
