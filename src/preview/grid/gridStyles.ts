// How the grid looks: headers, frozen panes, cells, table styling and the selection, shared by the
// grid's parts; and the shadow that marks frozen panes' edges and invalid cells.
import { makeStyles, tokens } from "@fluentui/react-components";
import { HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT } from "./sheetLayout";

/** Excel's "Circle invalid data" draws a red ring round cells whose value breaks their validation. */
const INVALID_RING = "inset 0 0 0 2px #d13438";

export const useGridStyles = makeStyles({
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

export type GridStyles = ReturnType<typeof useGridStyles>;

/** The grey line Excel draws below frozen rows and right of frozen columns (and the invalid-data ring). */
export function frozenEdge(
  lastFrozenRow: boolean,
  lastFrozenCol: boolean,
  invalid = false,
): string | undefined {
  const edges = [
    lastFrozenRow && "inset 0 -2px 0 #9e9e9e",
    lastFrozenCol && "inset -2px 0 0 #9e9e9e",
    invalid && INVALID_RING,
  ];
  const shadow = edges.filter(Boolean).join(", ");
  return shadow || undefined;
}
