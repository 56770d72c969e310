// The preview's Open of an .xlsx shaped like a recruitment tracker with a chart and a pivot table
// (bench/harness/trackerFile.ts), at 10,000 and 400,000 cells: the file read into the simulator and the
// formula engine plugged in, as the page does before showing it. Measured beside exceljs's own read of
// the same bytes (the next case), which the preview used before: Open must take at most 0.3 × that.
import ExcelJS from "exceljs";
import { openTracker, trackerFile } from "../harness/trackerFile";
import type { BenchCase, CaseContext } from "../harness";

interface Ctx extends CaseContext {
  bytes: Uint8Array;
}

const SIZES = [10_000, 400_000];
const EXCELJS = "exceljs read .xlsx (same file)";

const open: BenchCase<Ctx> = {
  name: "preview open .xlsx (chart, pivot table)",
  sizes: SIZES,
  smokeSize: 1_000,
  runs: 3,
  // The data this case moves is the file it reads, so dataBytes is the file's size.
  warmups: 1,
  targets: { maxMsRatio: { of: EXCELJS, ratio: 0.3 }, label: "preview: open a 400,000-cell .xlsx" },
  setup: async (cells) => {
    const bytes = await trackerFile(cells);
    return { bytes, dataBytes: bytes.length };
  },
  run: async ({ bytes }) => ({ checksum: (await openTracker(bytes)).sheets.length }),
};

const exceljs: BenchCase<Ctx> = {
  name: EXCELJS,
  sizes: SIZES,
  smokeSize: 1_000,
  runs: 3,
  warmups: 1,
  setup: async (cells) => {
    const bytes = await trackerFile(cells);
    return { bytes, dataBytes: bytes.length };
  },
  run: async ({ bytes }) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    return { checksum: book.worksheets.length };
  },
};

export default [open, exceljs];
