// Mapping rows onto a register by hand (header row, columns, values, date orders, fills): shared by the
// register setup (a sheet) and imports of a file's rows.
export { ColumnMapping, unmapped, type ColumnMappingProps } from "./ColumnMapping";
export type { HeaderRowOption } from "./HeaderRowField";
export { useReadingPlan, browserLocale, type ReadingSource } from "./useReadingPlan";
export { withColumn, withDateOrder, withFill, withHeaderRow, withValue } from "./choiceEdits";
export { KEPT_AS_EXTRA, type ExtraWording } from "./extraWording";
