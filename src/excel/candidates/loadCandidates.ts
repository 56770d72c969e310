// The Candidates register as the page needs it: every candidate, the pipeline by stage, duplicate emails
// and the score weights. The weights (1 sync) and one readRegister (2 syncs under ~4 MB).
import {
  duplicateEmails,
  pipelineOf,
  toCandidate,
  type Candidate,
  type Pipeline,
} from "../../core/candidates";
import type { ScoreWeights } from "../../core/registers/calculatedFormulas";
import { computeCandidateRow } from "../../core/registers/rowCompute";
import { candidates as candidatesDef } from "../../core/registers/definitions/candidates";
import { readRegister } from "../readRegister";
import { readScoreWeights } from "./weights";

export interface CandidatesView {
  found: boolean;
  sheetName: string;
  candidates: Candidate[];
  pipeline: Pipeline;
  duplicates: { email: string; keys: string[] }[];
  missingColumns: string[];
  weights: ScoreWeights;
}

export async function loadCandidates(): Promise<CandidatesView> {
  const read = await readRegister(candidatesDef, { checkLookups: false });
  const weights = await readScoreWeights();
  // Where Excel has not calculated the Weighted score formula yet (a fresh row; the preview does not
  // calculate), show what it will give: the same rule in core, with the same weights.
  const list = read.rows.map((r) => {
    const c = toCandidate(r);
    if (c.weightedScore === null) {
      const w = computeCandidateRow(r.values, weights).weightedScore;
      if (typeof w === "number") c.weightedScore = w;
    }
    return c;
  });
  return {
    found: read.found,
    sheetName: read.sheetName,
    candidates: list,
    pipeline: pipelineOf(list),
    duplicates: duplicateEmails(read.rows),
    missingColumns: read.missingColumns,
    weights,
  };
}
