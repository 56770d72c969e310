// The simulator's Range.find / findOrNullObject, which updateRowsByKey relies on to find a row by its
// key at the moment of writing.
import { createExcel, SimWorkbook } from "../../src/preview/simulator";

function setup() {
  const wb = new SimWorkbook();
  wb.addSheet("S");
  wb.setValues("S", "A1", [["Key"], ["INV-0001"], ["inv-0002"], ["A*B"], ["AXB"], [12]]);
  return { wb, excel: createExcel(wb) };
}

async function findRow(text: string, criteria: Record<string, unknown>): Promise<number | null> {
  const { excel } = setup();
  return excel.run(async (ctx) => {
    const hit = ctx.workbook.worksheets.getItem("S").getRange("A2:A6").findOrNullObject(text, criteria);
    hit.load("rowIndex");
    await ctx.sync();
    return hit.isNullObject ? null : hit.rowIndex;
  });
}

describe("simulator Range.find", () => {
  test("complete match ignoring case unless asked", async () => {
    expect(await findRow("INV-0002", { completeMatch: true })).toBe(2);
    expect(await findRow("INV-0002", { completeMatch: true, matchCase: true })).toBeNull();
    expect(await findRow("INV-000", { completeMatch: true })).toBeNull();
    expect(await findRow("INV-000", { completeMatch: false })).toBe(1);
  });

  test("wildcards, and ~ to search for them literally; numbers match as text", async () => {
    expect(await findRow("A?B", { completeMatch: true })).toBe(3);
    expect(await findRow("A~*B", { completeMatch: true })).toBe(3);
    expect(await findRow("A~?B", { completeMatch: true })).toBeNull();
    expect(await findRow("12", { completeMatch: true })).toBe(5);
  });

  test("find throws ItemNotFound when nothing matches", async () => {
    const { excel } = setup();
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets
          .getItem("S")
          .getRange("A2:A6")
          .find("nope", { completeMatch: true })
          .load("address");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("the cell is found when the sync runs, after another client's sort", async () => {
    const { wb, excel } = setup();
    const other = createExcel(wb, { clientName: "other" });
    const address = await excel.run(async (ctx) => {
      const hit = ctx.workbook.worksheets
        .getItem("S")
        .getRange("A2:A6")
        .findOrNullObject("AXB", { completeMatch: true });
      await other.run(async (o) => {
        o.workbook.worksheets.getItem("S").getRange("A2:A6").values = [["AXB"], ["A*B"], ["x"], ["y"], ["z"]];
        await o.sync();
      });
      hit.load("address");
      await ctx.sync();
      return hit.address;
    });
    expect(address).toBe("S!A2");
  });
});
