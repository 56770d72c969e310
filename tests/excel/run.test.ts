import { ExcelActionError, runExcel } from "../../src/excel/run";
import { SimError } from "../../src/preview/simulator";
import { setup } from "./support";

describe("runExcel", () => {
  test("a request over 5 MB becomes a payloadTooLarge error that says what to do", async () => {
    setup();
    const err = await runExcel("Writing notes", async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x".repeat(6 * 1024 * 1024)]];
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelActionError);
    expect(err).toMatchObject({ kind: "payloadTooLarge", code: "RequestPayloadSizeLimitExceeded" });
    expect((err as ExcelActionError).message).toMatch(/writing notes.*5 MB/);
    expect((err as ExcelActionError).whatToDo).not.toBe("");
  });

  test("a missing sheet becomes notFound", async () => {
    setup();
    const err = await runExcel("Opening the register", async (ctx) => {
      ctx.workbook.worksheets.getItem("Nope").getRange("A1").load("values");
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: "notFound", code: "ItemNotFound" });
  });

  test.each([
    ["InvalidOperationInCellEditMode", "busy", /cell is being edited/],
    ["ItemAlreadyExists", "alreadyExists", /same name/],
    ["MergedRangeConflict", "invalid", /did not accept/],
    ["GeneralException", "generic", /went wrong/],
  ] as const)("Office error %s is shown as %s", async (code, kind, message) => {
    setup();
    const err = await runExcel("Saving", async () => {
      throw new SimError(code as never, "boom");
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind, code });
    expect((err as Error).message).toMatch(message);
  });

  test("passes Excel the delayForCellEdit option", async () => {
    const { excel } = setup();
    const seen: unknown[] = [];
    const original = excel.run;
    (globalThis as unknown as { Excel: { run: unknown } }).Excel.run = (...args: unknown[]) => {
      seen.push(args[0]);
      return (original as (...a: unknown[]) => Promise<unknown>)(...args);
    };
    await runExcel("Reading", async () => 1);
    expect(seen).toEqual([{ delayForCellEdit: true }]);
  });
});
