// Bad input on the Candidates page: invalid emails, scores outside 1–5, an interview in the
// past, a missing name or position. Each message says what to fix.
import { isValidEmail } from "../email/headers";
import { parseNumberText } from "../cells/parseNumber";

export type ScoreKey = "scoreExperience" | "scoreSkills" | "scoreFit";
export const SCORE_LABELS: Record<ScoreKey, string> = {
  scoreExperience: "Experience",
  scoreSkills: "Skills",
  scoreFit: "Fit",
};

/** A score as typed: blank → null (left empty), a whole or half number 1–5 → that number, else a message. */
export function parseScore(text: string, label: string): { value: number | null } | { error: string } {
  const t = text.trim();
  if (t === "") return { value: null };
  const n = Number(t.replace(",", "."));
  if (!Number.isFinite(n)) return { error: `${label}: enter a number from 1 to 5.` };
  if (n < 1 || n > 5) return { error: `${label}: ${t} is outside 1–5. Enter a number from 1 to 5.` };
  return { value: n };
}

export interface NewCandidateInput {
  name: string;
  email: string;
  phone?: string;
  position: string;
  source?: string;
  cvLink?: string;
}

export function checkNewCandidate(input: NewCandidateInput): string[] {
  const errors: string[] = [];
  if (!input.name.trim()) errors.push("Enter the candidate's name.");
  if (!input.position.trim()) errors.push("Enter the position the candidate applied for.");
  const email = input.email.trim();
  if (email && !isValidEmail(email)) errors.push(`"${email}" is not a valid email address.`);
  const cv = (input.cvLink ?? "").trim();
  if (cv && !/^https?:\/\/\S+$/i.test(cv)) errors.push("The CV link must start with https:// or http://.");
  return errors;
}

/** An interview time must be in the future (a minute's grace for the time it takes to press Save). */
export function checkInterviewTime(start: Date | undefined, now: Date): string | null {
  if (!start || Number.isNaN(start.getTime())) return "Enter the interview's date and time.";
  if (start.getTime() < now.getTime() - 60_000)
    return "The interview time is in the past. Choose a future date and time.";
  return null;
}

/** Interview length in minutes as typed. */
export function parseLength(text: string): number | null {
  const n = parseNumberText(text.trim());
  return typeof n === "number" && Number.isFinite(n) && n > 0 ? n : null;
}
