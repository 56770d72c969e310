// Candidates: stage rules, bad-input checks, duplicates, retention, the pipeline view, weights.
export * from "./stages";
export * from "./checks";
export * from "./duplicates";
export * from "./retention";
export * from "./pipeline";
export * from "./weights";
