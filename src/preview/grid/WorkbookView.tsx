// The simulated workbook as Excel shows it: formula bar, the active sheet's grid, sheet tabs.
// The selection lives in the simulator (SimWorkbook.setSelection), so the add-in's
// context.workbook.getSelectedRange() returns what the person clicked here.
import { useEffect, useId, useReducer, useRef, useState } from "react";
import { makeStyles } from "@fluentui/react-components";
import {
  MAX_COLS,
  MAX_ROWS,
  cellAddress,
  isWholeColumns,
  isWholeRows,
  parseRange,
  rangeAddress,
  rectContains,
  type CellRect,
} from "./a1";
import { formulaBarText } from "./cellText";
import type { PersonEdits } from "../personEdits";
import { FormulaBar, type AfterCommit } from "./FormulaBar";
import { SheetGrid, type GridSource } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { mergeAt, sheetLayout } from "./sheetLayout";
import { useWorkbookVersion, type Subscribable } from "./useWorkbookVersion";

/** The part of SimWorkbook the workbook view uses. */
export interface WorkbookSource extends GridSource, Subscribable {
  sheetNames(): string[];
  getSelection(): { sheet: string; address: string } | null;
  setSelection(sheet: string, rangeA1: string): void;
  /** Cells on a circular reference (SimWorkbook with the formula engine). */
  circularReferences?(): string[];
  /** Formulas the engine cannot compute. */
  unsupportedFormulas?(): string[];
}

const useStyles = makeStyles({
  view: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    minHeight: 0,
    minWidth: 0,
    backgroundColor: "#ffffff",
    color: "#1f1f1f",
  },
  empty: { padding: "16px" },
  status: {
    padding: "2px 8px",
    borderTop: "1px solid #d6d6d6",
    backgroundColor: "#f3f3f3",
    color: "#1f1f1f",
    fontSize: "12px",
  },
});

export interface WorkbookViewProps {
  workbook: WorkbookSource;
  /** How typing and Delete reach the workbook; without it the view is read-only. */
  edits?: PersonEdits;
}

/** "Circular references: A1, B1, C1, …": the first three, as a status bar has room for. */
const listNotice = (label: string, cells: string[]) =>
  cells.length === 0 ? "" : `${label}: ${cells.slice(0, 3).join(", ")}${cells.length > 3 ? ", …" : ""}`;

/** A value as list validation compares it: text as it is, numbers plainly, logicals as TRUE/FALSE. */
const listText = (v: string | number | boolean | null) =>
  v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);

const STEP: Record<AfterCommit, [number, number]> = {
  down: [1, 0],
  up: [-1, 0],
  right: [0, 1],
  left: [0, -1],
  stay: [0, 0],
};

export function WorkbookView({ workbook, edits }: WorkbookViewProps) {
  const styles = useStyles();
  const idPrefix = useId().replace(/:/g, "");
  const version = useWorkbookVersion(workbook);
  // The grid's own setSelection does not notify (the add-in's Range.select does); re-render ourselves.
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // Like Excel, each sheet keeps its own selection when you switch away and back.
  const remembered = useRef(new Map<string, string>());
  // Where each sheet's selection started (the active cell), so Shift+arrows grow it from there.
  const anchors = useRef(new Map<string, { row: number; col: number }>());
  // Editing: the text typed so far, and the cell it goes to (fixed when typing starts, so a click on
  // another cell that ends the edit still writes where the person was typing).
  const [draft, setDraft] = useState<string | null>(null);
  const [editError, setEditError] = useState<string>();
  const editTarget = useRef<{ sheet: string; row: number; col: number } | null>(null);
  const focusBarNext = useRef(false);
  const formulaInput = useRef<HTMLInputElement>(null);
  const listSelect = useRef<HTMLSelectElement>(null);
  const gridElement = useRef<HTMLTableElement>(null);

  useEffect(() => {
    const input = formulaInput.current;
    if (!focusBarNext.current || !input) return;
    focusBarNext.current = false;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, [draft]);

  // Hidden sheets (e.g. where settings are kept) get no tab, as in Excel.
  const sheets = workbook
    .sheetNames()
    .filter((name) => (workbook.sheetInfo(name).visibility ?? "Visible") === "Visible");
  if (sheets.length === 0) {
    return (
      <div className={styles.view}>
        <p className={styles.empty}>This workbook has no visible sheets.</p>
      </div>
    );
  }

  const selection = workbook.getSelection();
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
  const stored = anchors.current.get(sheet);
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

  const setRange = (rect: CellRect, anchor: { row: number; col: number }) => {
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

  const activeCell = workbook.getCell(sheet, active.row, active.col);
  const notices = [
    listNotice("Circular references", workbook.circularReferences?.() ?? []),
    listNotice("Not computed in the preview", workbook.unsupportedFormulas?.() ?? []),
  ].filter((n) => n !== "");
  const content = formulaBarText(activeCell);
  const choices = workbook.displayRules?.(sheet)?.(active.row, active.col)?.choices;

  const startEdit = (initial?: string) => {
    if (!edits) return;
    editTarget.current = { sheet, row: active.row, col: active.col };
    focusBarNext.current = true;
    setEditError(undefined);
    setDraft(initial ?? content);
  };

  const changeDraft = (text: string) => {
    if (!edits) return;
    // Typing straight into the formula bar edits the active cell too.
    if (draft === null) editTarget.current = { sheet, row: active.row, col: active.col };
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
      if (target.sheet === sheet) select(Math.max(0, target.row + dr), Math.max(0, target.col + dc), false);
      gridElement.current?.focus();
    }
    try {
      await edits.editCell(target.sheet, cellAddress(target.row, target.col), text);
    } catch (error) {
      setEditError(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const cancelEdit = () => {
    editTarget.current = null;
    setDraft(null);
    gridElement.current?.focus();
  };

  const clearSelection = () => {
    if (!edits) return;
    setEditError(undefined);
    edits.clearRange(sheet, address).catch((error: unknown) => {
      setEditError(`Not cleared: ${error instanceof Error ? error.message : String(error)}`);
    });
  };

  // Picking from a cell's list enters the choice as typed text would be, except that a choice starting
  // with = + - @ stays text (it is a value from the list, never a formula).
  const choose = (value: string) => {
    if (!edits) return;
    const target = { sheet, row: active.row, col: active.col };
    const input = /^[=+\-@]/.test(value) && !Number.isFinite(Number(value)) ? `'${value}` : value;
    setEditError(undefined);
    gridElement.current?.focus();
    edits.editCell(target.sheet, cellAddress(target.row, target.col), input).catch((error: unknown) => {
      setEditError(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
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

  const activate = (name: string) => {
    if (name === sheet) return;
    workbook.setSelection(name, remembered.current.get(name) ?? "A1");
    rerender();
  };

  return (
    <div className={styles.view}>
      <FormulaBar
        ref={formulaInput}
        address={address}
        content={content}
        draft={draft}
        editable={edits !== undefined}
        error={editError}
        onDraftChange={changeDraft}
        onCommit={(after) => void finishEdit(after)}
        onCancel={cancelEdit}
        list={
          choices
            ? {
                choices,
                current: listText(activeCell?.value ?? null),
                onChoose: choose,
              }
            : undefined
        }
        listRef={listSelect}
      />
      <SheetGrid
        source={workbook}
        sheet={sheet}
        version={version}
        active={active}
        focus={merge ? active : focus}
        range={merge ?? range}
        onSelect={select}
        idPrefix={idPrefix}
        onStartEdit={edits ? startEdit : undefined}
        onClear={edits ? clearSelection : undefined}
        onOpenList={edits && choices ? openList : undefined}
        onSelectColumn={selectColumns}
        onSelectRow={selectRows}
        gridRef={gridElement}
      />
      <SheetTabs sheets={sheets} active={sheet} onActivate={activate} />
      {/* Excel's status bar names the cells of a circular reference (they show 0 meanwhile); the
          preview also names formulas it cannot compute (they keep their saved value). */}
      <div role="status" className={notices.length > 0 ? styles.status : undefined}>
        {notices.join(" · ")}
      </div>
    </div>
  );
}
