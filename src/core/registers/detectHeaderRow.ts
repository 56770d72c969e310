// Finding the header row of a sheet that may have a title block, blank rows, notes or group headings
// above its headers: the row among the first few dozen that matches most of the register's columns
// (judged by the headers, then checked against the values under them). When no row matches, the row that
// looks most like headers is proposed, so the person starts from a guess and maps the columns: there is
// never a dead end. The person can also name the row.
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
  /** Matched columns, weaker matches counting less. */
  score: number;
  matched: number;
}

export interface HeaderRowResult {
  /** 0-based index of the header row in the rows given, or null when the rows are all blank. */
  headerRow: number | null;
  /** How the row was found: its headers matched, it only looks like headers, or the person chose it. */
  found: "matched" | "guessed" | "chosen" | null;
  match: HeaderMatchResult | null;
  /** Every row whose headers matched at least one column, best first. */
  candidates: HeaderRowCandidate[];
  /** Another row looks almost as much like a header row: the person should confirm. */
  ambiguous: boolean;
  /** Non-blank rows above the header row (titles, group headings): left as they are, above the table. */
  rowsAbove: number[];
  notes: string[];
}

const WEIGHT: Record<MatchConfidence, number> = { exact: 1, alias: 1, fuzzy: 0.6, content: 0.8, manual: 1 };
/** Rows searched for the headers: a title block, a logo's rows and blank rows rarely take more. */
export const HEADER_SEARCH_ROWS = 30;
/** Rows whose headers matched best that are then checked against their values. */
const CHECKED_ROWS = 3;

function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((c) => headerToText(c) === "");
}

/** A header row is text: rows whose filled cells are mostly numbers are data. */
function looksLikeHeaders(row: readonly unknown[], minFilled = 1): boolean {
  const filled = row.filter((c) => headerToText(c) !== "");
  const texty = filled.filter((c) => typeof c === "string").length;
  return filled.length >= minFilled && texty * 2 >= filled.length;
}

export function scoreOf(match: HeaderMatchResult): number {
  return match.matches.reduce((s, x) => s + WEIGHT[x.confidence], 0);
}

export interface DetectOptions extends MatchOptions {
  maxRows?: number;
  /** Sheet row number of rows[0], for the row numbers in notes; default 1. */
  firstRowNumber?: number;
  /** The header row the person chose (0-based index into rows). */
  headerRow?: number;
}

export function detectHeaderRow(
  rows: readonly (readonly unknown[])[],
  def: RegisterDef,
  options: DetectOptions = {},
): HeaderRowResult {
  const limit = Math.min(rows.length, options.maxRows ?? HEADER_SEARCH_ROWS);
  const rowNo = (i: number) => i + (options.firstRowNumber ?? 1);
  const { startColumn, manual } = options;
  const matchAt = (i: number) =>
    matchHeaders(def, rows[i] ?? [], { startColumn, manual, rows: rows.slice(i + 1) });
  const rowsAboveOf = (at: number) => {
    const above: number[] = [];
    for (let i = 0; i < at; i++) if (!isBlankRow(rows[i] ?? [])) above.push(i);
    return above;
  };
  const aboveNote = (at: number, above: number[]) =>
    `Row ${rowNo(at)} holds the headers; ${above.length === 1 ? "the row" : "the rows"} above it (${above.map(rowNo).join(", ")}) stay above the table.`;

  if (options.headerRow !== undefined) {
    const at = options.headerRow;
    const match = matchAt(at);
    const rowsAbove = rowsAboveOf(at);
    const notes = rowsAbove.length ? [aboveNote(at, rowsAbove)] : [];
    const candidates = [{ row: at, score: scoreOf(match), matched: match.matches.length }];
    return { headerRow: at, found: "chosen", match, candidates, ambiguous: false, rowsAbove, notes };
  }

  // Headers alone first (cheap), then the best few rows again with their values.
  const byHeaders: HeaderRowCandidate[] = [];
  for (let i = 0; i < limit; i++) {
    const row = rows[i] ?? [];
    if (!looksLikeHeaders(row)) continue;
    // The person's column choices apply to the header row, not to the search for it.
    const m = matchHeaders(def, row, { startColumn });
    if (m.matches.length > 0) byHeaders.push({ row: i, score: scoreOf(m), matched: m.matches.length });
  }
  byHeaders.sort((a, b) => b.score - a.score || a.row - b.row);
  const checked = byHeaders.slice(0, CHECKED_ROWS).map((c) => {
    const match = matchAt(c.row);
    return { candidate: { row: c.row, score: scoreOf(match), matched: match.matches.length }, match };
  });
  checked.sort((a, b) => b.candidate.score - a.candidate.score || a.candidate.row - b.candidate.row);
  const candidates = [...checked.map((c) => c.candidate), ...byHeaders.slice(CHECKED_ROWS)].filter(
    (c) => c.matched > 0,
  );

  if (candidates.length === 0)
    return guessHeaderRow(rows, def, limit, { matchAt, rowsAboveOf, aboveNote, rowNo });

  const notes: string[] = [];
  const best = candidates[0];
  // Whether another row also looks like headers is a question about the headers alone.
  const bestByHeaders = byHeaders.find((c) => c.row === best.row) ?? best;
  const rivals = byHeaders.filter(
    (c) => c.row !== best.row && c.matched >= 2 && c.score >= bestByHeaders.score * 0.5,
  );
  for (const r of rivals) {
    notes.push(
      `Row ${rowNo(r.row)} also looks like a header row (${r.matched} matching columns); row ${rowNo(best.row)} (${bestByHeaders.matched}) is used. Please check.`,
    );
  }
  const rowsAbove = rowsAboveOf(best.row);
  if (rowsAbove.length > 0) notes.push(aboveNote(best.row, rowsAbove));
  return {
    headerRow: best.row,
    found: "matched",
    match: checked.find((c) => c.candidate.row === best.row)?.match ?? matchAt(best.row),
    candidates,
    ambiguous: rivals.length > 0,
    rowsAbove,
    notes,
  };
}

/**
 * No row's headers match the register: the sheet is empty, or the first row that reads like headers (two
 * or more text cells: a merged title has one) is proposed for the person to check.
 */
function guessHeaderRow(
  rows: readonly (readonly unknown[])[],
  def: RegisterDef,
  limit: number,
  at: {
    matchAt: (i: number) => HeaderMatchResult;
    rowsAboveOf: (i: number) => number[];
    aboveNote: (i: number, above: number[]) => string;
    rowNo: (i: number) => number;
  },
): HeaderRowResult {
  const notes: string[] = [];
  if (rows.length === 0 || rows.every(isBlankRow)) {
    notes.push("The sheet is empty.");
    return {
      headerRow: null,
      found: null,
      match: null,
      candidates: [],
      ambiguous: false,
      rowsAbove: [],
      notes,
    };
  }
  let guess = 0;
  for (let i = 0; i < limit; i++)
    if (looksLikeHeaders(rows[i] ?? [], 2)) {
      guess = i;
      break;
    }
  while (guess < rows.length - 1 && isBlankRow(rows[guess] ?? [])) guess++;
  const match = at.matchAt(guess);
  const rowsAbove = at.rowsAboveOf(guess);
  notes.push(
    `No header in the first ${limit} rows matches ${def.name}'s columns. Row ${at.rowNo(guess)} looks like the header row: check it, and choose what each column is.`,
  );
  if (rowsAbove.length > 0) notes.push(at.aboveNote(guess, rowsAbove));
  const scored = match.matches.length
    ? [{ row: guess, score: scoreOf(match), matched: match.matches.length }]
    : [];
  return {
    headerRow: guess,
    found: "guessed",
    match,
    candidates: scored,
    ambiguous: false,
    rowsAbove,
    notes,
  };
}
