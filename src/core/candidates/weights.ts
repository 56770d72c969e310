// Score weights as stored in the workbook's settings: { experience, skills, fit }, each a number ≥ 0,
// not all zero (the weighted score divides by their sum over the scores present).
import { DEFAULT_SCORE_WEIGHTS, type ScoreWeights } from "../registers/calculatedFormulas";

export function parseWeights(value: unknown): ScoreWeights | null {
  if (typeof value !== "object" || value === null) return null;
  const o = value as Record<string, unknown>;
  const out = { experience: o.experience, skills: o.skills, fit: o.fit };
  const ok = Object.values(out).every((w) => typeof w === "number" && Number.isFinite(w) && w >= 0);
  if (!ok) return null;
  const w = out as ScoreWeights;
  return w.experience + w.skills + w.fit > 0 ? w : null;
}

export const weightsOrDefault = (value: unknown): ScoreWeights =>
  parseWeights(value) ?? { ...DEFAULT_SCORE_WEIGHTS };
