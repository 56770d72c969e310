// Calls > Import of an Asterisk Master.csv of 1k/10k/100k lines (ring groups of four legs, direct and
// outbound calls, internal ones) into an empty Call log: reading, merging legs and writing the calls in
// one Excel.run on the simulator. "per s" is lines of the file per second; the syncs are 2 plus one per
// 5 MB of new rows.
import { jsonBytes } from "../../src/core/jsonBytes";
import { callLog } from "../../src/core/registers/definitions";
import { addCallImport } from "../../src/excel/calls";
import { createRegister } from "../../src/excel/createRegister";
import { installExcel, SimWorkbook, type SimExcel } from "../../src/preview/simulator";
import { masterCsv } from "../../tests/fixtures/calls/generate";
import { perSize, type BenchCase, type CaseContext } from "../harness";

interface Ctx extends CaseContext {
  excel: SimExcel;
  text: string;
}

export const masterText = perSize((n) => masterCsv(n).text);

/** A workbook with an empty Call log, made by the add-in as a person would (not timed). */
export async function emptyCallLog(): Promise<SimExcel> {
  const wb = new SimWorkbook();
  wb.addSheet("Sheet1");
  const excel = installExcel(wb);
  await createRegister(callLog);
  return excel;
}

/** JSON size of the calls written, as table rows (what the request carries beyond Office.js's own). */
export function writtenBytes(rows: readonly { values: Record<string, unknown> }[]): number {
  return jsonBytes(rows.map((r) => callLog.columns.map((c) => r.values[c.key] ?? null)));
}

const benchCase: BenchCase<Ctx> = {
  name: "call import (Master.csv lines)",
  sizes: [1_000, 10_000, 100_000],
  runs: 3,
  setup: async (n) => ({ excel: await emptyCallLog(), text: masterText(n) }),
  run: async ({ text }) => {
    const result = await addCallImport(text);
    if (result.added.length !== result.plan.toAdd.length) throw new Error("not every new call was added");
    return { dataBytes: writtenBytes(result.plan.toAdd), checksum: result.added.length };
  },
};
export default benchCase;
