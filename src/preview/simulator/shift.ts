// Inserting and deleting cells: moves cells and everything anchored to them (tables, merges,
// validation, conditional formats), as Range.insert(shift) and Range.delete(shift) do.
import { MAX_COLS, MAX_ROWS, type Rect } from "./address";
import type { Cell } from "./cells";
import { SimError } from "./errors";
import type { SheetModel, TableModel } from "./model";
import type { SimWorkbook } from "./workbook";

export type ShiftDirection = "Down" | "Right" | "Up" | "Left";

/** Rows are the moving axis for Down/Up; columns for Right/Left. */
interface Axis {
  lo: (r: Rect) => number;
  hi: (r: Rect) => number;
  bandLo: (r: Rect) => number;
  bandHi: (r: Rect) => number;
  with: (r: Rect, lo: number, hi: number) => Rect;
  limit: number;
}

const ROWS: Axis = {
  lo: (r) => r.r0,
  hi: (r) => r.r1,
  bandLo: (r) => r.c0,
  bandHi: (r) => r.c1,
  with: (r, lo, hi) => ({ ...r, r0: lo, r1: hi }),
  limit: MAX_ROWS,
};
const COLS: Axis = {
  lo: (r) => r.c0,
  hi: (r) => r.c1,
  bandLo: (r) => r.r0,
  bandHi: (r) => r.r1,
  with: (r, lo, hi) => ({ ...r, c0: lo, c1: hi }),
  limit: MAX_COLS,
};

type Outcome = { kind: "same" } | { kind: "moved"; rect: Rect } | { kind: "gone" } | { kind: "split" };

/** Where `x` ends up when `n` cells are inserted (n > 0) or deleted (n < 0) at `at` within the band. */
function adjust(x: Rect, ax: Axis, band: Rect, at: number, n: number): Outcome {
  const outside = ax.bandHi(x) < ax.bandLo(band) || ax.bandLo(x) > ax.bandHi(band);
  if (outside) return { kind: "same" };
  const inside = ax.bandLo(x) >= ax.bandLo(band) && ax.bandHi(x) <= ax.bandHi(band);
  const lo = ax.lo(x);
  const hi = ax.hi(x);
  if (n > 0) {
    if (hi < at) return { kind: "same" };
    if (!inside) return { kind: "split" };
    return { kind: "moved", rect: lo >= at ? ax.with(x, lo + n, hi + n) : ax.with(x, lo, hi + n) };
  }
  const end = at - n - 1; // last deleted index
  if (hi < at) return { kind: "same" };
  if (!inside) return { kind: "split" };
  const map = (i: number, isLo: boolean) => (i < at ? i : i > end ? i + n : isLo ? at : at - 1);
  const nlo = map(lo, true);
  const nhi = map(hi, false);
  return nhi < nlo ? { kind: "gone" } : { kind: "moved", rect: ax.with(x, nlo, nhi) };
}

function moveCells(sheet: SheetModel, ax: Axis, band: Rect, at: number, n: number): void {
  const moving: [number, number, Cell][] = [];
  for (const [r, c, cell] of sheet.cells.entries()) {
    const across = ax === ROWS ? c : r;
    const along = ax === ROWS ? r : c;
    if (across < ax.bandLo(band) || across > ax.bandHi(band) || along < at) continue;
    moving.push([r, c, cell]);
  }
  for (const [r, c] of moving) sheet.cells.set(r, c, undefined);
  for (const [r, c, cell] of moving) {
    const along = ax === ROWS ? r : c;
    if (n < 0 && along < at - n) continue; // deleted
    const to = along + n;
    if (to >= ax.limit) continue; // pushed off the sheet
    if (ax === ROWS) sheet.cells.set(to, c, cell);
    else sheet.cells.set(r, to, cell);
  }
}

function adjustTable(t: TableModel, ax: Axis, band: Rect, at: number, n: number): "keep" | "gone" {
  const out = adjust(t.rect, ax, band, at, n);
  if (out.kind === "same") return "keep";
  if (out.kind === "split") {
    throw new SimError(
      "InvalidOperation",
      "This operation isn't allowed: it would move only part of a table.",
    );
  }
  if (out.kind === "gone") return "gone";
  if (ax === ROWS) {
    if (n < 0 && t.rect.r0 >= at && t.rect.r0 <= at - n - 1) {
      throw new SimError(
        "InvalidOperation",
        "This operation isn't allowed: it would delete a table's header row.",
      );
    }
    // A table keeps at least one (empty) body row.
    t.rect = out.rect.r1 === out.rect.r0 ? { ...out.rect, r1: out.rect.r0 + 1 } : out.rect;
    return "keep";
  }
  // Columns inserted into or deleted from a table change its column list.
  const inside = at > t.rect.c0 && at <= t.rect.c1;
  if (n > 0 && inside) {
    const idx = at - t.rect.c0;
    const added = Array.from({ length: n }, () => ({ id: t.nextColumnId++, name: "" }));
    t.columns.splice(idx, 0, ...added);
  } else if (n < 0) {
    const from = Math.max(at, t.rect.c0) - t.rect.c0;
    const to = Math.min(at - n - 1, t.rect.c1) - t.rect.c0;
    if (to >= from) t.columns.splice(from, to - from + 1);
  }
  t.rect = out.rect;
  return "keep";
}

/**
 * Inserts (Down/Right) or deletes (Up/Left) the cells of `rect`, moving what lies beyond.
 * Returns the tables whose headers need renaming afterwards.
 */
export function shiftCells(
  wb: SimWorkbook,
  sheet: SheetModel,
  rect: Rect,
  dir: ShiftDirection,
): TableModel[] {
  const ax = dir === "Down" || dir === "Up" ? ROWS : COLS;
  const size = ax.hi(rect) - ax.lo(rect) + 1;
  const n = dir === "Down" || dir === "Right" ? size : -size;
  const at = ax.lo(rect);
  const touched: TableModel[] = [];
  const gone: TableModel[] = [];
  for (const t of wb.tablesOn(sheet.id)) {
    const before = t.rect;
    if (adjustTable(t, ax, rect, at, n) === "gone") gone.push(t);
    else if (t.rect !== before) touched.push(t);
  }
  moveCells(sheet, ax, rect, at, n);
  wb.tables = wb.tables.filter((t) => !gone.includes(t));
  const keep = <T extends { rect: Rect }>(items: T[]): T[] =>
    items.flatMap((item) => {
      const out = adjust(item.rect, ax, rect, at, n);
      if (out.kind === "gone") return [];
      if (out.kind === "moved") return [{ ...item, rect: out.rect }];
      return [item];
    });
  sheet.merges = keep(sheet.merges.map((m) => ({ rect: m }))).map((m) => m.rect);
  // Range objects of every client follow their cells.
  for (const a of wb.anchors) {
    if (a.sheetId !== sheet.id || a.gone) continue;
    const out = adjust(a.rect, ax, rect, at, n);
    if (out.kind === "moved") a.rect = out.rect;
    else if (out.kind === "gone") a.gone = true;
  }
  sheet.validations = keep(sheet.validations);
  sheet.conditionalFormats = keep(sheet.conditionalFormats);
  // Whole rows or columns carry their sizes, styles and hidden state with them.
  const whole = ax.bandLo(rect) === 0 && ax.bandHi(rect) === (ax === ROWS ? MAX_COLS : MAX_ROWS) - 1;
  if (whole && ax === ROWS) {
    sheet.hiddenRows = shiftKeys(sheet.hiddenRows, at, n);
    sheet.rowHeights = shiftKeys(sheet.rowHeights, at, n);
    if (sheet.frozenRows > at) sheet.frozenRows = Math.max(at, sheet.frozenRows + n);
  }
  if (whole && ax === COLS) {
    sheet.hiddenCols = shiftKeys(sheet.hiddenCols, at, n);
    sheet.columnWidths = shiftKeys(sheet.columnWidths, at, n);
    sheet.columnStyles = shiftKeys(sheet.columnStyles, at, n);
    if (sheet.frozenCols > at) sheet.frozenCols = Math.max(at, sheet.frozenCols + n);
  }
  wb.markFormulasDirty();
  return touched;
}

/** Moves per-index settings at or after `at` by n (dropping those in a deleted span). */
function shiftKeys<V>(record: Record<number, V>, at: number, n: number): Record<number, V> {
  const out: Record<number, V> = {};
  for (const [k, v] of Object.entries(record)) {
    const i = Number(k);
    if (i < at) out[i] = v;
    else if (n < 0 && i < at - n) continue;
    else out[i + n] = v;
  }
  return out;
}
