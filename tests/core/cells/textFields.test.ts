// Fields of a text export that must stay the text they are when the file becomes a sheet.
import { keepFieldAsText } from "../../../src/core/cells/textFields";

describe("keepFieldAsText", () => {
  test.each([
    ["+44 20 7946 0000 ext. 12", "a phone with + and ext. (Excel would make a formula)"],
    ["+442079460000", "a phone with + and no spaces"],
    ["011919885912543", "a number dialled with leading zeros"],
    ["0803", "a part number with a leading zero"],
    ["02134", "a US postcode"],
    ["0044 20 7946 0000", "an international number written with 00"],
    ["1234567890123456789", "more digits than Excel keeps"],
    ["04/03/2026", "a date that could be 4 March or 3 April"],
    ["1/9/2017 16:33", "a date-time that could be day-first or month-first"],
    ["-", "a dash"],
    ["@home", "text starting with @"],
    ["-5 short", "text starting with -"],
  ])("%s stays text: %s", (field) => {
    expect(keepFieldAsText(field)).toBe(true);
  });

  test.each([
    ["12", "a plain number"],
    ["-5", "a negative number"],
    ["0", "zero"],
    ["0.5", "a decimal"],
    ["1,200.50", "a number with thousands"],
    ["13/9/2017 09:05", "a date only day-first can read (Excel leaves it text anyway)"],
    ["2026-03-04", "an ISO date"],
    ["=B2+B3", "a formula, which a file asks for with ="],
    ["Pens", "a word"],
    ["", "an empty field"],
  ])("%s is typed as Excel types it: %s", (field) => {
    expect(keepFieldAsText(field)).toBe(false);
  });
});
