// Moving a candidate: Stage and Stage since (today), in one Excel.run of 2 syncs. The rule is checked
// against the stage in the workbook now (a co-author may have moved the candidate since the page was
// shown: sync 1 reads the Candidate ID and Stage columns), then the row is written by key (sync 2).
import { asStage, checkMove, type Stage } from "../../core/candidates";
import { todaySerial } from "../../core/cells/excelDates";
import { indexKeys, normShownKey } from "../../core/registers/keys";
import { candidates } from "../../core/registers/definitions/candidates";
import { ExcelActionError } from "../errors";
import { runExcel } from "../run";
import { queueColumns } from "../rows";
import { queueTableProbe, requirePlace } from "../tableProbe";
import { queueUpdates, type UpdateResult } from "../updateRows";

export interface MoveOptions {
  /** The stage shown to the person (null: blank). */
  from: Stage | null;
  /** The person chose to reopen a Hired, Rejected or Withdrawn candidate. */
  reopen?: boolean;
  now?: Date;
}

export async function moveStage(key: string, to: Stage, opts: MoveOptions): Promise<UpdateResult> {
  const shown = checkMove(opts.from, to, { reopen: opts.reopen });
  if (!shown.ok) throw new ExcelActionError("invalid", shown.reason, "Choose another stage.");
  return runExcel("Moving the candidate", async (context) => {
    const probe = queueTableProbe(context, candidates);
    const read = queueColumns(probe.table, candidates, ["candidateId", "stage"]);
    await context.sync();
    const place = requirePlace(candidates, probe.place());
    const { candidateId, stage } = read();
    // The stage now, when the key is there exactly once (otherwise the write reports why not).
    const at = indexKeys([candidateId]).get(normShownKey(key));
    const now = at?.length === 1 ? asStage(stage[at[0]]) : opts.from;
    if (now !== opts.from) {
      throw new ExcelActionError(
        "invalid",
        `${key} is now at ${now ?? "(blank)"} (changed since the page was shown); nothing was changed.`,
        "Look at the candidate again and choose the stage.",
      );
    }
    const changes = { stage: to, stageSince: todaySerial(opts.now ?? new Date()) };
    const queued = queueUpdates(probe, candidates, place, [candidateId], [{ key, changes }]);
    await context.sync();
    return queued.settle(context);
  });
}
