// The grid's columns: their widths, and the header row of column letters (a click selects the whole
// column) under a corner cell that names the row-number column for screen readers.
import { mergeClasses } from "@fluentui/react-components";
import { columnLetters } from "../../core/cells/a1";
import type { CellRect } from "./a1";
import type { GridExtent } from "./gridExtent";
import { frozenEdge, type GridStyles } from "./gridStyles";
import { ROW_HEADER_WIDTH } from "./sheetLayout";

export interface GridColumnsProps {
  extent: GridExtent;
  styles: GridStyles;
  range: CellRect;
  onSelectColumn: (col: number, extend: boolean) => void;
}

export function GridColumns({ extent, styles, range, onSelectColumn }: GridColumnsProps) {
  const { layout, frozenCols } = extent;
  return (
    <>
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
    </>
  );
}
