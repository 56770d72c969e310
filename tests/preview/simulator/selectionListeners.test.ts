// The preview grid redraws when the add-in moves the selection (Range.select, Worksheet.activate),
// and the add-in's default client shares the person's selection ("local"), as in Excel.
import { createExcel, SimWorkbook } from "../../../src/preview/simulator";

function setup() {
  const wb = new SimWorkbook();
  wb.addSheet("Supplies");
  wb.addSheet("Vendors");
  wb.setValues("Supplies", "A1", [["Item"], ["Paper"], ["Toner"]]);
  const heard: { sheet: string; kind: string }[] = [];
  wb.subscribe((c) => heard.push(c));
  return { wb, heard };
}

describe("selection changes reach grid listeners", () => {
  test("Range.select by the add-in moves the person's selection and tells the grid", async () => {
    const { wb, heard } = setup();
    wb.setSelection("Vendors", "B2");
    await createExcel(wb, { clientName: "local" }).run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Supplies").getRange("A3").select();
      await ctx.sync();
    });
    expect(wb.getSelection()).toEqual({ sheet: "Supplies", address: "A3" });
    expect(heard).toEqual([{ sheet: "Supplies", kind: "SelectionChanged" }]);
  });

  test("Worksheet.activate tells the grid too", async () => {
    const { wb, heard } = setup();
    await createExcel(wb, { clientName: "local" }).run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Vendors").activate();
      await ctx.sync();
    });
    expect(wb.getSelection()?.sheet).toBe("Vendors");
    expect(heard).toEqual([{ sheet: "Vendors", kind: "SelectionChanged" }]);
  });

  test("the person's own clicks (setSelection) stay silent: the grid redraws itself", () => {
    const { wb, heard } = setup();
    wb.setSelection("Supplies", "A2");
    expect(heard).toEqual([]);
  });
});
