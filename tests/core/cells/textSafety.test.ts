import {
  asLiteralCellValue,
  isRiskyText,
  literalText,
  wouldExcelConvert,
} from "../../../src/core/cells/textSafety";
import { col } from "../../../src/core/registers/columnDefaults";

const notes = col("notes", "Notes", "longText");
const phone = col("phone", "Phone", "phone");
const onHand = col("onHand", "On hand", "number");
const date = col("d", "Last counted", "date");

describe("text safety", () => {
  it.each([
    "=1+1",
    '=HYPERLINK("http://x")',
    "+44 20 7946 0018",
    "-5 boxes short",
    "@SUM(A1)",
    "\t=cmd",
    "\r=cmd",
    "＝1+1",
  ])("%j is risky and is written with an apostrophe in front", (text) => {
    expect(isRiskyText(text)).toBe(true);
    expect(asLiteralCellValue(text, notes)).toBe(`'${text}`);
  });

  it.each(["Toner for the 3rd floor", "Ann O'Neill", "", "  = spaced", "ok="])(
    "%j is safe as it is",
    (text) => {
      expect(isRiskyText(text)).toBe(false);
      expect(asLiteralCellValue(text, notes)).toBe(text);
    },
  );

  it("protects text that Excel would turn into a number, date or boolean", () => {
    for (const text of ["0012", "3/4", "1-2", "14 Mar 2026", "TRUE", "12%", "$5", "(12)", "1e5", "9:30"]) {
      expect(wouldExcelConvert(text)).toBe(true);
      expect(literalText(text)).toBe(`'${text}`);
    }
    // A leading apostrophe is Excel's own text marker, so text that starts with one gets a second.
    expect(literalText("'quoted'")).toBe("''quoted'");
  });

  it("writes phone numbers as text so +44 and leading zeros survive", () => {
    expect(asLiteralCellValue("+44 20 7946 0018", phone)).toBe("'+44 20 7946 0018");
    expect(asLiteralCellValue("07700 900123", phone)).toBe("'07700 900123");
  });

  it("keeps numbers and booleans as they are, and writes numeric text as a number in number columns", () => {
    expect(asLiteralCellValue(12, notes)).toBe(12);
    expect(asLiteralCellValue(false, notes)).toBe(false);
    expect(asLiteralCellValue("-5", onHand)).toBe(-5);
    expect(asLiteralCellValue("1,200", onHand)).toBe(1200);
    expect(asLiteralCellValue("2026-03-14", date)).toBe(46095);
    // Not a number: written as literal text, never as a formula.
    expect(asLiteralCellValue("=A1*2", onHand)).toBe("'=A1*2");
    expect(asLiteralCellValue("03/04/2026", date)).toBe("'03/04/2026");
  });

  it("clears blanks with an empty string (null would leave the cell unchanged)", () => {
    expect(asLiteralCellValue(null, notes)).toBe("");
    expect(asLiteralCellValue(undefined)).toBe("");
    expect(asLiteralCellValue(Number.NaN)).toBe("");
  });

  it("treats extra columns (no definition) as text", () => {
    expect(asLiteralCellValue("=1+1")).toBe("'=1+1");
    expect(asLiteralCellValue("Hello")).toBe("Hello");
  });
});
