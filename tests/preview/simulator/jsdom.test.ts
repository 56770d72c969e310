/**
 * @jest-environment jsdom
 */
// Task pane tests run in jsdom; the simulator must work there too (no Node-only globals).
import { installExcel, SimWorkbook } from "../../../src/preview/simulator";

test("the simulator runs under jsdom, including a rolled-back oversized response", async () => {
  const wb = new SimWorkbook();
  wb.addSheet("S");
  wb.setValues("S", "A1", [["x".repeat(6 * 1024 * 1024)]]);
  const excel = installExcel(wb);
  await expect(
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("B1").values = [["kept?"]];
      sheet.getRange("A1").load("values");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  expect(wb.getValues("S", "B1")).toEqual([[""]]);
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("B1").values = [["kept"]];
  });
  expect(wb.getValues("S", "B1")).toEqual([["kept"]]);
  expect(excel.stats.runs.map((r) => r.syncs)).toEqual([1, 1]);
});
