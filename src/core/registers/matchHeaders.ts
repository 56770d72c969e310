// Matching a sheet's header row to a register's columns, strongest evidence first:
// exact header → a listed alias → the same after ignoring case/spaces/punctuation → fuzzy (fuse.js).
// One sheet column per field: when two compete, the better match wins and the other is kept as an
// extra column with a note. Nothing is dropped: every unmatched column is an extra.
import Fuse from "fuse.js";
import { isCalculated } from "./columnDefaults";
import { columnLetter, headerToText, normalizeHeader } from "./headerText";
import type { RegisterDef } from "./types";

export type MatchConfidence = "exact" | "alias" | "normalized" | "fuzzy";

export interface HeaderMatch {
  sheetIndex: number;
  key: string;
  /** The sheet's header text. */
  header: string;
  confidence: MatchConfidence;
  /** 0 = perfect; fuse.js score for fuzzy matches. */
  score: number;
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
  /** Sentences for the person confirming the mapping. */
  notes: string[];
}

export interface MatchOptions {
  /** Sheet column index of the first header cell (for the column letters in notes); default 0 = A. */
  startColumn?: number;
}

// fuse.js score (0 perfect … 1 anything): 0.34 accepts a slip or two in a word ("Unit Cst", "Suplier")
// but not a different word. Lengths must be close too, since fuse finds a short text inside a long one.
const FUZZY_THRESHOLD = 0.34;
const FUZZY_MIN_LENGTH = 4;
const FUZZY_LENGTH_RATIO = 0.75;
const RANK: Record<MatchConfidence, number> = { exact: 0, alias: 1, normalized: 2, fuzzy: 3 };

interface Candidate {
  sheetIndex: number;
  key: string;
  confidence: MatchConfidence;
  score: number;
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
  const push = (keys: string[] | undefined, confidence: MatchConfidence) => {
    for (const key of keys ?? []) {
      if (!out.some((c) => c.key === key)) out.push({ sheetIndex, key, confidence, score: 0 });
    }
  };
  push(index.exact.get(text), "exact");
  push(index.lower.get(text.toLowerCase()), "alias");
  if (norm !== "") push(index.normalized.get(norm), "normalized");
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
    out.push({ sheetIndex, key: r.item.key, confidence: "fuzzy", score });
  }
  return out;
}

export function matchHeaders(
  def: RegisterDef,
  sheetHeaders: readonly unknown[],
  options: MatchOptions = {},
): HeaderMatchResult {
  const start = options.startColumn ?? 0;
  const where = (i: number) => `column ${columnLetter(start + i)}`;
  const texts = sheetHeaders.map(headerToText);
  const columns = def.columns;
  const index = indexFor(def);

  const all = texts.flatMap((t, i) => candidatesFor(t, i, index));
  all.sort(
    (a, b) => RANK[a.confidence] - RANK[b.confidence] || a.score - b.score || a.sheetIndex - b.sheetIndex,
  );

  const mapping: (string | null)[] = texts.map(() => null);
  const byColumn: Record<string, number> = {};
  const confidence: Record<string, MatchConfidence> = {};
  const matches: HeaderMatch[] = [];
  for (const c of all) {
    if (mapping[c.sheetIndex] !== null || byColumn[c.key] !== undefined) continue;
    mapping[c.sheetIndex] = c.key;
    byColumn[c.key] = c.sheetIndex;
    confidence[c.key] = c.confidence;
    matches.push({
      sheetIndex: c.sheetIndex,
      key: c.key,
      header: texts[c.sheetIndex],
      confidence: c.confidence,
      score: c.score,
    });
  }
  matches.sort((a, b) => a.sheetIndex - b.sheetIndex);

  const headerOf = (key: string) => columns.find((c) => c.key === key)!.header;
  const notes: string[] = [];

  // Columns that looked like a field someone else took.
  for (let i = 0; i < texts.length; i++) {
    if (mapping[i] !== null) continue;
    const lost = all.find((c) => c.sheetIndex === i);
    if (lost) {
      const winner = byColumn[lost.key];
      notes.push(
        `"${texts[i]}" (${where(i)}) also looks like ${headerOf(lost.key)}, but ${where(winner)} ("${texts[winner]}") matches it better; ${where(i)} is kept as an extra column.`,
      );
    }
  }

  // Duplicate and blank headers.
  const groups = new Map<string, number[]>();
  texts.forEach((t, i) => {
    // Excel compares table headers case-insensitively, so "Notes" and "notes" are the same header.
    const n = t.toLowerCase();
    if (t !== "") groups.set(n, [...(groups.get(n) ?? []), i]);
  });
  const duplicates = [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => ({ header: texts[g[0]], sheetIndexes: g }));
  for (const d of duplicates)
    notes.push(
      `"${d.header}" is the header of ${d.sheetIndexes.length} columns (${d.sheetIndexes.map(where).join(", ")}).`,
    );
  const blanks = texts.flatMap((t, i) => (t === "" ? [i] : []));

  // Extra columns get unique table headers (Excel requires them unique and non-blank).
  const taken = new Set(columns.map((c) => c.header.toLowerCase()));
  const extras: ExtraColumn[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (mapping[i] !== null) continue;
    const base = texts[i] === "" ? `Column ${start + i + 1}` : texts[i];
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    taken.add(name.toLowerCase());
    extras.push({ sheetIndex: i, header: texts[i], name });
    if (texts[i] === "") notes.push(`${where(i)} has no header; it is kept as the extra column "${name}".`);
    else if (name !== texts[i])
      notes.push(`"${texts[i]}" (${where(i)}) is kept as the extra column "${name}".`);
  }

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
      `${headerOf(k)} (${where(byColumn[k])}) is calculated by the register; its formula replaces the values there.`,
    );
  }
  for (const m of matches) {
    if (m.confidence === "fuzzy")
      notes.push(`"${m.header}" (${where(m.sheetIndex)}) is taken to be ${headerOf(m.key)}: please check.`);
  }

  return {
    mapping,
    byColumn,
    matches,
    confidence,
    extras,
    missing: missingCols.map((c) => c.key),
    missingRequired,
    generatedKeys,
    calculatedInSheet,
    duplicates,
    blanks,
    notes,
  };
}
