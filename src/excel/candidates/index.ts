// Candidates actions: load with the pipeline, move stage, schedule, score, add with the
// duplicate check, score weights with the formula, retention.
export { loadCandidates, type CandidatesView } from "./loadCandidates";
export { moveStage, type MoveOptions } from "./moveStage";
export { scheduleInterview } from "./scheduleInterview";
export { setScores, type Scores } from "./setScores";
export { addCandidate, type AddCandidateResult } from "./addCandidate";
export { readScoreWeights, writeScoreWeights, SCORE_WEIGHTS_KEY } from "./weights";
export { listRetained, removeRetained, type RemoveResult, type RetainedCandidate } from "./retention";
