import { partsToSerial } from "../../../src/core/cells/excelDates";
import { lastWorkingDay, retentionDate, trainingExpiry, warningLapse } from "../../../src/core/staff/dates";

const d = (year: number, month: number, day: number) => partsToSerial({ year, month, day })!;

describe("training expiry: completed on + renew every (months)", () => {
  test("keeps the day of the month", () => {
    expect(trainingExpiry(d(2025, 3, 14), 36)).toBe(d(2028, 3, 14));
    expect(trainingExpiry(d(2025, 11, 30), 1)).toBe(d(2025, 12, 30));
  });

  test("a month without that day ends on its last day: 31 January + 1 month", () => {
    expect(trainingExpiry(d(2025, 1, 31), 1)).toBe(d(2025, 2, 28));
    expect(trainingExpiry(d(2024, 1, 31), 1)).toBe(d(2024, 2, 29)); // leap year
    expect(trainingExpiry(d(2025, 8, 31), 1)).toBe(d(2025, 9, 30));
  });

  test("29 February + 12 months is 28 February; + 48 months is 29 February again", () => {
    expect(trainingExpiry(d(2024, 2, 29), 12)).toBe(d(2025, 2, 28));
    expect(trainingExpiry(d(2024, 2, 29), 48)).toBe(d(2028, 2, 29));
  });

  test("crosses the year end, and drops a time of day", () => {
    expect(trainingExpiry(d(2025, 12, 15), 1)).toBe(d(2026, 1, 15));
    expect(trainingExpiry(d(2025, 12, 15) + 0.75, 2)).toBe(d(2026, 2, 15));
  });

  test("no renewal period gives no expiry", () => {
    expect(trainingExpiry(d(2025, 1, 1), 0)).toBeNull();
    expect(trainingExpiry(d(2025, 1, 1), Number.NaN)).toBeNull();
  });
});

describe("warning lapse: 6 or 12 months from the day it was given", () => {
  test("six months from 31 August is 28 February (29 in a leap year)", () => {
    expect(warningLapse(d(2025, 8, 31), 6)).toBe(d(2026, 2, 28));
    expect(warningLapse(d(2027, 8, 31), 6)).toBe(d(2028, 2, 29));
  });

  test("twelve months keeps the date; from 29 February it is 28 February", () => {
    expect(warningLapse(d(2026, 3, 10), 12)).toBe(d(2027, 3, 10));
    expect(warningLapse(d(2028, 2, 29), 12)).toBe(d(2029, 2, 28));
  });
});

describe("last working day from the notice period", () => {
  test("weeks: the same weekday, notice running from the next day", () => {
    // Notice given Monday 2 Nov 2026; one week runs to Monday 9 Nov.
    expect(lastWorkingDay(d(2026, 11, 2), { amount: 1, unit: "weeks" })).toBe(d(2026, 11, 9));
    expect(lastWorkingDay(d(2026, 12, 21), { amount: 4, unit: "weeks" })).toBe(d(2027, 1, 18));
    // Across 29 February 2028.
    expect(lastWorkingDay(d(2028, 2, 22), { amount: 1, unit: "weeks" })).toBe(d(2028, 2, 29));
  });

  test("months: the same day of the month, or the month's last day", () => {
    expect(lastWorkingDay(d(2026, 1, 31), { amount: 1, unit: "months" })).toBe(d(2026, 2, 28));
    expect(lastWorkingDay(d(2028, 1, 30), { amount: 1, unit: "months" })).toBe(d(2028, 2, 29));
    expect(lastWorkingDay(d(2026, 10, 15), { amount: 3, unit: "months" })).toBe(d(2027, 1, 15));
  });

  test("a notice of no length ends the day it is given; a negative one is refused", () => {
    expect(lastWorkingDay(d(2026, 5, 5), { amount: 0, unit: "weeks" })).toBe(d(2026, 5, 5));
    expect(lastWorkingDay(d(2026, 5, 5), { amount: -1, unit: "weeks" })).toBeNull();
  });
});

describe("retention date: years after leaving", () => {
  test("the same date, 29 February becoming 28 February", () => {
    expect(retentionDate(d(2026, 6, 30), 6)).toBe(d(2032, 6, 30));
    expect(retentionDate(d(2028, 2, 29), 1)).toBe(d(2029, 2, 28));
    expect(retentionDate(d(2028, 2, 29), 4)).toBe(d(2032, 2, 29));
  });

  test("a fractional or negative number of years is refused", () => {
    expect(retentionDate(d(2026, 6, 30), 1.5)).toBeNull();
    expect(retentionDate(d(2026, 6, 30), -1)).toBeNull();
  });
});
