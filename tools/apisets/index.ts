export {
  checkApiSets,
  collectUses,
  evaluateUses,
  readManifest,
  inScope,
  EXCEL_API,
  HIGHEST_ALLOWED_MINIMUM,
} from "./check";
export type { ApiSetReport, CheckInput, Finding } from "./check";
export type { ApiUse } from "./collect";
export { formatReport } from "./report";
export { parseRequirements } from "./annotations";
export { declaredSets, manifestSets } from "./manifest";
export { compareVersions } from "./versions";
