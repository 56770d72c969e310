// What the preview draws for an Excel chart: its type mapped to a bar, line or pie drawing (chartist's
// three kinds), or a note for a kind it does not draw. Pure, so it is tested without a browser.
import type { ChartView } from "../simulator";

export type ChartDrawing =
  | {
      kind: "bar";
      labels: string[];
      series: { name: string; data: (number | null)[] }[];
      horizontal: boolean;
      stacked: boolean;
      /** First category at the top of a bar chart (Excel draws the first at the bottom by default). */
      topDown: boolean;
    }
  | { kind: "line"; labels: string[]; series: { name: string; data: (number | null)[] }[]; area: boolean }
  | { kind: "pie"; labels: string[]; values: number[]; donut: boolean }
  | { kind: "none"; reason: string };

/** "BarClustered" → "bar chart" for messages and labels. */
export function chartKindName(type: string): string {
  if (/Pie/.test(type)) return "pie chart";
  if (/Doughnut/.test(type)) return "doughnut chart";
  if (/Bar/.test(type) && !/Col/.test(type)) return "bar chart";
  if (/Col/.test(type)) return "column chart";
  if (/Line/.test(type)) return "line chart";
  if (/Area/.test(type)) return "area chart";
  if (/XYScatter/.test(type)) return "scatter chart";
  return `${type} chart`;
}

export function chartDrawing(view: ChartView): ChartDrawing {
  const type = view.type;
  const labels = view.series[0]?.categories ?? [];
  const series = view.series.map((s) => ({ name: s.name, data: s.values }));
  const drawn = /^(3D)?(Column|Bar|Line|Area|Pie|Doughnut|XYScatter)|^(Cylinder|Cone|Pyramid)|^PieExploded/;
  if (!drawn.test(type) || /^(PieOfPie|BarOfPie)$/.test(type))
    return { kind: "none", reason: `The preview does not draw a ${chartKindName(type)}.` };
  if (view.series.length === 0 || labels.length === 0) return { kind: "none", reason: "It has no data." };
  const stacked = /Stacked/.test(type);
  if (/^(3D)?(Column|Cylinder|Cone|Pyramid)/.test(type) || /^(Cylinder|Cone|Pyramid)Col/.test(type)) {
    return { kind: "bar", labels, series, horizontal: false, stacked, topDown: false };
  }
  if (/^(3D)?Bar(Clustered|Stacked)|^(Cylinder|Cone|Pyramid)Bar/.test(type)) {
    return { kind: "bar", labels, series, horizontal: true, stacked, topDown: view.reverseCategories };
  }
  if (/^(3D)?Line|^LineMarkers|^XYScatter/.test(type)) return { kind: "line", labels, series, area: false };
  if (/^(3D)?Area/.test(type)) return { kind: "line", labels, series, area: true };
  if (/^(3D)?Pie|^PieExploded|^Doughnut/.test(type)) {
    // A pie shows its first series; negative and blank slices are left out, as in Excel.
    return {
      kind: "pie",
      labels,
      values: view.series[0].values.map((v) => (v !== null && v > 0 ? v : 0)),
      donut: /Doughnut/.test(type),
    };
  }
  return { kind: "none", reason: `The preview does not draw a ${chartKindName(type)}.` };
}
