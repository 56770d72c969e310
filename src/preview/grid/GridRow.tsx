// One row of the grid: its number (a click selects the whole row) and its cells, a merged area drawn
// once in its first drawn row.
import { mergeClasses } from "@fluentui/react-components";
import { GridCell } from "./GridCell";
import type { GridDrawing } from "./gridDrawing";
import { frozenEdge } from "./gridStyles";
import { HEADER_HEIGHT, ROW_HEIGHT, mergeAt } from "./sheetLayout";

export interface GridRowProps {
  drawing: GridDrawing;
  r: number;
  /** The rows drawn in this run (a merged area is cut to them). */
  from: number;
  to: number;
}

function rowCells({ drawing, r, from, to }: GridRowProps) {
  const { layout, totalCols } = drawing.extent;
  const cells = [];
  for (let c = 0; c < totalCols; c++) {
    const merge = mergeAt(layout.merges, r, c);
    let span = { anchorRow: r, anchorCol: c, rowSpan: 1, colSpan: 1 };
    if (merge) {
      // Draw a merged area once, in its first drawn row; skip the cells it covers.
      const firstDrawnRow = Math.max(merge.r0, from);
      if (r !== firstDrawnRow || c !== merge.c0) continue;
      span = {
        anchorRow: merge.r0,
        anchorCol: merge.c0,
        rowSpan: Math.min(merge.r1, to - 1) - r + 1,
        colSpan: merge.c1 - merge.c0 + 1,
      };
    }
    cells.push(<GridCell key={c} drawing={drawing} r={r} c={c} {...span} />);
  }
  return cells;
}

export function GridRow(props: GridRowProps) {
  const { drawing, r } = props;
  const { styles, range, onSelectRow } = drawing;
  const frozenRow = r < drawing.extent.frozenRows;
  return (
    <tr aria-rowindex={r + 2} style={{ height: `${ROW_HEIGHT}px` }}>
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
          boxShadow: frozenEdge(r === drawing.extent.frozenRows - 1, false),
        }}
      >
        {r + 1}
      </th>
      {rowCells(props)}
    </tr>
  );
}
