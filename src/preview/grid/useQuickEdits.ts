// Edits that skip the formula bar: Delete clears the selection, and a pick from the active cell's list
// (Alt+Down opens it) is written at once.
import { useRef, type RefObject } from "react";
import type { PersonEdits } from "../personEdits";
import { cellAddress } from "./a1";
import { failure } from "./useCellEditing";
import type { SheetSelection } from "./useSheetSelection";

export interface QuickEditsDeps {
  edits: PersonEdits | undefined;
  selection: SheetSelection | undefined;
  gridElement: RefObject<HTMLTableElement | null>;
  setEditError: (error: string | undefined) => void;
}

export function useQuickEdits({ edits, selection, gridElement, setEditError }: QuickEditsDeps) {
  const listSelect = useRef<HTMLSelectElement>(null);

  const clearSelection = () => {
    if (!edits || !selection) return;
    setEditError(undefined);
    edits.clearRange(selection.sheet, selection.address).catch((error: unknown) => {
      setEditError(failure("Not cleared", error));
    });
  };

  // Picking from a cell's list enters the choice as typed text would be, except that a choice starting
  // with = + - @ stays text (it is a value from the list, never a formula).
  const choose = (value: string) => {
    if (!edits || !selection) return;
    const target = { sheet: selection.sheet, row: selection.active.row, col: selection.active.col };
    const input = /^[=+\-@]/.test(value) && !Number.isFinite(Number(value)) ? `'${value}` : value;
    setEditError(undefined);
    gridElement.current?.focus();
    edits.editCell(target.sheet, cellAddress(target.row, target.col), input).catch((error: unknown) => {
      setEditError(failure("Not saved", error));
    });
  };

  const openList = () => {
    const select = listSelect.current;
    if (!select) return;
    select.focus();
    // Open the native list where the browser allows it (Chromium does on a key press).
    try {
      select.showPicker?.();
    } catch {
      // Focused is enough: Alt+Down or Space opens it.
    }
  };

  return { listSelect, clearSelection, choose, openList };
}
