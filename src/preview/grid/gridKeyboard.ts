// Excel's keys on the grid: arrows move (with Shift they grow the selection), Enter, Page Up/Down,
// Home, Ctrl+Home, Ctrl+End; F2, Backspace or typing edit; Delete clears; Alt+Down opens a cell's list;
// Ctrl+Space and Shift+Space select whole columns and rows.
import type { KeyboardEvent } from "react";
import type { GridExtent } from "./gridExtent";
import type { CellPoint } from "./selectionPlace";
import { HEADER_HEIGHT, ROW_HEIGHT } from "./sheetLayout";

export interface GridKeyProps {
  active: CellPoint;
  focus: CellPoint;
  onSelect: (row: number, col: number, extend: boolean) => void;
  onStartEdit?: (initial?: string) => void;
  onClear?: () => void;
  onOpenList?: () => void;
  onSelectColumn: (col: number, extend: boolean) => void;
  onSelectRow: (row: number, extend: boolean) => void;
}

/** What each key does on the grid now; `viewport` is the view's height (0 before layout). */
function keyActions(
  event: KeyboardEvent<HTMLTableElement>,
  props: GridKeyProps,
  { used, totalRows, totalCols }: GridExtent,
  viewport: number,
): Record<string, () => void> {
  const { active, focus, onSelect, onStartEdit, onClear, onSelectColumn, onSelectRow } = props;
  const clampRow = (row: number) => Math.max(0, Math.min(totalRows - 1, row));
  const clampCol = (col: number) => Math.max(0, Math.min(totalCols - 1, col));
  const move = (row: number, col: number) => onSelect(clampRow(row), clampCol(col), false);
  /** Arrow keys move the active cell, or with Shift the selection's moving corner. */
  const step = (shift: boolean, rows: number, cols: number) =>
    shift
      ? onSelect(clampRow(focus.row + rows), clampCol(focus.col + cols), true)
      : move(active.row + rows, active.col + cols);
  const page = Math.max(1, Math.floor(((viewport || 600) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
  const ctrl = event.ctrlKey || event.metaKey;
  const keys: Record<string, () => void> = {
    ArrowUp: () => step(event.shiftKey, -1, 0),
    ArrowDown: () => step(event.shiftKey, 1, 0),
    ArrowLeft: () => step(event.shiftKey, 0, -1),
    ArrowRight: () => step(event.shiftKey, 0, 1),
    Enter: () => move(active.row + (event.shiftKey ? -1 : 1), active.col),
    PageDown: () => step(event.shiftKey, page, 0),
    PageUp: () => step(event.shiftKey, -page, 0),
    Home: () => (ctrl ? move(0, 0) : move(active.row, 0)),
    End: () => (ctrl ? move(Math.max(0, used.rows - 1), Math.max(0, used.cols - 1)) : undefined),
  };
  if (onStartEdit) {
    keys.F2 = () => onStartEdit();
    keys.Backspace = () => onStartEdit("");
  }
  if (onClear) keys.Delete = () => onClear();
  // Excel's shortcuts for whole columns and rows.
  if (event.key === " " && ctrl) keys[" "] = () => onSelectColumn(active.col, false);
  else if (event.key === " " && event.shiftKey) keys[" "] = () => onSelectRow(active.row, false);
  return keys;
}

export function gridKeyDown(
  event: KeyboardEvent<HTMLTableElement>,
  props: GridKeyProps,
  extent: GridExtent,
  viewport: number,
): void {
  const { onOpenList, onStartEdit } = props;
  if (event.key === "ArrowDown" && event.altKey && onOpenList) {
    event.preventDefault();
    onOpenList();
    return;
  }
  const action = keyActions(event, props, extent, viewport)[event.key];
  // A printable character starts typing over the cell, as in Excel.
  const ctrl = event.ctrlKey || event.metaKey;
  const typing = onStartEdit && event.key.length === 1 && !ctrl && !event.altKey;
  if (!action && !typing) return;
  event.preventDefault();
  if (action) action();
  else onStartEdit?.(event.key);
}
