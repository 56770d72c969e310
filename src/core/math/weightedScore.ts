import type { Cell } from "./dailyUsage";
import { finiteResult, type MathError, mathError, notANumber } from "./result";

/**
 * WEIGHTEDSCORE: Σ score × weight ÷ Σ weight over the scores that are numbers (null scores are
 * skipped with their weight; a blank weight counts as 0, as in SUMPRODUCT).
 */
export function weightedScore(scores: readonly Cell[], weights: readonly Cell[]): number | MathError {
  if (scores.length !== weights.length) {
    return mathError("#VALUE!", `scores has ${scores.length} cells but weights has ${weights.length}`);
  }
  let weighted = 0;
  let totalWeight = 0;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    if (score === null) continue;
    const weight = weights[i] ?? 0;
    if (!Number.isFinite(score)) return notANumber(`scores cell ${i + 1}`);
    if (!Number.isFinite(weight)) return notANumber(`weights cell ${i + 1}`);
    if (weight < 0) return mathError("#NUM!", `weights cell ${i + 1} must not be negative`);
    weighted += score * weight;
    totalWeight += weight;
  }
  if (totalWeight === 0) return mathError("#DIV/0!", "no score has a weight above 0");
  return finiteResult(weighted / totalWeight);
}
