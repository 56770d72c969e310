// One sheet drawn as a grid: column letters, row numbers, formatted cells, table styling, merged cells.
// Only the rows in view are drawn, so long sheets scroll smoothly.
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type Ref,
} from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { columnLetters } from "../../core/cells/a1";
import { MAX_COLS, MAX_ROWS, cellAddress, rectContains, type CellRect } from "./a1";
import { displayText } from "./cellText";
import { ChartLayer } from "./ChartLayer";
import type { GridSource } from "./gridSource";
import { visibleRows, scrollToShow } from "./rowWindow";
import {
  HEADER_HEIGHT,
  ROW_HEADER_WIDTH,
  ROW_HEIGHT,
  mergeAt,
  sheetLayout,
  tableRoleAt,
} from "./sheetLayout";

export type { CellRulesLike, GridSource } from "./gridSource";

/** Excel's "Circle invalid data" draws a red ring round cells whose value breaks their validation. */
const INVALID_RING = "inset 0 0 0 2px #d13438";

const useStyles = makeStyles({
  // The focus ring is drawn in this frame's own 2px padding: on the table it was hidden under the
  // sticky row and column headers and past the scrolled edges, so a keyboard user saw no focus at all.
  frame: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minHeight: 0,
    padding: "2px",
    ":has(:focus-visible)": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  scroller: {
    position: "relative",
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: "#ffffff",
    color: "#1f1f1f",
    fontFamily: "Calibri, 'Segoe UI', Arial, sans-serif",
    fontSize: "14px",
    // Clicks and drags select cells, not text (as in Excel).
    userSelect: "none",
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    ":focus-visible": { outlineStyle: "none" },
  },
  // Stacking, bottom to top: cells, frozen-column cells (1), row headers and frozen-row cells (2),
  // cells frozen both ways (3), frozen rows' headers (4), column letters (5), frozen columns' letters (6),
  // the corner (7).
  colHeader: {
    cursor: "s-resize",
    position: "sticky",
    top: 0,
    zIndex: 5,
    height: `${HEADER_HEIGHT}px`,
    backgroundColor: "#f3f3f3",
    color: "#424242",
    fontWeight: "normal",
    borderRight: "1px solid #d6d6d6",
    borderBottom: "1px solid #c8c8c8",
    textAlign: "center",
    padding: 0,
  },
  corner: { left: 0, zIndex: 7 },
  frozenColHeader: { zIndex: 6 },
  rowHeader: {
    cursor: "e-resize",
    position: "sticky",
    left: 0,
    zIndex: 2,
    width: `${ROW_HEADER_WIDTH}px`,
    backgroundColor: "#f3f3f3",
    color: "#424242",
    fontWeight: "normal",
    borderRight: "1px solid #c8c8c8",
    borderBottom: "1px solid #d6d6d6",
    textAlign: "center",
    padding: 0,
  },
  frozenRowHeader: { zIndex: 4 },
  frozenCell: { position: "sticky", backgroundColor: "#ffffff", zIndex: 1 },
  frozenRowCell: { zIndex: 2 },
  frozenBothCell: { zIndex: 3 },
  headerActive: { backgroundColor: "#d3e3d8", color: "#0e5c2f", fontWeight: "bold" },
  cell: {
    height: `${ROW_HEIGHT - 1}px`,
    padding: "0 4px",
    borderRight: "1px solid #e1e1e1",
    borderBottom: "1px solid #e1e1e1",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
  },
  number: { textAlign: "right" },
  centred: { textAlign: "center" },
  tableHeader: { backgroundColor: "#4472c4", color: "#ffffff", fontWeight: "bold" },
  tableBand: { backgroundColor: "#d9e1f2" },
  inRange: { backgroundColor: "rgba(33, 115, 70, 0.12)" },
  active: { outline: "2px solid #217346", outlineOffset: "-2px" },
  spacer: { padding: 0, border: "none" },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

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

/** The grey line Excel draws below frozen rows and right of frozen columns (and the invalid-data ring). */
function frozenEdge(lastFrozenRow: boolean, lastFrozenCol: boolean, invalid = false): string | undefined {
  const edges = [
    lastFrozenRow && "inset 0 -2px 0 #9e9e9e",
    lastFrozenCol && "inset -2px 0 0 #9e9e9e",
    invalid && INVALID_RING,
  ];
  const shadow = edges.filter(Boolean).join(", ");
  return shadow || undefined;
}

export function SheetGrid({
  source,
  sheet,
  version,
  active,
  focus,
  range,
  onSelect,
  idPrefix,
  onStartEdit,
  onClear,
  onOpenList,
  onSelectColumn,
  onSelectRow,
  gridRef,
}: SheetGridProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);
  const dragging = useRef(false);

  const used = source.usedSize(sheet);
  const charts = source.charts?.(sheet) ?? [];
  // The grid reaches past every chart, so each is drawn over cells.
  const chartRows = Math.max(0, ...charts.map((c) => c.to.row + 1));
  const chartCols = Math.max(0, ...charts.map((c) => c.to.col + 1));
  const totalRows = Math.min(MAX_ROWS, Math.max(used.rows + 50, 100, active.row + 20, chartRows + 5));
  const totalCols = Math.min(MAX_COLS, Math.max(used.cols + 2, 12, active.col + 3, chartCols + 1));
  const layout = sheetLayout(source.sheetInfo(sheet), totalCols);
  const frozenRows = Math.min(layout.frozenRows, totalRows);
  const frozenCols = layout.frozenCols;
  // Frozen rows are always drawn; the window covers the rows that scroll beneath them.
  const scrolling = visibleRows(scrollTop, viewport, ROW_HEIGHT, totalRows - frozenRows);
  const view = { start: scrolling.start + frozenRows, end: scrolling.end + frozenRows };

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setViewport(el.clientHeight);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setViewport(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const stop = () => {
      dragging.current = false;
    };
    globalThis.addEventListener?.("mouseup", stop);
    return () => globalThis.removeEventListener?.("mouseup", stop);
  }, []);

  // Keep the moving corner of the selection in view when it moves by keyboard or from the add-in.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    // Cells in frozen panes are always in view.
    // Nothing to scroll before layout (clientHeight 0).
    if (focus.row >= frozenRows && el.clientHeight > 0) {
      const sticky = HEADER_HEIGHT + frozenRows * ROW_HEIGHT;
      const top = scrollToShow(focus.row - frozenRows, el.scrollTop, el.clientHeight, ROW_HEIGHT, sticky);
      if (top !== el.scrollTop) {
        el.scrollTop = top;
        setScrollTop(top);
      }
    }
    if (focus.col >= frozenCols && el.clientWidth > 0) {
      // Offsets measured from the first scrolling column, which sits right of the frozen ones.
      const firstScrolling = layout.columnLefts[frozenCols];
      const left = layout.columnLefts[focus.col] - firstScrolling;
      const right = left + layout.columnWidths[focus.col];
      const visible = el.clientWidth - firstScrolling;
      if (left < el.scrollLeft) el.scrollLeft = left;
      else if (right > el.scrollLeft + visible) el.scrollLeft = right - visible;
    }
    // layout.columnWidths is rebuilt each render; the moving corner is what matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus.row, focus.col, sheet]);

  const clampRow = (row: number) => Math.max(0, Math.min(totalRows - 1, row));
  const clampCol = (col: number) => Math.max(0, Math.min(totalCols - 1, col));
  const move = (row: number, col: number) => onSelect(clampRow(row), clampCol(col), false);
  /** Arrow keys move the active cell, or with Shift the selection's moving corner. */
  const step = (shift: boolean, rows: number, cols: number) =>
    shift
      ? onSelect(clampRow(focus.row + rows), clampCol(focus.col + cols), true)
      : move(active.row + rows, active.col + cols);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.key === "ArrowDown" && event.altKey && onOpenList) {
      event.preventDefault();
      onOpenList();
      return;
    }
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
    const action = keys[event.key];
    // A printable character starts typing over the cell, as in Excel.
    const typing = onStartEdit && event.key.length === 1 && !ctrl && !event.altKey;
    if (!action && !typing) return;
    event.preventDefault();
    if (action) action();
    else onStartEdit?.(event.key);
  };

  const cellAt = (event: MouseEvent<HTMLTableElement>) => {
    const cell = (event.target as HTMLElement).closest("td[data-row]");
    return cell
      ? { row: Number(cell.getAttribute("data-row")), col: Number(cell.getAttribute("data-col")) }
      : undefined;
  };

  const onMouseDown = (event: MouseEvent<HTMLTableElement>) => {
    const at = cellAt(event);
    if (!at || event.button !== 0) return;
    dragging.current = true;
    onSelect(at.row, at.col, event.shiftKey);
  };

  // Dragging with the button held selects a range, as in Excel.
  const onMouseOver = (event: MouseEvent<HTMLTableElement>) => {
    if (!dragging.current || event.buttons !== 1) return;
    const at = cellAt(event);
    if (at && (at.row !== focus.row || at.col !== focus.col)) onSelect(at.row, at.col, true);
  };

  const cellId = (row: number, col: number) => `${idPrefix}-r${row}-c${col}`;
  const invalidNoteId = `${idPrefix}-invalid-note`;
  // Read once per drawing: rule results are cached for the cells drawn now.
  const rulesAt = source.displayRules?.(sheet);
  const activeMerge = mergeAt(layout.merges, active.row, active.col);
  const activeAnchor = activeMerge ? { row: activeMerge.r0, col: activeMerge.c0 } : active;

  const drawRows = (from: number, to: number) => {
    const out = [];
    for (let r = from; r < to; r++) out.push(drawRow(r, from, to));
    return out;
  };

  const drawRow = (r: number, from: number, to: number) => {
    const frozenRow = r < frozenRows;
    const cells = [];
    for (let c = 0; c < totalCols; c++) {
      const merge = mergeAt(layout.merges, r, c);
      let rowSpan = 1;
      let colSpan = 1;
      let anchorRow = r;
      let anchorCol = c;
      if (merge) {
        // Draw a merged area once, in its first drawn row; skip the cells it covers.
        const firstDrawnRow = Math.max(merge.r0, from);
        if (r !== firstDrawnRow || c !== merge.c0) continue;
        rowSpan = Math.min(merge.r1, to - 1) - r + 1;
        colSpan = merge.c1 - merge.c0 + 1;
        anchorRow = merge.r0;
        anchorCol = merge.c0;
      }
      const cell = source.getCell(sheet, anchorRow, anchorCol);
      const rules = rulesAt?.(anchorRow, anchorCol);
      const text = displayText(cell);
      const table = tableRoleAt(layout.tables, anchorRow, anchorCol);
      const isActive = anchorRow === activeAnchor.row && anchorCol === activeAnchor.col;
      const selected = isActive || rectContains(range, anchorRow, anchorCol);
      const frozenCol = c < frozenCols;
      const className = mergeClasses(
        styles.cell,
        (frozenRow || frozenCol) && styles.frozenCell,
        frozenRow && styles.frozenRowCell,
        frozenRow && frozenCol && styles.frozenBothCell,
        typeof cell?.value === "number" && !cell?.error && styles.number,
        (typeof cell?.value === "boolean" || cell?.error) && styles.centred,
        table?.role === "header" && styles.tableHeader,
        table?.role === "band" && styles.tableBand,
        selected && !isActive && styles.inRange,
        isActive && styles.active,
      );
      cells.push(
        <td
          key={c}
          id={isActive ? cellId(anchorRow, anchorCol) : undefined}
          role="gridcell"
          aria-colindex={c + 2}
          aria-selected={selected}
          data-row={anchorRow}
          data-col={anchorCol}
          data-address={cellAddress(anchorRow, anchorCol)}
          rowSpan={rowSpan > 1 ? rowSpan : undefined}
          colSpan={colSpan > 1 ? colSpan : undefined}
          className={className}
          title={text.length > 12 ? text : undefined}
          aria-invalid={rules?.invalid ? true : undefined}
          aria-describedby={rules?.invalid ? invalidNoteId : undefined}
          data-invalid={rules?.invalid ? "true" : undefined}
          style={{
            // Conditional formats draw over the cell's own format, as in Excel.
            backgroundColor: rules?.fill ?? cell?.fill,
            color: rules?.fontColor ?? cell?.fontColor,
            fontWeight: (rules?.bold ?? cell?.bold) ? "bold" : undefined,
            fontStyle: rules?.italic ? "italic" : undefined,
            top: frozenRow ? `${HEADER_HEIGHT + r * ROW_HEIGHT}px` : undefined,
            left: frozenCol ? `${layout.columnLefts[c]}px` : undefined,
            boxShadow: frozenEdge(r === frozenRows - 1, c === frozenCols - 1, rules?.invalid),
          }}
        >
          {text}
        </td>,
      );
    }
    return (
      <tr key={r} aria-rowindex={r + 2} style={{ height: `${ROW_HEIGHT}px` }}>
        <th
          scope="row"
          role="rowheader"
          onMouseDown={(event) => {
            if (event.button === 0) onSelectRow(r, event.shiftKey);
          }}
          className={mergeClasses(
            styles.rowHeader,
            frozenRow && styles.frozenRowHeader,
            r >= range.r0 && r <= range.r1 && styles.headerActive,
          )}
          style={{
            top: frozenRow ? `${HEADER_HEIGHT + r * ROW_HEIGHT}px` : undefined,
            boxShadow: frozenEdge(r === frozenRows - 1, false),
          }}
        >
          {r + 1}
        </th>
        {cells}
      </tr>
    );
  };

  return (
    <div className={styles.frame}>
      <div
        ref={scroller}
        className={styles.scroller}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        <span id={invalidNoteId} className={styles.visuallyHidden}>
          Not one of the values this cell&apos;s list allows.
        </span>
        <table
          role="grid"
          tabIndex={0}
          aria-label={`Sheet ${sheet}`}
          aria-rowcount={totalRows + 1}
          aria-colcount={totalCols + 1}
          aria-activedescendant={cellId(activeAnchor.row, activeAnchor.col)}
          data-version={version}
          className={styles.table}
          style={{ width: `${ROW_HEADER_WIDTH + layout.columnWidths.reduce((a, b) => a + b, 0)}px` }}
          onKeyDown={onKeyDown}
          onMouseDown={onMouseDown}
          onMouseOver={onMouseOver}
          onDoubleClick={(event) => {
            if (onStartEdit && cellAt(event)) onStartEdit();
          }}
          ref={gridRef}
        >
          <colgroup>
            <col style={{ width: `${ROW_HEADER_WIDTH}px` }} />
            {layout.columnWidths.map((w, c) => (
              <col key={c} style={{ width: `${w}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              <th className={mergeClasses(styles.colHeader, styles.corner)}>
                <span className={styles.visuallyHidden}>Row number</span>
              </th>
              {layout.columnWidths.map((_, c) => (
                <th
                  key={c}
                  scope="col"
                  role="columnheader"
                  onMouseDown={(event) => {
                    if (event.button === 0) onSelectColumn(c, event.shiftKey);
                  }}
                  className={mergeClasses(
                    styles.colHeader,
                    c < frozenCols && styles.frozenColHeader,
                    c >= range.c0 && c <= range.c1 && styles.headerActive,
                  )}
                  style={{
                    left: c < frozenCols ? `${layout.columnLefts[c]}px` : undefined,
                    boxShadow: frozenEdge(false, c === frozenCols - 1),
                  }}
                >
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {drawRows(0, frozenRows)}
            {view.start > frozenRows && (
              <tr aria-hidden="true" style={{ height: `${(view.start - frozenRows) * ROW_HEIGHT}px` }}>
                <td className={styles.spacer} colSpan={totalCols + 1} />
              </tr>
            )}
            {drawRows(view.start, view.end)}
            {view.end < totalRows && (
              <tr aria-hidden="true" style={{ height: `${(totalRows - view.end) * ROW_HEIGHT}px` }}>
                <td className={styles.spacer} colSpan={totalCols + 1} />
              </tr>
            )}
          </tbody>
        </table>
        {charts.length > 0 && <ChartLayer charts={charts} layout={layout} />}
      </div>
    </div>
  );
}
