import {
  CHUNK_FILL,
  nextChunkRows,
  PAYLOAD_LIMIT_BYTES,
  readRows,
  sampleRowBytes,
} from "../../src/excel/chunks";
import type { SimExcel } from "../../src/preview/simulator";
import { setup } from "./support";

/** `n` rows of one `width`-character text each, row i starting with its number. */
const textRows = (n: number, width: (i: number) => number) =>
  Array.from({ length: n }, (_, i) => [`${i}:`.padEnd(width(i), "x")]);

/**
 * Reads column A rows 1..n of Sheet1 through readRows; counts syncs and refused ones. `limit`: refuse
 * responses over it, as an Excel whose limit is lower than the simulator's would.
 */
async function read(excel: SimExcel, n: number, bytesPerRow: number, limit = PAYLOAD_LIMIT_BYTES) {
  let refused = 0;
  const values = await excel.run(async (context) => {
    const sync = context.sync.bind(context);
    context.sync = (async () => {
      const before = excel.stats.last()?.responseBytes ?? 0;
      try {
        await sync();
      } catch (err) {
        refused++;
        throw err;
      }
      if ((excel.stats.last()?.responseBytes ?? 0) - before > limit) {
        refused++;
        throw Object.assign(new Error("response too large"), { code: "ResponsePayloadSizeLimitExceeded" });
      }
    }) as typeof context.sync;
    return readRows(context, context.workbook.worksheets.getItem("Sheet1"), 0, 0, n, 1, bytesPerRow);
  });
  return { values, refused, stats: excel.stats.last()! };
}

describe("chunked reads under the 5 MB limit", () => {
  test("rows are spread evenly over the fewest chunks that fit", () => {
    const budget = PAYLOAD_LIMIT_BYTES * CHUNK_FILL;
    // Just over one chunk's worth: two chunks of half each, not one full and one small.
    const rows = Math.ceil((budget * 1.2) / 100);
    expect(nextChunkRows(rows, 100)).toBe(Math.ceil(rows / 2));
    expect(nextChunkRows(10, 100)).toBe(10);
    expect(nextChunkRows(rows, 100, 1000)).toBe(1000);
    expect(nextChunkRows(0, 100)).toBe(0);
  });

  test("a sample's mean row size, comma included", () => {
    const sample = [["abc"], ["abcdefg"]]; // ["abc"] is 7 bytes, ["abcdefg"] 11; each + 1 for the comma
    expect(sampleRowBytes(sample, 1)).toBe(10);
  });

  test("9 MB of rows of one size come back in 2 syncs, each under the limit", async () => {
    const { wb, excel } = setup();
    const n = 9_000;
    wb.setValues(
      "Sheet1",
      "A1",
      textRows(n, () => 1_000),
    );
    const sample = wb.getValues("Sheet1", "A1:A100");
    const { values, refused, stats } = await read(excel, n, sampleRowBytes(sample, 1));
    expect(values).toHaveLength(n);
    expect(values[n - 1][0]).toBe(textRows(n, () => 1_000)[n - 1][0]);
    expect(refused).toBe(0);
    expect(stats.syncs).toBe(Math.ceil(stats.responseBytes / PAYLOAD_LIMIT_BYTES));
  }, 60_000);

  test("a chunk that turns out too big is refused, halved and read again: every row comes back, in order", async () => {
    const { wb, excel } = setup();
    // The first 100 rows (the sample) are short; the rest ten times longer.
    const width = (i: number) => (i < 100 ? 100 : 1_000);
    const n = 6_000;
    wb.setValues("Sheet1", "A1", textRows(n, width));
    const sample = wb.getValues("Sheet1", "A1:A100");
    const { values, refused, stats } = await read(excel, n, sampleRowBytes(sample, 1));
    expect(refused).toBeGreaterThanOrEqual(1);
    expect(values.map((r) => r[0])).toEqual(textRows(n, width).map((r) => r[0]));
    // The refused sync is counted: one more than the chunks that came back.
    expect(stats.syncs).toBeGreaterThan(refused);
  }, 60_000);

  test("were Excel's limit 5,000,000 bytes, not 5 MiB: refused once or twice, then smaller chunks; every row comes back", async () => {
    const { wb, excel } = setup();
    const n = 10_000; // about 10.1 MB: two chunks of 98 % of 5 MiB each, each over 5,000,000 bytes
    wb.setValues(
      "Sheet1",
      "A1",
      textRows(n, () => 1_000),
    );
    const sample = wb.getValues("Sheet1", "A1:A100");
    const { values, refused } = await read(excel, n, sampleRowBytes(sample, 1), 5_000_000);
    expect(refused).toBeGreaterThanOrEqual(1);
    expect(refused).toBeLessThanOrEqual(2);
    expect(values.map((r) => r[0])).toEqual(textRows(n, () => 1_000).map((r) => r[0]));
  }, 60_000);

  test("an estimate far too small still reads everything", async () => {
    const { wb, excel } = setup();
    const n = 7_000;
    wb.setValues(
      "Sheet1",
      "A1",
      textRows(n, () => 1_000),
    );
    const { values, refused } = await read(excel, n, 10);
    expect(refused).toBeGreaterThanOrEqual(1);
    expect(values).toHaveLength(n);
    expect(values[n - 1][0]).toBe(`${n - 1}:`.padEnd(1_000, "x"));
  }, 60_000);
});
