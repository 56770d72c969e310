// Pieces of the Overview's formulas: whole-column structured references, string literals and exact-match
// criteria for COUNTIFS/SUMIFS (whose criteria are patterns: "<5" compares, "a*" is a wildcard).
import { escapeColumnSpecifier } from "../registers/structuredRef";

/**
 * `Inventory[[Stock status]]`: the column's data body, following the table as it grows. The double
 * brackets are what Excel requires for headers with spaces or other special characters, and always valid.
 */
export function wholeColumn(tableName: string, header: string): string {
  return `${tableName}[[${escapeColumnSpecifier(header)}]]`;
}

/** A formula string literal: `"text"`, with quotes doubled. Line breaks cannot be typed into one. */
export function stringLiteral(text: string): string {
  return `"${text.replace(/[\r\n]+/g, " ").replace(/"/g, '""')}"`;
}

/**
 * A criterion matching exactly `value` (case-insensitively, as every Excel criterion): `"=Paper"`, with
 * ~ * ? escaped so a category called "A4*" is not a pattern, and `=` first so "<none>" is not a
 * comparison. A blank value matches empty cells (`"="`).
 */
export function exactCriterion(value: string): string {
  return stringLiteral(`=${value.replace(/[~*?]/g, (ch) => `~${ch}`)}`);
}

/** Distinct values of a column as row labels: first spelling kept, case ignored (as COUNTIFS ignores it). */
export function distinctLabels(
  values: readonly unknown[],
  limit: number,
): { labels: string[]; blank: boolean; more: number } {
  const seen = new Map<string, string>();
  let blank = false;
  for (const v of values) {
    const text = v === null || v === undefined ? "" : String(v);
    if (text === "") {
      blank = true;
      continue;
    }
    const key = text.toLowerCase();
    if (!seen.has(key)) seen.set(key, text);
  }
  const all = [...seen.values()].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }));
  return { labels: all.slice(0, limit), blank, more: Math.max(0, all.length - limit) };
}

/** The key of a register column's values in OverviewFacts.columnValues ("inventory.category"). */
export const distinctKey = (registerId: string, columnKey: string): string => `${registerId}.${columnKey}`;
