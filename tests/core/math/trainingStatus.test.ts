import { partsToSerial } from "../../../src/core/cells/excelDates";
import { trainingStatus } from "../../../src/core/math";

const d = (year: number, month: number, day: number) => partsToSerial({ year, month, day })!;

describe("trainingStatus", () => {
  // First aid done 31 Jan 2024, renewed every 12 months: expires 31 Jan 2025.
  const done = d(2024, 1, 31);

  test("OK until warnDays before expiry, Due soon within them, Overdue the day after", () => {
    expect(trainingStatus(done, 12, 30, d(2024, 12, 31))).toBe("OK");
    expect(trainingStatus(done, 12, 30, d(2025, 1, 1))).toBe("Due soon");
    expect(trainingStatus(done, 12, 30, d(2025, 1, 31))).toBe("Due soon");
    expect(trainingStatus(done, 12, 30, d(2025, 2, 1))).toBe("Overdue");
  });

  test("the month-end clamp decides the day: done 31 Jan 2024, 1 month, expires 29 Feb 2024", () => {
    expect(trainingStatus(done, 1, 0, d(2024, 2, 29))).toBe("Due soon");
    expect(trainingStatus(done, 1, 0, d(2024, 3, 1))).toBe("Overdue");
    expect(trainingStatus(d(2025, 1, 31), 1, 0, d(2025, 3, 1))).toBe("Overdue");
    expect(trainingStatus(d(2025, 1, 31), 1, 0, d(2025, 2, 28))).toBe("Due soon");
  });

  test("never done: Never, whatever the other arguments", () => {
    expect(trainingStatus(null, 12, 30, d(2025, 1, 1))).toBe("Never");
  });

  test("warnDays defaults to 30; a time of day in asOf is ignored", () => {
    expect(trainingStatus(done, 12, undefined, d(2025, 1, 1))).toBe("Due soon");
    expect(trainingStatus(done, 12, undefined, d(2024, 12, 31) + 0.9)).toBe("OK");
  });

  test("bad input: #VALUE! for non-numbers, #NUM! for a renewal period that is not whole months above 0", () => {
    expect(trainingStatus(Number.NaN, 12, 30, d(2025, 1, 1))).toEqual({
      error: "#VALUE!",
      message: "completedOn must be a number",
    });
    expect(trainingStatus(done, 0, 30, d(2025, 1, 1))).toEqual({
      error: "#NUM!",
      message: "renewMonths must be a whole number of months above 0",
    });
    expect(trainingStatus(done, 1.5, 30, d(2025, 1, 1))).toMatchObject({ error: "#NUM!" });
    expect(trainingStatus(done, 12, -1, d(2025, 1, 1))).toMatchObject({ error: "#NUM!" });
  });
});
