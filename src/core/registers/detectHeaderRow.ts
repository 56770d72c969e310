// Finding the header row of a sheet that may have a title, notes or group headings above its headers:
// the row among the first few that matches most of the register's columns.
import { headerToText } from "./headerText";
import {
  matchHeaders,
  type HeaderMatchResult,
  type MatchConfidence,
  type MatchOptions,
} from "./matchHeaders";
import type { RegisterDef } from "./types";

export interface HeaderRowCandidate {
  /** 0-based index into the rows given. */
  row: number;
  /** Matched columns, fuzzy ones counting less. */
  score: number;
  matched: number;
}

export interface HeaderRowResult {
  /** 0-based index of the header row in the rows given, or null when no row looks like headers. */
  headerRow: number | null;
  match: HeaderMatchResult | null;
  /** Every row that matched at least one column, best first. */
  candidates: HeaderRowCandidate[];
  /** Another row looks almost as much like a header row: the person should confirm. */
  ambiguous: boolean;
  /** Non-blank rows above the header row (titles, group headings): left as they are, above the table. */
  rowsAbove: number[];
  notes: string[];
}

const WEIGHT: Record<MatchConfidence, number> = { exact: 1, alias: 1, normalized: 0.9, fuzzy: 0.6 };
export const HEADER_SEARCH_ROWS = 10;

function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((c) => headerToText(c) === "");
}

export function detectHeaderRow(
  rows: readonly (readonly unknown[])[],
  def: RegisterDef,
  options: MatchOptions & { maxRows?: number; firstRowNumber?: number } = {},
): HeaderRowResult {
  const limit = Math.min(rows.length, options.maxRows ?? HEADER_SEARCH_ROWS);
  const rowNo = (i: number) => i + (options.firstRowNumber ?? 1);
  const results: (HeaderMatchResult | null)[] = [];
  const candidates: HeaderRowCandidate[] = [];
  for (let i = 0; i < limit; i++) {
    const row = rows[i] ?? [];
    // A header row is text: rows whose filled cells are mostly numbers are data.
    const filled = row.filter((c) => headerToText(c) !== "");
    const texty = filled.filter((c) => typeof c === "string").length;
    if (filled.length === 0 || texty * 2 < filled.length) {
      results.push(null);
      continue;
    }
    const m = matchHeaders(def, row, options);
    results.push(m);
    const score = m.matches.reduce((s, x) => s + WEIGHT[x.confidence], 0);
    if (m.matches.length > 0) candidates.push({ row: i, score, matched: m.matches.length });
  }
  candidates.sort((a, b) => b.score - a.score || a.row - b.row);

  const notes: string[] = [];
  if (candidates.length === 0) {
    const empty = rows.length === 0 || rows.every(isBlankRow);
    notes.push(
      empty
        ? "The sheet is empty."
        : `No row among the first ${limit} has headers that match ${def.name}'s columns. Select the header row and the data, then convert again.`,
    );
    return { headerRow: null, match: null, candidates, ambiguous: false, rowsAbove: [], notes };
  }

  const best = candidates[0];
  const rivals = candidates.slice(1).filter((c) => c.matched >= 2 && c.score >= best.score * 0.5);
  const ambiguous = rivals.length > 0;
  for (const r of rivals) {
    notes.push(
      `Row ${rowNo(r.row)} also looks like a header row (${r.matched} matching columns); row ${rowNo(best.row)} (${best.matched}) is used. Please check.`,
    );
  }
  const rowsAbove: number[] = [];
  for (let i = 0; i < best.row; i++) if (!isBlankRow(rows[i] ?? [])) rowsAbove.push(i);
  if (rowsAbove.length > 0) {
    notes.push(
      `Row ${rowNo(best.row)} holds the headers; ${rowsAbove.length === 1 ? "the row" : "the rows"} above it (${rowsAbove.map(rowNo).join(", ")}) stay above the table.`,
    );
  }
  return { headerRow: best.row, match: results[best.row], candidates, ambiguous, rowsAbove, notes };
}
