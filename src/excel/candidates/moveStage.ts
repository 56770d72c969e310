// Moving a candidate: Stage and Stage since (today), on the row found by Candidate ID when the write runs
// (updateRowsByKey, 2 syncs). The rule is checked against the stage the person was shown.
import { checkMove, type Stage } from "../../core/candidates";
import { todaySerial } from "../../core/cells/excelDates";
import { candidates } from "../../core/registers/definitions/candidates";
import { ExcelActionError } from "../errors";
import { updateRowsByKey, type UpdateResult } from "../updateRows";

export interface MoveOptions {
  /** The stage shown to the person (null: blank). */
  from: Stage | null;
  /** The person chose to reopen a Hired, Rejected or Withdrawn candidate. */
  reopen?: boolean;
  now?: Date;
}

export async function moveStage(key: string, to: Stage, opts: MoveOptions): Promise<UpdateResult> {
  const check = checkMove(opts.from, to, { reopen: opts.reopen });
  if (!check.ok) throw new ExcelActionError("invalid", check.reason, "Choose another stage.");
  return updateRowsByKey(candidates, [
    { key, changes: { stage: to, stageSince: todaySerial(opts.now ?? new Date()) } },
  ]);
}
