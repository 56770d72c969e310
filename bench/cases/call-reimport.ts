// The same Master.csv imported a second time into the Call log that already holds its calls: every call
// is found by its phone-system ID and nothing is written (one sync). "per s" is lines per second.
import { jsonBytes } from "../../src/core/jsonBytes";
import { addCallImport } from "../../src/excel/calls";
import type { BenchCase, CaseContext } from "../harness";
import type { SimExcel } from "../../src/preview/simulator";
import { emptyCallLog, masterText } from "./call-import";

interface Ctx extends CaseContext {
  excel: SimExcel;
  text: string;
}

const benchCase: BenchCase<Ctx> = {
  name: "call re-import, nothing new (Master.csv lines)",
  sizes: [1_000, 10_000, 100_000],
  runs: 3,
  setup: async (n) => {
    const excel = await emptyCallLog();
    const text = masterText(n);
    await addCallImport(text);
    return { excel, text };
  },
  run: async ({ text }) => {
    const result = await addCallImport(text);
    if (result.added.length !== 0) throw new Error("a call was added twice");
    // What the run reads back to recognise the calls: the log's Call ID and recognising columns.
    return {
      dataBytes: jsonBytes(result.plan.alreadyInLog.map((a) => [a.callId, a.line])),
      checksum: result.plan.alreadyInLog.length,
    };
  },
};
export default benchCase;
