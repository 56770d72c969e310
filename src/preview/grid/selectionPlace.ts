// Where a sheet's selection stands: its range, the active cell and the moving corner, and the address
// the name box shows. Pure, so the view and its hooks read the same answer.
import {
  cellAddress,
  isWholeColumns,
  isWholeRows,
  parseRange,
  rangeAddress,
  rectContains,
  type CellRect,
} from "./a1";
import type { GridSource } from "./gridSource";
import { mergeAt, sheetLayout } from "./sheetLayout";

export interface CellPoint {
  row: number;
  col: number;
}

export interface SelectionPlace {
  sheet: string;
  /** The selected range as stored (a merged cell's single top-left cell included). */
  range: CellRect;
  /** The merged area when the selection is one merged cell. */
  merge: CellRect | undefined;
  /** The active cell: where the selection started. */
  active: CellPoint;
  /** The selection's moving corner (Shift+arrows and dragging move it). */
  focus: CellPoint;
  /** What the name box shows. */
  address: string;
}

/** The sheets that get a tab: hidden ones (e.g. where settings are kept) get none, as in Excel. */
export function visibleSheets(workbook: GridSource & { sheetNames(): string[] }): string[] {
  return workbook
    .sheetNames()
    .filter((name) => (workbook.sheetInfo(name).visibility ?? "Visible") === "Visible");
}

export function selectionPlace(
  workbook: GridSource,
  sheets: string[],
  selection: { sheet: string; address: string } | null,
  anchors: ReadonlyMap<string, CellPoint>,
): SelectionPlace {
  const sheet = selection && sheets.includes(selection.sheet) ? selection.sheet : sheets[0];
  const range = (selection && selection.sheet === sheet && parseRange(selection.address)) || {
    r0: 0,
    c0: 0,
    r1: 0,
    c1: 0,
  };
  const single = range.r0 === range.r1 && range.c0 === range.c1;
  const merge = single
    ? mergeAt(sheetLayout(workbook.sheetInfo(sheet), 0).merges, range.r0, range.c0)
    : undefined;
  const stored = anchors.get(sheet);
  // The active cell is where the person started the selection when it is still inside it (the add-in
  // may have selected something else since), otherwise the top-left cell, as after Range.select().
  const active = merge
    ? { row: merge.r0, col: merge.c0 }
    : stored && rectContains(range, stored.row, stored.col)
      ? stored
      : { row: range.r0, col: range.c0 };
  // The moving corner: opposite the active cell, except along whole columns or rows (it would be
  // row 1,048,576 or column XFD, and the view would scroll there).
  const focus = {
    row: isWholeColumns(range) ? active.row : active.row === range.r0 ? range.r1 : range.r0,
    col: isWholeRows(range) ? active.col : active.col === range.c0 ? range.c1 : range.c0,
  };
  // A merged cell is named by its top-left cell; a range as getSelectedRange() gives it.
  const address = merge ? cellAddress(merge.r0, merge.c0) : rangeAddress(range);
  return { sheet, range, merge, active, focus, address };
}
