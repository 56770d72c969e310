// The strict Excel API simulator: an in-memory workbook (SimWorkbook) and Excel-shaped clients on it.
export { SimWorkbook, type CellView, type FormulaEvaluator, type WorkbookChange } from "./workbook";
export { createExcel, installExcel, type SimExcel } from "./excel";
export type { RunStats, SimStats } from "./stats";
export { PAYLOAD_LIMIT_BYTES } from "./stats";
export type { CellValue } from "./cells";
export { SimError, type SimErrorCode } from "./errors";
export { columnLetters, columnIndex, formatAddress, parseAddress } from "./address";
export type { ChartView, SeriesView } from "./chart-data";
