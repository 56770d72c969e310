// Scoring: the three 1–5 scores on the candidate's row (found by key, 2 syncs); the Weighted score column's
// own formula recalculates. Values outside 1–5 are refused before anything is written.
import type { ScoreKey } from "../../core/candidates";
import { SCORE_LABELS } from "../../core/candidates";
import { candidates } from "../../core/registers/definitions/candidates";
import { ExcelActionError } from "../errors";
import { updateRowsByKey, type UpdateResult } from "../updateRows";

export type Scores = Partial<Record<ScoreKey, number | null>>;

export async function setScores(key: string, scores: Scores): Promise<UpdateResult> {
  const bad = (Object.entries(scores) as [ScoreKey, number | null][]).filter(
    ([, v]) => v !== null && !(Number.isFinite(v) && v >= 1 && v <= 5),
  );
  if (bad.length > 0) {
    throw new ExcelActionError(
      "invalid",
      bad.map(([k, v]) => `${SCORE_LABELS[k]}: ${v} is outside 1–5.`).join(" "),
      "Enter numbers from 1 to 5.",
    );
  }
  return updateRowsByKey(candidates, [{ key, changes: { ...scores } }]);
}
