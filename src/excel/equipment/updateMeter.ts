// "Update meter": a new page count for a machine's Meter now, found by Asset tag. A reading below the last
// one is refused and nothing is written. One Excel.run, 2 syncs.
import { meterReadingProblems } from "../../core/equipment/problems";
import { equipment } from "../../core/registers/definitions";
import { runExcel } from "../run";
import { problemsError } from "./reportFault";
import { queueChangesByKey, requireColumns } from "../rows";
import { queueEquipmentRead, requireMachine } from "./inRun";

export interface MeterUpdated {
  assetTag: string;
  meterNow: number;
  notes: string[];
}

export async function updateMeter(assetTag: string, reading: number): Promise<MeterUpdated> {
  return runExcel(`Updating the meter of ${assetTag}`, async (context) => {
    const read = queueEquipmentRead(context);
    await context.sync();
    const { place, rows } = read.machines();
    const machine = requireMachine(rows, assetTag);
    requireColumns(equipment, place, ["meterNow"]);
    const problems = meterReadingProblems(reading, { assetTag: machine.key, ...machine.values });
    if (problems.length) throw problemsError(problems);
    const [row] = queueChangesByKey(read.eq.table, equipment, place, [
      { key: machine.key, changes: { meterNow: reading } },
    ]);
    await context.sync();
    const notes = row.found.isNullObject
      ? [`${machine.key} was no longer in Equipment when writing; nothing was changed.`]
      : [];
    return { assetTag: machine.key, meterNow: reading, notes };
  });
}
