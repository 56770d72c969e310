export type {
  BenchCase,
  BenchRow,
  CaseContext,
  CaseOutcome,
  Measured,
  RunInfo,
  TargetResult,
  Targets,
} from "./types";
export { jsonBytes, measureCase, median } from "./measure";
export {
  allMisses,
  allTargetResults,
  checkTargets,
  CHUNK_BYTES,
  formatTargets,
  targetResults,
} from "./targets";
export { formatTable, jsonRows } from "./table";
export { caseFiles, runCases, CASES_DIR } from "./runner";
export { perSize, seededRandom } from "./random";
