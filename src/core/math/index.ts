// The BACKOFFICE formulas as plain functions: shared by the custom functions, the task pane and the
// tests that hold the registers' native Excel formulas equal to them.
export * from "./result";
export { normSInv } from "./normSInv";
export { packsNeeded, roundUpToPacks } from "./packs";
export { reorderQty } from "./reorderQty";
export { reorderPoint } from "./reorderPoint";
export { safetyStock } from "./safetyStock";
export { eoq } from "./eoq";
export { daysOfSupply } from "./daysOfSupply";
export { stockStatus, type StockStatus } from "./stockStatus";
export { dailyUsage, type Cell } from "./dailyUsage";
export { nextService, serviceStatus, type ServiceStatus } from "./service";
export { weightedScore } from "./weightedScore";
export { trainingStatus, type TrainingStatus } from "./trainingStatus";
