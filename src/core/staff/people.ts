// Staff, courses, training records and discipline cases as the Staff page reads them from register rows.
import type { RegisterRow } from "../registers/types";
import { normKey } from "../registers/keys";

export type StaffStatus = "Active" | "On leave" | "Leaving" | "Left";

export interface StaffMember {
  key: string;
  name: string;
  role: string;
  department: string;
  manager: string;
  email: string;
  status: StaffStatus | null;
  startDate: number | null;
  leavingDate: number | null;
  retainUntil: number | null;
}

export interface Course {
  course: string;
  renewMonths: number | null;
  /** Roles as typed, split on commas or semicolons; "All" stands for every role. */
  requiredFor: string[];
  provider: string;
}

export interface TrainingRecord {
  key: string;
  staffId: string;
  course: string;
  completedOn: number | null;
  expiresOn: number | null;
}

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
const serial = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? Math.floor(v) : null);
const STATUSES: readonly StaffStatus[] = ["Active", "On leave", "Leaving", "Left"];

export function toStaffMember(row: RegisterRow): StaffMember {
  const v = row.values;
  const status = STATUSES.find((s) => s.toLowerCase() === text(v.status).toLowerCase()) ?? null;
  return {
    key: text(v.staffId),
    name: text(v.name),
    role: text(v.role),
    department: text(v.department),
    manager: text(v.manager),
    email: text(v.email),
    status,
    startDate: serial(v.startDate),
    leavingDate: serial(v.leavingDate),
    retainUntil: serial(v.retainUntil),
  };
}

export function splitRoles(value: unknown): string[] {
  return text(value)
    .split(/[,;\n]/)
    .map((r) => r.trim())
    .filter(Boolean);
}

export function toCourse(row: RegisterRow): Course {
  const v = row.values;
  const months = typeof v.renewMonths === "number" && v.renewMonths > 0 ? v.renewMonths : null;
  return {
    course: text(v.course),
    renewMonths: months,
    requiredFor: splitRoles(v.requiredFor),
    provider: text(v.provider),
  };
}

export function toTrainingRecord(row: RegisterRow): TrainingRecord {
  const v = row.values;
  return {
    key: text(v.recordId),
    staffId: text(v.staffId),
    course: text(v.course),
    completedOn: serial(v.completedOn),
    expiresOn: serial(v.expiresOn),
  };
}

/** Whether a course is required for a role: the role is listed (any case), or the list says All. */
export function requiredForRole(course: Course, role: string): boolean {
  const r = normKey(role);
  return course.requiredFor.some((x) => normKey(x) === "ALL" || (r !== "" && normKey(x) === r));
}

/** The person with this Staff ID (compared as keys are: trimmed, any case). */
export function findStaff(people: readonly StaffMember[], staffId: string): StaffMember | undefined {
  const k = normKey(staffId);
  return people.find((p) => normKey(p.key) === k);
}

export function findCourse(list: readonly Course[], name: string): Course | undefined {
  const k = normKey(name);
  return list.find((c) => normKey(c.course) === k);
}

/** The equipment a person holds: Assigned to is their Staff ID or their name (any case). */
export function heldBy<T extends { assignedTo: string }>(
  list: readonly T[],
  person: Pick<StaffMember, "key" | "name">,
): T[] {
  const ids = [person.key, person.name].map((s) => s.trim().toLowerCase()).filter(Boolean);
  return list.filter((e) => ids.includes(e.assignedTo.trim().toLowerCase()));
}
