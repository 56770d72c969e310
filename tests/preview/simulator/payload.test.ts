import { createExcel, PAYLOAD_LIMIT_BYTES, SimWorkbook } from "../../../src/preview/simulator";

const MB = 1024 * 1024;

/** A column of `rows` cells of `width` characters each. */
const column = (rows: number, width: number, ch: string) =>
  Array.from({ length: rows }, () => [ch.repeat(width)]);

function setup() {
  const wb = new SimWorkbook();
  wb.addSheet("Data");
  return { wb, excel: createExcel(wb) };
}

describe("request size and round-trip accounting", () => {
  test("a request over 5 MB is refused like Excel on the web, and nothing of the batch is applied", async () => {
    const { wb, excel } = setup();
    const big = column(5500, 1000, "x"); // about 5.5 MB of values
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("C1").values = [["written first"]];
        sheet.getRange("A1:A5500").values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(wb.getValues("Data", "C1")).toEqual([[""]]);
    expect(wb.getValues("Data", "A1")).toEqual([[""]]);
    const run = excel.stats.last();
    expect(run?.syncs).toBe(1);
    expect(run?.largestRequestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  test("a 4 MB request passes and its size is counted", async () => {
    const { wb, excel } = setup();
    const rows = 4200; // just over 4 MB
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange(`A1:A${rows}`).values = column(rows, 1000, "y");
      await context.sync();
    });
    expect(wb.getValues("Data", `A${rows}`)).toEqual([["y".repeat(1000)]]);
    const run = excel.stats.last();
    expect(run?.requestBytes).toBeGreaterThan(4 * MB);
    expect(run?.requestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(run?.largestRequestBytes).toBe(run?.requestBytes);
  });

  test("a response over 5 MB is refused, and writes of that batch are undone", async () => {
    const { wb, excel } = setup();
    wb.setValues("Data", "A1", column(6000, 1000, "z"));
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("B1").values = [["in the same batch"]];
        sheet.getRange("A1:A6000").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(wb.getValues("Data", "B1")).toEqual([[""]]);
    expect(excel.stats.last()?.responseBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  test("chunked writes under the limit all land, each sync counted per run", async () => {
    const { wb, excel } = setup();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      for (let chunk = 0; chunk < 3; chunk++) {
        const first = chunk * 3000 + 1;
        sheet.getRange(`A${first}:A${first + 2999}`).values = column(3000, 1000, String(chunk));
        await context.sync();
      }
    });
    expect(wb.getValues("Data", "A9000")).toEqual([["2".repeat(1000)]]);
    expect(excel.stats.runs).toHaveLength(1);
    expect(excel.stats.last()?.syncs).toBe(3);
    expect(excel.stats.last()?.requestBytes).toBeGreaterThan(3 * 3000 * 1000);
  });

  test("stats keep one entry per run, count only syncs that send something, and reset", async () => {
    const { excel } = setup();
    await excel.run(async (context) => {
      await context.sync(); // nothing queued: no round trip
      const r = context.workbook.worksheets.getItem("Data").getRange("A1").load("values");
      await context.sync();
      expect(r.values).toEqual([[""]]);
    });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
      await context.sync();
      context.workbook.worksheets.getItem("Data").getRange("A2").values = [[2]];
      await context.sync();
    });
    expect(excel.stats.runs.map((r) => r.syncs)).toEqual([1, 2]);
    expect(excel.stats.runs[0].responseBytes).toBeGreaterThan(0);
    excel.stats.reset();
    expect(excel.stats.runs).toHaveLength(0);
    expect(excel.stats.last()).toBeUndefined();
  });

  test("loading the values of a whole sheet is refused as too large a response, without building it", async () => {
    const { excel } = setup();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange().load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});
