export { listSheets } from "./sheets";
export {
  inspectSheet,
  convertToRegister,
  type SheetSource,
  type SheetInspection,
  type ConvertResult,
} from "./convertSheet";
export { planWithMapping } from "./mappingPlan";
