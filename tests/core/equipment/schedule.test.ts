import { partsToSerial } from "../../../src/core/cells/excelDates";
import {
  canMoveTicket,
  compareByUrgency,
  intervalProblems,
  machineHistory,
  machineSchedule,
  meterReadingProblems,
  nextTicketStatuses,
  serviceDateProblems,
  warrantyEnding,
} from "../../../src/core/equipment";

const day = (m: number, d: number, y = 2026) => partsToSerial({ year: y, month: m, day: d })!;
const TODAY = day(11, 29);

describe("next service: by days or by pages, whichever first", () => {
  test("by days: Last service + Service every (days)", () => {
    const s = machineSchedule({ lastService: day(9, 2), serviceEveryDays: 90 }, TODAY);
    expect(s.nextDue).toBe(day(12, 1));
    expect(s.dueBy).toBe("days");
    expect(s.state).toBe("Due soon");
    expect(s.daysLeft).toBe(2);
  });

  test("overdue when the day has passed; OK when it is beyond the warning days", () => {
    expect(machineSchedule({ lastService: day(7, 15), serviceEveryDays: 90 }, TODAY).state).toBe("Overdue");
    expect(machineSchedule({ lastService: day(7, 15), serviceEveryDays: 90 }, TODAY).daysLeft).toBe(-47);
    expect(machineSchedule({ lastService: day(11, 1), serviceEveryDays: 90 }, TODAY).state).toBe("OK");
    // warning days come from the settings
    expect(machineSchedule({ lastService: day(11, 1), serviceEveryDays: 40 }, TODAY, 14).state).toBe(
      "Due soon",
    );
    expect(machineSchedule({ lastService: day(11, 1), serviceEveryDays: 40 }, TODAY, 0).state).toBe("OK");
  });

  test("by pages: due today once the pages since the last service reach the interval", () => {
    const base = { meterAtLastService: 392410, serviceEveryPages: 30000 };
    const under = machineSchedule({ ...base, meterNow: 422409 }, TODAY);
    expect(under.nextDue).toBeNull();
    expect(under.state).toBe("Not scheduled");
    expect(under.pagesLeft).toBe(1);
    const reached = machineSchedule({ ...base, meterNow: 422410 }, TODAY);
    expect(reached.nextDue).toBe(TODAY);
    expect(reached.dueBy).toBe("pages");
    expect(reached.state).toBe("Due soon");
    expect(reached.pagesSince).toBe(30000);
  });

  test("whichever comes first: pages before days, days before pages", () => {
    const pagesFirst = machineSchedule(
      {
        lastService: day(11, 1),
        serviceEveryDays: 90,
        meterNow: 50000,
        meterAtLastService: 10000,
        serviceEveryPages: 20000,
      },
      TODAY,
    );
    expect(pagesFirst).toMatchObject({ nextDue: TODAY, dueBy: "pages" });
    const daysFirst = machineSchedule(
      {
        lastService: day(7, 1),
        serviceEveryDays: 90,
        meterNow: 50000,
        meterAtLastService: 10000,
        serviceEveryPages: 20000,
      },
      TODAY,
    );
    expect(daysFirst).toMatchObject({ nextDue: day(9, 29), dueBy: "days", state: "Overdue" });
  });

  test("no interval: not scheduled, and listed with what to fix (not for retired machines)", () => {
    expect(machineSchedule({ lastService: day(7, 1) }, TODAY).state).toBe("Not scheduled");
    expect(intervalProblems({ assetTag: "FX-01", status: "Operational" })).toEqual([
      expect.objectContaining({ field: "interval", fix: expect.stringMatching(/Service every \(days\)/) }),
    ]);
    expect(intervalProblems({ assetTag: "FX-01", status: "Retired" })).toEqual([]);
    expect(intervalProblems({ assetTag: "FX-01", serviceEveryPages: 1000 })).toEqual([]);
  });

  test("overdue first, then due soon, then the rest, unscheduled last", () => {
    const list = [
      machineSchedule({}, TODAY),
      machineSchedule({ lastService: day(11, 1), serviceEveryDays: 90 }, TODAY),
      machineSchedule({ lastService: day(7, 1), serviceEveryDays: 90 }, TODAY),
      machineSchedule({ lastService: day(9, 2), serviceEveryDays: 90 }, TODAY),
      machineSchedule({ lastService: day(6, 1), serviceEveryDays: 90 }, TODAY),
    ];
    expect([...list].sort(compareByUrgency).map((s) => s.nextDue)).toEqual([
      day(8, 30),
      day(9, 29),
      day(12, 1),
      day(1, 30, 2027),
      null,
    ]);
  });
});

test("warranty ending within the warning days (today included, past not)", () => {
  expect(warrantyEnding(TODAY, TODAY)).toBe(true);
  expect(warrantyEnding(TODAY + 14, TODAY, 14)).toBe(true);
  expect(warrantyEnding(TODAY + 15, TODAY, 14)).toBe(false);
  expect(warrantyEnding(TODAY - 1, TODAY)).toBe(false);
  expect(warrantyEnding(null, TODAY)).toBe(false);
});

test("ticket life cycle: Open → Waiting on vendor → Done; Done is final", () => {
  expect(nextTicketStatuses("Open")).toEqual(["Waiting on vendor", "Done"]);
  expect(canMoveTicket("Waiting on vendor", "Done")).toBe(true);
  expect(canMoveTicket("Waiting on vendor", "Open" as never)).toBe(false);
  expect(canMoveTicket("Done", "Done")).toBe(false);
  expect(canMoveTicket("", "Waiting on vendor")).toBe(true);
});

test("bad meter readings and dates", () => {
  const machine = { assetTag: "CP-01", meterNow: 418220, meterAtLastService: 392410 };
  expect(meterReadingProblems(418220, machine)).toEqual([]);
  expect(meterReadingProblems(418219, machine)[0].message).toBe(
    "The reading 418,219 is lower than the last one for CP-01 (418,220).",
  );
  expect(meterReadingProblems(12.5, machine)[0].message).toMatch(/not a page count/);
  expect(meterReadingProblems(null, machine)[0].message).toMatch(/missing/);
  expect(serviceDateProblems(TODAY, TODAY)).toEqual([]);
  expect(serviceDateProblems(TODAY + 1, TODAY)[0].message).toMatch(/in the future/);
});

test("history: the machine's tickets newest first, total cost and downtime", () => {
  const rows = [
    {
      key: "SV-101",
      row: 2,
      values: { assetTag: "CP-01", openedOn: day(3, 10), cost: 145, downtimeHours: 2, status: "Done" },
    },
    {
      key: "SV-102",
      row: 3,
      values: { assetTag: "CP-02", openedOn: day(4, 2), cost: 210, downtimeHours: 26, status: "Done" },
    },
    {
      key: "SV-109",
      row: 4,
      values: {
        assetTag: "cp-01",
        openedOn: day(11, 19),
        cost: null,
        downtimeHours: null,
        status: "Waiting on vendor",
      },
    },
  ];
  const h = machineHistory("CP-01", rows);
  expect(h.tickets.map((t) => t.key)).toEqual(["SV-109", "SV-101"]);
  expect(h).toMatchObject({ totalCost: 145, downtimeHours: 2, openTickets: 1 });
});
