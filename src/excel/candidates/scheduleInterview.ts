// "Schedule interview" in the workbook: Interview at and Interviewer on the candidate's row (found by key,
// 2 syncs). The invitation draft itself is made by the page with core's interviewInvitationDraft.
import { checkInterviewTime } from "../../core/candidates";
import { localDateToExcelSerial } from "../../core/calendar/excelTime";
import { candidates } from "../../core/registers/definitions/candidates";
import { ExcelActionError } from "../errors";
import { updateRowsByKey, type UpdateResult } from "../updateRows";

export async function scheduleInterview(
  key: string,
  at: Date,
  interviewer: string,
  now: Date = new Date(),
): Promise<UpdateResult> {
  const bad = checkInterviewTime(at, now);
  if (bad) throw new ExcelActionError("invalid", bad, "Correct the date and time.");
  const serial = localDateToExcelSerial(at);
  if (serial === undefined)
    throw new ExcelActionError("invalid", "That date cannot be stored in Excel.", "Choose another date.");
  return updateRowsByKey(candidates, [
    { key, changes: { interviewAt: serial, interviewer: interviewer.trim() || null } },
  ]);
}
