// The person's selection in the workbook view: clicks, drags, Shift+arrows, whole columns and rows,
// and switching sheets. The selection lives in the simulator (SimWorkbook.setSelection), so the add-in's
// context.workbook.getSelectedRange() returns what the person clicked here.
import { useReducer, useRef } from "react";
import { MAX_COLS, MAX_ROWS, rangeAddress, type CellRect } from "./a1";
import type { GridSource } from "./gridSource";
import { selectionPlace, visibleSheets, type CellPoint, type SelectionPlace } from "./selectionPlace";

/** The part of SimWorkbook the selection uses. */
export interface SelectionSource extends GridSource {
  sheetNames(): string[];
  getSelection(): { sheet: string; address: string } | null;
  setSelection(sheet: string, rangeA1: string): void;
}

export interface SheetSelection extends SelectionPlace {
  /** The sheets that get a tab. */
  sheets: string[];
  /** `extend`: grow the selection from the active cell to this cell instead of moving it. */
  select: (row: number, col: number, extend: boolean) => void;
  selectColumns: (col: number, extend: boolean) => void;
  selectRows: (row: number, extend: boolean) => void;
  /** Switch to a sheet, back to the selection it had. */
  activate: (name: string) => void;
}

/** The selection on the shown sheet, or undefined when the workbook has no visible sheet. */
export function useSheetSelection(workbook: SelectionSource): SheetSelection | undefined {
  // The grid's own setSelection does not notify (the add-in's Range.select does); re-render ourselves.
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // Like Excel, each sheet keeps its own selection when you switch away and back.
  const remembered = useRef(new Map<string, string>());
  // Where each sheet's selection started (the active cell), so Shift+arrows grow it from there.
  const anchors = useRef(new Map<string, CellPoint>());

  const sheets = visibleSheets(workbook);
  if (sheets.length === 0) return undefined;
  const place = selectionPlace(workbook, sheets, workbook.getSelection(), anchors.current);
  const { sheet, active } = place;

  const setRange = (rect: CellRect, anchor: CellPoint) => {
    const a1 = rangeAddress(rect);
    anchors.current.set(sheet, anchor);
    workbook.setSelection(sheet, a1);
    remembered.current.set(sheet, a1);
    rerender();
  };

  const select = (row: number, col: number, extend: boolean) => {
    const from = extend ? active : { row, col };
    const rect = {
      r0: Math.min(from.row, row),
      c0: Math.min(from.col, col),
      r1: Math.max(from.row, row),
      c1: Math.max(from.col, col),
    };
    setRange(rect, from);
  };

  const selectColumns = (col: number, extend: boolean) => {
    const from = extend ? active.col : col;
    const rect = { r0: 0, c0: Math.min(from, col), r1: MAX_ROWS - 1, c1: Math.max(from, col) };
    setRange(rect, extend ? active : { row: 0, col });
  };

  const selectRows = (row: number, extend: boolean) => {
    const from = extend ? active.row : row;
    const rect = { r0: Math.min(from, row), c0: 0, r1: Math.max(from, row), c1: MAX_COLS - 1 };
    setRange(rect, extend ? active : { row, col: 0 });
  };

  const activate = (name: string) => {
    if (name === sheet) return;
    workbook.setSelection(name, remembered.current.get(name) ?? "A1");
    rerender();
  };

  return { ...place, sheets, select, selectColumns, selectRows, activate };
}
