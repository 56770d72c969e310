// Reading and writing the workbook's settings; the values and their checks are in src/core/settings/.
export * from "./settings";
