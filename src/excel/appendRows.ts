// Adding rows to a register on a shared workbook: one Excel.run composed of the rows primitives
// (src/excel/rows/README.md). Sync 1 reads the table and its key column(s) as they are now; new rows
// get keys that follow what is there (core/registers/appendPlan.ts); sync 2 writes them just below the
// table body and reads back; sync 3 only repairs (table not grown, calculated columns not filled, an ID
// a co-author took at the same moment, given this client's tagged ID such as INV-0043-K7Q).
import type { CellValue } from "../core/cells/types";
import { planAppend } from "../core/registers/appendPlan";
import type { RegisterDef } from "../core/registers/types";
import { validateRows, type RowProblem } from "../core/registers/validate";
import { rectAddress } from "./address";
import { placeProblems } from "./readRegister";
import { queueAppend, queueAppendRead, requireColumns, requireNoTotals } from "./rows";
import { queueTableProbe, requirePlace } from "./tableProbe";
import { runExcel } from "./run";
import { shownKey } from "../core/registers/keys";

export type NewRow = { values: Record<string, CellValue>; extras?: Record<string, CellValue> };

export interface AppendOptions {
  /** This client's tag for repaired IDs (default: a random one per call). */
  clientTag?: string;
  /**
   * Keys for registers without an ID prefix whose keys the caller makes from what exists (PO numbers):
   * called inside the run with the key column as it is just before writing.
   */
  makeKeys?: (existingKeys: readonly unknown[], count: number) => string[];
  /** The most request bytes one write carries (default: under Excel on the web's 5 MB limit). */
  chunkBytes?: number;
}

export interface AppendedRow {
  key: string;
  /** Sheet row, 1-based. */
  row: number;
  address: string;
}

export interface AppendResult {
  appended: AppendedRow[];
  /** IDs changed because a co-author used the same ID at the same moment: old → new. */
  renamed: Record<string, string>;
  /** Rows not written, with the reason (a key that already exists, or none given). */
  skipped: { index: number; key: string; reason: string }[];
  /** Problems of the written rows (kept as typed; listed so the person can fix them). */
  problems: RowProblem[];
  /** False when, reading back, a written row was not where it was written (reported in notes). */
  verified: boolean;
  notes: string[];
}

export async function appendRows(
  def: RegisterDef,
  rows: readonly NewRow[],
  opts: AppendOptions = {},
): Promise<AppendResult> {
  return runExcel(`Adding rows to the ${def.name} register`, async (context) => {
    const probe = queueTableProbe(context, def);
    const read = queueAppendRead(probe, def, rows.length);
    await context.sync();
    const place = requirePlace(def, probe.place());
    requireNoTotals(def, place, "new rows", "add the rows again");
    requireColumns(def, place, def.keyColumns);
    const result: AppendResult = {
      appended: [],
      renamed: {},
      skipped: [],
      problems: [],
      verified: true,
      notes: [],
    };
    if (rows.length === 0) return result;

    const state = read.state(place);
    const plan = planAppend(def, rows, state.keys, opts.makeKeys);
    result.skipped = plan.skipped;
    if (plan.toWrite.length === 0) return result;
    const append = queueAppend(probe, def, place, state, plan.toWrite, { chunkBytes: opts.chunkBytes });
    await context.sync();
    const outcome = await append.settle(context, { clientTag: opts.clientTag });

    const renamed = Object.entries(outcome.renamed);
    if (renamed.length > 0) {
      const list = renamed.map(([a, b]) => `${a} is now ${b}`).join(", ");
      result.notes.push(`A co-author added rows at the same moment; ${list}.`);
    }
    const lastColumn = place.firstColumn + place.columnCount - 1;
    result.appended = outcome.rows.map((w) => ({
      key: shownKey(def, w.values),
      row: w.sheetRow + 1,
      address: rectAddress(place.sheetName, w.sheetRow, place.firstColumn, w.sheetRow, lastColumn),
    }));
    const written = outcome.rows.map((w, i) => ({ values: w.values, extras: plan.toWrite[i].extras }));
    const problems = validateRows(def, written, { rowNumbers: outcome.rows.map((w) => w.sheetRow + 1) });
    return {
      ...result,
      renamed: outcome.renamed,
      verified: outcome.verified,
      notes: [...outcome.notes, ...result.notes],
      problems: placeProblems(problems, place, null),
    };
  });
}
