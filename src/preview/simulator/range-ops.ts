// What range operations do to the model: reading grids, writing values and formats, clearing, merging.
import {
  formatRect,
  intersect,
  isEntireColumns,
  isEntireRows,
  rectCols,
  rectRows,
  type Rect,
} from "./address";
import type { Cell } from "./cells";
import { invalidArgument, payloadTooLarge, SimError } from "./errors";
import { interpretInput } from "./input";
import type { CellStyle, SheetModel } from "./model";
import { PAYLOAD_LIMIT_BYTES } from "./stats";
import { autoExpand, normalizeHeaders } from "./tables";
import type { SimWorkbook } from "./workbook";

export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

/** A cell as shown: its own content and format over the format of its entire column. */
export function effectiveCell(sheet: SheetModel, r: number, c: number): Cell | undefined {
  const cell = sheet.cells.get(r, c);
  const style = sheet.columnStyles[c];
  if (!style) return cell;
  return { ...style, ...(cell ?? { value: null }) };
}

export function readGrid<V>(ref: RangeRef, fn: (cell: Cell | undefined, r: number, c: number) => V): V[][] {
  // Every cell costs at least a few bytes of JSON: refuse before building a grid Excel could never send.
  const estimate = rectRows(ref.rect) * rectCols(ref.rect) * 3;
  if (estimate > PAYLOAD_LIMIT_BYTES) throw payloadTooLarge("response", estimate);
  const out: V[][] = [];
  for (let r = ref.rect.r0; r <= ref.rect.r1; r++) {
    const row: V[] = [];
    for (let c = ref.rect.c0; c <= ref.rect.c1; c++) row.push(fn(effectiveCell(ref.sheet, r, c), r, c));
    out.push(row);
  }
  return out;
}

/**
 * The input for each cell: a 2-D array must match the range's shape exactly; a single (non-array) value
 * fills every cell, which Excel accepts at run time though the typings ask for an array.
 */
export function gridInput(input: unknown, rect: Rect, what: string): (i: number, j: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = rectRows(rect);
  const cols = rectCols(rect);
  const ok = input.length === rows && input.every((row) => Array.isArray(row) && row.length === cols);
  if (!ok) {
    const got = `${input.length}x${Array.isArray(input[0]) ? (input[0] as unknown[]).length : "?"}`;
    throw invalidArgument(
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: range is ${rows}x${cols}, input is ${got}).`,
    );
  }
  return (i, j) => (input[i] as unknown[])[j];
}

/** Tables whose header row lies in `rect` get their headers made unique again. */
function fixHeaders(wb: SimWorkbook, sheet: SheetModel, rect: Rect): void {
  for (const t of wb.tablesOn(sheet.id)) {
    const header = { ...t.rect, r1: t.rect.r0 };
    if (intersect(header, rect)) normalizeHeaders(wb, t);
  }
}

/** Range.values / Range.formulas writes: each input is read as if typed (see interpretInput). */
export function writeContent(wb: SimWorkbook, ref: RangeRef, input: unknown, what: string): void {
  const { sheet, rect } = ref;
  const at = gridInput(input, rect, what);
  let content = false;
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const next = interpretInput(at(r - rect.r0, c - rect.c0), effectiveCell(sheet, r, c), wb.date1904);
      if (!next) continue;
      sheet.cells.set(r, c, next);
      if (next.value !== null || next.formula !== undefined) content = true;
    }
  }
  wb.markFormulasDirty();
  autoExpand(wb, sheet, rect, content);
  fixHeaders(wb, sheet, rect);
  wb.record({ sheetId: sheet.id, rect, changeType: "RangeEdited" });
}

/** The columns a format write on an entire-rows range really needs to touch. */
function clipRows(sheet: SheetModel, rect: Rect): Rect {
  if (!isEntireRows(rect)) return rect;
  const used = sheet.cells.bounds(false);
  return { ...rect, c0: 0, c1: used ? used.c1 : 0 };
}

/** Sets one style property over a range; on entire columns it becomes the columns' format. */
export function writeStyle<K extends keyof CellStyle>(
  wb: SimWorkbook,
  ref: RangeRef,
  key: K,
  input: unknown,
  check?: (v: unknown) => CellStyle[K],
): void {
  const { sheet } = ref;
  const convert = check ?? ((v: unknown) => v as CellStyle[K]);
  if (isEntireColumns(ref.rect) && !Array.isArray(input)) {
    const value = convert(input);
    for (let c = ref.rect.c0; c <= ref.rect.c1; c++) {
      sheet.columnStyles[c] = { ...sheet.columnStyles[c], [key]: value };
      for (const [r, cc, cell] of [...sheet.cells.within({ ...ref.rect, c0: c, c1: c })]) {
        const copy = { ...cell };
        delete copy[key];
        sheet.cells.set(r, cc, copy);
      }
    }
  } else {
    const rect = clipRows(sheet, ref.rect);
    const at = gridInput(input, rect, String(key));
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++) {
        const value = convert(at(r - rect.r0, c - rect.c0));
        if (value === null || value === undefined) continue;
        sheet.cells.update(r, c, (cell) => ({ ...cell, [key]: value }));
      }
  }
  wb.record({ sheetId: sheet.id, rect: ref.rect, changeType: "FormatChanged" });
}

/** The single value of a style property over a range, or null when cells differ (as Excel reports). */
export function uniformStyle<K extends keyof CellStyle>(
  ref: RangeRef,
  key: K,
  fallback: NonNullable<CellStyle[K]>,
): CellStyle[K] | null {
  const { sheet, rect } = ref;
  const seen = new Set<unknown>();
  const area = rectRows(rect) * rectCols(rect);
  if (area <= 100000) {
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++) seen.add(effectiveCell(sheet, r, c)?.[key] ?? fallback);
  } else {
    let stored = 0;
    for (const [r, c] of sheet.cells.within(rect)) {
      stored++;
      seen.add(effectiveCell(sheet, r, c)?.[key] ?? fallback);
    }
    if (stored < area) seen.add(fallback);
  }
  return seen.size === 1 ? ([...seen][0] as CellStyle[K]) : null;
}

const STYLE_KEYS: (keyof CellStyle)[] = [
  "numberFormat",
  "bold",
  "italic",
  "fontColor",
  "fill",
  "wrap",
  "horizontalAlignment",
];

/** Range.clear(applyTo): "All", "Contents", "Formats" or "Hyperlinks". */
export function clearRange(wb: SimWorkbook, ref: RangeRef, applyTo: string): void {
  const { sheet } = ref;
  const rect = clipRows(sheet, ref.rect);
  const contents = applyTo === "All" || applyTo === "Contents";
  const formats = applyTo === "All" || applyTo === "Formats";
  for (const [r, c, cell] of [...sheet.cells.within(rect)]) {
    const next: Cell = { ...cell };
    if (contents) {
      next.value = null;
      delete next.formula;
      delete next.error;
    }
    if (formats) for (const k of STYLE_KEYS) delete next[k];
    if (applyTo === "All" || applyTo === "Hyperlinks") delete next.hyperlink;
    sheet.cells.set(r, c, next);
  }
  if (formats) {
    if (isEntireColumns(ref.rect))
      for (let c = ref.rect.c0; c <= ref.rect.c1; c++) delete sheet.columnStyles[c];
    sheet.merges = sheet.merges.filter((m) => !intersect(m, ref.rect));
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersect(cf.rect, ref.rect));
  }
  if (contents) {
    wb.markFormulasDirty();
    fixHeaders(wb, sheet, ref.rect);
    wb.record({ sheetId: sheet.id, rect: ref.rect, changeType: "RangeEdited" });
  } else wb.record({ sheetId: sheet.id, rect: ref.rect, changeType: "FormatChanged" });
}

/** Range.merge(across): keeps the upper-left value of each merged area, like Excel. */
export function mergeRange(wb: SimWorkbook, ref: RangeRef, across: boolean): void {
  const { sheet, rect } = ref;
  if (wb.tablesOn(sheet.id).some((t) => intersect(t.rect, rect))) {
    throw new SimError("MergedRangeConflict", "Cells in a table can't be merged.");
  }
  const areas: Rect[] = across
    ? Array.from({ length: rectRows(rect) }, (_, i) => ({ ...rect, r0: rect.r0 + i, r1: rect.r0 + i }))
    : [rect];
  sheet.merges = sheet.merges.filter((m) => !intersect(m, rect));
  for (const area of areas) {
    if (area.r0 === area.r1 && area.c0 === area.c1) continue;
    for (const [r, c, cell] of [...sheet.cells.within(area)]) {
      if (r === area.r0 && c === area.c0) continue;
      sheet.cells.set(r, c, { ...cell, value: null, formula: undefined, error: undefined });
    }
    sheet.merges.push(area);
  }
  wb.markFormulasDirty();
  wb.record({ sheetId: sheet.id, rect, changeType: "RangeEdited" });
}

export function unmergeRange(wb: SimWorkbook, ref: RangeRef): void {
  ref.sheet.merges = ref.sheet.merges.filter((m) => !intersect(m, ref.rect));
  wb.record({ sheetId: ref.sheet.id, rect: ref.rect, changeType: "FormatChanged" });
}

/** Excel column width in points for a text of `chars` characters (Calibri 11: about 7 px a character). */
export function autofitWidth(chars: number, bold: boolean): number {
  const px = chars * (bold ? 7.7 : 7) + 10;
  return Math.round(px * 0.75 * 100) / 100;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export const describe = (ref: RangeRef): string => `${ref.sheet.name}!${formatRect(ref.rect)}`;

/** Whether every (true), no (false) or some (null) index in [lo, hi] is hidden. */
export function hiddenState(hidden: Record<number, true>, lo: number, hi: number): boolean | null {
  let count = 0;
  for (const k of Object.keys(hidden)) {
    const i = Number(k);
    if (i >= lo && i <= hi) count++;
  }
  return count === 0 ? false : count === hi - lo + 1 ? true : null;
}

export function setHidden(hidden: Record<number, true>, lo: number, hi: number, value: unknown): void {
  if (typeof value !== "boolean") throw invalidArgument("expected true or false");
  for (let i = lo; i <= hi; i++) {
    if (value) hidden[i] = true;
    else delete hidden[i];
  }
}

/** Range.hyperlink: set on every cell; textToDisplay becomes the cell's value, as in Excel. */
export function writeHyperlink(wb: SimWorkbook, ref: RangeRef, value: unknown): void {
  if (value !== null && typeof value !== "object") throw invalidArgument("a hyperlink is an object");
  const link = value as Cell["hyperlink"] | null;
  for (let r = ref.rect.r0; r <= ref.rect.r1; r++)
    for (let c = ref.rect.c0; c <= ref.rect.c1; c++) {
      ref.sheet.cells.update(r, c, (cell) => {
        if (!link) {
          delete cell.hyperlink;
          return cell;
        }
        const next: Cell = { ...cell, hyperlink: { ...link } };
        if (link.textToDisplay !== undefined) {
          next.value = link.textToDisplay === "" ? null : link.textToDisplay;
          delete next.formula;
          delete next.error;
        }
        return next;
      });
    }
  wb.record({ sheetId: ref.sheet.id, rect: ref.rect, changeType: "RangeEdited" });
}
