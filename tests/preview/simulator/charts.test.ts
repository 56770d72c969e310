// Charts and page setup in the simulator, as strict as the rest: unknown chart types, charts over empty
// cells and unloaded properties fail as in Excel; series come from the source cells and follow them.
import { createExcel, SimWorkbook } from "../../../src/preview/simulator";
import { seriesViews } from "../../../src/preview/simulator/chart-data";

function setup() {
  const wb = new SimWorkbook();
  wb.addSheet("Sheet1");
  wb.setValues("Sheet1", "A1", [
    ["Category", "Items", "Cost"],
    ["Paper", 3, 12.5],
    ["Toner", 1, 80],
    ["Pens", 0, 2],
  ]);
  return { wb, excel: createExcel(wb) };
}

describe("charts", () => {
  test("a chart's series come from its source: header row names them, first column labels them", async () => {
    const { wb, excel } = setup();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"), "Columns");
      chart.setPosition("E2", "J16");
      chart.title.text = "Stock";
      const series = chart.series.load("items/name");
      chart.load("name,chartType,top,left,width,height");
      const values = chart.series.getItemAt(1).getDimensionValues("Values");
      const categories = chart.series.getItemAt(0).getDimensionValues("Categories");
      await context.sync();
      expect(series.items.map((s) => s.name)).toEqual(["Items", "Cost"]);
      expect(values.value).toEqual(["12.5", "80", "2"]);
      expect(categories.value).toEqual(["Paper", "Toner", "Pens"]);
      expect(chart.chartType).toBe("ColumnClustered");
      // E2 is 4 default columns (48 pt) right and one default row (15 pt) down; E:J by 2:16.
      expect([chart.left, chart.top, chart.width, chart.height]).toEqual([192, 15, 288, 225]);
    });
    // Series read their cells live: a changed cell changes the chart.
    wb.setValues("Sheet1", "B3", [[7]]);
    const chart = wb.sheetByName("Sheet1")!.charts[0];
    expect(seriesViews(chart, wb.sheets)[0].values).toEqual([3, 7, 0]);
    expect(chart.title).toBe("Stock");
  });

  test("series by rows: each row a series, the header row the categories", async () => {
    const { wb, excel } = setup();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.charts.add("BarStacked", sheet.getRange("A1:C4"), "Rows");
    });
    const views = seriesViews(wb.sheetByName("Sheet1")!.charts[0], wb.sheets);
    expect(views.map((v) => v.name)).toEqual(["Paper", "Toner", "Pens"]);
    expect(views[0]).toEqual({ name: "Paper", categories: ["Items", "Cost"], values: [3, 12.5] });
  });

  test("an unknown chart type is refused and nothing is added", async () => {
    const { wb, excel } = setup();
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.charts.add("Column" as Excel.ChartType, sheet.getRange("A1:B4"));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(wb.sheetByName("Sheet1")!.charts).toEqual([]);
  });

  test("a chart over empty cells has no series to plot: EmptyChartSeries", async () => {
    const { wb, excel } = setup();
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.charts.add("Pie", sheet.getRange("E1:F5"));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "EmptyChartSeries" });
    expect(wb.sheetByName("Sheet1")!.charts).toEqual([]);
  });

  test("properties must be loaded; a missing chart is ItemNotFound, or a null object", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("Pie", sheet.getRange("A1:B4"));
      chart.name = "Mix";
      await context.sync();
      expect(() => chart.chartType).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => chart.legend.position).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const found = sheet.charts.getItemOrNullObject("mix").load("name");
      const none = sheet.charts.getItemOrNullObject("Other");
      const count = sheet.charts.getCount();
      await context.sync();
      expect([found.isNullObject, found.name, none.isNullObject, count.value]).toEqual([
        false,
        "Mix",
        true,
        1,
      ]);
      sheet.charts.getItem("Other").load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  test("bad legend positions and settings are refused; delete removes the chart", async () => {
    const { wb, excel } = setup();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("BarClustered", sheet.getRange("A1:B4"));
      chart.legend.position = "Middle" as Excel.ChartLegendPosition;
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      chart.axes.categoryAxis.reversePlotOrder = true;
      chart.legend.visible = false;
      await context.sync();
      expect(wb.sheetByName("Sheet1")!.charts[0]).toMatchObject({
        reverseCategories: true,
        legendVisible: false,
      });
      chart.delete();
    });
    expect(wb.sheetByName("Sheet1")!.charts).toEqual([]);
  });
});

describe("page layout", () => {
  test("print area, orientation, fit to pages and headers; bad values are refused", async () => {
    const { wb, excel } = setup();
    await excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.setPrintArea("A1:C4");
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.headersFooters.defaultForAllPages.centerHeader = "Stock";
      await context.sync();
      layout.zoom = { scale: 5 };
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      layout.orientation = "Sideways" as Excel.PageOrientation;
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      const area = layout.getPrintAreaOrNullObject().load("address");
      await context.sync();
      expect(area.address).toBe("Sheet1!A1:C4");
    });
    expect(wb.sheetByName("Sheet1")!.pageLayout).toMatchObject({
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      orientation: "Portrait",
      headerFooter: { centerHeader: "Stock" },
    });
  });
});
