import {
  convertSerial,
  dateToSerial,
  formatSerial,
  partsToSerial,
  serialToDate,
  serialToParts,
  todaySerial,
} from "../../../src/core/cells/excelDates";

describe("Excel date serials, 1900 system", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [60, "1900-02-29"], // Excel's leap-year bug: a day that never was
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [45000, "2023-03-15"],
    [46095, "2026-03-14"],
    [2958465, "9999-12-31"],
  ])("serial %d is %s, and back", (serial, text) => {
    expect(formatSerial(serial)).toBe(text);
    const [year, month, day] = text.split("-").map(Number);
    expect(partsToSerial({ year, month, day })).toBe(serial);
  });

  it("serial 60 has no JS Date, its neighbours do", () => {
    expect(serialToDate(60)).toBeNull();
    expect(serialToDate(59)!.toISOString()).toBe("1900-02-28T00:00:00.000Z");
    expect(serialToDate(61)!.toISOString()).toBe("1900-03-01T00:00:00.000Z");
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
  });

  it("keeps the time of day", () => {
    expect(serialToParts(46095.75)).toEqual({
      year: 2026,
      month: 3,
      day: 14,
      hours: 18,
      minutes: 0,
      seconds: 0,
    });
    expect(formatSerial(46095.3958333333, true)).toBe("2026-03-14 09:30");
    expect(partsToSerial({ year: 2026, month: 3, day: 14, hours: 12 })).toBe(46095.5);
    expect(dateToSerial(new Date(Date.UTC(2026, 2, 14, 6)))).toBe(46095.25);
  });

  it("rounds a time a hair before midnight to the next day", () => {
    expect(formatSerial(46095.999999999, true)).toBe("2026-03-15 00:00");
  });

  it("rejects what Excel cannot show as a date", () => {
    expect(serialToParts(0)).toBeNull();
    expect(serialToParts(-1)).toBeNull();
    expect(serialToParts(2958466)).toBeNull();
    expect(serialToParts(Number.NaN)).toBeNull();
    expect(partsToSerial({ year: 2026, month: 2, day: 29 })).toBeNull();
    expect(partsToSerial({ year: 1899, month: 12, day: 31 })).toBeNull();
    expect(dateToSerial(new Date("nonsense"))).toBeNull();
  });
});

describe("Excel date serials, 1904 system", () => {
  it("counts from 1904-01-01 = 0", () => {
    expect(formatSerial(0, false, 1904)).toBe("1904-01-01");
    expect(partsToSerial({ year: 2026, month: 3, day: 14 }, 1904)).toBe(46095 - 1462);
    expect(formatSerial(46095 - 1462, false, 1904)).toBe("2026-03-14");
    expect(serialToDate(1, 1904)!.toISOString()).toBe("1904-01-02T00:00:00.000Z");
  });

  it("has no bug day, and converts to and from the 1900 system", () => {
    expect(partsToSerial({ year: 1900, month: 2, day: 29 }, 1904)).toBeNull();
    expect(convertSerial(46095, 1900, 1904)).toBe(44633);
    expect(convertSerial(44633, 1904, 1900)).toBe(46095);
  });
});

it("today's serial uses the local calendar date", () => {
  expect(todaySerial(new Date(2026, 2, 14, 23, 59))).toBe(46095);
});
