// The Staff page's data: people, courses, training records, checklist ticks and the equipment each person
// holds, with the staff rules. Discipline is not read here: its cases are read only when the person opens that section
// (loadCases), so they never show in anything else the page displays.
import {
  toCourse,
  toStaffMember,
  toTrainingRecord,
  type Course,
  type StaffMember,
  type TrainingRecord,
} from "../../core/staff/people";
import type { ChecklistTick, HeldEquipment } from "../../core/staff/checklists";
import { checklists, courses, equipment, staff, training } from "../../core/registers/definitions";
import { readRegister } from "../readRegister";
import { readStaffRules, type StaffRules } from "./rules";

export interface AssignedEquipment extends HeldEquipment {
  /** As typed in Assigned to: a Staff ID or a name. */
  assignedTo: string;
}

export interface StaffView {
  found: boolean;
  coursesFound: boolean;
  trainingFound: boolean;
  checklistsFound: boolean;
  people: StaffMember[];
  courses: Course[];
  records: TrainingRecord[];
  equipment: AssignedEquipment[];
  /** The Checklists register's rows: every tick of every person. */
  ticks: ChecklistTick[];
  rules: StaffRules;
}

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

export async function loadStaff(): Promise<StaffView> {
  const people = await readRegister(staff, { checkLookups: false });
  if (!people.found) {
    return {
      found: false,
      coursesFound: false,
      trainingFound: false,
      checklistsFound: false,
      people: [],
      courses: [],
      records: [],
      equipment: [],
      ticks: [],
      rules: await readStaffRules(),
    };
  }
  const [c, t, e, k, rules] = await Promise.all([
    readRegister(courses, { checkLookups: false }),
    readRegister(training, { checkLookups: false }),
    readRegister(equipment, { checkLookups: false }),
    readRegister(checklists, { checkLookups: false }),
    readStaffRules(),
  ]);
  return {
    found: true,
    coursesFound: c.found,
    trainingFound: t.found,
    checklistsFound: k.found,
    people: people.rows.map(toStaffMember),
    courses: c.rows.map(toCourse),
    records: t.rows.map(toTrainingRecord),
    equipment: e.rows
      .map((r) => ({
        assetTag: r.key,
        type: text(r.values.type),
        make: text(r.values.make),
        model: text(r.values.model),
        assignedTo: text(r.values.assignedTo),
      }))
      .filter((x) => x.assignedTo !== ""),
    ticks: k.rows.map((r) => ({
      tickId: r.key,
      staffId: text(r.values.staffId),
      checklist: text(r.values.checklist),
      itemId: text(r.values.itemId),
      doneOn: typeof r.values.doneOn === "number" ? Math.floor(r.values.doneOn) : null,
      doneBy: text(r.values.doneBy),
    })),
    rules,
  };
}
