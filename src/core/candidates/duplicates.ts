// Duplicate emails: an address already in the register is flagged before a candidate is added.
// Addresses compare trimmed and case-insensitively (mail systems treat the domain, and in practice the
// local part, without regard to case).
import type { CellValue } from "../cells/types";

export interface KeyedRow {
  key: string;
  values: Record<string, CellValue>;
}

export const normEmail = (v: unknown) => (typeof v === "string" ? v.trim().toLowerCase() : "");

/** Rows whose Email is the same address as `email` (none for a blank address). */
export function rowsWithEmail<R extends KeyedRow>(rows: readonly R[], email: string): R[] {
  const wanted = normEmail(email);
  if (!wanted) return [];
  return rows.filter((r) => normEmail(r.values.email) === wanted);
}

/** Addresses used by more than one row, with the keys using them, in register order. */
export function duplicateEmails(rows: readonly KeyedRow[]): { email: string; keys: string[] }[] {
  const by = new Map<string, string[]>();
  for (const r of rows) {
    const e = normEmail(r.values.email);
    if (!e) continue;
    by.set(e, [...(by.get(e) ?? []), r.key]);
  }
  return [...by].filter(([, keys]) => keys.length > 1).map(([email, keys]) => ({ email, keys }));
}
