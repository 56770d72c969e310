// The Overview's Staff section on the simulator and the preview's formula engine: built only when the
// Staff register exists, its training figures (overall and per course) equal to what the Training due
// page lists (src/core/staff/trainingDue.ts, given the registers' rows read here), with superseded
// records, people who left, shared latest days, end-of-month expiries and the staff rules' warning days;
// live for a co-author without the add-in; and never a word of the Discipline register.
import { todaySerial } from "../../../src/core/cells/excelDates";
import type { CellValue } from "../../../src/core/cells/types";
import { weeklyReportDraft } from "../../../src/core/overview/weeklyReport";
import { validateRows } from "../../../src/core/registers/validate";
import { courses, discipline, staff, training } from "../../../src/core/registers/definitions";
import { refreshOverview } from "../../../src/excel/overview/refresh";
import { DEFAULT_STAFF_RULES, writeStaffRules } from "../../../src/excel/staff/rules";
import { attachFormulaEngine } from "../../../src/preview/formulas/engine";
import { createExcel, type SimWorkbook } from "../../../src/preview/simulator";
import { formatRect } from "../../../src/preview/simulator/address";
import { lastSyncs, seedRegister, setup } from "../support";
import { readByKey, trainingDueNow } from "./support";

// Tuesday 1 December 2026: a one-month course done on 31 October expired on 30 November (EDATE clamps
// to the month's end), where DATE(2026,11,31) would say 1 December, today, and not overdue yet.
const NOW = new Date(2026, 11, 1, 10, 0);
const TODAY = todaySerial(NOW);
const day = (y: number, m: number, d: number) => todaySerial(new Date(y, m - 1, d));
const WARN_DAYS = 14;

type Row = Record<string, CellValue>;

const PEOPLE: Row[] = [
  { staffId: "STF-1", name: "Ana", role: "Office manager", status: "Active" },
  { staffId: "STF-2", name: "Ben", role: "Warehouse assistant", status: "Active" },
  { staffId: "STF-3", name: "Chloe", role: "Receptionist", status: "On leave" },
  { staffId: "STF-4", name: "Eva", role: "Driver", status: "Left" },
  { staffId: "STF-5", name: "Finn", role: "driver", status: "Leaving" },
];

const COURSES: Row[] = [
  { course: "First aid", renewMonths: 36, requiredFor: "Receptionist, Office manager" },
  { course: "Forklift", renewMonths: 12, requiredFor: "Warehouse assistant" },
  { course: "Data protection", renewMonths: 12, requiredFor: "All" },
  // No renewal period: done once, it never lapses.
  { course: "Fire warden", renewMonths: null, requiredFor: "Office manager" },
  { course: "Monthly check", renewMonths: 1, requiredFor: "Driver" },
  { course: "Customer care", renewMonths: 24, requiredFor: "Receptionist; Driver" },
  { course: "Budgeting", renewMonths: 12, requiredFor: "office manager" },
];

let n = 0;
const done = (staffId: string, course: string, completedOn: CellValue): Row => ({
  recordId: `TRN-${++n}`,
  staffId,
  course,
  completedOn,
});

const RECORDS: Row[] = [
  // Ana's first aid lapsed in November 2026, and she renewed it: only the renewal counts.
  done("STF-1", "First aid", day(2023, 11, 10)),
  done("STF-1", "First aid", day(2026, 11, 20)),
  done("STF-1", "Data protection", day(2025, 12, 10)), // due 10 December
  done("STF-1", "Fire warden", day(2020, 1, 1)),
  done("STF-1", "No such course", day(2020, 1, 1)),
  done("STF-2", "Forklift", day(2024, 11, 15)),
  done("STF-2", "Forklift", day(2025, 11, 15)), // overdue since 15 November
  done("STF-2", "Monthly check", day(2026, 11, 16)), // due 16 December: past the 14 days
  // Chloe's first aid, entered twice for the same day: one overdue training, not two.
  done("STF-3", "First aid", day(2023, 11, 20)),
  done("STF-3", "First aid", day(2023, 11, 20)),
  done("STF-3", "Data protection", day(2026, 1, 5)),
  done("STF-3", "Monthly check", day(2026, 11, 15)), // due 15 December, the last day of the window
  done("STF-4", "Forklift", day(2020, 1, 1)), // Eva has left
  done("STF-5", "Monthly check", day(2026, 10, 31)), // expired 30 November
  done("STF-5", "Data protection", "n/a"),
  done("STF-9", "Forklift", day(2020, 1, 1)), // nobody on Staff
];

/** What the Training due page lists for the workbook's registers as they are now. */
const expected = (wb: SimWorkbook, withinDays = WARN_DAYS) => trainingDueNow(wb, TODAY, withinDays);

function seed(wb: SimWorkbook, records: Row[] = RECORDS): void {
  seedRegister(wb, staff, PEOPLE);
  seedRegister(wb, courses, COURSES);
  seedRegister(wb, training, records);
}

/** The At a glance figures of a section, by label. */
function glance(wb: SimWorkbook, section: string): Record<string, unknown> {
  const grid = wb.getValues("Overview", "A1:C48");
  return Object.fromEntries(grid.filter((r) => r[2] === section).map((r) => [String(r[0]), r[1]]));
}

/** A table block's rows by label (values right of the label), up to the first blank row. */
function block(wb: SimWorkbook, title: string, width: number): Record<string, unknown[]> {
  const grid = wb.getValues("Overview", "A1:H200");
  const at = grid.findIndex((r) => r[0] === title);
  expect(at).toBeGreaterThan(0);
  const out: Record<string, unknown[]> = {};
  for (const r of grid.slice(at + 2)) {
    if (r[0] === "" || r[0] === null) break;
    out[String(r[0])] = r.slice(1, 1 + width);
  }
  return out;
}

const DUE = `Training due in the next ${WARN_DAYS} days`;

describe("the Overview's Staff section", () => {
  test("training overdue, due within the staff rules' days and never done equal the Training due page's list", async () => {
    const { wb, excel } = setup();
    seed(wb);
    await writeStaffRules({ ...DEFAULT_STAFF_RULES, trainingWarnDays: WARN_DAYS });
    attachFormulaEngine(wb, { now: () => NOW });
    const result = await refreshOverview({ now: NOW });
    expect(lastSyncs(excel)).toBe(2);

    const want = expected(wb);
    const figures = glance(wb, "Staff");
    expect(figures).toEqual({
      "Training overdue": want.countOf("Overdue"),
      [DUE]: want.countOf("Due soon"),
      "Required training never done": want.countOf("Never"),
    });
    // The data holds each case the formulas must get right, as the page sees it.
    const listed = (status: string) =>
      want.items
        .filter((i) => i.status === status)
        .map((i) => `${i.name}: ${i.course}`)
        .sort();
    expect(listed("Overdue")).toEqual(["Ben: Forklift", "Chloe: First aid", "Finn: Monthly check"]);
    expect(listed("Due soon")).toEqual(["Ana: Data protection", "Chloe: Monthly check"]);
    expect(listed("Never")).toEqual([
      "Ana: Budgeting",
      "Ben: Data protection",
      "Chloe: Customer care",
      "Finn: Customer care",
      "Finn: Data protection",
    ]);

    const byCourse = block(wb, "Training by course", 3);
    expect(Object.keys(byCourse).sort()).toEqual([...want.courses].sort());
    for (const [course, counts] of Object.entries(byCourse))
      expect({ course, counts }).toEqual({
        course,
        counts: [
          want.countOf("Overdue", course),
          want.countOf("Due soon", course),
          want.countOf("Never", course),
        ],
      });

    const staffSection = result.sections.find((s) => s.id === "staff")!;
    expect(staffSection).toMatchObject({ shown: true, page: "staff", notes: [] });
    expect(wb.sheetByName("Overview")!.charts.map((c) => [c.type, c.title])).toContainEqual([
      "BarStacked",
      "Training to do by course",
    ]);
    // What the add-in read back (Home's cards, the weekly email) is what the sheet shows.
    expect(result.headlines.filter((h) => h.section === "Staff")).toEqual([
      { section: "Staff", label: "Training overdue", value: String(want.countOf("Overdue")) },
      { section: "Staff", label: DUE, value: String(want.countOf("Due soon")) },
      { section: "Staff", label: "Required training never done", value: String(want.countOf("Never")) },
    ]);
    // Copy as email: the weekly report carries the staff training lines.
    const { draft } = weeklyReportDraft({ headlines: result.headlines, date: NOW });
    expect(draft.text).toMatch(new RegExp(`Staff +Training overdue +${want.countOf("Overdue")}\\b`));
    expect(draft.text).toMatch(
      new RegExp(`Staff +Required training never done +${want.countOf("Never")}\\b`),
    );
    expect(wb.unsupportedFormulas()).toEqual([]);
  });

  test("without a Staff register there is no Staff section, even with Courses and Training", async () => {
    const { wb, excel } = setup();
    seedRegister(wb, courses, COURSES);
    seedRegister(wb, training, RECORDS);
    const result = await refreshOverview({ now: NOW });
    expect(lastSyncs(excel)).toBe(2);
    expect(result.sections.find((s) => s.id === "staff")).toMatchObject({
      shown: false,
      notes: ["Left out: no Staff register yet."],
    });
    const cells = JSON.stringify([...wb.sheetByName("Overview")!.cells.entries()]);
    expect(cells).not.toContain("Training");
    expect(result.headlines.filter((h) => h.section === "Staff")).toEqual([]);
  });

  test("Staff without Training: the section says what it needs instead of figures", async () => {
    const { wb } = setup();
    seedRegister(wb, staff, PEOPLE);
    seedRegister(wb, courses, COURSES);
    const result = await refreshOverview({ now: NOW });
    const notes = result.sections.find((s) => s.id === "staff")!.notes;
    expect(notes).toContain("Training overdue is left out: it needs the Training register.");
    expect(notes).toContain("Training by course is left out: it needs the Training register.");
    expect(result.headlines.filter((h) => h.section === "Staff")).toEqual([]);
  });

  test("an empty Training register: nothing overdue or due, every required course never done", async () => {
    const { wb } = setup();
    seed(wb, []);
    attachFormulaEngine(wb, { now: () => NOW });
    await refreshOverview({ now: NOW });
    const want = expected(wb, DEFAULT_STAFF_RULES.trainingWarnDays);
    const figures = glance(wb, "Staff");
    expect(figures).toEqual({
      "Training overdue": 0,
      [`Training due in the next ${DEFAULT_STAFF_RULES.trainingWarnDays} days`]: 0,
      "Required training never done": want.countOf("Never"),
    });
    expect(want.countOf("Never")).toBeGreaterThan(5);
    for (const [course, counts] of Object.entries(block(wb, "Training by course", 3)))
      expect({ course, counts }).toEqual({ course, counts: [0, 0, want.countOf("Never", course)] });
  });

  test("a co-author's edits to Training and Staff change the figures without the add-in", async () => {
    const { wb, excel } = setup();
    seed(wb);
    await writeStaffRules({ ...DEFAULT_STAFF_RULES, trainingWarnDays: WARN_DAYS });
    attachFormulaEngine(wb, { now: () => NOW });
    await refreshOverview({ now: NOW });
    const runs = excel.stats.runs.length;
    const before = expected(wb);
    expect(glance(wb, "Staff")["Training overdue"]).toBe(before.countOf("Overdue"));

    // Bob, in Excel without the add-in, records Ben's forklift renewal below the Training table.
    const t = { ...wb.tableByName("Training")! };
    const row = training.columns.map((c) =>
      c.key === "recordId"
        ? "TRN-100"
        : c.key === "staffId"
          ? "STF-2"
          : c.key === "course"
            ? "Forklift"
            : c.key === "completedOn"
              ? TODAY
              : null,
    );
    const bob = createExcel(wb, { clientName: "bob" });
    await bob.run(async (context) => {
      const below = formatRect({ ...t.rect, r0: t.rect.r1 + 1, r1: t.rect.r1 + 1 });
      context.workbook.worksheets.getItem("Training").getRange(below).values = [row];
    });
    expect(wb.tableByName("Training")!.rect.r1).toBe(t.rect.r1 + 1);
    const renewed = expected(wb);
    expect(renewed.countOf("Overdue")).toBe(before.countOf("Overdue") - 1);
    expect(glance(wb, "Staff")["Training overdue"]).toBe(renewed.countOf("Overdue"));
    expect(block(wb, "Training by course", 3)["Forklift"][0]).toBe(renewed.countOf("Overdue", "Forklift"));

    // Carol marks Chloe as Left: her overdue first aid and never-done course stop counting.
    const carol = createExcel(wb, { clientName: "carol" });
    await carol.run(async (context) => {
      const status = context.workbook.tables.getItem("Staff").columns.getItem("Status").getDataBodyRange();
      status.load("values");
      await context.sync();
      status.values = (status.values as unknown[][]).map((r, i) => (i === 2 ? ["Left"] : r));
    });
    const left = expected(wb);
    expect(left.countOf("Overdue")).toBe(renewed.countOf("Overdue") - 1);
    expect(glance(wb, "Staff")).toEqual({
      "Training overdue": left.countOf("Overdue"),
      [DUE]: left.countOf("Due soon"),
      "Required training never done": left.countOf("Never"),
    });
    expect(excel.stats.runs.length).toBe(runs);
  });

  test("a Training row whose Staff ID has a stray space is not matched, and the Training register's check offers the fix", async () => {
    const { wb } = setup();
    // Ben renewed his forklift today, but the Staff ID was typed "STF-2 " (a space after it).
    seed(wb, [...RECORDS, done("STF-2 ", "Forklift", TODAY)]);
    await writeStaffRules({ ...DEFAULT_STAFF_RULES, trainingWarnDays: WARN_DAYS });
    attachFormulaEngine(wb, { now: () => NOW });
    await refreshOverview({ now: NOW });
    // The sheet compares IDs as typed (MAXIFS criteria), so Ben's forklift stays overdue there, as the
    // page's list computed without that row says; the page itself trims and counts the renewal.
    const onPage = expected(wb);
    const withoutIt = (() => {
      const t = wb.tableByName("Training")!;
      const sheet = wb.sheetById(t.sheetId)!.name;
      const last = formatRect({ ...t.rect, r0: t.rect.r1, r1: t.rect.r1 });
      const kept = wb.getValues(sheet, last);
      wb.setValues(sheet, last, [kept[0].map(() => null)]);
      const e = expected(wb);
      wb.setValues(sheet, last, kept);
      return e;
    })();
    expect(onPage.countOf("Overdue", "Forklift")).toBe(withoutIt.countOf("Overdue", "Forklift") - 1);
    expect(block(wb, "Training by course", 3)["Forklift"][0]).toBe(withoutIt.countOf("Overdue", "Forklift"));
    // What shows the person the difference: checking the Training register flags the ID and offers it trimmed.
    const problems = validateRows(training, readByKey(wb, training), {
      lookups: { staff: PEOPLE.map((p) => String(p.staffId)), courses: COURSES.map((c) => String(c.course)) },
    });
    expect(problems.filter((p) => p.column === "staffId" && p.value === "STF-2 ")).toEqual([
      expect.objectContaining({ severity: "warning", suggestion: "STF-2" }),
    ]);
  });

  test("never names the Discipline register, even when the workbook has one", async () => {
    const { wb } = setup();
    seed(wb);
    seedRegister(wb, discipline, [{ caseId: "DSC-1", staffId: "STF-2" }]);
    attachFormulaEngine(wb, { now: () => NOW });
    const result = await refreshOverview({ now: NOW });
    const overview = wb.sheetByName("Overview")!;
    const cells = [...overview.cells.entries()].map(
      ([, , c]) => `${c.formula ?? ""} ${String(c.value ?? "")}`,
    );
    expect(cells.join("\n")).not.toMatch(/discipline/i);
    expect(cells.join("\n")).toContain("Training[[Completed on]]");
    expect(JSON.stringify(overview.charts)).not.toMatch(/discipline/i);
    expect(JSON.stringify(result)).not.toMatch(/discipline/i);
  });
});
