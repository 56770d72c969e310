// Bad input on the Staff page, refused before anything is written: an unknown Staff ID or course, a
// course with no renewal period, dates in the wrong order. Each message says what is wrong and what to do.
import { formatSerial } from "../cells/excelDates";
import { normKey } from "../registers/keys";
import { findCourse, findStaff, type Course, type StaffMember } from "./people";

const day = (s: number) => formatSerial(s) ?? String(s);

/** The Staff ID is in the Staff register; else a message naming it. */
export function unknownStaff(people: readonly StaffMember[], staffId: string): string | null {
  const id = staffId.trim();
  if (!id) return "Choose the person (their Staff ID).";
  if (findStaff(people, id)) return null;
  return `There is no ${id} in the Staff register. Check the Staff ID, or add the person to Staff first.`;
}

export interface TrainingInput {
  staffId: string;
  course: string;
  completedOn: number | null;
  certificateLink?: string;
}

/** Checks a training record against the registers; an empty list means it can be written. */
export function checkTraining(
  input: TrainingInput,
  ctx: { people: readonly StaffMember[]; courses: readonly Course[]; today: number },
): string[] {
  const errors: string[] = [];
  const who = unknownStaff(ctx.people, input.staffId);
  if (who) errors.push(who);
  const name = input.course.trim();
  const course = name ? findCourse(ctx.courses, name) : undefined;
  if (!name) errors.push("Choose the course.");
  else if (!course)
    errors.push(`There is no course "${name}" in the Courses register. Add it to Courses first.`);
  else if (course.renewMonths === null)
    errors.push(
      `"${course.course}" has no Renew every (months) in the Courses register, so its expiry cannot be worked out. Enter the months in Courses first.`,
    );
  if (input.completedOn === null) errors.push("Enter the date the training was completed.");
  else {
    if (input.completedOn > ctx.today)
      errors.push(
        `Completed on ${day(input.completedOn)} is in the future. Enter the date it was completed.`,
      );
  }
  const link = (input.certificateLink ?? "").trim();
  if (link && !/^https?:\/\/\S+$/i.test(link))
    errors.push("The certificate link must start with https:// or http://.");
  return errors;
}

/** Dates of one person's employment in the order they must come. */
export function checkEmploymentDates(d: {
  startDate: number | null;
  probationEnds?: number | null;
  noticeGivenOn?: number | null;
  leavingDate?: number | null;
}): string[] {
  const errors: string[] = [];
  const { startDate, probationEnds, noticeGivenOn, leavingDate } = d;
  if (startDate !== null && probationEnds != null && probationEnds < startDate)
    errors.push(`Probation ends ${day(probationEnds)} is before the start date ${day(startDate)}.`);
  if (startDate !== null && leavingDate != null && leavingDate < startDate)
    errors.push(`The leaving date ${day(leavingDate)} is before the start date ${day(startDate)}.`);
  if (noticeGivenOn != null && leavingDate != null && leavingDate < noticeGivenOn)
    errors.push(`The leaving date ${day(leavingDate)} is before notice was given (${day(noticeGivenOn)}).`);
  if (startDate !== null && noticeGivenOn != null && noticeGivenOn < startDate)
    errors.push(`Notice given on ${day(noticeGivenOn)} is before the start date ${day(startDate)}.`);
  return errors;
}

export interface CaseInput {
  staffId: string;
  openedOn: number | null;
  kind: string;
  reason: string;
  /** Excel serial with the time of day. */
  meetingAt?: number | null;
  companion?: string;
}

/** A new discipline case; `people` is null when the Staff register is not in this workbook. */
export function checkCase(
  input: CaseInput,
  ctx: { people: readonly StaffMember[] | null; kinds: readonly string[] },
): string[] {
  const errors: string[] = [];
  if (ctx.people) {
    const who = unknownStaff(ctx.people, input.staffId);
    if (who) errors.push(who);
  } else if (!input.staffId.trim()) errors.push("Enter the person's Staff ID.");
  if (!ctx.kinds.some((k) => normKey(k) === normKey(input.kind))) errors.push("Choose the kind of case.");
  if (!input.reason.trim()) errors.push("Say what the case is about (Reason), in a sentence.");
  if (input.openedOn === null) errors.push("Enter the date the case was opened.");
  if (input.openedOn !== null && input.meetingAt != null && Math.floor(input.meetingAt) < input.openedOn)
    errors.push(
      `The meeting (${day(Math.floor(input.meetingAt))}) is before the case was opened (${day(input.openedOn)}).`,
    );
  return errors;
}
