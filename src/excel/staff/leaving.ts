// Leaving: marking a person Leaving sets Status and Leaving date (the last working day: given, or worked
// out from the notice period in the staff rules) and returns the offboarding checklist, which lists the
// equipment Assigned to them. Marking Left sets Status and Retain until (the retention years after the
// leaving date). Rows are never deleted. Each is one Excel.run of 2 syncs: read (the person's row, the
// equipment, the rules), then write by key.
import { todaySerial } from "../../core/cells/excelDates";
import { equipment, staff } from "../../core/registers/definitions";
import { indexKeys, normShownKey } from "../../core/registers/keys";
import { offboardingChecklist, type ChecklistItem } from "../../core/staff/checklists";
import { checkEmploymentDates } from "../../core/staff/checks";
import { lastWorkingDay, retentionDate } from "../../core/staff/dates";
import { heldBy } from "../../core/staff/people";
import { ExcelActionError } from "../errors";
import { runExcel } from "../run";
import { queueColumns } from "../rows";
import { queueTableProbe, requirePlace } from "../tableProbe";
import { queueUpdates, type UpdateResult } from "../updateRows";
import { queueStaffRules } from "./rules";

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
const serial = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? Math.floor(v) : null);

export interface LeavingResult {
  update: UpdateResult;
  leavingDate: number;
  checklist: ChecklistItem[];
}

/** The person's row index in the columns read, or an error saying they are not there. */
function rowOf(ids: unknown[], staffId: string): number {
  const at = indexKeys([ids]).get(normShownKey(staffId));
  if (!at || at.length !== 1)
    throw new ExcelActionError(
      "notFound",
      `There is no ${staffId} in the Staff register (or it is there twice); nothing was changed.`,
      "Check the Staff ID on the Staff sheet.",
    );
  return at[0];
}

export async function markLeaving(
  staffId: string,
  opts: { noticeGivenOn: number; leavingDate?: number | null },
): Promise<LeavingResult> {
  return runExcel("Marking the person as leaving", async (context) => {
    const probe = queueTableProbe(context, staff);
    const cols = queueColumns(probe.table, staff, ["staffId", "name", "startDate", "status"]);
    const eq = queueTableProbe(context, equipment);
    const held = queueColumns(eq.table, equipment, ["assetTag", "type", "make", "model", "assignedTo"]);
    const rules = queueStaffRules(context);
    await context.sync();
    const place = requirePlace(staff, probe.place());
    const c = cols();
    const i = rowOf(c.staffId, staffId);
    if (text(c.status[i]) === "Left")
      throw new ExcelActionError(
        "invalid",
        `${staffId} has already left; nothing was changed.`,
        "Choose someone else.",
      );
    const leavingDate = opts.leavingDate ?? lastWorkingDay(opts.noticeGivenOn, rules().notice);
    if (leavingDate === null)
      throw new ExcelActionError(
        "invalid",
        "The notice date is not a date Excel can show.",
        "Enter the date again.",
      );
    const errors = checkEmploymentDates({
      startDate: serial(c.startDate[i]),
      noticeGivenOn: opts.noticeGivenOn,
      leavingDate,
    });
    if (errors.length)
      throw new ExcelActionError("invalid", errors.join(" "), "Correct the dates; nothing was written.");
    const e = held();
    const equipmentList = e.assetTag.map((tag, k) => ({
      assetTag: text(tag),
      type: text(e.type[k]),
      make: text(e.make[k]),
      model: text(e.model[k]),
      assignedTo: text(e.assignedTo[k]),
    }));
    const person = { key: text(c.staffId[i]), name: text(c.name[i]) };
    const queued = queueUpdates(
      probe,
      staff,
      place,
      [c.staffId],
      [{ key: staffId, changes: { status: "Leaving", leavingDate } }],
    );
    await context.sync();
    const update = await queued.settle(context);
    return {
      update,
      leavingDate,
      checklist: offboardingChecklist({
        equipment: heldBy(equipmentList, person),
        lastWorkingDay: leavingDate,
      }),
    };
  });
}

export async function markLeft(
  staffId: string,
  now: Date = new Date(),
): Promise<UpdateResult & { retainUntil: number }> {
  return runExcel("Marking the person as left", async (context) => {
    const probe = queueTableProbe(context, staff);
    const cols = queueColumns(probe.table, staff, ["staffId", "leavingDate"]);
    const rules = queueStaffRules(context);
    await context.sync();
    const place = requirePlace(staff, probe.place());
    const c = cols();
    const i = rowOf(c.staffId, staffId);
    const left = serial(c.leavingDate[i]) ?? todaySerial(now);
    const retainUntil = retentionDate(left, rules().retentionYears)!;
    const changes = { status: "Left", leavingDate: left, retainUntil };
    const queued = queueUpdates(probe, staff, place, [c.staffId], [{ key: staffId, changes }]);
    await context.sync();
    return { ...(await queued.settle(context)), retainUntil };
  });
}
