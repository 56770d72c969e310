// "Mark done": Status = Done, Done at = now and Handled by, on the rows found by Call ID when the write
// runs (updateRowsByKey). 2 syncs for any number of calls.
import { localDateToExcelSerial } from "../../core/calendar/excelTime";
import type { CellValue } from "../../core/cells/types";
import { callLog } from "../../core/registers/definitions/callLog";
import { updateRowsByKey, type UpdateResult } from "../updateRows";

export interface MarkDoneOptions {
  /** Who handled it; blank leaves the Handled by cell as it is. */
  handledBy?: string;
  /** When it was done (default: now). */
  at?: Date;
}

export async function markCallsDone(
  callIds: readonly string[],
  options: MarkDoneOptions = {},
): Promise<UpdateResult> {
  const doneAt = localDateToExcelSerial(options.at ?? new Date()) ?? null;
  const changes: Record<string, CellValue> = { status: "Done", doneAt };
  const who = (options.handledBy ?? "").trim();
  if (who !== "") changes.handledBy = who;
  return updateRowsByKey(
    callLog,
    callIds.map((key) => ({ key, changes })),
  );
}
