// The preview's Open of an .xlsx of 10,000 and 100,000 cells with a chart and a pivot table
// (bench/harness/trackerFile.ts): the file read into the simulator, formula engine plugged in. Reported.
import { openTracker, trackerFile } from "../harness/trackerFile";
import type { BenchCase, CaseContext } from "../harness";

interface Ctx extends CaseContext {
  bytes: Uint8Array;
}

const benchCase: BenchCase<Ctx> = {
  name: "preview open .xlsx (chart, pivot table)",
  sizes: [10_000, 100_000],
  runs: 3,
  // The data this case moves is the file it reads, so dataBytes is the file's size.
  setup: async (cells) => {
    const bytes = await trackerFile(cells);
    return { bytes, dataBytes: bytes.length };
  },
  run: async ({ bytes }) => ({ checksum: (await openTracker(bytes)).sheets.length }),
};
export default benchCase;
