// The charts over a sheet, drawn where Excel places them (between two cells), with chartist: a small
// SVG charting library (MIT), loaded the first time a sheet with a chart is shown. Colours follow
// Office's default palette; a chart the preview cannot draw shows its title and why.
import { useEffect, useRef } from "react";
import { makeStaticStyles, makeStyles } from "@fluentui/react-components";
import type { ChartView } from "../simulator";
import { chartDrawing, chartKindName, type ChartDrawing } from "./chartDrawing";
import { HEADER_HEIGHT, ROW_HEIGHT, type SheetLayout } from "./sheetLayout";

/** Office's default series colours, in order. */
export const SERIES_COLOURS = [
  "#4472C4",
  "#ED7D31",
  "#A5A5A5",
  "#FFC000",
  "#5B9BD5",
  "#70AD47",
  "#264478",
  "#9E480E",
];
const LETTERS = "abcdefghijklmno";

const useChartistStyles = makeStaticStyles(
  [
    ".bo-chart svg { display: block; }",
    ".bo-chart .ct-grid { stroke: #d9d9d9; stroke-width: 1px; }",
    ".bo-chart .ct-label { color: #595959; fill: #595959; font-size: 11px; line-height: 1; display: flex; }",
    ".bo-chart .ct-label.ct-vertical.ct-start { justify-content: flex-end; align-items: center; text-align: right; padding-right: 4px; }",
    ".bo-chart .ct-label.ct-horizontal.ct-end { justify-content: flex-start; align-items: flex-start; text-align: left; }",
    // Categories under columns sit in the middle of their column; values under bars start at their tick.
    ".bo-chart .ct-chart-bar:not(.ct-horizontal-bars) .ct-label.ct-horizontal.ct-end { justify-content: center; text-align: center; }",
    ".bo-chart .ct-bar { stroke-width: var(--bo-bar, 12px); }",
    ".bo-chart .ct-line { fill: none; stroke-width: 2px; }",
    ".bo-chart .ct-point { stroke-width: 6px; stroke-linecap: round; }",
    ".bo-chart .ct-area { stroke: none; fill-opacity: 0.35; }",
    ".bo-chart .ct-slice-donut { fill: none; }",
    ...[...LETTERS].flatMap((letter, i) => {
      const colour = SERIES_COLOURS[i % SERIES_COLOURS.length];
      return [
        `.bo-chart .ct-series-${letter} .ct-bar, .bo-chart .ct-series-${letter} .ct-line, .bo-chart .ct-series-${letter} .ct-point, .bo-chart .ct-series-${letter} .ct-slice-donut { stroke: ${colour}; }`,
        `.bo-chart .ct-series-${letter} .ct-area, .bo-chart .ct-series-${letter} .ct-slice-pie { fill: ${colour}; }`,
      ];
    }),
  ].join("\n"),
);

const useStyles = makeStyles({
  box: {
    position: "absolute",
    margin: 0,
    zIndex: 4,
    boxSizing: "border-box",
    backgroundColor: "#ffffff",
    border: "1px solid #bfbfbf",
    display: "flex",
    flexDirection: "column",
    padding: "6px",
    userSelect: "none",
    overflow: "hidden",
  },
  title: { margin: 0, textAlign: "center", fontSize: "14px", fontWeight: 600, color: "#404040" },
  plot: { flexGrow: 1, minHeight: 0 },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "center",
    gap: "4px 12px",
    margin: 0,
    padding: 0,
    listStyleType: "none",
    fontSize: "11px",
    color: "#404040",
  },
  swatch: { display: "inline-block", width: "8px", height: "8px", marginRight: "4px" },
  none: { margin: "auto", color: "#595959", fontSize: "12px", textAlign: "center" },
});

/** Where a chart sits over the grid, in pixels from the grid's top-left corner. */
export function chartBox(
  view: ChartView,
  layout: SheetLayout,
): { left: number; top: number; width: number; height: number } {
  const lastCol = Math.min(view.to.col, layout.columnLefts.length - 1);
  const left = layout.columnLefts[Math.min(view.from.col, lastCol)];
  return {
    left,
    top: HEADER_HEIGHT + view.from.row * ROW_HEIGHT,
    width: layout.columnLefts[lastCol] + layout.columnWidths[lastCol] - left,
    height: (view.to.row - view.from.row + 1) * ROW_HEIGHT,
  };
}

type Chartist = typeof import("chartist");

/** Draws into `element`; returns the chart (to detach it) or null. */
function draw(lib: Chartist, element: HTMLElement, d: ChartDrawing): { detach(): void } | null {
  const size = { width: `${element.clientWidth}px`, height: `${element.clientHeight}px` };
  if (d.kind === "bar") {
    const labels = d.topDown ? [...d.labels].reverse() : d.labels;
    const series = d.series.map((s) => (d.topDown ? [...s.data].reverse() : s.data));
    // Bars as thick as their share of the plot allows (chartist draws a bar as a stroked line).
    const slots = labels.length * (d.stacked ? 1 : Math.max(1, series.length));
    const length = d.horizontal ? element.clientHeight : element.clientWidth;
    element.style.setProperty(
      "--bo-bar",
      `${Math.max(3, Math.min(40, Math.floor((length * 0.6) / Math.max(1, slots))))}px`,
    );
    // Many categories along the bottom: every n-th label, so they don't run into one another.
    const every = d.horizontal ? 1 : Math.max(1, Math.ceil((labels.length * 70) / Math.max(1, length)));
    return new lib.BarChart(
      element,
      { labels, series },
      {
        ...size,
        horizontalBars: d.horizontal,
        stackBars: d.stacked,
        seriesBarDistance: d.stacked ? 0 : Math.max(4, Math.floor((length * 0.6) / Math.max(1, slots))),
        axisY: { offset: d.horizontal ? 90 : 36, onlyInteger: !d.horizontal },
        axisX: {
          onlyInteger: d.horizontal,
          showGrid: d.horizontal,
          labelInterpolationFnc: (value, index) => (index % every === 0 ? value : null),
        },
        chartPadding: { top: 8, right: 12, bottom: 4, left: 4 },
      },
    );
  }
  if (d.kind === "line")
    return new lib.LineChart(
      element,
      { labels: d.labels, series: d.series.map((s) => s.data) },
      {
        ...size,
        showArea: d.area,
        fullWidth: true,
        chartPadding: { top: 8, right: 16, bottom: 4, left: 4 },
      },
    );
  if (d.kind === "pie") {
    if (d.values.every((v) => v === 0)) return null;
    return new lib.PieChart(
      element,
      { labels: d.labels.map((l, i) => (d.values[i] > 0 ? l : "")), series: d.values },
      {
        ...size,
        donut: d.donut,
        showLabel: false,
      },
    );
  }
  return null;
}

function ChartBox({ view, layout }: { view: ChartView; layout: SheetLayout }) {
  const styles = useStyles();
  const plot = useRef<HTMLDivElement>(null);
  const drawing = chartDrawing(view);
  const key = JSON.stringify(drawing);
  const box = chartBox(view, layout);

  useEffect(() => {
    const element = plot.current;
    if (!element || drawing.kind === "none") return;
    let live = true;
    let chart: { detach(): void } | null = null;
    import("chartist").then(
      (lib) => {
        if (live) chart = draw(lib, element, drawing);
      },
      () => undefined,
    );
    return () => {
      live = false;
      chart?.detach();
      element.replaceChildren();
    };
    // Redrawn when what it shows changes (`key`) or the box is resized.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, box.width, box.height]);

  const legend =
    drawing.kind === "pie"
      ? drawing.labels.map((name, i) => ({ name, colour: SERIES_COLOURS[i % SERIES_COLOURS.length] }))
      : drawing.kind === "none"
        ? []
        : drawing.series.map((s, i) => ({ name: s.name, colour: SERIES_COLOURS[i % SERIES_COLOURS.length] }));
  const title = view.title ?? view.name;
  return (
    <figure
      className={`${styles.box} bo-chart`}
      style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
      aria-label={view.title ? undefined : title}
      data-chart={view.name}
    >
      {view.title && <figcaption className={styles.title}>{view.title}</figcaption>}
      {drawing.kind === "none" ? (
        <p className={styles.none}>{drawing.reason}</p>
      ) : (
        <div
          ref={plot}
          className={styles.plot}
          role="img"
          aria-label={`${chartKindName(view.type)}: ${title}`}
        />
      )}
      {view.legend && legend.length > 0 && (
        <ul className={styles.legend} aria-label="Legend">
          {legend.map((item, i) => (
            <li key={i}>
              <span className={styles.swatch} style={{ backgroundColor: item.colour }} aria-hidden="true" />
              {item.name}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}

/** Every chart of the sheet, over the grid. */
export function ChartLayer({ charts, layout }: { charts: ChartView[]; layout: SheetLayout }) {
  useChartistStyles();
  return (
    <>
      {charts.map((view) => (
        <ChartBox key={view.id} view={view} layout={layout} />
      ))}
    </>
  );
}
