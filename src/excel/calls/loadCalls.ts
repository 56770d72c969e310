// The Call log as the Calls page needs it: rows, open follow-ups (overdue first) and the callers and
// companies to suggest. One readRegister: 2 syncs for a register under ~4 MB.
import { todaySerial } from "../../core/cells/excelDates";
import { openFollowUps, type CallRow, type FollowUp } from "../../core/calls/followUps";
import { callSuggestions, type CallSuggestions } from "../../core/calls/suggestions";
import { callLog } from "../../core/registers/definitions/callLog";
import { readRegister } from "../readRegister";

export interface CallLogView {
  found: boolean;
  sheetName: string;
  rows: CallRow[];
  followUps: FollowUp[];
  suggestions: CallSuggestions;
  /** Register columns the table lacks (a converted sheet may miss some). */
  missingColumns: string[];
}

export async function loadCallLog(now: Date = new Date()): Promise<CallLogView> {
  const read = await readRegister(callLog, { checkLookups: false });
  const rows: CallRow[] = read.rows.map((r) => ({ key: r.key, row: r.row, values: r.values }));
  return {
    found: read.found,
    sheetName: read.sheetName,
    rows,
    followUps: openFollowUps(rows, todaySerial(now)),
    suggestions: callSuggestions(rows),
    missingColumns: read.missingColumns,
  };
}
