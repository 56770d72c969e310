// Pipeline stage rules: forward one step at a time (Applied → Screening → Interview → Offer →
// Hired), Rejected or Withdrawn from any open stage; Hired, Rejected and Withdrawn are final unless the
// person explicitly reopens the candidate.
import { CANDIDATE_STAGES } from "../registers/definitions/candidates";

export type Stage = (typeof CANDIDATE_STAGES)[number];

export const PIPELINE: readonly Stage[] = ["Applied", "Screening", "Interview", "Offer", "Hired"];
export const FINAL_STAGES: readonly Stage[] = ["Hired", "Rejected", "Withdrawn"];

export function asStage(value: unknown): Stage | null {
  const text = typeof value === "string" ? value.trim().toLowerCase() : "";
  return CANDIDATE_STAGES.find((s) => s.toLowerCase() === text) ?? null;
}

export const isFinal = (stage: Stage) => FINAL_STAGES.includes(stage);

export type MoveCheck = { ok: true } | { ok: false; reason: string };

/** Whether a candidate may go from `from` to `to`; `reopen` is the person's explicit choice to reopen. */
export function checkMove(from: Stage | null, to: Stage, opts: { reopen?: boolean } = {}): MoveCheck {
  // A blank or unknown stage (a converted sheet) is treated as Applied.
  const current = from ?? "Applied";
  if (current === to) return { ok: false, reason: `The candidate is already at ${to}.` };
  if (isFinal(current)) {
    if (opts.reopen) return { ok: true };
    return {
      ok: false,
      reason: `${current} is final. Choose "Reopen" first if this candidate should go back into the pipeline.`,
    };
  }
  if (to === "Rejected" || to === "Withdrawn") return { ok: true };
  const i = PIPELINE.indexOf(current);
  const j = PIPELINE.indexOf(to);
  if (j === i + 1) return { ok: true };
  if (j < i) return { ok: true }; // stepping back (e.g. a second screening) is allowed
  return { ok: false, reason: `From ${current} the next stage is ${PIPELINE[i + 1]}, not ${to}.` };
}

/** The stages a candidate at `from` can be moved to (reopening not included). */
export function allowedMoves(from: Stage | null): Stage[] {
  return CANDIDATE_STAGES.filter((s) => checkMove(from, s).ok);
}

/** Stages a closed candidate can be reopened into. */
export const REOPEN_STAGES: readonly Stage[] = ["Applied", "Screening", "Interview", "Offer"];
