import { partsToSerial } from "../../../src/core/cells/excelDates";
import {
  checkCase,
  checkEmploymentDates,
  checkTraining,
  trainingDue,
  type Course,
  type StaffMember,
  type TrainingRecord,
} from "../../../src/core/staff";
import { DISCIPLINE_KINDS } from "../../../src/core/registers/definitions/discipline";

const d = (year: number, month: number, day: number) => partsToSerial({ year, month, day })!;

const person = (
  key: string,
  name: string,
  role: string,
  status: StaffMember["status"] = "Active",
): StaffMember => ({
  key,
  name,
  role,
  department: "",
  manager: "",
  email: `${name.split(" ")[0].toLowerCase()}@example.com`,
  status,
  startDate: d(2020, 1, 6),
  leavingDate: null,
  retainUntil: null,
});
const course = (name: string, renewMonths: number | null, requiredFor: string[]): Course => ({
  course: name,
  renewMonths,
  requiredFor,
  provider: "",
});
const done = (staffId: string, name: string, completedOn: number): TrainingRecord => ({
  key: `TRN-${staffId}-${completedOn}`,
  staffId,
  course: name,
  completedOn,
  expiresOn: null,
});

const people = [
  person("STF-0001", "Ana Lima", "Receptionist"),
  person("STF-0002", "Ben Cole", "Warehouse"),
  person("STF-0003", "Cara Doyle", "Warehouse", "Left"),
];
const courseList = [
  course("First aid", 36, ["Receptionist"]),
  course("Forklift", 12, ["warehouse"]),
  course("Data protection", 12, ["All"]),
];
const asOf = d(2026, 12, 5);

describe("the Training due list", () => {
  test("overdue, due within the days, never done though required; Left people and OK training are not listed", () => {
    const records = [
      done("STF-0001", "First aid", d(2023, 12, 20)), // expires 2026-12-20: due within 30 days
      done("STF-0001", "Data protection", d(2026, 1, 10)), // expires 2027-01-10: OK at 30 days
      done("STF-0002", "Forklift", d(2025, 11, 30)), // expired 2026-11-30: overdue
      done("STF-0002", "Forklift", d(2024, 11, 30)), // an older completion does not count
    ];
    const list = trainingDue(people, courseList, records, { asOf, withinDays: 30 });
    expect(list.map((i) => [i.name, i.course, i.status])).toEqual([
      ["Ben Cole", "Forklift", "Overdue"],
      ["Ben Cole", "Data protection", "Never"],
      ["Ana Lima", "First aid", "Due soon"],
    ]);
    expect(list[0].expiresOn).toBe(d(2026, 11, 30));
    expect(list[2].expiresOn).toBe(d(2026, 12, 20));
  });

  test("a wider window brings in training due later", () => {
    const records = [
      done("STF-0001", "First aid", d(2025, 1, 1)),
      done("STF-0001", "Data protection", d(2026, 1, 10)),
      done("STF-0002", "Forklift", d(2026, 6, 1)),
      done("STF-0002", "Data protection", d(2026, 6, 1)),
    ];
    expect(trainingDue(people, courseList, records, { asOf, withinDays: 30 })).toEqual([]);
    const wide = trainingDue(people, courseList, records, { asOf, withinDays: 60 });
    expect(wide.map((i) => [i.name, i.course, i.status])).toEqual([
      ["Ana Lima", "Data protection", "Due soon"],
    ]);
  });
});

describe("checks before anything is written", () => {
  const today = d(2026, 12, 5);
  const courses = [course("First aid", 36, []), course("Induction", null, [])];

  test("an unknown Staff ID is named, with what to do", () => {
    expect(
      checkTraining(
        { staffId: "STF-0099", course: "First aid", completedOn: d(2026, 11, 1) },
        { people, courses, today },
      ),
    ).toEqual([
      "There is no STF-0099 in the Staff register. Check the Staff ID, or add the person to Staff first.",
    ]);
  });

  test("a course with no renewal period, or not in Courses, is refused", () => {
    expect(
      checkTraining(
        { staffId: "stf-0001", course: "induction", completedOn: d(2026, 11, 1) },
        { people, courses, today },
      ),
    ).toEqual([
      '"Induction" has no Renew every (months) in the Courses register, so its expiry cannot be worked out. Enter the months in Courses first.',
    ]);
    expect(
      checkTraining(
        { staffId: "STF-0001", course: "Forklift", completedOn: d(2026, 11, 1) },
        { people, courses, today },
      ),
    ).toEqual(['There is no course "Forklift" in the Courses register. Add it to Courses first.']);
  });

  test("a completion date in the future, or none, is refused", () => {
    expect(
      checkTraining(
        { staffId: "STF-0001", course: "First aid", completedOn: d(2026, 12, 6) },
        { people, courses, today },
      ),
    ).toEqual(["Completed on 2026-12-06 is in the future. Enter the date it was completed."]);
    expect(
      checkTraining(
        { staffId: "STF-0001", course: "First aid", completedOn: null },
        { people, courses, today },
      ),
    ).toEqual(["Enter the date the training was completed."]);
  });

  test("employment dates in the wrong order", () => {
    expect(checkEmploymentDates({ startDate: d(2026, 3, 1), probationEnds: d(2026, 2, 1) })).toEqual([
      "Probation ends 2026-02-01 is before the start date 2026-03-01.",
    ]);
    expect(
      checkEmploymentDates({
        startDate: d(2026, 3, 1),
        noticeGivenOn: d(2026, 11, 2),
        leavingDate: d(2026, 10, 30),
      }),
    ).toEqual(["The leaving date 2026-10-30 is before notice was given (2026-11-02)."]);
    expect(checkEmploymentDates({ startDate: d(2026, 3, 1), leavingDate: d(2026, 3, 1) })).toEqual([]);
  });

  test("a discipline case: unknown person, meeting before opening, no reason", () => {
    const errors = checkCase(
      {
        staffId: "STF-0042",
        openedOn: d(2026, 12, 1),
        kind: "Written warning",
        reason: " ",
        meetingAt: d(2026, 11, 30) + 0.4,
      },
      { people, kinds: DISCIPLINE_KINDS },
    );
    expect(errors).toEqual([
      "There is no STF-0042 in the Staff register. Check the Staff ID, or add the person to Staff first.",
      "Say what the case is about (Reason), in a sentence.",
      "The meeting (2026-11-30) is before the case was opened (2026-12-01).",
    ]);
    // Kept in a separate workbook (no Staff register here): any Staff ID is taken.
    expect(
      checkCase(
        {
          staffId: "STF-0042",
          openedOn: d(2026, 12, 1),
          kind: "verbal warning",
          reason: "Late",
          meetingAt: null,
        },
        { people: null, kinds: DISCIPLINE_KINDS },
      ),
    ).toEqual([]);
  });
});
