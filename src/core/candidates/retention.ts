// Retention: candidates past their Retain until date are listed; only the exact list the person
// confirmed is removed, and a row that changed after the list was shown is kept and reported.
import { normKey } from "../registers/keys";

/** A row as it was shown to the person: its key and a fingerprint of every cell. */
export interface ShownRow {
  key: string;
  fingerprint: string;
}

/** Every cell of the row, so any edit by anyone (in any column) shows as a change. */
export function rowFingerprint(cells: readonly unknown[]): string {
  return JSON.stringify(cells.map((c) => (c === undefined ? null : c)));
}

/** Whether a Retain until cell (an Excel date serial) lies before today (serial of today's date). */
export function isPastRetention(retainUntil: unknown, today: number): boolean {
  return typeof retainUntil === "number" && Number.isFinite(retainUntil) && Math.floor(retainUntil) < today;
}

export interface RemovalPlan {
  /** 0-based body row indexes to delete, highest first (so earlier deletions don't move later ones). */
  deleteIndexes: number[];
  removed: string[];
  /** Confirmed keys whose row changed since it was shown: kept. */
  changed: string[];
  /** Confirmed keys no longer in the register (or used twice): nothing deleted for them. */
  missing: string[];
}

/**
 * Which of the current body rows to delete: those whose key was confirmed and whose cells are exactly as
 * shown. `keyOf` and `cellsOf` read the current rows.
 */
export function planRemoval(
  confirmed: readonly ShownRow[],
  current: readonly unknown[][],
  keyIndex: number,
): RemovalPlan {
  const at = new Map<string, number[]>();
  current.forEach((cells, i) => {
    const k = normKey(cells[keyIndex]);
    if (k) at.set(k, [...(at.get(k) ?? []), i]);
  });
  const plan: RemovalPlan = { deleteIndexes: [], removed: [], changed: [], missing: [] };
  for (const shown of confirmed) {
    const rows = at.get(normKey(shown.key)) ?? [];
    if (rows.length !== 1) plan.missing.push(shown.key);
    else if (rowFingerprint(current[rows[0]]) !== shown.fingerprint) plan.changed.push(shown.key);
    else {
      plan.deleteIndexes.push(rows[0]);
      plan.removed.push(shown.key);
    }
  }
  plan.deleteIndexes.sort((a, b) => b - a);
  return plan;
}
