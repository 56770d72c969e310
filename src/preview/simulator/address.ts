// A1 addresses: parsing and formatting of cell rectangles, with optional sheet names.
import { columnIndex, columnLetters, quoteSheetName } from "../../core/cells/a1";

/** Excel's grid limits (rows 1..1048576, columns A..XFD). */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** An inclusive, 0-based cell rectangle. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

// Column letters and sheet-name quoting are core's, shared with the add-in (src/core/cells/a1.ts).
export { columnIndex, columnLetters, quoteSheetName };

function splitSheet(address: string): { sheet?: string; local: string } {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += text[i];
      i++;
    }
    if (text[i + 1] !== "!") throw new Error(`Bad address: ${address}`);
    return { sheet: name, local: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf("!");
  if (bang >= 0) return { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
  return { local: text };
}

type Part = { row?: number; col?: number };

function parsePart(part: string): Part | null {
  const m = /^\$?([A-Za-z]{0,3})\$?([0-9]*)$/.exec(part.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const out: Part = {};
  if (m[1]) out.col = columnIndex(m[1]);
  if (m[2]) out.row = Number(m[2]) - 1;
  return out;
}

/** Parses "A1", "A1:C3", "$A$1", "A:C", "2:5", "Sheet1!A1", "'My sheet'!B2:D4"; returns null when invalid. */
export function parseAddress(address: string): ParsedAddress | null {
  let split: { sheet?: string; local: string };
  try {
    split = splitSheet(address);
  } catch {
    return null;
  }
  const pieces = split.local.split(":");
  if (pieces.length < 1 || pieces.length > 2) return null;
  const a = parsePart(pieces[0]);
  const b = pieces.length === 2 ? parsePart(pieces[1]) : a;
  if (!a || !b) return null;
  // A lone part must be a cell; "A:C" needs letters on both sides, "2:5" digits on both sides.
  if (pieces.length === 1 && (a.row === undefined || a.col === undefined)) return null;
  if ((a.row === undefined) !== (b.row === undefined) || (a.col === undefined) !== (b.col === undefined))
    return null;
  const r0 = a.row ?? 0;
  const r1 = b.row ?? MAX_ROWS - 1;
  const c0 = a.col ?? 0;
  const c1 = b.col ?? MAX_COLS - 1;
  const rect = { r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: Math.min(c0, c1), c1: Math.max(c0, c1) };
  if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS) return null;
  return split.sheet === undefined ? { rect } : { sheet: split.sheet, rect };
}

export function isEntireColumns(rect: Rect): boolean {
  return rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
}

export function isEntireRows(rect: Rect): boolean {
  return rect.c0 === 0 && rect.c1 === MAX_COLS - 1;
}

/** "B2", "A1:C3", "A:C" (whole columns), "2:5" (whole rows), like Range.address without the sheet. */
export function formatRect(rect: Rect): string {
  if (isEntireColumns(rect) && !isEntireRows(rect))
    return `${columnLetters(rect.c0)}:${columnLetters(rect.c1)}`;
  if (isEntireRows(rect)) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  const a = `${columnLetters(rect.c0)}${rect.r0 + 1}`;
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return a;
  return `${a}:${columnLetters(rect.c1)}${rect.r1 + 1}`;
}

export function formatAddress(sheet: string, rect: Rect): string {
  return `${quoteSheetName(sheet)}!${formatRect(rect)}`;
}

export const rectRows = (r: Rect): number => r.r1 - r.r0 + 1;
export const rectCols = (r: Rect): number => r.c1 - r.c0 + 1;

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = {
    r0: Math.max(a.r0, b.r0),
    c0: Math.max(a.c0, b.c0),
    r1: Math.min(a.r1, b.r1),
    c1: Math.min(a.c1, b.c1),
  };
  return r.r0 <= r.r1 && r.c0 <= r.c1 ? r : null;
}

export function bounding(a: Rect, b: Rect): Rect {
  return {
    r0: Math.min(a.r0, b.r0),
    c0: Math.min(a.c0, b.c0),
    r1: Math.max(a.r1, b.r1),
    c1: Math.max(a.c1, b.c1),
  };
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
}

/** The parts of `a` outside `b` (at most four rectangles: above, below, left, right). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const x = intersect(a, b);
  if (!x) return [a];
  const out: Rect[] = [];
  if (a.r0 < x.r0) out.push({ r0: a.r0, r1: x.r0 - 1, c0: a.c0, c1: a.c1 });
  if (x.r1 < a.r1) out.push({ r0: x.r1 + 1, r1: a.r1, c0: a.c0, c1: a.c1 });
  if (a.c0 < x.c0) out.push({ r0: x.r0, r1: x.r1, c0: a.c0, c1: x.c0 - 1 });
  if (x.c1 < a.c1) out.push({ r0: x.r0, r1: x.r1, c0: x.c1 + 1, c1: a.c1 });
  return out;
}

export const sameRect = (a: Rect, b: Rect): boolean =>
  a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;

/** "Sheet1!$A$1:$B$4": the absolute form defined names and list sources use. */
export function formatAbsolute(sheet: string, rect: Rect): string {
  const cell = (r: number, c: number) => `$${columnLetters(c)}$${r + 1}`;
  const a = cell(rect.r0, rect.c0);
  const local = rect.r0 === rect.r1 && rect.c0 === rect.c1 ? a : `${a}:${cell(rect.r1, rect.c1)}`;
  return `${quoteSheetName(sheet)}!${local}`;
}
