// Two co-authors add the first rows of a new register at the same moment. A new register has one blank
// body row, which the first new row may take (queueAppendRead's fillBlankFirstRow): both clients read it
// as blank, so the one who writes second must not write over the row the first one put there.
import { planAppend } from "../../../src/core/registers/appendPlan";
import { serviceLog } from "../../../src/core/registers/definitions";
import { readRegister } from "../../../src/excel/readRegister";
import { queueAppend, queueAppendRead } from "../../../src/excel/rows";
import { queueTableProbe, requirePlace } from "../../../src/excel/tableProbe";
import { createExcel, type SimExcel } from "../../../src/preview/simulator";
import { seedRegister, setup } from "../support";

/** One client's "log a ticket" composed as the Equipment actions do it; `between` runs after sync 1. */
function addTicket(
  client: SimExcel,
  problem: string,
  tag: string,
  between: () => Promise<void> = async () => {},
) {
  return client.run(async (context) => {
    const probe = queueTableProbe(context, serviceLog);
    const read = queueAppendRead(probe, serviceLog, 1, { fillBlankFirstRow: true });
    await context.sync();
    await between();
    const place = requirePlace(serviceLog, probe.place());
    const state = read.state(place);
    const values = { assetTag: "EQ-0001", openedOn: 46000, kind: "Repair", problem, status: "Open" };
    const plan = planAppend(serviceLog, [{ values }], state.keys);
    const append = queueAppend(probe, serviceLog, place, state, plan.toWrite);
    await context.sync();
    return append.settle(context, { clientTag: tag });
  });
}

test("both clients' first rows survive on an empty register, each with its own ticket ID", async () => {
  const { wb, excel } = setup();
  seedRegister(wb, serviceLog, []);
  const bob = createExcel(wb, { clientName: "bob" });
  // Alice reads the blank row; Bob adds his ticket before Alice writes hers.
  await addTicket(excel, "Alice: paper jam", "AAA", async () => {
    await addTicket(bob, "Bob: toner streaks", "BBB");
  });
  // Alice's run: read, write, and one more to put Bob's row back and add hers below it.
  expect(excel.stats.last()?.syncs).toBe(3);
  const before = excel.stats.runs.length;
  const read = await readRegister(serviceLog);
  expect(excel.stats.runs.length).toBe(before + 1);
  expect(read.rows.map((r) => r.values.problem).sort()).toEqual(["Alice: paper jam", "Bob: toner streaks"]);
  const ids = read.rows.map((r) => r.key);
  expect(new Set(ids).size).toBe(2);
  expect(read.rows.map((r) => r.values.problem)).toEqual(["Bob: toner streaks", "Alice: paper jam"]);
});

test("without a co-author the first row still takes the blank row, in 2 syncs", async () => {
  const { wb, excel } = setup();
  seedRegister(wb, serviceLog, []);
  const outcome = await addTicket(excel, "Alice: paper jam", "AAA");
  expect(excel.stats.last()?.syncs).toBe(2);
  expect(outcome.rows.map((r) => r.sheetRow)).toEqual([1]);
  const read = await readRegister(serviceLog);
  expect(read.rows.map((r) => [r.key, r.values.problem])).toEqual([["SR-0001", "Alice: paper jam"]]);
});
