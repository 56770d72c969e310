// The same Master.csv read by papaparse (a dev dependency, kept for tools/corpus's writer), for
// comparison with csv-parse.ts: why the project reads CSV with its own reader (docs/calls.md "Reading
// CSV files"). Not a target of the add-in; "per s" is lines per second.
import Papa from "papaparse";
import type { BenchCase } from "../harness";
import { cdrText } from "./csv-parse";

const benchCase: BenchCase<{ text: string; dataBytes?: number }> = {
  name: "csv parse (papaparse, for comparison)",
  sizes: [1_000, 10_000, 100_000],
  runs: 5,
  setup: (n) => cdrText(n),
  run: ({ text }) => {
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
    return { checksum: parsed.data.length };
  },
};
export default benchCase;
