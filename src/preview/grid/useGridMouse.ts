// The mouse on the grid, as in Excel: a click selects a cell (Shift+click grows the selection), dragging
// with the button held selects a range, a double-click edits.
import { useEffect, useRef, type MouseEvent } from "react";
import type { CellPoint } from "./selectionPlace";

export interface GridMouseProps {
  focus: CellPoint;
  onSelect: (row: number, col: number, extend: boolean) => void;
  onStartEdit?: (initial?: string) => void;
}

/** The cell under the pointer (a merged area answers with its top-left cell). */
const cellAt = (event: MouseEvent<HTMLTableElement>): CellPoint | undefined => {
  const cell = (event.target as HTMLElement).closest("td[data-row]");
  return cell
    ? { row: Number(cell.getAttribute("data-row")), col: Number(cell.getAttribute("data-col")) }
    : undefined;
};

export function useGridMouse({ focus, onSelect, onStartEdit }: GridMouseProps) {
  const dragging = useRef(false);

  useEffect(() => {
    const stop = () => {
      dragging.current = false;
    };
    globalThis.addEventListener?.("mouseup", stop);
    return () => globalThis.removeEventListener?.("mouseup", stop);
  }, []);

  const onMouseDown = (event: MouseEvent<HTMLTableElement>) => {
    const at = cellAt(event);
    if (!at || event.button !== 0) return;
    dragging.current = true;
    onSelect(at.row, at.col, event.shiftKey);
  };

  const onMouseOver = (event: MouseEvent<HTMLTableElement>) => {
    if (!dragging.current || event.buttons !== 1) return;
    const at = cellAt(event);
    if (at && (at.row !== focus.row || at.col !== focus.col)) onSelect(at.row, at.col, true);
  };

  const onDoubleClick = (event: MouseEvent<HTMLTableElement>) => {
    if (onStartEdit && cellAt(event)) onStartEdit();
  };

  return { onMouseDown, onMouseOver, onDoubleClick };
}
