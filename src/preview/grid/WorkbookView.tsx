// The simulated workbook as Excel shows it: formula bar, the active sheet's grid, sheet tabs.
// The selection lives in the simulator (SimWorkbook.setSelection), so the add-in's
// context.workbook.getSelectedRange() returns what the person clicked here.
import { useId, useRef, useState } from "react";
import { makeStyles } from "@fluentui/react-components";
import { formulaBarText } from "./cellText";
import type { PersonEdits } from "../personEdits";
import { FormulaBar } from "./FormulaBar";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { useCellEditing } from "./useCellEditing";
import { useQuickEdits } from "./useQuickEdits";
import { useSheetSelection, type SelectionSource } from "./useSheetSelection";
import { useWorkbookVersion, type Subscribable } from "./useWorkbookVersion";
import { WorkbookStatus, type StatusSource } from "./WorkbookStatus";

/** The part of SimWorkbook the workbook view uses. */
export interface WorkbookSource extends SelectionSource, StatusSource, Subscribable {}

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
});

export interface WorkbookViewProps {
  workbook: WorkbookSource;
  /** How typing and Delete reach the workbook; without it the view is read-only. */
  edits?: PersonEdits;
}

/** A value as list validation compares it: text as it is, numbers plainly, logicals as TRUE/FALSE. */
const listText = (v: string | number | boolean | null) =>
  v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);

export function WorkbookView({ workbook, edits }: WorkbookViewProps) {
  const styles = useStyles();
  const idPrefix = useId().replace(/:/g, "");
  const version = useWorkbookVersion(workbook);
  const selection = useSheetSelection(workbook);
  const [editError, setEditError] = useState<string>();
  const gridElement = useRef<HTMLTableElement>(null);
  const activeCell =
    selection && workbook.getCell(selection.sheet, selection.active.row, selection.active.col);
  const content = formulaBarText(activeCell);
  const editing = useCellEditing({ edits, selection, content, gridElement, setEditError });
  const quick = useQuickEdits({ edits, selection, gridElement, setEditError });

  if (!selection) {
    return (
      <div className={styles.view}>
        <p className={styles.empty}>This workbook has no visible sheets.</p>
      </div>
    );
  }
  const { sheet, active, merge } = selection;
  const choices = workbook.displayRules?.(sheet)?.(active.row, active.col)?.choices;

  return (
    <div className={styles.view}>
      <FormulaBar
        ref={editing.formulaInput}
        address={selection.address}
        content={content}
        draft={editing.draft}
        editable={edits !== undefined}
        error={editError}
        onDraftChange={editing.changeDraft}
        onCommit={(after) => void editing.finishEdit(after)}
        onCancel={editing.cancelEdit}
        list={
          choices
            ? { choices, current: listText(activeCell?.value ?? null), onChoose: quick.choose }
            : undefined
        }
        listRef={quick.listSelect}
      />
      <SheetGrid
        source={workbook}
        sheet={sheet}
        version={version}
        active={active}
        focus={merge ? active : selection.focus}
        range={merge ?? selection.range}
        onSelect={selection.select}
        idPrefix={idPrefix}
        onStartEdit={edits ? editing.startEdit : undefined}
        onClear={edits ? quick.clearSelection : undefined}
        onOpenList={edits && choices ? quick.openList : undefined}
        onSelectColumn={selection.selectColumns}
        onSelectRow={selection.selectRows}
        gridRef={gridElement}
      />
      <SheetTabs sheets={selection.sheets} active={sheet} onActivate={selection.activate} />
      <WorkbookStatus workbook={workbook} />
    </div>
  );
}
