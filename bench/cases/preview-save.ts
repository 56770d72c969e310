// The preview's Save of the same workbooks (bench/harness/trackerFile.ts) after one edited cell and
// its dependants recomputed: the package written back with only the changed parts replaced. Reported.
// At 10,000 and 100,000 cells: each run starts from a workbook opened afresh (not timed), and at 400,000
// cells that opening made one size take minutes on the shared machine.
import { writeXlsx } from "../../src/preview/files/writeXlsx";
import type { SimWorkbook } from "../../src/preview/simulator";
import { openTracker, trackerFile } from "../harness/trackerFile";
import type { BenchCase, CaseContext } from "../harness";

interface Ctx extends CaseContext {
  workbook: SimWorkbook;
}

const benchCase: BenchCase<Ctx> = {
  name: "preview save .xlsx after one edit",
  sizes: [10_000, 100_000],
  smokeSize: 1_000,
  runs: 3,
  warmups: 1,
  setup: async (cells) => {
    const bytes = await trackerFile(cells);
    const workbook = await openTracker(bytes);
    workbook.setValues("Candidates", "E3", [[10]]);
    workbook.markFormulasDirty();
    workbook.recalculate();
    return { workbook, dataBytes: bytes.length };
  },
  // The data this case moves is the file it writes, so dataBytes is the written file's size.
  run: async ({ workbook }) => {
    const { bytes } = await writeXlsx(workbook);
    return { checksum: bytes.length, dataBytes: bytes.length };
  },
};
export default benchCase;
