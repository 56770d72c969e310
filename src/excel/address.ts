// A1 addresses for problems lists and "go to" links.
import { columnIndex, columnLetters, quoteSheetName } from "../core/cells/a1";

/** Address of one cell, 0-based row and column: cellAddress("Inventory", 4, 2) → "Inventory!C5". */
export function cellAddress(sheet: string, row: number, col: number): string {
  return `${quoteSheetName(sheet)}!${columnLetters(col)}${row + 1}`;
}

/** Address of a rectangle, 0-based inclusive corners. */
export function rectAddress(sheet: string, r0: number, c0: number, r1: number, c1: number): string {
  const a = `${columnLetters(c0)}${r0 + 1}`;
  const b = `${columnLetters(c1)}${r1 + 1}`;
  return `${quoteSheetName(sheet)}!${a === b ? a : `${a}:${b}`}`;
}

/** A1 text of a rectangle without the sheet, 0-based inclusive corners. */
export function localRect(r0: number, c0: number, r1: number, c1: number): string {
  const a = `${columnLetters(c0)}${r0 + 1}`;
  const b = `${columnLetters(c1)}${r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** Splits "Sheet!A1" or "'My sheet'!B2:C3" into sheet and local address; null without a sheet part. */
export function splitAddress(address: string): { sheet: string; local: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(address.trim());
  if (!m) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], local: m[3].replace(/\$/g, "") };
}

/** The 0-based row and column of the top-left cell of a local A1 address ("C5" → {row: 4, col: 2}). */
export function parseCell(local: string): { row: number; col: number } | null {
  const m = /^([A-Za-z]{1,3})(\d+)/.exec(local.replace(/\$/g, ""));
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** 0-based corners of a local A1 rectangle ("B2:D9", "C5"); null when it is not one. */
export function parseRect(local: string): { r0: number; c0: number; r1: number; c1: number } | null {
  const [a, b] = local.replace(/\$/g, "").split(":");
  const p = parseCell(a ?? "");
  const q = b === undefined ? p : parseCell(b);
  if (!p || !q) return null;
  return {
    r0: Math.min(p.row, q.row),
    c0: Math.min(p.col, q.col),
    r1: Math.max(p.row, q.row),
    c1: Math.max(p.col, q.col),
  };
}

/** The rectangles of a RangeAreas address ("S!A1:B2,S!D4" or "S!A1:B2, S!D4"). */
export function parseAreas(address: string): { r0: number; c0: number; r1: number; c1: number }[] {
  if (!address) return [];
  return address
    .split(",")
    .map((part) => {
      const split = splitAddress(part.trim());
      return parseRect(split ? split.local : part.trim());
    })
    .filter((r): r is { r0: number; c0: number; r1: number; c1: number } => r !== null);
}
