export type { BenchCase, BenchRow, CaseContext, CaseOutcome, Measured, RunInfo, Targets } from "./types";
export { jsonBytes, measureCase, median } from "./measure";
export { allMisses, checkTargets, CHUNK_BYTES } from "./targets";
export { formatTable, jsonRows } from "./table";
export { caseFiles, runCases, CASES_DIR } from "./runner";
export { perSize, seededRandom } from "./random";
