// Range.setCellProperties / setColumnProperties / setRowProperties / getCellProperties: many cells'
// formats in one operation (fonts, fill, wrap, alignment, hyperlink, widths, heights, hidden).
import { formatAddress, rectCols, rectRows } from "./address";
import type { Cell } from "./cells";
import { invalidArgument } from "./errors";
import { normalizeColor } from "./formats";
import { effectiveCell, setHidden, type RangeRef } from "./range-ops";
import type { SimWorkbook } from "./workbook";

type Props = {
  format?: {
    font?: { bold?: boolean; italic?: boolean; color?: string };
    fill?: { color?: string };
    wrapText?: boolean;
    horizontalAlignment?: string;
    columnWidth?: number;
    rowHeight?: number;
  };
  hyperlink?: Cell["hyperlink"];
  columnHidden?: boolean;
  rowHidden?: boolean;
};

/** The cell after applying the settable properties Excel would apply to it. */
function applyToCell(cell: Cell, p: Props): Cell {
  const next = { ...cell };
  const f = p.format;
  if (f?.font?.bold !== undefined) next.bold = f.font.bold;
  if (f?.font?.italic !== undefined) next.italic = f.font.italic;
  if (f?.font?.color !== undefined) next.fontColor = normalizeColor(f.font.color);
  if (f?.fill?.color !== undefined) next.fill = normalizeColor(f.fill.color);
  if (f?.wrapText !== undefined) next.wrap = f.wrapText;
  if (f?.horizontalAlignment !== undefined) next.horizontalAlignment = f.horizontalAlignment;
  if (p.hyperlink !== undefined) next.hyperlink = { ...p.hyperlink };
  return next;
}

function record(wb: SimWorkbook, ref: RangeRef): void {
  wb.record({ sheetId: ref.sheet.id, rect: ref.rect, changeType: "FormatChanged" });
}

export function setCellProperties(wb: SimWorkbook, ref: RangeRef, grid: unknown): void {
  const { rect, sheet } = ref;
  const ok =
    Array.isArray(grid) &&
    grid.length === rectRows(rect) &&
    grid.every((r) => Array.isArray(r) && r.length === rectCols(rect));
  if (!ok) throw invalidArgument("setCellProperties needs one entry per cell of the range");
  (grid as Props[][]).forEach((row, i) =>
    row.forEach((p, j) => {
      if (p) sheet.cells.update(rect.r0 + i, rect.c0 + j, (c) => applyToCell(c, p));
    }),
  );
  record(wb, ref);
}

export function setColumnProperties(wb: SimWorkbook, ref: RangeRef, list: unknown): void {
  const { rect, sheet } = ref;
  if (!Array.isArray(list) || list.length !== rectCols(rect)) {
    throw invalidArgument("setColumnProperties needs one entry per column of the range");
  }
  (list as Props[]).forEach((p, j) => {
    const c = rect.c0 + j;
    if (!p) return;
    if (p.format?.columnWidth !== undefined) sheet.columnWidths[c] = p.format.columnWidth;
    if (p.columnHidden !== undefined) setHidden(sheet.hiddenCols, c, c, p.columnHidden);
    for (let r = rect.r0; r <= rect.r1; r++) sheet.cells.update(r, c, (cell) => applyToCell(cell, p));
  });
  record(wb, ref);
}

export function setRowProperties(wb: SimWorkbook, ref: RangeRef, list: unknown): void {
  const { rect, sheet } = ref;
  if (!Array.isArray(list) || list.length !== rectRows(rect)) {
    throw invalidArgument("setRowProperties needs one entry per row of the range");
  }
  (list as Props[]).forEach((p, i) => {
    const r = rect.r0 + i;
    if (!p) return;
    if (p.format?.rowHeight !== undefined) sheet.rowHeights[r] = p.format.rowHeight;
    if (p.rowHidden !== undefined) setHidden(sheet.hiddenRows, r, r, p.rowHidden);
    for (let c = rect.c0; c <= rect.c1; c++) sheet.cells.update(r, c, (cell) => applyToCell(cell, p));
  });
  record(wb, ref);
}

type LoadOptions = {
  address?: boolean;
  hidden?: boolean;
  hyperlink?: boolean;
  format?:
    | boolean
    | { font?: boolean | object; fill?: boolean | object; wrapText?: boolean; horizontalAlignment?: boolean };
};

/** The keys of `all` that `wanted` asks for (true: every key). */
function pick(all: Record<string, unknown>, wanted: boolean | object): Record<string, unknown> {
  if (wanted === true) return all;
  const w = wanted as Record<string, unknown>;
  return Object.fromEntries(Object.entries(all).filter(([k]) => w[k] === true));
}

/** getCellProperties: for each cell, the properties asked for in `options`. */
export function getCellProperties(ref: RangeRef, options: unknown): Record<string, unknown>[][] {
  const o = (options ?? {}) as LoadOptions;
  const fo =
    o.format === true
      ? { font: true, fill: true, wrapText: true, horizontalAlignment: true }
      : o.format || {};
  const { sheet, rect } = ref;
  const out: Record<string, unknown>[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: Record<string, unknown>[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) {
      const cell = effectiveCell(sheet, r, c);
      const p: Record<string, unknown> = {};
      if (o.address) p.address = formatAddress(sheet.name, { r0: r, c0: c, r1: r, c1: c });
      if (o.hidden) p.hidden = !!sheet.hiddenRows[r] || !!sheet.hiddenCols[c];
      if (o.hyperlink) p.hyperlink = cell?.hyperlink ? { ...cell.hyperlink } : null;
      const format: Record<string, unknown> = {};
      if (fo.font) {
        const font = {
          bold: cell?.bold ?? false,
          italic: cell?.italic ?? false,
          color: cell?.fontColor ?? "#000000",
        };
        format.font = pick(font, fo.font);
      }
      if (fo.fill) format.fill = pick({ color: cell?.fill ?? "#FFFFFF" }, fo.fill);
      if (fo.wrapText) format.wrapText = cell?.wrap ?? false;
      if (fo.horizontalAlignment) format.horizontalAlignment = cell?.horizontalAlignment ?? "General";
      if (Object.keys(format).length) p.format = format;
      row.push(p);
    }
    out.push(row);
  }
  return out;
}
