// The simulated workbook as Excel shows it: formula bar, the active sheet's grid, sheet tabs.
// The selection lives in the simulator (SimWorkbook.setSelection), so the add-in's
// context.workbook.getSelectedRange() returns what the person clicked here.
import { useId, useReducer, useRef } from "react";
import { makeStyles } from "@fluentui/react-components";
import { cellAddress, parseRange } from "./a1";
import { formulaBarText } from "./cellText";
import { FormulaBar } from "./FormulaBar";
import { SheetGrid, type GridSource } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { mergeAt, sheetLayout } from "./sheetLayout";
import { useWorkbookVersion, type Subscribable } from "./useWorkbookVersion";

/** The part of SimWorkbook the workbook view uses. */
export interface WorkbookSource extends GridSource, Subscribable {
  sheetNames(): string[];
  getSelection(): { sheet: string; address: string } | null;
  setSelection(sheet: string, rangeA1: string): void;
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
});

export function WorkbookView({ workbook }: { workbook: WorkbookSource }) {
  const styles = useStyles();
  const idPrefix = useId().replace(/:/g, "");
  const version = useWorkbookVersion(workbook);
  // Setting the selection does not change data, so the workbook does not notify; re-render ourselves.
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // Like Excel, each sheet keeps its own selection when you switch away and back.
  const remembered = useRef(new Map<string, string>());

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
  const merge = mergeAt(sheetLayout(workbook.sheetInfo(sheet), 0).merges, range.r0, range.c0);
  const active = merge ? { row: merge.r0, col: merge.c0 } : { row: range.r0, col: range.c0 };
  const address = merge
    ? `${cellAddress(merge.r0, merge.c0)}:${cellAddress(merge.r1, merge.c1)}`
    : range.r0 === range.r1 && range.c0 === range.c1
      ? cellAddress(range.r0, range.c0)
      : `${cellAddress(range.r0, range.c0)}:${cellAddress(range.r1, range.c1)}`;

  const select = (row: number, col: number) => {
    const a1 = cellAddress(row, col);
    workbook.setSelection(sheet, a1);
    remembered.current.set(sheet, a1);
    rerender();
  };

  const activate = (name: string) => {
    if (name === sheet) return;
    workbook.setSelection(name, remembered.current.get(name) ?? "A1");
    rerender();
  };

  return (
    <div className={styles.view}>
      <FormulaBar
        address={merge ? cellAddress(active.row, active.col) : address}
        content={formulaBarText(workbook.getCell(sheet, active.row, active.col))}
      />
      <SheetGrid
        source={workbook}
        sheet={sheet}
        version={version}
        active={active}
        range={merge ?? range}
        onSelect={select}
        idPrefix={idPrefix}
      />
      <SheetTabs sheets={sheets} active={sheet} onActivate={activate} />
    </div>
  );
}
