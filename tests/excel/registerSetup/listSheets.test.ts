import { listSheets } from "../../../src/excel/registerSetup";
import { createSampleWorkbook } from "../../../src/preview/sample";
import { installExcel } from "../../../src/preview/simulator";

describe("the sheets a person can convert", () => {
  it("lists the visible sheets in tab order in one sync, hidden ones left out", async () => {
    const wb = createSampleWorkbook();
    wb.addSheet("Lookup");
    wb.sheetByName("Lookup")!.visibility = "Hidden";
    const excel = installExcel(wb);
    const names = await listSheets();
    expect(excel.stats.last()?.syncs).toBe(1);
    expect(names).toEqual(wb.sheetNames().filter((n) => n !== "Lookup"));
    expect(names[0]).toBe("Supplies");
  });
});
