// src/excel: the only code that calls Excel.*. Plain async functions taking and returning plain data,
// so the task pane never calls Excel.run itself.
export { ExcelActionError, runExcel, type ExcelActionErrorKind } from "./run";
export { findRegisters, type FoundRegister } from "./findRegisters";
export { createRegister, type CreateResult } from "./createRegister";
export { readRegister, type ReadOptions, type ReadRegisterResult, type ReadRow } from "./readRegister";
export {
  appendRows,
  type AppendOptions,
  type AppendResult,
  type AppendedRow,
  type NewRow,
} from "./appendRows";
export { updateRowsByKey, type RowUpdate, type UpdateResult } from "./updateRows";
export {
  onRegisterChanged,
  onSettingsChanged,
  type RegisterChange,
  type SubscribeOptions,
  type Unsubscribe,
} from "./events";
export { goToCell } from "./goToCell";
export {
  applyReorderPoints,
  countStock,
  lowStock,
  type CountResult,
  type LowStockItem,
  type LowStockResult,
  type ReorderPointChange,
  type StockCount,
} from "./inventory";
export { inspectSheet, type InspectProblem, type InspectProblemKind, type Inspection } from "./inspectSheet";
export { convertToRegister, type ConvertPlan, type ConvertResult } from "./convertToRegister";
export type { SheetSource } from "./sheetRegion";
