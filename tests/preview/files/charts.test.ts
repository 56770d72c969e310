// Charts in people's files: read from the package's drawing and chart parts into the simulator, placed
// where Excel anchors them, with series that follow their cells (and the file's cached values where the
// cells are on no sheet of the workbook); the package itself is untouched.
import { readXlsx } from "../../../src/preview/files/readXlsx";
import { chartFromXml } from "../../../src/preview/files/chartXml";
import { SimWorkbook } from "../../../src/preview/simulator";
import { chartDrawing } from "../../../src/preview/grid/chartDrawing";
import { candidates, recruitmentTracker } from "./fidelity/recruitmentTracker";

jest.setTimeout(60_000);

const C = 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"';
const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const place = { id: "{CHART-1}", name: "Mix", from: { row: 0, col: 3 }, to: { row: 14, col: 9 } };

describe("charts of an opened .xlsx", () => {
  test("the tracker's chart is on Dashboard, reading the Candidates cells live", async () => {
    const opened = await readXlsx("Tracker.xlsx", await recruitmentTracker());
    const wb = opened.workbook;
    const [chart] = wb.sheetByName("Dashboard")!.charts;
    expect(chart).toMatchObject({
      name: "Scores",
      type: "ColumnClustered",
      title: "Scores",
      from: { row: 1, col: 3 },
      to: { row: 16, col: 10 },
    });
    const list = candidates(6);
    const [view] = wb.charts("Dashboard");
    expect(view.series.map((s) => s.categories)).toEqual([list.map((c) => c.name)]);
    expect(view.series[0].values).toEqual(list.map((c) => c.score));
    // Drawn, not left out: the note names only what the preview does not show.
    expect(opened.notes).toContain("1 pivot table is not shown in the preview; saving keeps them unchanged.");
    expect(chartDrawing(view)).toMatchObject({ kind: "bar", horizontal: false, stacked: false });
    // A changed score changes the chart.
    const candidatesSheet = wb.sheetByName("Candidates")!;
    const ref = chart.series[0].values!;
    wb.setCell("Candidates", ref.rect.r0, ref.rect.c0, { value: 1 });
    expect(wb.charts("Dashboard")[0].series[0].values[0]).toBe(1);
    expect(candidatesSheet.id).toBe(ref.sheetId);
  });

  test("types, stacking, reversed categories, legend, and cached values for cells outside the workbook", () => {
    const wb = new SimWorkbook();
    wb.addSheet("Data");
    const xml = `<c:chartSpace ${C} ${A}><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/>
      <c:ser><c:tx><c:v>North</c:v></c:tx><c:cat><c:strRef><c:f>'[1]Other book'!$A$2:$A$3</c:f><c:strCache><c:ptCount val="2"/><c:pt idx="0"><c:v>Q1</c:v></c:pt><c:pt idx="1"><c:v>Q2 &amp; Q3</c:v></c:pt></c:strCache></c:strRef></c:cat>
      <c:val><c:numRef><c:f>Missing!$B$2:$B$3</c:f><c:numCache><c:ptCount val="2"/><c:pt idx="0"><c:v>4</c:v></c:pt><c:pt idx="1"><c:v>6.5</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>
      </c:barChart><c:catAx><c:scaling><c:orientation val="maxMin"/></c:scaling></c:catAx></c:plotArea><c:legend><c:legendPos val="b"/></c:legend></c:chart></c:chartSpace>`;
    const chart = chartFromXml(wb, xml, place);
    expect(chart).toMatchObject({
      type: "BarStacked",
      title: "",
      titleVisible: false,
      legendVisible: true,
      legendPosition: "Bottom",
      reverseCategories: true,
    });
    wb.sheetByName("Data")!.charts.push(chart);
    expect(wb.charts("Data")[0].series).toEqual([
      { name: "North", categories: ["Q1", "Q2 & Q3"], values: [4, 6.5] },
    ]);
    expect(chartDrawing(wb.charts("Data")[0])).toMatchObject({
      kind: "bar",
      horizontal: true,
      stacked: true,
      topDown: true,
    });
  });

  test("a kind the preview does not draw says so instead of guessing", () => {
    const wb = new SimWorkbook();
    wb.addSheet("Data");
    const xml = `<c:chartSpace ${C}><c:chart><c:plotArea><c:radarChart><c:ser><c:val><c:numLit><c:ptCount val="1"/><c:pt idx="0"><c:v>1</c:v></c:pt></c:numLit></c:val></c:ser></c:radarChart></c:plotArea></c:chart></c:chartSpace>`;
    wb.sheetByName("Data")!.charts.push(chartFromXml(wb, xml, place));
    expect(chartDrawing(wb.charts("Data")[0])).toEqual({
      kind: "none",
      reason: "The preview does not draw a Radar chart.",
    });
  });
});
