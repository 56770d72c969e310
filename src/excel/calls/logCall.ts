// "Log a call": one new Call log row below the table body, with the form's defaults and a new Call ID
// (appendRows: keys re-read in the run, typed text written as text). 2 syncs.
import { newCallProblems, newCallValues, type NewCall } from "../../core/calls/newCall";
import { callLog } from "../../core/registers/definitions/callLog";
import { appendRows } from "../appendRows";
import { ExcelActionError } from "../errors";

export interface LoggedCall {
  callId: string;
  /** The row's address, e.g. "'Call log'!A7:O7". */
  address: string;
  /** A co-author's call took the same ID at the same moment, or a row could not be verified. */
  notes: string[];
}

export async function logCall(call: NewCall): Promise<LoggedCall> {
  const problems = Object.values(newCallProblems(call));
  if (problems.length > 0)
    throw new ExcelActionError("invalid", problems.join(" "), "Fill in the marked fields.");
  const result = await appendRows(callLog, [{ values: newCallValues(call) }]);
  const row = result.appended[0];
  if (!row) {
    throw new ExcelActionError(
      "invalid",
      `The call was not logged: ${result.skipped.map((s) => s.reason).join("; ") || "no row was written"}.`,
      "Try again.",
    );
  }
  return { callId: row.key, address: row.address, notes: result.notes };
}
