// How far the grid reaches: past the used cells, the active cell and every chart, with room to scroll
// on, as Excel's sheet seems endless; and the sheet's layout (widths, tables, merges, frozen panes).
import type { ChartView } from "../simulator";
import { MAX_COLS, MAX_ROWS } from "./a1";
import type { CellPoint } from "./selectionPlace";
import type { GridSource } from "./gridSource";
import { sheetLayout, type SheetLayout } from "./sheetLayout";

export interface GridExtent {
  used: { rows: number; cols: number };
  charts: ChartView[];
  totalRows: number;
  totalCols: number;
  layout: SheetLayout;
  /** Frozen rows, no more than the rows drawn. */
  frozenRows: number;
  frozenCols: number;
}

export function gridExtent(source: GridSource, sheet: string, active: CellPoint): GridExtent {
  const used = source.usedSize(sheet);
  const charts = source.charts?.(sheet) ?? [];
  // The grid reaches past every chart, so each is drawn over cells.
  const chartRows = Math.max(0, ...charts.map((c) => c.to.row + 1));
  const chartCols = Math.max(0, ...charts.map((c) => c.to.col + 1));
  const totalRows = Math.min(MAX_ROWS, Math.max(used.rows + 50, 100, active.row + 20, chartRows + 5));
  const totalCols = Math.min(MAX_COLS, Math.max(used.cols + 2, 12, active.col + 3, chartCols + 1));
  const layout = sheetLayout(source.sheetInfo(sheet), totalCols);
  const frozenRows = Math.min(layout.frozenRows, totalRows);
  return { used, charts, totalRows, totalCols, layout, frozenRows, frozenCols: layout.frozenCols };
}
