// The "Training due" list: for every person still employed, each course they hold or must hold, when it
// is overdue, due within the chosen days, or never done though their role requires it.
import { trainingStatus } from "../math/trainingStatus";
import { isMathError } from "../math/result";
import { normKey } from "../registers/keys";
import { trainingExpiry } from "./dates";
import { requiredForRole, type Course, type StaffMember, type TrainingRecord } from "./people";

export type DueStatus = "Overdue" | "Due soon" | "Never";

export interface DueItem {
  staffId: string;
  name: string;
  email: string;
  role: string;
  course: string;
  status: DueStatus;
  /** When the last completion expires (null when never done). */
  expiresOn: number | null;
  lastCompleted: number | null;
}

const ORDER: Record<DueStatus, number> = { Overdue: 0, Never: 1, "Due soon": 2 };

export function trainingDue(
  people: readonly StaffMember[],
  courseList: readonly Course[],
  records: readonly TrainingRecord[],
  opts: { asOf: number; withinDays: number },
): DueItem[] {
  const latest = new Map<string, TrainingRecord>();
  for (const r of records) {
    if (r.completedOn === null) continue;
    const k = `${normKey(r.staffId)}\u0000${normKey(r.course)}`;
    const had = latest.get(k);
    if (!had || (had.completedOn ?? 0) < r.completedOn) latest.set(k, r);
  }
  const out: DueItem[] = [];
  for (const p of people) {
    if (p.status === "Left" || p.key === "") continue;
    const held = records.filter((r) => normKey(r.staffId) === normKey(p.key)).map((r) => normKey(r.course));
    for (const c of courseList) {
      const required = requiredForRole(c, p.role);
      if (!required && !held.includes(normKey(c.course))) continue;
      const last = latest.get(`${normKey(p.key)}\u0000${normKey(c.course)}`);
      const base = { staffId: p.key, name: p.name, email: p.email, role: p.role, course: c.course };
      if (!last) {
        if (required) out.push({ ...base, status: "Never", expiresOn: null, lastCompleted: null });
        continue;
      }
      // A course with no renewal period never lapses (the Courses checks say it is missing).
      if (c.renewMonths === null) continue;
      const status = trainingStatus(last.completedOn, c.renewMonths, opts.withinDays, opts.asOf);
      if (isMathError(status) || status === "OK" || status === "Never") continue;
      const expiresOn = trainingExpiry(last.completedOn!, c.renewMonths);
      out.push({ ...base, status, expiresOn, lastCompleted: last.completedOn });
    }
  }
  return out.sort(
    (a, b) =>
      ORDER[a.status] - ORDER[b.status] ||
      (a.expiresOn ?? 0) - (b.expiresOn ?? 0) ||
      a.name.localeCompare(b.name) ||
      a.course.localeCompare(b.course),
  );
}
