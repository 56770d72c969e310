// Excel.ChartCollection, Chart and the parts of it src/excel uses (title, legend, category axis, series).
// A chart floats over its sheet between two cells and reads its series from cells (chart-data.ts).
import { parseAddress, type Rect } from "./address";
import { CHART_TYPES, seriesFromSource, seriesViews } from "./chart-data";
import type { SimContext } from "./context";
import { invalidArgument, itemNotFound } from "./errors";
import type { ChartModel, SheetModel } from "./model";
import { callForResult, defineProps, SimCollection, SimPart } from "./proxy";
import type { SimRange } from "./range";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "./range-ops";

interface ChartTarget {
  sheet: SheetModel;
  chart: ChartModel;
}

const LEGEND_POSITIONS = new Set(["Top", "Bottom", "Left", "Right", "Corner", "Custom"]);

function checkType(type: unknown): string {
  if (typeof type !== "string" || !CHART_TYPES.has(type))
    throw invalidArgument(`"${String(type)}" is not a chart type`);
  return type;
}

/** The sheet and rectangle of a Range argument (a chart's data must be on the chart's own sheet here). */
function sourceOf(range: SimRange, sheet: SheetModel): Rect {
  const ref = range._target();
  if (!ref) throw itemNotFound(range._path);
  if (ref.sheet.id !== sheet.id) throw invalidArgument("the chart's data is on another sheet");
  return ref.rect;
}

/** A cell argument of setPosition: a Range or an address. */
function cellOf(cell: SimRange | string, sheet: SheetModel): { row: number; col: number } {
  if (typeof cell === "string") {
    const p = parseAddress(cell);
    if (!p) throw invalidArgument(`"${cell}" is not an address`);
    return { row: p.rect.r0, col: p.rect.c0 };
  }
  return { row: sourceOf(cell, sheet).r0, col: sourceOf(cell, sheet).c0 };
}

/** Points from the sheet's top-left corner to the top-left of a cell. */
function offsetOf(sheet: SheetModel, row: number, col: number): { top: number; left: number } {
  let top = 0;
  for (let r = 0; r < row; r++) top += sheet.rowHeights[r] ?? DEFAULT_ROW_HEIGHT;
  let left = 0;
  for (let c = 0; c < col; c++) left += sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH;
  return { top, left };
}

function box(t: ChartTarget): { top: number; left: number; width: number; height: number } {
  const a = offsetOf(t.sheet, t.chart.from.row, t.chart.from.col);
  const b = offsetOf(t.sheet, t.chart.to.row + 1, t.chart.to.col + 1);
  return { top: a.top, left: a.left, width: b.left - a.left, height: b.top - a.top };
}

abstract class ChartPart extends SimPart<ChartTarget> {
  _changed(t: ChartTarget): void {
    this.context._workbook.record({ sheetId: t.sheet.id, changeType: "FormatChanged" });
  }
}

export class SimChartTitle extends ChartPart {
  declare text: string;
  declare visible: boolean;
}

defineProps<ChartTarget>(SimChartTitle, {
  text: {
    get: (t) => t.chart.title,
    set: (t, v, self: SimChartTitle) => {
      if (typeof v !== "string") throw invalidArgument("a chart title is text");
      t.chart.title = v;
      t.chart.titleVisible = true;
      self._changed(t);
    },
  },
  visible: {
    get: (t) => t.chart.titleVisible,
    set: (t, v) => {
      if (typeof v !== "boolean") throw invalidArgument("visible is true or false");
      t.chart.titleVisible = v;
    },
  },
});

export class SimChartLegend extends ChartPart {
  declare visible: boolean;
  declare position: string;
}

defineProps<ChartTarget>(SimChartLegend, {
  visible: {
    get: (t) => t.chart.legendVisible,
    set: (t, v) => {
      if (typeof v !== "boolean") throw invalidArgument("visible is true or false");
      t.chart.legendVisible = v;
    },
  },
  position: {
    get: (t) => t.chart.legendPosition,
    set: (t, v) => {
      if (typeof v !== "string" || !LEGEND_POSITIONS.has(v))
        throw invalidArgument(`"${String(v)}" is not a legend position`);
      t.chart.legendPosition = v;
    },
  },
});

/** The category axis (the only axis modelled). */
export class SimChartAxis extends ChartPart {
  declare reversePlotOrder: boolean;
}

defineProps<ChartTarget>(SimChartAxis, {
  reversePlotOrder: {
    get: (t) => t.chart.reverseCategories,
    set: (t, v) => {
      if (typeof v !== "boolean") throw invalidArgument("reversePlotOrder is true or false");
      t.chart.reverseCategories = v;
    },
  },
});

export class SimChartAxes extends ChartPart {
  get categoryAxis(): SimChartAxis {
    return this._child(
      "categoryAxis",
      () => new SimChartAxis(this.context, `${this._path}.categoryAxis`, this._locate),
    );
  }
}

defineProps<ChartTarget>(SimChartAxes, {}, ["categoryAxis"]);

export class SimChartSeries extends ChartPart {
  declare name: string;

  /** The series' values or category labels as they stand now (ExcelApi 1.12). */
  getDimensionValues(dimension: string): { value: string[] } {
    return callForResult(this, "getDimensionValues", [dimension], (t) => {
      const wb = this.context._workbook;
      const view = seriesViews(t.chart, wb.sheets, wb.date1904)[this._index];
      if (dimension === "Values") return view.values.map((v) => (v === null ? "" : String(v)));
      if (dimension === "Categories") return view.categories;
      throw invalidArgument(`"${dimension}" is not a dimension of this series`);
    });
  }

  _index = 0;
}

defineProps<ChartTarget>(SimChartSeries, {
  name: {
    get: (t, self: SimChartSeries) => seriesViews(t.chart, self.context._workbook.sheets)[self._index].name,
  },
});

export class SimChartSeriesCollection extends SimCollection<ChartTarget, SimChartSeries> {
  constructor(
    context: SimContext,
    path: string,
    private readonly _locate: () => ChartTarget | null,
  ) {
    super(context, path);
  }

  override _target(): ChartTarget | null {
    return this._locate();
  }

  override _list(t: ChartTarget): SimChartSeries[] {
    return t.chart.series.map((_, i) => this.getItemAt(i));
  }

  getItemAt(index: number): SimChartSeries {
    const s = new SimChartSeries(this.context, `${this._path}.getItemAt(${index})`, () => {
      const t = this._target();
      if (t && !t.chart.series[index]) throw itemNotFound(`series ${index}`);
      return t;
    });
    s._index = index;
    return s;
  }

  getCount(): { value: number } {
    return callForResult(this, "getCount", [], (t) => t.chart.series.length);
  }
}

defineProps<ChartTarget>(SimChartSeriesCollection, {});

export class SimChart extends ChartPart {
  declare id: string;
  declare name: string;
  declare chartType: string;
  declare top: number;
  declare left: number;
  declare width: number;
  declare height: number;

  get title(): SimChartTitle {
    return this._child("title", () => new SimChartTitle(this.context, `${this._path}.title`, this._locate));
  }

  get legend(): SimChartLegend {
    return this._child(
      "legend",
      () => new SimChartLegend(this.context, `${this._path}.legend`, this._locate),
    );
  }

  get axes(): SimChartAxes {
    return this._child("axes", () => new SimChartAxes(this.context, `${this._path}.axes`, this._locate));
  }

  get series(): SimChartSeriesCollection {
    return this._child(
      "series",
      () => new SimChartSeriesCollection(this.context, `${this._path}.series`, this._locate),
    );
  }

  setPosition(startCell: SimRange | string, endCell?: SimRange | string): void {
    this._call("setPosition", [startCell, endCell ?? null].map(pathOf), (t) => {
      const from = cellOf(startCell, t.sheet);
      const to = endCell === undefined ? from : cellOf(endCell, t.sheet);
      t.chart.from = { row: Math.min(from.row, to.row), col: Math.min(from.col, to.col) };
      t.chart.to = { row: Math.max(from.row, to.row), col: Math.max(from.col, to.col) };
      this._changed(t);
    });
  }

  setData(sourceData: SimRange, seriesBy = "Auto"): void {
    this._call("setData", [sourceData._path, seriesBy], (t) => {
      const made = seriesFromSource(t.sheet, sourceOf(sourceData, t.sheet), seriesBy);
      t.chart.series = made.series;
      t.chart.seriesBy = made.seriesBy;
      this._changed(t);
    });
  }

  delete(): void {
    this._call("delete", [], (t) => {
      t.sheet.charts = t.sheet.charts.filter((c) => c.id !== t.chart.id);
      this._changed(t);
    });
  }

  activate(): void {
    this._call("activate", [], () => undefined);
  }
}

const pathOf = (x: SimRange | string | null): unknown => (x && typeof x === "object" ? x._path : x);

defineProps<ChartTarget>(
  SimChart,
  {
    id: { get: (t) => t.chart.id },
    name: {
      get: (t) => t.chart.name,
      set: (t, v) => {
        if (typeof v !== "string" || v === "") throw invalidArgument("a chart name is text");
        t.chart.name = v;
      },
    },
    chartType: {
      get: (t) => t.chart.type,
      set: (t, v, self: SimChart) => {
        t.chart.type = checkType(v);
        self._changed(t);
      },
    },
    top: { get: (t) => box(t).top },
    left: { get: (t) => box(t).left },
    width: { get: (t) => box(t).width },
    height: { get: (t) => box(t).height },
  },
  ["title", "legend", "axes", "series"],
);

export class SimChartCollection extends SimCollection<SheetModel, SimChart> {
  constructor(
    context: SimContext,
    path: string,
    private readonly _locate: () => SheetModel | null,
  ) {
    super(context, path);
  }

  override _target(): SheetModel | null {
    return this._locate();
  }

  /** A chart found by id once located, so renaming it keeps the proxy on it. */
  private _chart(path: string, find: (s: SheetModel) => ChartModel | null, nullable: boolean): SimChart {
    let id: string | undefined;
    return new SimChart(this.context, path, () => {
      const sheet = this._target();
      if (!sheet) return null;
      const chart = id ? sheet.charts.find((c) => c.id === id) : find(sheet);
      if (!chart) {
        if (nullable && !id) return null;
        throw itemNotFound(`chart ${path}`);
      }
      id = chart.id;
      return { sheet, chart };
    });
  }

  override _list(sheet: SheetModel): SimChart[] {
    return sheet.charts.map((c) =>
      this._chart(
        `${this._path}.getItem(${JSON.stringify(c.id)})`,
        (s) => s.charts.find((x) => x.id === c.id) ?? null,
        false,
      ),
    );
  }

  add(type: string, sourceData: SimRange, seriesBy = "Auto"): SimChart {
    let createdId: string | undefined;
    this._queue({ path: this._path, call: "add", args: [type, sourceData._path, seriesBy] }, () => {
      const sheet = this._target();
      if (!sheet) throw itemNotFound(this._path);
      const wb = this.context._workbook;
      const chartType = checkType(type);
      const rect = sourceOf(sourceData, sheet);
      const made = seriesFromSource(sheet, rect, seriesBy);
      const n = ++wb.counters.chart;
      const chart: ChartModel = {
        id: `{CHART-${n}}`,
        name: `Chart ${n}`,
        type: chartType,
        title: made.series.length === 1 ? made.series[0].name : "",
        titleVisible: made.series.length === 1,
        legendVisible: true,
        legendPosition: "Right",
        reverseCategories: false,
        // Excel places a new chart near its data; setPosition moves it.
        from: { row: rect.r0, col: rect.c1 + 1 },
        to: { row: rect.r0 + 14, col: rect.c1 + 8 },
        seriesBy: made.seriesBy,
        series: made.series,
      };
      sheet.charts.push(chart);
      createdId = chart.id;
      wb.record({ sheetId: sheet.id, changeType: "FormatChanged" });
    });
    return this._chart(
      `${this._path}.add(${JSON.stringify(type)})`,
      (s) => s.charts.find((c) => c.id === createdId) ?? null,
      false,
    );
  }

  getItem(name: string): SimChart {
    return this._chart(`${this._path}.getItem(${JSON.stringify(name)})`, (s) => byName(s, name), false);
  }

  getItemOrNullObject(name: string): SimChart {
    return this._chart(
      `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`,
      (s) => byName(s, name),
      true,
    )._probeNull();
  }

  getItemAt(index: number): SimChart {
    return this._chart(`${this._path}.getItemAt(${index})`, (s) => s.charts[index] ?? null, false);
  }

  getCount(): { value: number } {
    return callForResult(this, "getCount", [], (s) => s.charts.length);
  }
}

const byName = (s: SheetModel, name: string) =>
  s.charts.find((c) => c.name.toLowerCase() === name.toLowerCase()) ?? null;

defineProps<SheetModel>(SimChartCollection, {});
