// Matching a sheet's header row to a register's columns, strongest evidence first:
// the person's choice → exact header → a listed alias (also ignoring case/spaces/punctuation, or a
// parenthesised remark such as "(Sharp Comments)") → fuzzy (fuse.js) → the values alone (columnFit).
// Given the rows under the header, a match by alias or spelling is kept only when the column's values
// fit the field ("Units" holding counts is not Unit; "Type" holding Incoming/Outgoing is not Channel);
// the register's own header is always kept (its values that do not fit are listed as problems).
// One sheet column per field: when two compete, the better match wins and the other is kept as an
// extra column with a note. Nothing is dropped: every unmatched column is an extra.
import Fuse from "fuse.js";
import { isCalculated } from "./columnDefaults";
import { fitOf, profileColumn, recognisableByValues, PROFILE_ROWS, type ColumnProfile } from "./columnFit";
import { headerToText, normalizeHeader } from "./headerText";
import { columnLetters } from "../cells/a1";
import type { ColumnDef, RegisterDef } from "./types";

/**
 * exact: the register's own header; alias: a name listed for it (or the same ignoring case and
 * punctuation); fuzzy: a close spelling, to check; content: no header said so, the values did;
 * manual: the person chose it.
 */
export type MatchConfidence = "exact" | "alias" | "fuzzy" | "content" | "manual";
export interface HeaderMatch {
  sheetIndex: number;
  key: string;
  /** The sheet's header text. */
  header: string;
  confidence: MatchConfidence;
  /** 0 = perfect; fuse.js score for fuzzy matches. */
  score: number;
  /** Share of the column's filled cells that fit the field (1 when no rows were given). */
  fit: number;
}

/** A header that named a field whose values did not fit it. */
export interface RejectedMatch {
  sheetIndex: number;
  key: string;
  header: string;
  fit: number;
}

export interface ExtraColumn {
  sheetIndex: number;
  /** The sheet's header text ("" when blank). */
  header: string;
  /** A unique table header for it: the header itself, "Column N" when blank, "Notes 2" when taken. */
  name: string;
}

export interface HeaderMatchResult {
  /** Per sheet column: the register column key it feeds, or null (an extra column). */
  mapping: (string | null)[];
  /** Register column key → sheet column index. */
  byColumn: Record<string, number>;
  matches: HeaderMatch[];
  confidence: Record<string, MatchConfidence>;
  extras: ExtraColumn[];
  /** Register columns people fill in that the sheet lacks (calculated columns are added, never missing). */
  missing: string[];
  /** Of those, the required ones that cannot be filled in automatically. */
  missingRequired: string[];
  /** A missing key column whose IDs the register can generate (INV-0001…). */
  generatedKeys: string[];
  /** Calculated columns the sheet already has: the register's formula will replace what is there. */
  calculatedInSheet: string[];
  /** Headers that appear more than once (ignoring case). */
  duplicates: { header: string; sheetIndexes: number[] }[];
  /** Sheet columns whose header cell is blank. */
  blanks: number[];
  /** Header matches left out because the values did not fit. */
  rejected: RejectedMatch[];
  /** Sentences for the person confirming the mapping. */
  notes: string[];
}

export interface MatchOptions {
  /** Sheet column index of the first header cell (for the column letters in notes); default 0 = A. */
  startColumn?: number;
  /** The rows under the header (as Range.values gives them): matches must fit their values. */
  rows?: readonly (readonly unknown[])[];
  /** The person's choices, by index into the headers: a field key, or null to keep it as an extra column. */
  manual?: Readonly<Record<number, string | null>>;
}

/** A header match is kept when at least this share of the column's filled cells fits the field. */
export const ACCEPT_FIT = 0.5;
/** A column is proposed by its values alone when this share fits one field and no other. */
export const CONTENT_FIT = 0.8;

// fuse.js score (0 perfect … 1 anything): 0.34 accepts a slip or two in a word ("Unit Cst", "Suplier")
// but not a different word. Lengths must be close too, since fuse finds a short text inside a long one.
const FUZZY_THRESHOLD = 0.34;
const FUZZY_MIN_LENGTH = 4;
const FUZZY_LENGTH_RATIO = 0.75;
// Order of strength: the register's header, a listed alias, the same ignoring case and punctuation (or a
// remark in parentheses), a close spelling.
type Rank = 0 | 1 | 2 | 3;
const CONFIDENCE_OF: Record<Rank, MatchConfidence> = { 0: "exact", 1: "alias", 2: "alias", 3: "fuzzy" };

interface Candidate {
  sheetIndex: number;
  key: string;
  rank: Rank;
  score: number;
  fit: number;
}

const digits = (s: string) => s.replace(/\D/g, "");

// Levenshtein distance of at most `max`? A guard on fuse.js's candidates (a slip of a letter or two, not
// another word that shares letters: "Barcode" is not "Order code"). Stops as soon as a row of the table
// exceeds `max`, since most comparisons are far apart.
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < best) best = cur[j];
    }
    if (best > max) return false;
    prev = cur;
  }
  return prev[b.length] <= max;
}
const FUZZY_MAX_EDITS = (length: number) => Math.min(3, Math.max(1, Math.floor(length / 4)));

// A slip of a letter or two can turn a word into its opposite ("Min level" is one letter from the alias
// "Max level"): such a pair is two different columns, never a typo.
const OPPOSITES: [string, string][] = [
  ["min", "max"],
  ["first", "last"],
  ["start", "end"],
  ["inbound", "outbound"],
];
const turnsIntoOpposite = (header: string, cand: string) =>
  OPPOSITES.some(
    ([a, b]) =>
      (header.includes(a) && !header.includes(b) && cand.includes(b) && !cand.includes(a)) ||
      (header.includes(b) && !header.includes(a) && cand.includes(a) && !cand.includes(b)),
  );

// Everything matching needs from a definition, built once per definition (definitions are constants;
// header detection matches up to ten rows in a row).
interface HeaderIndex {
  exact: Map<string, string[]>;
  lower: Map<string, string[]>;
  normalized: Map<string, string[]>;
  fuse: Fuse<{ key: string; text: string }>;
  /** Longest normalized name: headers much longer than it cannot match fuzzily. */
  maxLength: number;
}
const indexes = new WeakMap<RegisterDef, HeaderIndex>();

function add(map: Map<string, string[]>, text: string, key: string) {
  const keys = map.get(text) ?? [];
  if (!keys.includes(key)) keys.push(key);
  map.set(text, keys);
}

function indexFor(def: RegisterDef): HeaderIndex {
  const known = indexes.get(def);
  if (known) return known;
  const index: HeaderIndex = {
    exact: new Map(),
    lower: new Map(),
    normalized: new Map(),
    fuse: new Fuse<{ key: string; text: string }>([]),
    maxLength: 0,
  };
  const entries: { key: string; text: string }[] = [];
  for (const c of def.columns) {
    add(index.exact, c.header, c.key);
    for (const name of [c.header, ...(c.aliases ?? [])]) {
      add(index.lower, name.toLowerCase(), c.key);
      const norm = normalizeHeader(name);
      add(index.normalized, norm, c.key);
      entries.push({ key: c.key, text: norm });
      index.maxLength = Math.max(index.maxLength, norm.length);
    }
  }
  index.fuse = new Fuse(entries, {
    keys: ["text"],
    includeScore: true,
    threshold: FUZZY_THRESHOLD,
    ignoreLocation: true,
  });
  indexes.set(def, index);
  return index;
}

function candidatesFor(text: string, sheetIndex: number, index: HeaderIndex): Candidate[] {
  if (text === "") return [];
  const norm = normalizeHeader(text);
  const out: Candidate[] = [];
  const push = (keys: string[] | undefined, rank: Rank) => {
    for (const key of keys ?? []) {
      if (!out.some((c) => c.key === key)) out.push({ sheetIndex, key, rank, score: 0, fit: 1 });
    }
  };
  push(index.exact.get(text), 0);
  push(index.lower.get(text.toLowerCase()), 1);
  if (norm !== "") push(index.normalized.get(norm), 2);
  // "Current Status (Sharp Comments)": the remark in parentheses is not part of the name.
  const bare = text.replace(/\([^)]*\)/g, " ").trim();
  if (out.length === 0 && bare !== "" && bare !== text) {
    push(index.lower.get(bare.toLowerCase()), 2);
    push(index.normalized.get(normalizeHeader(bare)), 2);
  }
  // A header much longer than every field name cannot pass the length check below, so it is not
  // searched (fuse.js is slow on long patterns, and sheets can have many long headers).
  if (out.length > 0 || norm.length < FUZZY_MIN_LENGTH || norm.length * FUZZY_LENGTH_RATIO > index.maxLength)
    return out;
  // fuse.js takes about 2 ms a search; a cheap edit-distance screen (which its results must pass anyway)
  // skips the search for the many headers that are near nothing.
  const near = (cand: string) =>
    Math.min(cand.length, norm.length) / Math.max(cand.length, norm.length) >= FUZZY_LENGTH_RATIO &&
    withinEdits(cand, norm, FUZZY_MAX_EDITS(Math.max(cand.length, norm.length)));
  if (![...index.normalized.keys()].some(near)) return out;
  const seen = new Set<string>();
  for (const r of index.fuse.search(norm)) {
    const score = r.score ?? 1;
    const cand = r.item.text;
    if (score > FUZZY_THRESHOLD || seen.has(r.item.key)) continue;
    // "Notes 2" or "Phone 2" is a second column of its own, not a misspelt "Notes".
    if (digits(cand) !== digits(norm)) continue;
    if (!near(cand) || turnsIntoOpposite(norm, cand)) continue;
    seen.add(r.item.key);
    out.push({ sheetIndex, key: r.item.key, rank: 3, score, fit: 1 });
  }
  return out;
}

/** Each column's values under the header, transposed from the rows (a sample: PROFILE_ROWS rows). */
function profiles(rows: readonly (readonly unknown[])[], width: number): ColumnProfile[] {
  const sample = rows.slice(0, PROFILE_ROWS);
  return Array.from({ length: width }, (_, c) => profileColumn(sample.map((r) => r[c])));
}

export function matchHeaders(
  def: RegisterDef,
  sheetHeaders: readonly unknown[],
  options: MatchOptions = {},
): HeaderMatchResult {
  const start = options.startColumn ?? 0;
  const m = newMatching(def, sheetHeaders.map(headerToText), start);
  const { texts, mapping, byColumn } = m;

  // The person's choices come first and are never second-guessed.
  const decided = new Set<number>();
  for (const [at, key] of Object.entries(options.manual ?? {})) {
    const i = Number(at);
    if (!(i >= 0 && i < texts.length)) continue;
    decided.add(i);
    if (key !== null && m.columnOf(key) && byColumn[key] === undefined) m.take(i, key, "manual", 0, 1);
  }

  const profileOf = options.rows ? profiles(options.rows, texts.length) : null;
  const fitFor = (i: number, key: string) => (profileOf ? fitOf(m.columnOf(key)!, profileOf[i]) : 1);
  const { all, rejected } = takeByHeaders(m, decided, fitFor);
  if (profileOf) takeByContent(m, def.columns, { decided, all, profileOf, fitFor });
  m.matches.sort((a, b) => a.sheetIndex - b.sheetIndex);

  const notes = conflictNotes(m, rejected, decided, all);
  const duplicates = duplicateHeaders(texts);
  for (const d of duplicates)
    notes.push(
      `"${d.header}" is the header of ${d.sheetIndexes.length} columns (${d.sheetIndexes.map(m.where).join(", ")}).`,
    );
  const blanks = texts.flatMap((t, i) => (t === "" ? [i] : []));
  const extras = extraColumns(m, def.columns, start, notes);
  const lacking = missingColumns(def, m, notes);
  notes.push(...uncertainNotes(m));

  return {
    mapping,
    byColumn,
    matches: m.matches,
    confidence: m.confidence,
    extras,
    ...lacking,
    duplicates,
    blanks,
    rejected,
    notes,
  };
}

/** A match being made: the sheet's headers, what is taken so far, and how to take a column for a field. */
interface Matching {
  def: RegisterDef;
  texts: string[];
  mapping: (string | null)[];
  byColumn: Record<string, number>;
  confidence: Record<string, MatchConfidence>;
  matches: HeaderMatch[];
  take: (i: number, key: string, how: MatchConfidence, score: number, fit: number) => void;
  columnOf: (key: string) => ColumnDef | undefined;
  headerOf: (key: string) => string;
  /** "column C": a sheet column by its index into the headers. */
  where: (i: number) => string;
}

function newMatching(def: RegisterDef, texts: string[], start: number): Matching {
  const m: Matching = {
    def,
    texts,
    mapping: texts.map(() => null),
    byColumn: {},
    confidence: {},
    matches: [],
    take: (i, key, how, score, fit) => {
      m.mapping[i] = key;
      m.byColumn[key] = i;
      m.confidence[key] = how;
      m.matches.push({ sheetIndex: i, key, header: texts[i], confidence: how, score, fit });
    },
    columnOf: (key) => def.columns.find((c) => c.key === key),
    headerOf: (key) => m.columnOf(key)!.header,
    where: (i) => `column ${columnLetters(start + i)}`,
  };
  return m;
}

/**
 * Takes the columns whose headers name a field (exact, then alias, then close spelling; values must fit
 * an alias or a close spelling), returning every candidate considered and those refused for their values.
 */
function takeByHeaders(
  m: Matching,
  decided: ReadonlySet<number>,
  fitFor: (i: number, key: string) => number,
): { all: Candidate[]; rejected: RejectedMatch[] } {
  const index = indexFor(m.def);
  const rejected: RejectedMatch[] = [];
  const all = m.texts
    .flatMap((t, i) => (decided.has(i) ? [] : candidatesFor(t, i, index)))
    .filter((c) => {
      if (m.byColumn[c.key] !== undefined) return false;
      c.fit = fitFor(c.sheetIndex, c.key);
      // The register's own header is what the person wrote on purpose: values that do not fit it are
      // problems to list, not a reason to move the column away. Aliases and close spellings must fit.
      if (c.fit >= ACCEPT_FIT || c.rank === 0) return true;
      rejected.push({ sheetIndex: c.sheetIndex, key: c.key, header: m.texts[c.sheetIndex], fit: c.fit });
      return false;
    });
  all.sort((a, b) => a.rank - b.rank || b.fit - a.fit || a.score - b.score || a.sheetIndex - b.sheetIndex);
  for (const c of all) {
    if (m.mapping[c.sheetIndex] !== null || m.byColumn[c.key] !== undefined) continue;
    m.take(c.sheetIndex, c.key, CONFIDENCE_OF[c.rank], c.score, c.fit);
  }
  return { all, rejected };
}

/** Takes the columns no header placed whose values fit exactly one free field that values can recognise. */
function takeByContent(
  m: Matching,
  columns: readonly ColumnDef[],
  by: {
    decided: ReadonlySet<number>;
    all: readonly Candidate[];
    profileOf: ColumnProfile[];
    fitFor: (i: number, key: string) => number;
  },
): void {
  const { decided, all, profileOf } = by;
  const proposals = new Map<string, number[]>();
  const fieldsOf = new Map<number, string[]>();
  m.texts.forEach((_, i) => {
    if (m.mapping[i] !== null || decided.has(i) || profileOf[i].filled < 2) return;
    if (all.some((c) => c.sheetIndex === i)) return;
    const fitting = columns
      .filter((c) => !isCalculated(c) && recognisableByValues(c) && m.byColumn[c.key] === undefined)
      .filter((c) => fitOf(c, profileOf[i]) >= CONTENT_FIT)
      .map((c) => c.key);
    fieldsOf.set(i, fitting);
    for (const key of fitting) proposals.set(key, [...(proposals.get(key) ?? []), i]);
  });
  for (const [i, keys] of fieldsOf) {
    if (keys.length !== 1 || proposals.get(keys[0])!.length !== 1) continue;
    m.take(i, keys[0], "content", 0, by.fitFor(i, keys[0]));
  }
}

/** Notes on columns left unplaced: refused for their values, or looking like a field another column took. */
function conflictNotes(
  m: Matching,
  rejected: readonly RejectedMatch[],
  decided: ReadonlySet<number>,
  all: readonly Candidate[],
): string[] {
  const { texts, mapping, where, headerOf } = m;
  const notes: string[] = [];
  for (const r of rejected) {
    if (mapping[r.sheetIndex] !== null) continue;
    notes.push(
      `"${r.header}" (${where(r.sheetIndex)}) reads like ${headerOf(r.key)}, but ${Math.round((1 - r.fit) * 100)}% of its values are not ${describeType(m.columnOf(r.key)!)}; it is not taken for ${headerOf(r.key)}.`,
    );
  }
  // Columns that looked like a field someone else took.
  for (let i = 0; i < texts.length; i++) {
    if (mapping[i] !== null || decided.has(i)) continue;
    const lost = all.find((c) => c.sheetIndex === i);
    if (lost) {
      const winner = m.byColumn[lost.key];
      notes.push(
        `"${texts[i]}" (${where(i)}) also looks like ${headerOf(lost.key)}, but ${where(winner)} ("${texts[winner]}") matches it better; ${where(i)} is kept as an extra column.`,
      );
    }
  }
  return notes;
}

/** Headers shared by several columns. */
function duplicateHeaders(texts: readonly string[]): { header: string; sheetIndexes: number[] }[] {
  const groups = new Map<string, number[]>();
  texts.forEach((t, i) => {
    // Excel compares table headers case-insensitively, so "Notes" and "notes" are the same header.
    const n = t.toLowerCase();
    if (t !== "") groups.set(n, [...(groups.get(n) ?? []), i]);
  });
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => ({ header: texts[g[0]], sheetIndexes: g }));
}

/** Extra columns get unique table headers (Excel requires them unique and non-blank). */
function extraColumns(
  m: Matching,
  columns: readonly ColumnDef[],
  start: number,
  notes: string[],
): ExtraColumn[] {
  const { texts, where } = m;
  const taken = new Set(columns.map((c) => c.header.toLowerCase()));
  const extras: ExtraColumn[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (m.mapping[i] !== null) continue;
    const base = texts[i] === "" ? `Column ${start + i + 1}` : texts[i];
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    taken.add(name.toLowerCase());
    extras.push({ sheetIndex: i, header: texts[i], name });
    if (texts[i] === "") notes.push(`${where(i)} has no header; it is kept as the extra column "${name}".`);
    else if (name !== texts[i])
      notes.push(`"${texts[i]}" (${where(i)}) is kept as the extra column "${name}".`);
  }
  return extras;
}

/** Register columns the sheet lacks (IDs to make, required ones unmatched) and calculated ones it has. */
function missingColumns(
  def: RegisterDef,
  m: Matching,
  notes: string[],
): Pick<HeaderMatchResult, "missing" | "missingRequired" | "generatedKeys" | "calculatedInSheet"> {
  const { byColumn, headerOf } = m;
  const columns = def.columns;
  const missingCols = columns.filter((c) => !isCalculated(c) && byColumn[c.key] === undefined);
  const generatedKeys = def.idPrefix
    ? missingCols.filter((c) => c.key === def.keyColumn).map((c) => c.key)
    : [];
  const missingRequired = missingCols
    .filter((c) => c.required && !generatedKeys.includes(c.key))
    .map((c) => c.key);
  const calculatedInSheet = columns
    .filter((c) => isCalculated(c) && byColumn[c.key] !== undefined)
    .map((c) => c.key);
  for (const k of generatedKeys)
    notes.push(`There is no ${headerOf(k)} column; IDs (${def.idPrefix}0001…) will be added.`);
  for (const k of missingRequired) notes.push(`${headerOf(k)} is required but no column matches it.`);
  for (const k of calculatedInSheet) {
    notes.push(
      `${headerOf(k)} (${m.where(byColumn[k])}) is calculated by the register; its formula replaces the values there.`,
    );
  }
  return { missing: missingCols.map((c) => c.key), missingRequired, generatedKeys, calculatedInSheet };
}

/** Matches to check: close spellings, and columns placed by their values alone. */
function uncertainNotes(m: Matching): string[] {
  const notes: string[] = [];
  for (const x of m.matches) {
    if (x.confidence === "fuzzy")
      notes.push(
        `"${x.header}" (${m.where(x.sheetIndex)}) is taken to be ${m.headerOf(x.key)}: please check.`,
      );
    if (x.confidence === "content")
      notes.push(
        `"${x.header || "(no header)"}" (${m.where(x.sheetIndex)}) holds ${describeType(m.columnOf(x.key)!)}, so it is taken to be ${m.headerOf(x.key)}: please check.`,
      );
  }
  return notes;
}

/** What a column's values should be, in words ("numbers", "dates", "one of Phone, Fax, …"). */
export function describeType(column: RegisterDef["columns"][number]): string {
  switch (column.type) {
    case "number":
    case "integer":
    case "currency":
      return "numbers";
    case "date":
    case "datetime":
      return "dates";
    case "choice":
      return column.choices ? `${column.choices.join(", ")} (or words meaning them)` : "names";
    case "email":
      return "email addresses";
    case "phone":
      return "phone numbers";
    case "url":
      return "links";
    case "boolean":
      return "yes or no";
    default:
      return column.words ? "words" : "text";
  }
}
