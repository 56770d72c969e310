// Functions of single values given an array, as Excel 2021 lifts them: one result per element (YEAR of
// a column, FIND of an array of texts), which SUMPRODUCT then adds; SUBSTITUTE (empty in the parser);
// and the date parts of serial 0, which Excel shows as 0 January 1900.
import { attachFormulaEngine } from "../../../src/preview/formulas/engine";
import { SimWorkbook } from "../../../src/preview/simulator";

/** People (A1:C5): a role with a space, one without a role or date, a date typed as text. */
function people() {
  const wb = new SimWorkbook();
  wb.addSheet("People");
  wb.setValues("People", "A1", [
    ["Name", "Role", "Completed"],
    ["Ana", "Office manager", 45688], // 31 January 2025
    ["Ben", "Driver", 45100],
    ["Chloe", null, null],
    ["Dev", "driver", "soon"],
  ]);
  wb.addTable("People", "A1:C5", "People");
  attachFormulaEngine(wb);
  const value = (formula: string) => {
    wb.setValues("People", "H1", [[formula]]);
    return wb.getValues("People", "H1")[0][0];
  };
  return { wb, value };
}

describe("functions of single values lifted over arrays", () => {
  test("text functions: one answer per row, so a role can be looked for in a list", () => {
    const { value } = people();
    const roleKey = '","&SUBSTITUTE(UPPER(People[Role])," ","")&","';
    // Ana (Office manager), Ben and Dev (driver, any case); Chloe's empty role is ",," and not listed.
    expect(value(`=SUMPRODUCT(--ISNUMBER(FIND(${roleKey},",OFFICEMANAGER,DRIVER,")))`)).toBe(3);
    expect(value(`=SUMPRODUCT(--ISNUMBER(FIND(${roleKey},",DRIVER,")))`)).toBe(2);
    expect(value('=SUMPRODUCT(--ISNUMBER(SEARCH("man",People[Role])))')).toBe(1);
    expect(value("=SUMPRODUCT(LEN(TRIM(People[Name])))")).toBe(3 + 3 + 5 + 3);
    expect(value("=SUMPRODUCT(LEN(UPPER(People[Role])))")).toBe(14 + 6 + 0 + 6);
  });

  test("date parts and DATE: the month after each date, end of month clamped by the smaller of two", () => {
    const { value } = people();
    const c = "People[Completed]";
    // Ben's next month, plus Chloe's blank (0: DATE(1900,2,0) is 31); Dev's text makes #VALUE!.
    expect(value(`=SUMPRODUCT(DATE(YEAR(${c}),MONTH(${c})+1,DAY(${c})))`)).toBe("#VALUE!");
    const plain = `IFERROR(DATE(YEAR(${c}),MONTH(${c})+1,DAY(${c})),0)`;
    // 31 January 2025 + 1 month runs over to 3 March: DATE does not clamp.
    expect(value(`=SUMPRODUCT((People[Name]="Ana")*${plain})`)).toBe(45688 + 31);
    const lastDay = `IFERROR(DATE(YEAR(${c}),MONTH(${c})+2,0),0)`;
    expect(value(`=SUMPRODUCT((People[Name]="Ana")*${lastDay})`)).toBe(45716); // 28 February 2025
    // Before 1 March 2025 (45717) by either form: Ana's expiry (28 February) is.
    const before = (x: number) => `((${plain}<${x})+(${lastDay}<${x})>0)`;
    expect(value(`=SUMPRODUCT((People[Name]="Ana")*${before(45717)})`)).toBe(1);
    expect(value(`=SUMPRODUCT((People[Name]="Ana")*${before(45716)})`)).toBe(0);
    // Dev's "soon"/1000 is #VALUE!, as in Excel; IFERROR keeps it out.
    expect(value("=SUMPRODUCT(INT(People[Completed]/1000))")).toBe("#VALUE!");
    expect(value("=SUMPRODUCT(IFERROR(INT(People[Completed]/1000),0))")).toBe(45 + 45);
  });

  test("a single value still gives a single value; an error in one element stays in that element", () => {
    const { value } = people();
    expect(value('=FIND("d","Ben and Dev")')).toBe(7);
    expect(value('=YEAR("soon")')).toBe("#VALUE!");
    expect(value("=SUMPRODUCT(IFERROR(YEAR(People[Completed]),0))")).toBe(2025 + 2023 + 1900);
  });

  test("YEAR, MONTH and DAY of 0 or an empty cell are 1900, 1 and 0; SUBSTITUTE of an empty cell is empty, INT of it 0", () => {
    const { value } = people();
    expect([value("=YEAR(0)"), value("=MONTH(0)"), value("=DAY(0)")]).toEqual([1900, 1, 0]);
    expect([value("=YEAR(C4)"), value("=MONTH(C4)"), value("=DAY(C4)")]).toEqual([1900, 1, 0]);
    expect(value("=YEAR(45688)*10000+MONTH(45688)*100+DAY(45688)")).toBe(20250131);
    expect(value('=SUBSTITUTE(B4,"a","b")&"|"')).toBe("|");
    expect(value('=SUBSTITUTE("Office manager"," ","")')).toBe("Officemanager");
    expect(value('=SUBSTITUTE("a-a-a","-","+",2)')).toBe("a-a+a");
    expect([value("=INT(C4)"), value("=INT(-1.5)"), value('=INT("x")')]).toEqual([0, -2, "#VALUE!"]);
  });

  test("LOWER of an empty cell is empty text, as in Excel; of a column, one answer per row", () => {
    const { value } = people();
    expect(value('=LOWER(B4)&"|"')).toBe("|");
    expect(value("=LOWER(B2)")).toBe("office manager");
    expect(value("=LOWER(TRUE)")).toBe("true");
    expect(value('=SUMPRODUCT(--(LOWER(People[Role])="driver"))')).toBe(2);
    expect(value("=SUMPRODUCT(LEN(LOWER(People[Role])))")).toBe(14 + 6 + 0 + 6);
  });

  test("TRIM of an empty cell is empty and keeps single spaces inside; TRANSPOSE of one cell is that cell", () => {
    const { value } = people();
    expect(value('=TRIM(B4)&"|"')).toBe("|");
    expect(value('=TRIM("  Office   manager ")')).toBe("Office manager");
    expect(value("=SUMPRODUCT(LEN(TRIM(People[Role])))")).toBe(14 + 6 + 0 + 6);
    expect(value("=SUMPRODUCT(LEN(TRANSPOSE(People[[#Data],[Role]])))")).toBe(14 + 6 + 0 + 6);
    expect(value('=SUMPRODUCT((TRANSPOSE(B2)="Office manager")*1)')).toBe(1);
    // A row of roles against a column of names: a table of 4 × 4 comparisons.
    expect(value('=SUMPRODUCT((People[Name]<>"")*(TRANSPOSE(People[Role])<>""))')).toBe(4 * 3);
  });
});
