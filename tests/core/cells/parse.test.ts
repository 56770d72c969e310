import { inferDateOrder, parseDateText } from "../../../src/core/cells/parseDate";
import { parseNumberText } from "../../../src/core/cells/parseNumber";

describe("numbers written as text", () => {
  it.each([
    ["12", 12],
    [" 3 ", 3],
    ["1,200", 1200],
    ["1,200.50", 1200.5],
    ["1 200", 1200],
    ["1.200,50", 1200.5],
    ["4,50", 4.5],
    ["$4.50", 4.5],
    ["€ 12", 12],
    ["12 EUR", 12],
    ["-$4.50", -4.5],
    ["(12.00)", -12],
    ["+7", 7],
    ["12%", 0.12],
    [".5", 0.5],
    ["1e3", 1000],
  ])("%j is %d", (text, value) => {
    expect(parseNumberText(text)).toBe(value);
  });

  it.each(["twelve", "", "12 pcs", "1,2,3", "12 3", "$", "1/2", "--3", "0x10"])(
    "%j is not a number",
    (text) => {
      expect(parseNumberText(text)).toBeNull();
    },
  );
});

describe("dates written as text", () => {
  const serial = (text: string, order?: "mdy" | "dmy") => {
    const r = parseDateText(text, 1900, order);
    return r.kind === "date" ? r.serial : r.kind;
  };

  it.each([
    ["2026-03-14", 46095],
    ["2026/03/14", 46095],
    ["3/14/2026", 46095],
    ["14/3/2026", 46095],
    ["14.03.2026", 46095],
    ["14.03.26", 46095],
    ["14 Mar 2026", 46095],
    ["March 14, 2026", 46095],
    ["14-Mar-2026", 46095],
    ["2026-03-14T12:00:00", 46095.5],
    ["2026-03-14 18:00", 46095.75],
    ["3/14/2026 6:00 PM", 46095.75],
    ["14.03.2026 06:00", 46095.25],
    ["4/4/2026", 46116],
  ])("%j is serial %d", (text, value) => {
    expect(serial(text)).toBeCloseTo(value, 9);
  });

  it("reports 03/04/2026 as ambiguous instead of guessing, and reads it when told the order", () => {
    expect(parseDateText("03/04/2026")).toEqual({ kind: "ambiguous", monthFirst: 46085, dayFirst: 46115 });
    expect(serial("03/04/2026", "mdy")).toBe(46085);
    expect(serial("03/04/2026", "dmy")).toBe(46115);
  });

  // Day-first dates as a UK sheet types them, read in the order its column settled (pinned serials:
  // days since 30 Dec 1899, counted by hand from the calendar).
  it.each([
    ["14/11/2026", "dmy", 46340],
    ["14/11/2026", undefined, 46340],
    ["04/03/2026", "dmy", 46085],
    ["25/03/2026", undefined, 46106],
    ["29/02/2024", "dmy", 45351],
    ["29/02/2024", undefined, 45351],
  ] as const)("day-first %j (order %s) is serial %d", (text, order, value) => {
    expect(serial(text, order)).toBe(value);
  });

  it.each([
    ["31/04/2026", "dmy"],
    ["31/04/2026", undefined],
    ["29/02/2025", "dmy"],
    ["14/11/2026", "mdy"],
  ] as const)("%j read with order %s is not a date (no such day)", (text, order) => {
    expect(serial(text, order)).toBe("none");
  });

  it("reads two-digit years as Excel does (29 → 2029, 30 → 1930)", () => {
    expect(serial("1.1.29")).toBe(partsSerial(2029));
    expect(serial("1.1.30")).toBe(partsSerial(1930));
  });

  it("counts from 1904 in 1904 workbooks", () => {
    expect(parseDateText("2026-03-14", 1904)).toEqual({ kind: "date", serial: 46095 - 1462 });
  });

  it.each(["2026-02-30", "31.04.2026", "13/13/2026", "next week", "2026-03-14 25:00", "12", "0:30"])(
    "%j is not a date",
    (text) => {
      expect(serial(text)).toBe("none");
    },
  );
});

function partsSerial(year: number): number {
  // 1 January of `year` in the 1900 system: days since 1899-12-30.
  return Math.round((Date.UTC(year, 0, 1) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

describe("inferDateOrder", () => {
  it("reads the order from the dates that can only be one way", () => {
    expect(inferDateOrder(["03/04/2026", "14/03/2026", 46095, null])).toEqual({
      order: "dmy",
      monthFirst: 0,
      dayFirst: 1,
      conflicting: false,
    });
    expect(inferDateOrder(["3/14/2026", "03/04/2026"])).toMatchObject({ order: "mdy" });
  });

  it("infers nothing from ambiguous dates alone, or from a column that mixes both", () => {
    expect(inferDateOrder(["03/04/2026", "05/06/2026"]).order).toBeUndefined();
    expect(inferDateOrder(["3/14/2026", "14/3/2026"])).toEqual({
      monthFirst: 1,
      dayFirst: 1,
      conflicting: true,
    });
  });
});
