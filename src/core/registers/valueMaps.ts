// What each value found in a choice column becomes when the sheet is converted: the distinct values,
// each with the choice it is read as and why (the same choice, another spelling, a word meaning it, a
// yes/no answer, a close spelling to check), or none (it is kept as it is and listed as a problem). The
// person can change any line; their lines are kept as "manual".
import { closestOption } from "../cells/closest";
import type { ColumnDef } from "./types";

export type ValueHow = "same" | "case" | "meaning" | "yesNo" | "close" | "manual" | "none";

export interface ValueMapLine {
  /** The value as first written in the column (trimmed). */
  value: string;
  /** How values are compared: trimmed, lower case, inner spaces single. */
  key: string;
  /** Cells holding it (in any spelling that folds to `key`). */
  count: number;
  /** The choice it becomes, or null: kept as it is (and listed as a problem). */
  to: string | null;
  how: ValueHow;
}

/** The person's choices for one column: folded value → choice (null: keep as it is). */
export type ValueChoices = Readonly<Record<string, string | null>>;

const YES = new Set(["yes", "y", "true", "x", "✓", "✔", "☑", "1", "done", "ok"]);
const NO = new Set(["no", "n", "false", "0", "✗", "✘", "-", "not done"]);

/** The key a value is compared by: "  Offer   Accepted " and "offer accepted" are one value. */
export function valueKey(raw: unknown): string {
  const text = typeof raw === "boolean" ? (raw ? "true" : "false") : String(raw ?? "");
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/** "yes", "no" or null for a yes/no answer (Yes, Y, TRUE, x, ✓ / No, N, FALSE). */
export function yesNoOf(raw: unknown): "yes" | "no" | null {
  if (raw === true || raw === 1) return "yes";
  if (raw === false || raw === 0) return "no";
  const k = valueKey(raw);
  return YES.has(k) ? "yes" : NO.has(k) ? "no" : null;
}

const squash = (s: string) => s.toLowerCase().replace(/[\s\-_.]+/g, "");

/** The choice one value is read as, and how, before the person changes anything. */
export function proposeValue(column: ColumnDef, raw: unknown): { to: string | null; how: ValueHow } {
  const choices = column.choices ?? [];
  const text = typeof raw === "string" ? raw.trim() : String(raw);
  if (choices.includes(text)) return { to: text, how: "same" };
  const same = choices.find((c) => squash(c) === squash(text));
  if (same) return { to: same, how: "case" };
  const key = valueKey(raw);
  for (const [choice, words] of Object.entries(column.valueAliases ?? {})) {
    if (words.some((w) => valueKey(w) === key || squash(w) === squash(text)))
      return { to: choice, how: "meaning" };
  }
  const yn = yesNoOf(raw);
  if (yn && column.yesNo) return { to: column.yesNo[yn], how: "yesNo" };
  // A slip in the spelling of a choice ("Operatinal"); strict, since the person is asked to check it.
  const close = text.length >= 4 ? closestOption(text, choices, 0.25) : undefined;
  return close ? { to: close, how: "close" } : { to: null, how: "none" };
}

/**
 * The distinct values of a choice column and what each becomes, most frequent first. `chosen` holds
 * the person's lines (by key); values they did not touch keep the proposal.
 */
export function valueMapFor(
  column: ColumnDef,
  values: readonly unknown[],
  chosen: ValueChoices = {},
): ValueMapLine[] {
  const lines = new Map<string, ValueMapLine>();
  for (const raw of values) {
    if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) continue;
    const key = valueKey(raw);
    const line = lines.get(key);
    if (line) {
      line.count++;
      continue;
    }
    const value =
      typeof raw === "string"
        ? raw.trim()
        : typeof raw === "boolean"
          ? raw
            ? "TRUE"
            : "FALSE"
          : String(raw);
    const proposed = Object.prototype.hasOwnProperty.call(chosen, key)
      ? { to: chosen[key], how: "manual" as const }
      : proposeValue(column, raw);
    lines.set(key, { value, key, count: 1, ...proposed });
  }
  return [...lines.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** The choice a raw cell becomes under a value map, or undefined when it is left as it is. */
export function mappedValue(lines: readonly ValueMapLine[], raw: unknown): string | undefined {
  const key = valueKey(raw);
  const line = lines.find((l) => l.key === key);
  return line && line.to !== null ? line.to : undefined;
}

/**
 * Lines whose original text must be kept (in Notes) because another value of the column becomes the
 * same choice: "Offer Accepted" alone → Offer loses nothing, but "Offer Accepted" and "Offer Made" both →
 * Offer would, unless each keeps its words. Spellings of one value, and all yes answers (Yes, Y, ✓), count
 * as one value.
 */
export function linesKeepingOriginal(lines: readonly ValueMapLine[]): Set<string> {
  const meaning = (l: ValueMapLine) => (l.how === "yesNo" ? `yesno:${yesNoOf(l.value)}` : squash(l.key));
  const byTarget = new Map<string, Set<string>>();
  for (const l of lines) {
    if (l.to === null) continue;
    const set = byTarget.get(l.to) ?? new Set<string>();
    set.add(meaning(l));
    byTarget.set(l.to, set);
  }
  const keep = new Set<string>();
  for (const l of lines) {
    if (l.to === null || (byTarget.get(l.to)?.size ?? 0) < 2) continue;
    // The choice itself, written as it is or in other capitals, needs no note.
    if (squash(l.key) !== squash(l.to)) keep.add(l.key);
  }
  return keep;
}

/** Share (0–1) of a column's filled cells whose value reads as one of the choices (close spellings count half). */
export function choiceFit(lines: readonly ValueMapLine[]): number {
  const total = lines.reduce((n, l) => n + l.count, 0);
  if (total === 0) return 0;
  const fitting = lines.reduce(
    (n, l) => n + (l.to === null ? 0 : l.how === "close" ? l.count / 2 : l.count),
    0,
  );
  return fitting / total;
}
