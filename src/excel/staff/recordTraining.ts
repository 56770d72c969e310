// Recording a completed training: checked against the registers as they are now (the person in Staff,
// the course and its renewal period in Courses), then written to Training, whose Expires on is a live
// formula over the course's renewal (the same date is worked out here for the message). One Excel.run: sync 1 reads Staff IDs, the courses and Training's keys; bad input is refused
// with what to fix and nothing is written; sync 2 writes the row (a third only to repair).
import { todaySerial } from "../../core/cells/excelDates";
import { courses, staff, training } from "../../core/registers/definitions";
import { planAppend } from "../../core/registers/appendPlan";
import { checkTraining, type TrainingInput } from "../../core/staff/checks";
import { trainingExpiry } from "../../core/staff/dates";
import { findCourse, splitRoles, type Course, type StaffMember } from "../../core/staff/people";
import { ExcelActionError } from "../errors";
import { runExcel } from "../run";
import { queueAppend, queueAppendRead, queueColumns, requireNoTotals } from "../rows";
import { queueTableProbe, requirePlace } from "../tableProbe";

export interface RecordedTraining {
  recordId: string;
  expiresOn: number;
  notes: string[];
}

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

export async function recordTraining(
  input: TrainingInput,
  now: Date = new Date(),
): Promise<RecordedTraining> {
  return runExcel("Recording the training", async (context) => {
    const staffProbe = queueTableProbe(context, staff);
    const people = queueColumns(staffProbe.table, staff, ["staffId", "name", "role"]);
    const courseProbe = queueTableProbe(context, courses);
    const courseCols = queueColumns(courseProbe.table, courses, ["course", "renewMonths", "requiredFor"]);
    const probe = queueTableProbe(context, training);
    const read = queueAppendRead(probe, training, 1);
    await context.sync();
    requirePlace(staff, staffProbe.place());
    requirePlace(courses, courseProbe.place());
    const place = requirePlace(training, probe.place());
    const p = people();
    const list: Pick<StaffMember, "key" | "name" | "role">[] = p.staffId.map((k, i) => ({
      key: text(k),
      name: text(p.name[i]),
      role: text(p.role[i]),
    }));
    const cc = courseCols();
    const courseList: Course[] = cc.course.map((name, i) => ({
      course: text(name),
      renewMonths:
        typeof cc.renewMonths[i] === "number" && (cc.renewMonths[i] as number) > 0
          ? (cc.renewMonths[i] as number)
          : null,
      requiredFor: splitRoles(cc.requiredFor[i]),
      provider: "",
    }));
    const errors = checkTraining(input, {
      people: list as StaffMember[],
      courses: courseList,
      today: todaySerial(now),
    });
    if (errors.length)
      throw new ExcelActionError("invalid", errors.join(" "), "Correct it; nothing was written.");
    const course = findCourse(courseList, input.course)!;
    const expiresOn = trainingExpiry(input.completedOn!, course.renewMonths!)!;
    requireNoTotals(training, place, "the record", "record it again");
    const state = read.state(place);
    const values = {
      staffId: list.find((x) => x.key.toUpperCase() === input.staffId.trim().toUpperCase())!.key,
      course: course.course,
      completedOn: Math.floor(input.completedOn!),
      expiresOn,
      certificateLink: (input.certificateLink ?? "").trim() || null,
    };
    const plan = planAppend(training, [{ values }], state.keys);
    const append = queueAppend(probe, training, place, state, plan.toWrite);
    await context.sync();
    const outcome = await append.settle(context);
    return { recordId: String(outcome.rows[0].values.recordId), expiresOn, notes: outcome.notes };
  });
}
