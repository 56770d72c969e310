import fc from "fast-check";
import { dailyUsage, nextService, serviceStatus, weightedScore } from "../../../src/core/math";

// Excel date serials: 45658 is 1 Jan 2025, 45688 is 31 Jan 2025.
const JAN_1 = 45658;
const JAN_31 = 45688;

describe("dailyUsage", () => {
  it("sums the quantities dated in (asOf − days, asOf] and divides by days", () => {
    const dates = [JAN_1, JAN_1 + 10, JAN_31, JAN_31 + 1];
    const qty = [5, 10, 15, 100];
    // 30-day window ending 31 Jan is (1 Jan, 31 Jan]: 1 Jan is out, 31 Jan is in, 1 Feb is after.
    expect(dailyUsage(dates, qty, JAN_31, 30)).toBe(25 / 30);
    expect(dailyUsage(dates, qty, JAN_31, 31)).toBe(30 / 31);
  });

  it("defaults to 90 days", () => {
    expect(dailyUsage([JAN_31 - 89, JAN_31 - 90], [90, 1000], JAN_31)).toBe(1);
  });

  it("skips rows with a blank date or quantity", () => {
    expect(dailyUsage([JAN_31, null, JAN_31], [6, 60, null], JAN_31, 3)).toBe(2);
    expect(dailyUsage([], [], JAN_31, 30)).toBe(0);
  });

  it("counts a date-time within the last day", () => {
    expect(dailyUsage([JAN_31 + 0.5, JAN_31 - 0.5], [10, 20], JAN_31, 1)).toBe(20);
  });

  it("matches a brute-force sum over any records", () => {
    const cell = fc.option(fc.integer({ min: JAN_1 - 200, max: JAN_31 + 30 }), { nil: null });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }))),
        fc.integer({ min: 1, max: 365 }),
        (rows, days) => {
          let total = 0;
          for (const [d, q] of rows)
            if (d !== null && q !== null && d > JAN_31 - days && d <= JAN_31) total += q;
          const result = dailyUsage(
            rows.map((r) => r[0]),
            rows.map((r) => r[1]),
            JAN_31,
            days,
          );
          return result === total / days;
        },
      ),
    );
  });

  it("reports bad input", () => {
    expect(dailyUsage([JAN_1], [1, 2], JAN_31)).toEqual({
      error: "#VALUE!",
      message: "dates has 1 cells but quantities has 2",
    });
    expect(dailyUsage([JAN_1], [1], JAN_31, 0)).toEqual({
      error: "#NUM!",
      message: expect.stringContaining("days"),
    });
    expect(dailyUsage([JAN_1], [1], JAN_31, -7)).toEqual({
      error: "#NUM!",
      message: expect.stringContaining("days"),
    });
    expect(dailyUsage([JAN_1], [1], Number.NaN)).toEqual({
      error: "#VALUE!",
      message: expect.stringContaining("asOf"),
    });
    expect(dailyUsage([JAN_1, Number.NaN], [1, 1], JAN_31)).toEqual({
      error: "#VALUE!",
      message: expect.stringContaining("dates cell 2"),
    });
  });
});

describe("nextService", () => {
  it("adds the interval to the last service date", () => {
    expect(nextService(JAN_1, 30)).toBe(JAN_1 + 30);
    expect(nextService(JAN_1, 0)).toBe(JAN_1);
  });

  it("rejects negative dates and intervals", () => {
    expect(nextService(JAN_1, -1)).toEqual({
      error: "#NUM!",
      message: expect.stringContaining("intervalDays"),
    });
    expect(nextService(-1, 30)).toEqual({ error: "#NUM!", message: expect.stringContaining("lastService") });
    expect(nextService(JAN_1, Infinity)).toEqual({
      error: "#VALUE!",
      message: expect.stringContaining("intervalDays"),
    });
  });
});

describe("serviceStatus", () => {
  it.each<[number[], string]>([
    [[JAN_31 - 1, JAN_31], "Overdue"],
    [[JAN_31, JAN_31], "Due soon"], // due today is not yet overdue
    [[JAN_31 + 14, JAN_31], "Due soon"], // the last warning day
    [[JAN_31 + 15, JAN_31], "OK"],
    [[JAN_31 + 3, JAN_31, 2], "OK"],
    [[JAN_31 + 2, JAN_31, 2], "Due soon"],
    [[JAN_31, JAN_31, 0], "Due soon"],
    [[JAN_31 + 1, JAN_31, 0], "OK"],
  ])("SERVICESTATUS%p = %s", (args, expected) => {
    expect(serviceStatus(...(args as Parameters<typeof serviceStatus>))).toBe(expected);
  });

  it("rejects a negative warning period and non-numbers", () => {
    expect(serviceStatus(JAN_31, JAN_1, -1)).toEqual({
      error: "#NUM!",
      message: expect.stringContaining("warnDays"),
    });
    expect(serviceStatus(Number.NaN, JAN_1)).toEqual({
      error: "#VALUE!",
      message: expect.stringContaining("nextDue"),
    });
  });

  it("agrees with NEXTSERVICE: a machine serviced today is OK until the warning period", () => {
    fc.assert(
      fc.property(fc.integer({ min: 15, max: 400 }), (interval) => {
        return serviceStatus(nextService(JAN_1, interval) as number, JAN_1) === "OK";
      }),
    );
  });
});

describe("weightedScore", () => {
  it("is Σ score × weight ÷ Σ weight", () => {
    expect(weightedScore([4, 3, 5], [0.5, 0.3, 0.2])).toBeCloseTo(3.9, 12);
    expect(weightedScore([4, 2], [1, 1])).toBe(3);
    expect(weightedScore([4, 2], [3, 1])).toBe(3.5);
  });

  it("leaves out blank scores with their weight, and counts a blank weight as 0", () => {
    expect(weightedScore([4, null, 2], [1, 5, 1])).toBe(3);
    expect(weightedScore([4, 1], [1, null])).toBe(4);
  });

  it("lies between the lowest and highest score", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 10 })), { minLength: 1 }),
        (pairs) => {
          const scores = pairs.map((p) => p[0]);
          const result = weightedScore(
            scores,
            pairs.map((p) => p[1]),
          ) as number;
          return result >= Math.min(...scores) - 1e-12 && result <= Math.max(...scores) + 1e-12;
        },
      ),
    );
  });

  it("reports bad input", () => {
    expect(weightedScore([1, 2], [1])).toEqual({
      error: "#VALUE!",
      message: "scores has 2 cells but weights has 1",
    });
    expect(weightedScore([null, null], [1, 1])).toEqual({ error: "#DIV/0!", message: expect.any(String) });
    expect(weightedScore([3], [0])).toEqual({ error: "#DIV/0!", message: expect.any(String) });
    expect(weightedScore([3, 4], [1, -1])).toEqual({
      error: "#NUM!",
      message: expect.stringContaining("weights cell 2"),
    });
  });
});
