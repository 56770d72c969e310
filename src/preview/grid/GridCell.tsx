// One cell of the grid (or one merged area): its formatted text, number alignment, table styling,
// conditional formats, the invalid-data ring, frozen-pane stickiness and the selection.
import { mergeClasses } from "@fluentui/react-components";
import { cellAddress, rectContains } from "./a1";
import { displayText } from "./cellText";
import type { GridDrawing } from "./gridDrawing";
import { frozenEdge } from "./gridStyles";
import { HEADER_HEIGHT, ROW_HEIGHT, tableRoleAt } from "./sheetLayout";

export interface GridCellProps {
  drawing: GridDrawing;
  /** The row and column drawn in. */
  r: number;
  c: number;
  /** The cell whose content is shown: a merged area's top-left cell, else the cell itself. */
  anchorRow: number;
  anchorCol: number;
  rowSpan: number;
  colSpan: number;
}

export function GridCell({ drawing, r, c, anchorRow, anchorCol, rowSpan, colSpan }: GridCellProps) {
  const { source, sheet, extent, styles, range, activeAnchor, rulesAt } = drawing;
  const { layout, frozenRows, frozenCols } = extent;
  const cell = source.getCell(sheet, anchorRow, anchorCol);
  const rules = rulesAt?.(anchorRow, anchorCol);
  const text = displayText(cell);
  const table = tableRoleAt(layout.tables, anchorRow, anchorCol);
  const isActive = anchorRow === activeAnchor.row && anchorCol === activeAnchor.col;
  const selected = isActive || rectContains(range, anchorRow, anchorCol);
  const frozenRow = r < frozenRows;
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
  return (
    <td
      id={isActive ? drawing.cellId(anchorRow, anchorCol) : undefined}
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
      aria-describedby={rules?.invalid ? drawing.invalidNoteId : undefined}
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
    </td>
  );
}
