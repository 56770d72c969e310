// Range.find / findOrNullObject: the first cell (row by row, or from the end when searching backwards)
// whose value matches the text. Like Excel's Find: * and ? are wildcards, ~ escapes them; completeMatch
// compares the whole cell; matchCase compares case. Values are compared as their text.
import type { Rect } from "./address";
import type { SheetModel } from "./model";

export interface SearchCriteria {
  completeMatch?: boolean;
  matchCase?: boolean;
  searchDirection?: "Forward" | "Backwards";
}

/**
 * Excel's wildcards as a regular expression source: `*` any run, `?` one character, `~` before * ? ~
 * the character itself (shared with the formula engine's criteria, which follow the same rule).
 */
export function wildcardSource(text: string): string {
  let source = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "~" && i + 1 < text.length && "*?~".includes(text[i + 1])) {
      source += `\\${text[++i]}`;
    } else if (ch === "*") source += "[\\s\\S]*";
    else if (ch === "?") source += "[\\s\\S]";
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return source;
}

function pattern(text: string, criteria: SearchCriteria): RegExp {
  const source = wildcardSource(text);
  const body = criteria.completeMatch ? `^${source}$` : source;
  return new RegExp(body, criteria.matchCase ? "" : "i");
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** The first matching cell of `rect` (row by row; the last one when searching backwards), or null. */
export function findInRect(
  sheet: SheetModel,
  rect: Rect,
  text: string,
  criteria: SearchCriteria = {},
): { r: number; c: number } | null {
  const re = pattern(text, criteria);
  // Plain text matched whole (the usual look-up of a key) is compared directly, without the regex.
  const plain = criteria.completeMatch && !/[*?~]/.test(text);
  const needle = criteria.matchCase ? text : text.toLowerCase();
  const matches = (r: number, c: number) => {
    const v = sheet.cells.get(r, c)?.value;
    if (v === null || v === undefined) return false;
    if (plain) {
      if (typeof v === "string") return (criteria.matchCase ? v : v.toLowerCase()) === needle;
      return cellText(v).toLowerCase() === needle;
    }
    const t = cellText(v);
    return t !== "" && re.test(t);
  };
  const width = rect.c1 - rect.c0 + 1;
  // Narrow ranges (a key column) are scanned cell by cell in order, stopping at the first match.
  if (width <= 16) {
    const backwards = criteria.searchDirection === "Backwards";
    for (let i = 0; i <= rect.r1 - rect.r0; i++) {
      const r = backwards ? rect.r1 - i : rect.r0 + i;
      for (let j = 0; j < width; j++) {
        const c = backwards ? rect.c1 - j : rect.c0 + j;
        if (matches(r, c)) return { r, c };
      }
    }
    return null;
  }
  const hits: { r: number; c: number }[] = [];
  for (const [r, c, cell] of sheet.cells.within(rect)) {
    const t = cellText(cell.value);
    if (t !== "" && re.test(t)) hits.push({ r, c });
  }
  if (hits.length === 0) return null;
  hits.sort((a, b) => a.r - b.r || a.c - b.c);
  return criteria.searchDirection === "Backwards" ? hits[hits.length - 1] : hits[0];
}
