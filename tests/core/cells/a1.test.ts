// A1 notation as Excel writes it: columns in bijective base 26 up to XFD, sheet names quoted when
// Excel would quote them.
import { columnIndex, columnLetters, quoteSheetName } from "../../../src/core/cells/a1";

test("column letters both ways, to Excel's last column XFD", () => {
  const pairs: [number, string][] = [
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ];
  for (const [index, letters] of pairs) {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  }
  expect(columnIndex("xfd")).toBe(16383);
});

test("sheet names are quoted when they have spaces, punctuation or read as a cell", () => {
  expect(quoteSheetName("Inventory")).toBe("Inventory");
  expect(quoteSheetName("Call_log.2026")).toBe("Call_log.2026");
  expect(quoteSheetName("My sheet")).toBe("'My sheet'");
  expect(quoteSheetName("O'Brien's")).toBe("'O''Brien''s'");
  expect(quoteSheetName("AB12")).toBe("'AB12'");
  expect(quoteSheetName("2026")).toBe("'2026'");
});
