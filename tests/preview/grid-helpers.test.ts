import { columnIndex, columnLetters } from "../../src/core/cells/a1";
import { cellAddress, parseRange, rangeAddress } from "../../src/preview/grid/a1";
import { displayText, formulaBarText, isDateFormat } from "../../src/preview/grid/cellText";
import { scrollToShow, visibleRows } from "../../src/preview/grid/rowWindow";
import { pointsToPixels, sheetLayout, tableRoleAt } from "../../src/preview/grid/sheetLayout";

describe("A1 helpers", () => {
  it("names columns like Excel", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    for (const n of [0, 25, 26, 701, 702, 16383]) expect(columnIndex(columnLetters(n))).toBe(n);
  });

  it("addresses cells from 0-based row and column", () => {
    expect(cellAddress(0, 0)).toBe("A1");
    expect(cellAddress(2, 1)).toBe("B3");
    expect(cellAddress(99, 27)).toBe("AB100");
  });

  it("parses the range forms the simulator reports", () => {
    expect(parseRange("Supplies!A1:M32")).toEqual({ r0: 0, c0: 0, r1: 31, c1: 12 });
    expect(parseRange("'Service history'!$B$2")).toEqual({ r0: 1, c0: 1, r1: 1, c1: 1 });
    expect(parseRange("C5:A1")).toEqual({ r0: 0, c0: 0, r1: 4, c1: 2 });
    expect(parseRange("A1:")).toBeUndefined();
  });

  it("reads and writes whole columns and rows as Excel does", () => {
    expect(parseRange("Supplies!E:C")).toEqual({ r0: 0, c0: 2, r1: 1_048_575, c1: 4 });
    expect(parseRange("2:5")).toEqual({ r0: 1, c0: 0, r1: 4, c1: 16_383 });
    for (const a of ["C:E", "2:5", "B3", "A1:C3"]) expect(rangeAddress(parseRange(a)!)).toBe(a);
  });
});

describe("row window", () => {
  it("draws only the rows in view plus a margin", () => {
    expect(visibleRows(0, 240, 24, 1000, 5)).toEqual({ start: 0, end: 15 });
    expect(visibleRows(2400, 240, 24, 1000, 5)).toEqual({ start: 95, end: 115 });
    expect(visibleRows(23_900, 240, 24, 1000, 5)).toEqual({ start: 990, end: 1000 });
  });

  it("assumes a viewport before layout so something is drawn", () => {
    expect(visibleRows(0, 0, 24, 1000, 0, 600)).toEqual({ start: 0, end: 25 });
  });

  it("scrolls just enough to show a row", () => {
    // viewport 240 px with a 24 px sticky header: 216 px of rows visible
    expect(scrollToShow(3, 0, 240, 24, 24)).toBe(0);
    expect(scrollToShow(20, 0, 240, 24, 24)).toBe(21 * 24 - 216);
    expect(scrollToShow(2, 480, 240, 24, 24)).toBe(48);
  });
});

describe("cell text", () => {
  it("recognises date formats but not number or currency formats", () => {
    expect(isDateFormat("d mmm yyyy")).toBe(true);
    expect(isDateFormat("yyyy-mm-dd hh:mm")).toBe(true);
    expect(isDateFormat("$#,##0.00")).toBe(false);
    expect(isDateFormat('0.0 "days"')).toBe(false);
    expect(isDateFormat("General")).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
  });

  it("shows formulas, dates as dates, and other values as typed in the formula bar", () => {
    expect(formulaBarText({ value: 30, formula: "=B2*C2", text: "30" })).toBe("=B2*C2");
    expect(formulaBarText({ value: 46328, numberFormat: "d mmm yyyy", text: "2 Nov 2026" })).toBe(
      "2 Nov 2026",
    );
    expect(formulaBarText({ value: 4.95, numberFormat: "$#,##0.00", text: "$4.95" })).toBe("4.95");
    expect(formulaBarText({ value: true })).toBe("TRUE");
    expect(formulaBarText({ value: null })).toBe("");
    expect(formulaBarText(undefined)).toBe("");
  });

  it("shows the formatted text in the grid", () => {
    expect(displayText({ value: 4.95, text: "$4.95" })).toBe("$4.95");
    expect(displayText({ value: false })).toBe("FALSE");
    expect(displayText({ value: null, text: "" })).toBe("");
  });
});

describe("sheet layout", () => {
  it("converts column widths from points and finds table header and banded rows", () => {
    const layout = sheetLayout(
      {
        merges: ["A40:C40"],
        columnWidths: { 1: 120 },
        tables: [{ name: "Inventory", address: "Inventory!A1:C4" }],
      },
      4,
    );
    expect(layout.columnWidths[1]).toBe(pointsToPixels(120));
    expect(pointsToPixels(120)).toBe(160);
    expect(layout.merges).toEqual([{ r0: 39, c0: 0, r1: 39, c1: 2 }]);
    expect(tableRoleAt(layout.tables, 0, 1)).toEqual({ role: "header", table: "Inventory" });
    expect(tableRoleAt(layout.tables, 1, 1)?.role).toBe("band");
    expect(tableRoleAt(layout.tables, 2, 1)?.role).toBe("body");
    expect(tableRoleAt(layout.tables, 0, 3)).toBeUndefined();
  });
});
