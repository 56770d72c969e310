// The pipeline view: candidates grouped by stage, in the stage order of the register definition.
import type { CellValue } from "../cells/types";
import { CANDIDATE_STAGES } from "../registers/definitions/candidates";
import { asStage, type Stage } from "./stages";

export interface Candidate {
  key: string;
  row: number;
  name: string;
  email: string;
  position: string;
  /** null when the Stage cell is blank or not a known stage (shown under Applied). */
  stage: Stage | null;
  stageSince: number | null;
  interviewAt: number | null;
  interviewer: string;
  cvLink: string;
  scores: { scoreExperience: number | null; scoreSkills: number | null; scoreFit: number | null };
  weightedScore: number | null;
  retainUntil: number | null;
}

const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());
const num = (v: CellValue | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : null);

export function toCandidate(r: { key: string; row: number; values: Record<string, CellValue> }): Candidate {
  const v = r.values;
  return {
    key: r.key,
    row: r.row,
    name: text(v.name),
    email: text(v.email),
    position: text(v.position),
    stage: asStage(v.stage),
    stageSince: num(v.stageSince),
    interviewAt: num(v.interviewAt),
    interviewer: text(v.interviewer),
    cvLink: text(v.cvLink),
    scores: {
      scoreExperience: num(v.scoreExperience),
      scoreSkills: num(v.scoreSkills),
      scoreFit: num(v.scoreFit),
    },
    weightedScore: num(v.weightedScore),
    retainUntil: num(v.retainUntil),
  };
}

export type Pipeline = { stage: Stage; candidates: Candidate[] }[];

export function pipelineOf(candidates: readonly Candidate[]): Pipeline {
  return CANDIDATE_STAGES.map((stage) => ({
    stage,
    candidates: candidates.filter((c) => (c.stage ?? "Applied") === stage),
  }));
}
