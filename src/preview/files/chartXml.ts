// The charts of an opened .xlsx, read from its drawing and chart parts (ECMA-376 Part 1, 20.5 and 21.2)
// into the simulator's chart model, so the preview draws them over their sheets: each chart's cells
// (two-cell anchor), type, title, legend, category order and series. A series reads its cells live when
// they are on a sheet of the workbook, else the values the file cached. The parts themselves are never
// changed (saving keeps them byte for byte, files/package).
import type { SimWorkbook } from "../simulator";
import { parseAddress } from "../simulator/address";
import type { ChartModel, ChartRef, ChartSeriesModel } from "../simulator/model";
import { relKind, type XlsxPackage } from "./package/xlsxPackage";
import { attr, unescapeXml } from "./package/xml";

/** Each element `<tag …>…</tag>` or `<tag …/>` (tag with its prefix, e.g. "c:ser"); not for nested same tags. */
function elements(xml: string, tag: string): string[] {
  const t = tag.replace(/[.:]/g, "\\$&");
  return [...xml.matchAll(new RegExp(`<${t}\\b(?:[^>]*?/>|[^>]*>[\\s\\S]*?</${t}>)`, "g"))].map((m) => m[0]);
}

const first = (xml: string, tag: string): string | undefined => elements(xml, tag)[0];
/** The `val` attribute of the first `<tag val="…"/>`. */
const val = (xml: string, tag: string): string | undefined => {
  const el = first(xml, tag);
  return el === undefined ? undefined : attr(el, "val");
};
/** The text of the first `<tag>text</tag>`. */
const text = (xml: string, tag: string): string | undefined => {
  const el = first(xml, tag);
  const m = el ? /^<[^>]*>([\s\S]*)<\/[^>]+>$/.exec(el) : null;
  return m ? unescapeXml(m[1]) : undefined;
};

/** A cache's points (`<c:pt idx="0"><c:v>…</c:v></c:pt>`) in index order. */
function cachePoints(xml: string | undefined): string[] {
  if (!xml) return [];
  const count = Number(val(xml, "c:ptCount") ?? 0);
  const out: string[] = Array.from({ length: count }, () => "");
  for (const pt of elements(xml, "c:pt")) out[Number(attr(pt, "idx") ?? 0)] = text(pt, "c:v") ?? "";
  return out;
}

/** Where a series part's formula points (`Candidates!$B$2:$B$9`), when it is a sheet of this workbook. */
function refOf(wb: SimWorkbook, part: string | undefined): ChartRef | undefined {
  const formula = part === undefined ? undefined : text(part, "c:f");
  const parsed = formula ? parseAddress(formula.replace(/^\(|\)$/g, "")) : null;
  const sheet = parsed?.sheet !== undefined ? wb.sheetByName(parsed.sheet) : undefined;
  return parsed && sheet ? { sheetId: sheet.id, rect: parsed.rect } : undefined;
}

/** The chart-type element names of a plot area, and the Excel.ChartType each stands for. */
function chartType(plotArea: string): string | null {
  const kind =
    /<c:(bar3DChart|barChart|line3DChart|lineChart|pie3DChart|pieChart|doughnutChart|ofPieChart|area3DChart|areaChart|scatterChart|radarChart|bubbleChart|stockChart|surface3DChart|surfaceChart)\b/.exec(
      plotArea,
    )?.[1];
  if (!kind) return null;
  const grouping = val(plotArea, "c:grouping") ?? "standard";
  const stack = grouping === "stacked" ? "Stacked" : grouping === "percentStacked" ? "Stacked100" : "";
  const threeD = kind.includes("3D") ? "3D" : "";
  switch (kind.replace("3D", "")) {
    case "barChart": {
      const dir = val(plotArea, "c:barDir") === "bar" ? "Bar" : "Column";
      return `${threeD}${dir}${stack || "Clustered"}`;
    }
    case "lineChart":
      return threeD ? "3DLine" : `Line${stack}`;
    case "areaChart":
      return `${threeD}Area${stack}`;
    case "pieChart":
      return threeD ? "3DPie" : "Pie";
    case "doughnutChart":
      return "Doughnut";
    case "ofPieChart":
      return val(plotArea, "c:ofPieType") === "bar" ? "BarOfPie" : "PieOfPie";
    case "scatterChart":
      return "XYScatter";
    case "radarChart":
      return "Radar";
    case "bubbleChart":
      return "Bubble";
    case "stockChart":
      return "StockHLC";
    default:
      return "Surface";
  }
}

const LEGEND: Record<string, string> = { b: "Bottom", t: "Top", l: "Left", r: "Right", tr: "Corner" };

function seriesOf(wb: SimWorkbook, ser: string, index: number): ChartSeriesModel {
  const tx = first(ser, "c:tx");
  const cat = first(ser, "c:cat") ?? first(ser, "c:xVal");
  const values = first(ser, "c:val") ?? first(ser, "c:yVal");
  const name = tx ? (cachePoints(first(tx, "c:strCache"))[0] ?? text(tx, "c:v")) : undefined;
  const cached = cachePoints(values && (first(values, "c:numCache") ?? first(values, "c:numLit")));
  const cachedCategories = cat
    ? cachePoints(first(cat, "c:strCache") ?? first(cat, "c:numCache") ?? first(cat, "c:strLit"))
    : [];
  const nameRef = tx ? refOf(wb, tx) : undefined;
  const categories = refOf(wb, cat);
  const valueRef = refOf(wb, values);
  return {
    name: name ?? `Series${index + 1}`,
    ...(nameRef ? { nameRef } : {}),
    ...(categories ? { categories } : {}),
    ...(valueRef ? { values: valueRef } : {}),
    ...(cachedCategories.length ? { cachedCategories } : {}),
    cachedValues: cached.map((v) => (v === "" || !Number.isFinite(Number(v)) ? null : Number(v))),
  };
}

/** One chart part as the simulator's model, placed between `from` and `to`. */
export function chartFromXml(
  wb: SimWorkbook,
  xml: string,
  place: { id: string; name: string; from: ChartModel["from"]; to: ChartModel["to"] },
): ChartModel {
  const chart = first(xml, "c:chart") ?? "";
  const plotArea = first(chart, "c:plotArea") ?? "";
  const title = first(chart, "c:title");
  const titleText = title
    ? elements(title, "a:t")
        .map((t) => text(t, "a:t") ?? "")
        .join("")
    : "";
  const legend = first(chart, "c:legend");
  const series = elements(plotArea, "c:ser").map((ser, i) => seriesOf(wb, ser, i));
  const reversed = elements(plotArea, "c:catAx").some((ax) => val(ax, "c:orientation") === "maxMin");
  // A chart's own title, or the name of its only series when it has none and did not delete it.
  const auto = !title && val(chart, "c:autoTitleDeleted") !== "1" && series.length === 1;
  return {
    id: place.id,
    name: place.name,
    type: chartType(plotArea) ?? "Invalid",
    title: titleText || (auto ? series[0].name : ""),
    titleVisible: titleText !== "" || auto,
    legendVisible: legend !== undefined && val(legend, "c:delete") !== "1",
    legendPosition: LEGEND[(legend && val(legend, "c:legendPos")) ?? "r"] ?? "Right",
    reverseCategories: reversed,
    from: place.from,
    to: place.to,
    seriesBy: "Columns",
    series,
  };
}

const cell = (anchor: string | undefined) => ({
  row: Number((anchor && text(anchor, "xdr:row")) ?? 0),
  col: Number((anchor && text(anchor, "xdr:col")) ?? 0),
});

/**
 * Puts every chart of the package's drawings on its sheet in `wb` (two-cell anchors: what Excel writes
 * for a chart that moves with its cells). Returns how many were read.
 */
export async function readFileCharts(pkg: XlsxPackage, wb: SimWorkbook): Promise<number> {
  let read = 0;
  for (const sheet of pkg.sheets) {
    const model = wb.sheetByName(sheet.name);
    if (!model) continue;
    for (const drawing of (await pkg.rels(sheet.part)).filter((r) => relKind(r.type) === "drawing")) {
      const xml = (await pkg.text(drawing.target)) ?? "";
      const rels = await pkg.rels(drawing.target);
      for (const anchor of elements(xml, "xdr:twoCellAnchor")) {
        const ref = first(anchor, "c:chart");
        const target = ref && rels.find((r) => r.id === attr(ref, "r:id"));
        const chartXml = target && (await pkg.text(target.target));
        if (!chartXml) continue;
        const name = attr(first(anchor, "xdr:cNvPr") ?? "", "name") ?? `Chart ${read + 1}`;
        const id = `{CHART-${++wb.counters.chart}}`;
        model.charts.push(
          chartFromXml(wb, chartXml, {
            id,
            name,
            from: cell(first(anchor, "xdr:from")),
            to: cell(first(anchor, "xdr:to")),
          }),
        );
        read++;
      }
    }
  }
  return read;
}
