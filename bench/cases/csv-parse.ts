// Reading an Asterisk Master.csv (every field quoted, 21 columns) with the project's CSV reader, core only:
// what Calls > Import and the preview's File > Open do first. "per s" is lines per second.
import { parseDelimited } from "../../src/core/csv";
import { masterCsv } from "../../tests/fixtures/calls/generate";
import { perSize, type BenchCase, type CaseContext } from "../harness";

interface Ctx extends CaseContext {
  text: string;
}

export const cdrText = perSize((n): Ctx => {
  const { text } = masterCsv(n);
  return { text, dataBytes: new TextEncoder().encode(text).length };
});

const benchCase: BenchCase<Ctx> = {
  name: "csv parse (core/csv)",
  sizes: [1_000, 10_000, 100_000],
  runs: 5,
  setup: (n) => cdrText(n),
  run: ({ text }) => {
    const parsed = parseDelimited(text);
    if (parsed.entries.some((e) => e.kind !== "record")) throw new Error("a line did not read as a record");
    return { checksum: parsed.entries.length };
  },
};
export default benchCase;
