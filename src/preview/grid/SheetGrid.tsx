// One sheet drawn as a grid: column letters, row numbers, formatted cells, table styling, merged cells.
// Only the rows in view are drawn, so long sheets scroll smoothly.
import type { Ref } from "react";
import type { CellRect } from "./a1";
import { ChartLayer } from "./ChartLayer";
import type { GridDrawing } from "./gridDrawing";
import { gridExtent } from "./gridExtent";
import { GridBody } from "./GridBody";
import { GridColumns } from "./GridColumns";
import { gridKeyDown } from "./gridKeyboard";
import type { GridSource } from "./gridSource";
import { useGridStyles } from "./gridStyles";
import { visibleRows } from "./rowWindow";
import { ROW_HEADER_WIDTH, ROW_HEIGHT, mergeAt } from "./sheetLayout";
import { useGridMouse } from "./useGridMouse";
import { useGridScroll } from "./useGridScroll";

export type { CellRulesLike, GridSource } from "./gridSource";

export interface SheetGridProps {
  source: GridSource;
  sheet: string;
  /** Changes whenever the workbook changed, so cells are read again. */
  version: number;
  /** The active cell: where the selection started. */
  active: { row: number; col: number };
  /** The selection's moving corner (Shift+arrows and dragging move it); the active cell when single. */
  focus: { row: number; col: number };
  /** The selected range (active cell included). */
  range: CellRect;
  /** `extend`: grow the selection from the active cell to this cell instead of moving it. */
  onSelect: (row: number, col: number, extend: boolean) => void;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  /** Typing, F2 or a double-click: edit the active cell, starting from `initial` or its content. */
  onStartEdit?: (initial?: string) => void;
  /** The Delete key: clear the selection's contents. */
  onClear?: () => void;
  /** Alt+Down on a cell with list validation: open its list (Excel's shortcut). */
  onOpenList?: () => void;
  /** A click on a column letter (or Ctrl+Space): select whole columns, from the active one if `extend`. */
  onSelectColumn: (col: number, extend: boolean) => void;
  /** A click on a row number (or Shift+Space): select whole rows. */
  onSelectRow: (row: number, extend: boolean) => void;
  gridRef?: Ref<HTMLTableElement>;
}

export function SheetGrid(props: SheetGridProps) {
  const { source, sheet, active, range, idPrefix } = props;
  const styles = useGridStyles();
  const extent = gridExtent(source, sheet, active);
  const { layout, frozenRows, totalRows, totalCols, charts } = extent;
  const scroll = useGridScroll(sheet, props.focus, extent);
  const mouse = useGridMouse(props);
  // Frozen rows are always drawn; the window covers the rows that scroll beneath them.
  const scrolling = visibleRows(scroll.scrollTop, scroll.viewport, ROW_HEIGHT, totalRows - frozenRows);
  const view = { start: scrolling.start + frozenRows, end: scrolling.end + frozenRows };
  const activeMerge = mergeAt(layout.merges, active.row, active.col);
  const drawing: GridDrawing = {
    source,
    sheet,
    extent,
    styles,
    range,
    activeAnchor: activeMerge ? { row: activeMerge.r0, col: activeMerge.c0 } : active,
    // Read once per drawing: rule results are cached for the cells drawn now.
    rulesAt: source.displayRules?.(sheet),
    cellId: (row, col) => `${idPrefix}-r${row}-c${col}`,
    invalidNoteId: `${idPrefix}-invalid-note`,
    onSelectRow: props.onSelectRow,
  };

  return (
    <div className={styles.frame}>
      <div ref={scroll.scroller} className={styles.scroller} onScroll={scroll.onScroll}>
        <span id={drawing.invalidNoteId} className={styles.visuallyHidden}>
          Not one of the values this cell&apos;s list allows.
        </span>
        <table
          role="grid"
          tabIndex={0}
          aria-label={`Sheet ${sheet}`}
          aria-rowcount={totalRows + 1}
          aria-colcount={totalCols + 1}
          aria-activedescendant={drawing.cellId(drawing.activeAnchor.row, drawing.activeAnchor.col)}
          data-version={props.version}
          className={styles.table}
          style={{ width: `${ROW_HEADER_WIDTH + layout.columnWidths.reduce((a, b) => a + b, 0)}px` }}
          onKeyDown={(event) => gridKeyDown(event, props, extent, scroll.viewport)}
          onMouseDown={mouse.onMouseDown}
          onMouseOver={mouse.onMouseOver}
          onDoubleClick={mouse.onDoubleClick}
          ref={props.gridRef}
        >
          <GridColumns extent={extent} styles={styles} range={range} onSelectColumn={props.onSelectColumn} />
          <GridBody drawing={drawing} view={view} />
        </table>
        {charts.length > 0 && <ChartLayer charts={charts} layout={layout} />}
      </div>
    </div>
  );
}
