// Moving a candidate: Stage and Stage since (today). The rule is checked against the stage in the
// workbook now (a co-author may have moved the candidate since the page was shown: 1 sync reading the
// Candidate ID and Stage columns), then the row is written by key (updateRowsByKey, 2 syncs).
import { asStage, checkMove, type Stage } from "../../core/candidates";
import { todaySerial } from "../../core/cells/excelDates";
import { candidates } from "../../core/registers/definitions/candidates";
import { ExcelActionError } from "../errors";
import { runExcel } from "../run";
import { updateRowsByKey, type UpdateResult } from "../updateRows";

export interface MoveOptions {
  /** The stage shown to the person (null: blank). */
  from: Stage | null;
  /** The person chose to reopen a Hired, Rejected or Withdrawn candidate. */
  reopen?: boolean;
  now?: Date;
}

const header = (key: string) => candidates.columns.find((c) => c.key === key)!.header;
const norm = (v: unknown) =>
  String(v ?? "")
    .trim()
    .toUpperCase();

/** The Stage cell of the row with this key now; undefined when the key is not there exactly once. */
async function currentStage(key: string): Promise<{ found: boolean; stage: Stage | null }> {
  return runExcel("Reading the candidate's stage", async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(candidates.tableName);
    const keys = table.columns.getItemOrNullObject(header("candidateId"));
    const stages = table.columns.getItemOrNullObject(header("stage"));
    const keyValues = keys.getDataBodyRange().load("values");
    const stageValues = stages.getDataBodyRange().load("values");
    await context.sync();
    if (table.isNullObject || keys.isNullObject || stages.isNullObject) return { found: false, stage: null };
    const rows = (keyValues.values as unknown[][])
      .map((r, i) => (norm(r[0]) === norm(key) ? i : -1))
      .filter((i) => i >= 0);
    if (rows.length !== 1) return { found: false, stage: null };
    return { found: true, stage: asStage((stageValues.values as unknown[][])[rows[0]][0]) };
  });
}

export async function moveStage(key: string, to: Stage, opts: MoveOptions): Promise<UpdateResult> {
  const shown = checkMove(opts.from, to, { reopen: opts.reopen });
  if (!shown.ok) throw new ExcelActionError("invalid", shown.reason, "Choose another stage.");
  const now = await currentStage(key);
  if (now.found && now.stage !== opts.from) {
    throw new ExcelActionError(
      "invalid",
      `${key} is now at ${now.stage ?? "(blank)"} (changed since the page was shown); nothing was changed.`,
      "Look at the candidate again and choose the stage.",
    );
  }
  return updateRowsByKey(candidates, [
    { key, changes: { stage: to, stageSince: todaySerial(opts.now ?? new Date()) } },
  ]);
}
