// How a chart's series come from its source cells (Excel's rules for charts.add and setData), and the
// values of each series as they stand now, for Chart.series reads and for the preview's drawing.
import { rectCols, rectRows, type Rect } from "./address";
import type { Cell } from "./cells";
import { SimError } from "./errors";
import type { ChartModel, ChartRef, ChartSeriesModel, SheetModel } from "./model";
import { formatText } from "./numfmt";

/** Every chart type Excel.ChartType names (but "Invalid"): anything else is refused, as Excel does. */
export const CHART_TYPES: ReadonlySet<string> = new Set(
  (
    "ColumnClustered ColumnStacked ColumnStacked100 3DColumnClustered 3DColumnStacked 3DColumnStacked100 " +
    "BarClustered BarStacked BarStacked100 3DBarClustered 3DBarStacked 3DBarStacked100 LineStacked " +
    "LineStacked100 LineMarkers LineMarkersStacked LineMarkersStacked100 PieOfPie PieExploded 3DPieExploded " +
    "BarOfPie XYScatterSmooth XYScatterSmoothNoMarkers XYScatterLines XYScatterLinesNoMarkers AreaStacked " +
    "AreaStacked100 3DAreaStacked 3DAreaStacked100 DoughnutExploded RadarMarkers RadarFilled Surface " +
    "SurfaceWireframe SurfaceTopView SurfaceTopViewWireframe Bubble Bubble3DEffect StockHLC StockOHLC " +
    "StockVHLC StockVOHLC CylinderColClustered CylinderColStacked CylinderColStacked100 CylinderBarClustered " +
    "CylinderBarStacked CylinderBarStacked100 CylinderCol ConeColClustered ConeColStacked ConeColStacked100 " +
    "ConeBarClustered ConeBarStacked ConeBarStacked100 ConeCol PyramidColClustered PyramidColStacked " +
    "PyramidColStacked100 PyramidBarClustered PyramidBarStacked PyramidBarStacked100 PyramidCol 3DColumn " +
    "Line 3DLine 3DPie Pie XYScatter 3DArea Area Doughnut Radar Histogram Boxwhisker Pareto RegionMap " +
    "Treemap Waterfall Sunburst Funnel"
  ).split(" "),
);

const isBlank = (c: Cell | undefined) =>
  !c || (c.formula === undefined && (c.value === null || c.value === ""));
const isText = (c: Cell | undefined) => !!c && typeof c.value === "string" && !c.error;
/**
 * A number shown as a date (or a formula formatted as one, not yet calculated): Excel takes a column of
 * them as category labels, not as a series.
 */
const isDate = (c: Cell | undefined) =>
  !!c &&
  (typeof c.value === "number" || (c.formula !== undefined && c.value === null)) &&
  /[dmy]/i.test((c.numberFormat ?? "").replace(/"[^"]*"/g, ""));

function cellsOf(sheet: SheetModel, rect: Rect): (Cell | undefined)[] {
  const out: (Cell | undefined)[] = [];
  for (let r = rect.r0; r <= rect.r1; r++)
    for (let c = rect.c0; c <= rect.c1; c++) out.push(sheet.cells.get(r, c));
  return out;
}

/**
 * The series of a chart over `rect`: a first row of text names the series, a first column of text or
 * dates holds the categories (a blank top-left cell marks both), "Auto" puts series in columns when there
 * are at least as many rows as columns. A range with no data cells has no series: EmptyChartSeries.
 */
export function seriesFromSource(
  sheet: SheetModel,
  rect: Rect,
  seriesBy: string,
): { series: ChartSeriesModel[]; seriesBy: "Rows" | "Columns" } {
  if (seriesBy !== "Auto" && seriesBy !== "Rows" && seriesBy !== "Columns")
    throw new SimError("InvalidArgument", `"${seriesBy}" is not a ChartSeriesBy value.`);
  const corner = sheet.cells.get(rect.r0, rect.c0);
  const cornerLabel = isBlank(corner) || isText(corner);
  const topRow = { ...rect, r1: rect.r0, c0: rect.c0 + 1 };
  const leftCol = { ...rect, c1: rect.c0, r0: rect.r0 + 1 };
  const hasTop =
    rectRows(rect) > 1 &&
    rectCols(rect) > 1 &&
    cornerLabel &&
    cellsOf(sheet, topRow).every((c) => isBlank(c) || isText(c)) &&
    cellsOf(sheet, topRow).some(isText);
  const hasLeft =
    rectCols(rect) > 1 &&
    cornerLabel &&
    cellsOf(sheet, leftCol).every((c) => isBlank(c) || isText(c) || isDate(c)) &&
    cellsOf(sheet, leftCol).some((c) => isText(c) || isDate(c));
  const data: Rect = {
    r0: rect.r0 + (hasTop ? 1 : 0),
    c0: rect.c0 + (hasLeft ? 1 : 0),
    r1: rect.r1,
    c1: rect.c1,
  };
  if (data.r0 > data.r1 || data.c0 > data.c1 || cellsOf(sheet, data).every(isBlank)) {
    throw new SimError("EmptyChartSeries", "The chart's source data has no values to plot.");
  }
  const by: "Rows" | "Columns" =
    seriesBy === "Auto" ? (rectRows(data) >= rectCols(data) ? "Columns" : "Rows") : seriesBy;
  const ref = (r: Rect): ChartRef => ({ sheetId: sheet.id, rect: r });
  const series: ChartSeriesModel[] = [];
  if (by === "Columns") {
    for (let c = data.c0; c <= data.c1; c++) {
      const nameCell = hasTop ? { r0: rect.r0, c0: c, r1: rect.r0, c1: c } : undefined;
      series.push({
        name: nameCell ? String(sheet.cells.get(rect.r0, c)?.value ?? "") : `Series${series.length + 1}`,
        ...(nameCell ? { nameRef: ref(nameCell) } : {}),
        ...(hasLeft ? { categories: ref({ r0: data.r0, c0: rect.c0, r1: data.r1, c1: rect.c0 }) } : {}),
        values: ref({ r0: data.r0, c0: c, r1: data.r1, c1: c }),
      });
    }
  } else {
    for (let r = data.r0; r <= data.r1; r++) {
      const nameCell = hasLeft ? { r0: r, c0: rect.c0, r1: r, c1: rect.c0 } : undefined;
      series.push({
        name: nameCell ? String(sheet.cells.get(r, rect.c0)?.value ?? "") : `Series${series.length + 1}`,
        ...(nameCell ? { nameRef: ref(nameCell) } : {}),
        ...(hasTop ? { categories: ref({ r0: rect.r0, c0: data.c0, r1: rect.r0, c1: data.c1 }) } : {}),
        values: ref({ r0: r, c0: data.c0, r1: r, c1: data.c1 }),
      });
    }
  }
  return { series, seriesBy: by };
}

/** A series as it stands now: its name, category labels as the cells show them, values (blank or text → null). */
export interface SeriesView {
  name: string;
  categories: string[];
  values: (number | null)[];
}

function refCells(sheets: readonly SheetModel[], ref: ChartRef | undefined): (Cell | undefined)[] | null {
  if (!ref) return null;
  const sheet = sheets.find((s) => s.id === ref.sheetId);
  return sheet ? cellsOf(sheet, ref.rect) : null;
}

/** The series of a chart read from the workbook's cells (a file's cached values where its cells are gone). */
export function seriesViews(
  chart: ChartModel,
  sheets: readonly SheetModel[],
  date1904 = false,
): SeriesView[] {
  return chart.series.map((s) => {
    const values = refCells(sheets, s.values);
    const categories = refCells(sheets, s.categories);
    const name = refCells(sheets, s.nameRef)?.[0]?.value;
    const count = values?.length ?? s.cachedValues?.length ?? 0;
    return {
      name: name === undefined || name === null ? s.name : String(name),
      values: values
        ? values.map((c) => (typeof c?.value === "number" && !c.error ? c.value : null))
        : (s.cachedValues ?? []),
      categories: categories
        ? categories.map((c) => formatText(c?.value ?? null, c?.numberFormat, date1904))
        : (s.cachedCategories ?? Array.from({ length: count }, (_, i) => i + 1)).map(String),
    };
  });
}

/** A chart as the preview draws it: where it sits, what it is, and its series now. */
export interface ChartView {
  id: string;
  name: string;
  type: string;
  title: string | null;
  legend: string | null;
  reverseCategories: boolean;
  from: { row: number; col: number };
  to: { row: number; col: number };
  series: SeriesView[];
}

export function chartViews(sheet: SheetModel, sheets: readonly SheetModel[], date1904: boolean): ChartView[] {
  return sheet.charts.map((c) => ({
    id: c.id,
    name: c.name,
    type: c.type,
    title: c.titleVisible && c.title !== "" ? c.title : null,
    legend: c.legendVisible ? c.legendPosition : null,
    reverseCategories: c.reverseCategories,
    from: { ...c.from },
    to: { ...c.to },
    series: seriesViews(c, sheets, date1904),
  }));
}
