// The Staff actions on the strict simulator: each writes what the person sees, in a fixed number of syncs,
// and bad input writes nothing.
import { partsToSerial, todaySerial } from "../../../src/core/cells/excelDates";
import {
  candidates,
  checklists,
  courses,
  discipline,
  equipment,
  staff,
  training,
} from "../../../src/core/registers/definitions";
import {
  addToStaff,
  advanceCase,
  loadCases,
  loadStaff,
  markLeaving,
  markLeft,
  openCase,
  readStaffRules,
  recordOutcome,
  setChecklistTick,
  recordTraining,
  writeStaffRules,
} from "../../../src/excel/staff";
import { readRegister } from "../../../src/excel/readRegister";
import { attachFormulaEngine } from "../../../src/preview/formulas/engine";
import type { CellValue } from "../../../src/core/cells/types";
import type { SimWorkbook } from "../../../src/preview/simulator";
import { lastSyncs, seedRegister, setup, sheetGrid } from "../support";

const d = (year: number, month: number, day: number) => partsToSerial({ year, month, day })!;
const NOW = new Date(2026, 11, 5, 10, 0);

function office(wb: SimWorkbook, cases: Record<string, CellValue>[] = []) {
  seedRegister(wb, candidates, [
    {
      candidateId: "CAN-0001",
      name: "Maya Chen",
      email: "maya@example.com",
      phone: "+44 20 7946 0000",
      position: "Receptionist",
      stage: "Hired",
    },
    {
      candidateId: "CAN-0002",
      name: "Leo Park",
      email: "leo@example.com",
      position: "Driver",
      stage: "Interview",
    },
  ]);
  seedRegister(wb, staff, [
    {
      staffId: "STF-0001",
      name: "Ana Lima",
      role: "Office manager",
      email: "ana@example.com",
      startDate: d(2020, 1, 6),
      status: "Active",
    },
    {
      staffId: "STF-0002",
      name: "Ben Cole",
      role: "Warehouse",
      email: "ben@example.com",
      startDate: d(2023, 5, 2),
      status: "Active",
    },
  ]);
  seedRegister(wb, courses, [
    { course: "First aid", renewMonths: 36, requiredFor: "Receptionist, Office manager" },
    { course: "Induction", requiredFor: "All" },
  ]);
  seedRegister(wb, training, []);
  seedRegister(wb, equipment, [
    { assetTag: "EQ-0001", type: "Computer", make: "Lenovo", model: "T14", assignedTo: "STF-0002" },
    { assetTag: "EQ-0002", type: "Phone", make: "Yealink", model: "T54", assignedTo: "Ben Cole" },
    { assetTag: "EQ-0003", type: "Copier", make: "Ricoh", model: "MP 3055", location: "Hall" },
  ]);
  seedRegister(wb, discipline, cases);
}

describe("Add to Staff", () => {
  test("fills the Staff row from the Hired candidate, 2 syncs; a second time is refused", async () => {
    const { wb, excel } = setup();
    office(wb);
    const added = await addToStaff("can-0001", NOW);
    expect(lastSyncs(excel)).toBe(2);
    expect(added).toEqual({ staffId: "STF-0003", name: "Maya Chen", notes: [] });
    const row = (await readRegister(staff)).rows.find((r) => r.key === "STF-0003")!;
    expect(row.values).toMatchObject({
      name: "Maya Chen",
      role: "Receptionist",
      email: "maya@example.com",
      phone: "+44 20 7946 0000",
      startDate: todaySerial(NOW),
      status: "Active",
      candidateId: "CAN-0001",
    });
    await expect(addToStaff("CAN-0001", NOW)).rejects.toThrow(
      "Maya Chen (CAN-0001) is already on the Staff register; nothing was added.",
    );
    expect((await readRegister(staff)).rows).toHaveLength(3);
  });

  test("a candidate who is not Hired is refused and nothing is written", async () => {
    const { wb } = setup();
    office(wb);
    await expect(addToStaff("CAN-0002", NOW)).rejects.toThrow(
      "CAN-0002 is at Interview, not Hired; nothing was added.",
    );
    expect((await readRegister(staff)).rows).toHaveLength(2);
  });
});

describe("Training", () => {
  test("recording a course: Expires on, a live formula, shows the course's renewal; 2 syncs", async () => {
    const { wb, excel } = setup();
    office(wb);
    attachFormulaEngine(wb, { now: () => NOW });
    const r = await recordTraining(
      { staffId: "stf-0001", course: "first aid", completedOn: d(2024, 2, 29) },
      NOW,
    );
    expect(lastSyncs(excel)).toBe(2);
    expect(r).toMatchObject({ recordId: "TRN-0001", expiresOn: d(2027, 2, 28) });
    const rows = (await readRegister(training)).rows;
    expect(rows.map((x) => x.values)).toEqual([
      expect.objectContaining({
        staffId: "STF-0001",
        course: "First aid",
        completedOn: d(2024, 2, 29),
        expiresOn: d(2027, 2, 28),
      }),
    ]);
  });

  test("unknown Staff ID, a course with no renewal period, a future date: clear message, nothing written", async () => {
    const { wb } = setup();
    office(wb);
    await expect(
      recordTraining({ staffId: "STF-0099", course: "First aid", completedOn: d(2026, 11, 1) }, NOW),
    ).rejects.toThrow(
      "There is no STF-0099 in the Staff register. Check the Staff ID, or add the person to Staff first.",
    );
    await expect(
      recordTraining({ staffId: "STF-0001", course: "Induction", completedOn: d(2026, 11, 1) }, NOW),
    ).rejects.toThrow('"Induction" has no Renew every (months) in the Courses register');
    await expect(
      recordTraining({ staffId: "STF-0001", course: "First aid", completedOn: d(2026, 12, 24) }, NOW),
    ).rejects.toThrow("Completed on 2026-12-24 is in the future.");
    expect((await readRegister(training)).rows).toEqual([]);
  });

  test("the page's view: people, courses, records and who holds which equipment", async () => {
    const { wb } = setup();
    office(wb);
    attachFormulaEngine(wb, { now: () => NOW });
    await recordTraining({ staffId: "STF-0001", course: "First aid", completedOn: d(2024, 1, 10) }, NOW);
    const view = await loadStaff();
    expect(view.found).toBe(true);
    expect(view.people.map((p) => p.name)).toEqual(["Ana Lima", "Ben Cole"]);
    expect(view.courses.map((c) => [c.course, c.renewMonths])).toEqual([
      ["First aid", 36],
      ["Induction", null],
    ]);
    expect(view.records.map((r) => r.expiresOn)).toEqual([d(2027, 1, 10)]);
    expect(view.equipment.map((e) => e.assetTag)).toEqual(["EQ-0001", "EQ-0002"]);
  });
});

describe("Leaving", () => {
  test("Leaving: Status and the last working day from the notice period, and the checklist lists their equipment; 2 syncs", async () => {
    const { wb, excel } = setup();
    office(wb);
    const r = await markLeaving("STF-0002", { noticeGivenOn: d(2026, 11, 2) });
    expect(lastSyncs(excel)).toBe(2);
    // Default notice: 4 weeks from Monday 2 November is Monday 30 November.
    expect(r.leavingDate).toBe(d(2026, 11, 30));
    expect(r.update.updated.map((u) => u.key)).toEqual(["STF-0002"]);
    expect(r.checklist.slice(0, 2).map((i) => i.text)).toEqual([
      "Collect Computer Lenovo T14 (EQ-0001)",
      "Collect Phone Yealink T54 (EQ-0002)",
    ]);
    expect(r.checklist.some((i) => i.text.includes("Ricoh"))).toBe(false);
    const ben = (await readRegister(staff)).rows.find((x) => x.key === "STF-0002")!;
    expect(ben.values).toMatchObject({ status: "Leaving", leavingDate: d(2026, 11, 30) });
  });

  test("the notice period from the staff rules (1 month from 31 January is 28 February); dates out of order refused", async () => {
    const { wb } = setup();
    office(wb);
    await writeStaffRules({ ...(await readStaffRules()), notice: { amount: 1, unit: "months" } });
    expect((await markLeaving("STF-0001", { noticeGivenOn: d(2027, 1, 31) })).leavingDate).toBe(
      d(2027, 2, 28),
    );
    await expect(
      markLeaving("STF-0002", { noticeGivenOn: d(2026, 11, 2), leavingDate: d(2026, 10, 1) }),
    ).rejects.toThrow("The leaving date 2026-10-01 is before notice was given (2026-11-02).");
    const ben = (await readRegister(staff)).rows.find((x) => x.key === "STF-0002")!;
    expect(ben.values.status).toBe("Active");
  });

  test("Left: Status Left and Retain until the retention years after the leaving date; the row stays; 2 syncs", async () => {
    const { wb, excel } = setup();
    office(wb);
    await markLeaving("STF-0002", { noticeGivenOn: d(2028, 1, 31), leavingDate: d(2028, 2, 29) });
    const r = await markLeft("STF-0002", NOW);
    expect(lastSyncs(excel)).toBe(2);
    expect(r.retainUntil).toBe(d(2034, 2, 28)); // 6 years by default
    const rows = (await readRegister(staff)).rows;
    expect(rows).toHaveLength(2);
    expect(rows[1].values).toMatchObject({ status: "Left", retainUntil: d(2034, 2, 28) });
  });
});

describe("Discipline", () => {
  test("a written warning opens at the first step with its lapse date (12 months by default), 2 syncs", async () => {
    const { wb, excel } = setup();
    office(wb);
    const r = await openCase({
      staffId: "STF-0002",
      openedOn: d(2026, 8, 31),
      kind: "written warning",
      reason: "Late five times in October",
      meetingAt: d(2026, 9, 3) + 0.4375,
    });
    expect(lastSyncs(excel)).toBe(2);
    expect(r).toMatchObject({ caseId: "DSC-0001", warningExpires: d(2027, 8, 31) });
    const { cases } = await loadCases();
    expect(cases).toEqual([
      expect.objectContaining({ caseId: "DSC-0001", kind: "Written warning", step: "Invited in writing" }),
    ]);
    await advanceCase("DSC-0001", "Invited in writing");
    expect(lastSyncs(excel)).toBe(2);
    expect((await loadCases()).cases[0].step).toBe("Meeting held");
    await expect(advanceCase("DSC-0001", "Invited in writing")).rejects.toThrow(
      /changed since the page was shown/,
    );
  });

  test("an unknown Staff ID or a meeting before the opening date: nothing written", async () => {
    const { wb } = setup();
    office(wb);
    await expect(
      openCase({
        staffId: "STF-0404",
        openedOn: d(2026, 9, 1),
        kind: "Verbal warning",
        reason: "x",
        meetingAt: d(2026, 8, 1),
      }),
    ).rejects.toThrow(
      "There is no STF-0404 in the Staff register. Check the Staff ID, or add the person to Staff first. The meeting (2026-08-01) is before the case was opened (2026-09-01).",
    );
    expect((await loadCases()).cases).toEqual([]);
  });
});

describe("Recording a case's outcome", () => {
  const CASES: Record<string, CellValue>[] = [
    {
      caseId: "DSC-0001",
      staffId: "STF-0002",
      openedOn: d(2026, 8, 31),
      kind: "Written warning",
      step: "Meeting held",
      reason: "Late five times in October",
      companion: "Sam (union rep)",
    },
    {
      caseId: "DSC-0002",
      staffId: "STF-0001",
      openedOn: d(2026, 9, 1),
      kind: "Informal talk",
      step: "Invited in writing",
      reason: "Desk left unlocked",
      warningExpires: d(2026, 12, 1),
    },
  ];
  const grid = (wb: SimWorkbook) => JSON.stringify(sheetGrid(wb, "Discipline"));

  test("writes only that case's Outcome, Outcome on, Appeal by, Warning expires on and step; 2 syncs", async () => {
    const { wb, excel } = setup();
    office(wb, CASES);
    const before = sheetGrid(wb, "Discipline");
    const r = await recordOutcome(
      "dsc-0001",
      {
        outcome: "=Written warning; attendance to be reviewed monthly",
        outcomeOn: d(2027, 1, 31),
        appealBy: null,
        warningExpires: null,
      },
      "",
    );
    expect(lastSyncs(excel)).toBe(2);
    // Appeal: 7 days by default; the warning runs 12 months from the letter, end of February clamped.
    expect(r).toMatchObject({
      step: "Decided",
      outcomeOn: d(2027, 1, 31),
      appealBy: d(2027, 2, 7),
      warningExpires: d(2028, 1, 31),
    });
    const { cases: read } = await loadCases();
    expect(read[0]).toMatchObject({
      caseId: "DSC-0001",
      step: "Decided",
      outcome: "=Written warning; attendance to be reviewed monthly",
      outcomeOn: d(2027, 1, 31),
      appealBy: d(2027, 2, 7),
      warningExpires: d(2028, 1, 31),
      reason: "Late five times in October",
    });
    const after = sheetGrid(wb, "Discipline");
    const changed = (r: number) =>
      discipline.columns.filter((_, c) => before[r][c] !== after[r][c]).map((c) => c.key);
    expect(changed(1).sort()).toEqual(["appealBy", "outcome", "outcomeOn", "step", "warningExpires"]);
    expect(changed(2)).toEqual([]);
    expect(after[1][discipline.columns.findIndex((c) => c.key === "companion")]).toBe("Sam (union rep)");
  });

  test("the appeal date typed and the staff rules' appeal days; a case that is not a warning keeps its lapse cell", async () => {
    const { wb } = setup();
    office(wb, CASES);
    await writeStaffRules({ ...(await readStaffRules()), appealDays: 10 });
    const r = await recordOutcome(
      "DSC-0002",
      { outcome: "Talked it through", outcomeOn: d(2026, 9, 10), appealBy: null, warningExpires: null },
      "",
    );
    expect(r).toMatchObject({ appealBy: d(2026, 9, 20), warningExpires: null });
    expect((await loadCases()).cases[1]).toMatchObject({
      step: "Decided",
      appealBy: d(2026, 9, 20),
      warningExpires: d(2026, 12, 1),
    });
  });

  test("an appeal date before the outcome, an unknown case or an outcome changed meanwhile: a clear message, nothing written", async () => {
    const { wb } = setup();
    office(wb, CASES);
    const before = grid(wb);
    await expect(
      recordOutcome(
        "DSC-0001",
        {
          outcome: "Written warning",
          outcomeOn: d(2026, 9, 10),
          appealBy: d(2026, 9, 9),
          warningExpires: null,
        },
        "",
      ),
    ).rejects.toThrow("Appeal by 2026-09-09 is before the outcome letter (2026-09-10).");
    await expect(
      recordOutcome(
        "DSC-0001",
        { outcome: "Written warning", outcomeOn: d(2026, 8, 1), appealBy: null, warningExpires: null },
        "",
      ),
    ).rejects.toThrow("The outcome letter (2026-08-01) is before the case was opened (2026-08-31).");
    await expect(
      recordOutcome(
        "DSC-0404",
        { outcome: "Written warning", outcomeOn: d(2026, 9, 10), appealBy: null, warningExpires: null },
        "",
      ),
    ).rejects.toThrow("There is no DSC-0404 in the Discipline register");
    await expect(
      recordOutcome(
        "DSC-0001",
        { outcome: "Written warning", outcomeOn: d(2026, 9, 10), appealBy: null, warningExpires: null },
        "Verbal warning",
      ),
    ).rejects.toThrow("DSC-0001's outcome was changed by someone since the page showed it");
    expect(grid(wb)).toBe(before);
  });
});

describe("Checklist ticks", () => {
  const tick = (itemId: string, done: boolean, doneBy = "Ana") =>
    setChecklistTick(
      { staffId: "STF-0002", checklist: "Offboarding", itemId, item: `Item ${itemId}`, done, doneBy },
      NOW,
    );

  test("the first tick appends a row, ticking again or unticking writes that row alone; 2 syncs each", async () => {
    const { wb, excel } = setup();
    office(wb);
    seedRegister(wb, checklists, [
      {
        tickId: "CHK-0001",
        staffId: "STF-0001",
        checklist: "Onboarding",
        itemId: "contract",
        item: "Contract signed",
        doneOn: d(2026, 1, 7),
        doneBy: "Lee (typed by hand)",
      },
    ]);
    const r = await tick("equipment:EQ-0001", true);
    expect(lastSyncs(excel)).toBe(2);
    expect(r).toEqual({ tickId: "CHK-0002", doneOn: todaySerial(NOW), notes: [] });
    const before = sheetGrid(wb, "Checklists");
    expect(before[2]).toEqual([
      "CHK-0002",
      "STF-0002",
      "Offboarding",
      "equipment:EQ-0001",
      "Item equipment:EQ-0001",
      todaySerial(NOW),
      "Ana",
    ]);

    await tick("EQUIPMENT:eq-0001", false);
    expect(lastSyncs(excel)).toBe(2);
    const after = sheetGrid(wb, "Checklists");
    expect(after[1]).toEqual(before[1]);
    expect(after[2]).toEqual([...before[2].slice(0, 5), null, null]);
    expect(after).toHaveLength(3);

    const view = await loadStaff();
    expect(view.checklistsFound).toBe(true);
    expect(view.ticks.map((t) => [t.tickId, t.itemId, t.doneOn, t.doneBy])).toEqual([
      ["CHK-0001", "contract", d(2026, 1, 7), "Lee (typed by hand)"],
      ["CHK-0002", "equipment:EQ-0001", null, ""],
    ]);
  });

  test("unticking an item never ticked writes nothing, in 1 sync; no Checklists register: a clear message", async () => {
    const { wb, excel } = setup();
    office(wb);
    await expect(tick("access", true)).rejects.toThrow(/Checklists/);
    seedRegister(wb, checklists, []);
    const before = sheetGrid(wb, "Checklists");
    expect(await tick("access", false)).toEqual({ tickId: null, doneOn: null, notes: [] });
    expect(lastSyncs(excel)).toBe(1);
    expect(sheetGrid(wb, "Checklists")).toEqual(before);
  });
});
