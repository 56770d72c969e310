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

function pattern(text: string, criteria: SearchCriteria): RegExp {
  let source = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "~" && i + 1 < text.length && "*?~".includes(text[i + 1])) {
      source += `\\${text[++i]}`;
    } else if (ch === "*") source += ".*";
    else if (ch === "?") source += ".";
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  const body = criteria.completeMatch ? `^${source}$` : source;
  return new RegExp(body, criteria.matchCase ? "s" : "is");
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** The first matching cell of `rect`, or null. */
export function findInRect(
  sheet: SheetModel,
  rect: Rect,
  text: string,
  criteria: SearchCriteria = {},
): { r: number; c: number } | null {
  const re = pattern(text, criteria);
  const hits: { r: number; c: number }[] = [];
  for (const [r, c, cell] of sheet.cells.within(rect)) {
    const t = cellText(cell.value);
    if (t !== "" && re.test(t)) hits.push({ r, c });
  }
  if (hits.length === 0) return null;
  hits.sort((a, b) => a.r - b.r || a.c - b.c);
  return criteria.searchDirection === "Backwards" ? hits[hits.length - 1] : hits[0];
}
