// Editing a cell through the formula bar, as in Excel: typing, F2 or a double-click starts it, Enter or
// Tab writes the text and moves on, Escape drops it.
import { useEffect, useRef, useState, type RefObject } from "react";
import type { PersonEdits } from "../personEdits";
import { cellAddress } from "./a1";
import type { AfterCommit } from "./FormulaBar";
import type { SheetSelection } from "./useSheetSelection";

const STEP: Record<AfterCommit, [number, number]> = {
  down: [1, 0],
  up: [-1, 0],
  right: [0, 1],
  left: [0, -1],
  stay: [0, 0],
};

/** "Not saved: why", for the formula bar's error. */
export const failure = (what: string, error: unknown) =>
  `${what}: ${error instanceof Error ? error.message : String(error)}`;

export interface CellEditingDeps {
  edits: PersonEdits | undefined;
  selection: SheetSelection | undefined;
  /** The active cell's content as the formula bar shows it, where an edit starts from. */
  content: string;
  gridElement: RefObject<HTMLTableElement | null>;
  setEditError: (error: string | undefined) => void;
}

export function useCellEditing({ edits, selection, content, gridElement, setEditError }: CellEditingDeps) {
  // The text typed so far, and the cell it goes to (fixed when typing starts, so a click on another
  // cell that ends the edit still writes where the person was typing).
  const [draft, setDraft] = useState<string | null>(null);
  const editTarget = useRef<{ sheet: string; row: number; col: number } | null>(null);
  const focusBarNext = useRef(false);
  const formulaInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const input = formulaInput.current;
    if (!focusBarNext.current || !input) return;
    focusBarNext.current = false;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, [draft]);

  const activeTarget = () =>
    selection && { sheet: selection.sheet, row: selection.active.row, col: selection.active.col };

  const startEdit = (initial?: string) => {
    if (!edits || !selection) return;
    editTarget.current = activeTarget() ?? null;
    focusBarNext.current = true;
    setEditError(undefined);
    setDraft(initial ?? content);
  };

  const changeDraft = (text: string) => {
    if (!edits) return;
    // Typing straight into the formula bar edits the active cell too.
    if (draft === null) editTarget.current = activeTarget() ?? null;
    setDraft(text);
  };

  const finishEdit = async (after: AfterCommit) => {
    const target = editTarget.current;
    const text = draft;
    editTarget.current = null;
    setDraft(null);
    if (!edits || !target || text === null) return;
    if (after !== "stay") {
      const [dr, dc] = STEP[after];
      if (target.sheet === selection?.sheet)
        selection.select(Math.max(0, target.row + dr), Math.max(0, target.col + dc), false);
      gridElement.current?.focus();
    }
    try {
      await edits.editCell(target.sheet, cellAddress(target.row, target.col), text);
    } catch (error) {
      setEditError(failure("Not saved", error));
    }
  };

  const cancelEdit = () => {
    editTarget.current = null;
    setDraft(null);
    gridElement.current?.focus();
  };

  return { draft, formulaInput, startEdit, changeDraft, finishEdit, cancelEdit };
}
