// The criteria functions (COUNTIF(S), SUMIF(S), AVERAGEIF(S), MINIFS, MAXIFS) on the preview's engine:
// the worked examples of Microsoft's function reference pages, then Excel's matching rules one by one
// (blanks, empty text, case, wildcards, numbers as text, logicals, errors, dates) and the error rule
// for the value range (an error counts only in a row that matches).
import { attachFormulaEngine } from "../../../src/preview/formulas/engine";
import { SimWorkbook } from "../../../src/preview/simulator";
import { todaySerial } from "../../../src/core/cells/excelDates";

const serial = (y: number, m: number, d: number) => todaySerial(new Date(y, m - 1, d));

/** A sheet with `rows` from A1, the engine attached; `value` reads one cell as the grid shows it. */
function book(rows: unknown[][]) {
  const wb = new SimWorkbook();
  wb.addSheet("Sheet1");
  wb.setValues("Sheet1", "A1", rows);
  attachFormulaEngine(wb, { now: () => new Date(2026, 2, 15) });
  const value = (formula: string) => {
    wb.setValues("Sheet1", "Z1", [[formula]]);
    return wb.getValues("Sheet1", "Z1")[0][0];
  };
  return { wb, value };
}

describe("Microsoft's worked examples", () => {
  test("COUNTIF (support.microsoft.com, COUNTIF function)", () => {
    const { value } = book([
      ["Data", "Data"],
      ["apples", 32],
      ["oranges", 54],
      ["peaches", 75],
      ["apples", 86],
    ]);
    expect(value('=COUNTIF(A2:A5,"apples")')).toBe(2);
    expect(value("=COUNTIF(A2:A5,A4)")).toBe(1);
    expect(value("=COUNTIF(A2:A5,A2)+COUNTIF(A2:A5,A3)")).toBe(3);
    expect(value('=COUNTIF(B2:B5,">55")')).toBe(2);
    expect(value('=COUNTIF(B2:B5,"<>"&B4)')).toBe(3);
    expect(value('=COUNTIF(B2:B5,">=32")-COUNTIF(B2:B5,">85")')).toBe(3);
    expect(value('=COUNTIF(A2:A5,"*")')).toBe(4);
    expect(value('=COUNTIF(A2:A5,"?????es")')).toBe(2);
  });

  test("COUNTIFS (support.microsoft.com, COUNTIFS function), dates typed into the criterion too", () => {
    const quotas = book([
      ["Salesperson", "Exceeded Q1 quota", "Exceeded Q2 quota", "Exceeded Q3 quota"],
      ["Davidoski", "Yes", "No", "No"],
      ["Burke", "Yes", "Yes", "No"],
      ["Sundaram", "Yes", "Yes", "Yes"],
      ["Levitan", "No", "Yes", "Yes"],
    ]);
    expect(quotas.value('=COUNTIFS(B2:D2,"=Yes")')).toBe(1);
    expect(quotas.value('=COUNTIFS(B2:B5,"=Yes",C2:C5,"=Yes")')).toBe(2);
    expect(quotas.value('=COUNTIFS(B5:D5,"=Yes",B3:D3,"=Yes")')).toBe(1);
    const dates = book([["Data"], ...[1, 2, 3, 4, 5, 6].map((n) => [n, serial(2011, 5, n)])]);
    expect(dates.value('=COUNTIFS(A2:A7,"<6",A2:A7,">1")')).toBe(4);
    expect(dates.value('=COUNTIFS(A2:A7,"<5",B2:B7,"<5/3/2011")')).toBe(2);
    expect(dates.value('=COUNTIFS(A2:A7,"<"&A6,B2:B7,"<"&B4)')).toBe(2);
  });

  test("SUMIF (support.microsoft.com, SUMIF function), a blank category included", () => {
    const property = book([
      ["Property Value", "Commission", "Data"],
      [100000, 7000, 250000],
      [200000, 14000],
      [300000, 21000],
      [400000, 28000],
    ]);
    expect(property.value('=SUMIF(A2:A5,">160000",B2:B5)')).toBe(63000);
    expect(property.value('=SUMIF(A2:A5,">160000")')).toBe(900000);
    expect(property.value("=SUMIF(A2:A5,300000,B2:B5)")).toBe(21000);
    expect(property.value('=SUMIF(A2:A5,">"&C2,B2:B5)')).toBe(49000);
    const food = book([
      ["Category", "Food", "Sales"],
      ["Vegetables", "Tomatoes", 2300],
      ["Vegetables", "Celery", 5500],
      ["Fruits", "Oranges", 800],
      [null, "Butter", 400],
      ["Vegetables", "Carrots", 4200],
      ["Fruits", "Apples", 1200],
    ]);
    expect(food.value('=SUMIF(A2:A7,"Fruits",C2:C7)')).toBe(2000);
    expect(food.value('=SUMIF(A2:A7,"Vegetables",C2:C7)')).toBe(12000);
    expect(food.value('=SUMIF(B2:B7,"*es",C2:C7)')).toBe(4300);
    expect(food.value('=SUMIF(A2:A7,"",C2:C7)')).toBe(400);
  });

  test("SUMIFS (support.microsoft.com, SUMIFS function)", () => {
    const { value } = book([
      ["Quantity Sold", "Product", "Salesperson"],
      [5, "Apples", "Tom"],
      [4, "Apples", "Sarah"],
      [15, "Artichokes", "Tom"],
      [3, "Artichokes", "Sarah"],
      [22, "Bananas", "Tom"],
      [12, "Bananas", "Sarah"],
      [10, "Carrots", "Tom"],
      [33, "Carrots", "Sarah"],
    ]);
    expect(value('=SUMIFS(A2:A9, B2:B9, "=A*", C2:C9, "Tom")')).toBe(20);
    expect(value('=SUMIFS(A2:A9, B2:B9, "<>Bananas", C2:C9, "Tom")')).toBe(30);
  });

  test("AVERAGEIF (support.microsoft.com, AVERAGEIF function)", () => {
    const property = book([
      ["Property Value", "Commission"],
      [100000, 7000],
      [200000, 14000],
      [300000, 21000],
      [400000, 28000],
    ]);
    expect(property.value('=AVERAGEIF(B2:B5,"<23000")')).toBe(14000);
    expect(property.value('=AVERAGEIF(A2:A5,"<250000")')).toBe(150000);
    expect(property.value('=AVERAGEIF(A2:A5,"<95000")')).toBe("#DIV/0!");
    expect(property.value('=AVERAGEIF(A2:A5,">250000",B2:B5)')).toBe(24500);
    const regions = book([
      ["Region", "Profits (Thousands)"],
      ["East", 45678],
      ["West", 23789],
      ["North", -4789],
      ["South (New Office)", 0],
      ["MidWest", 9678],
    ]);
    expect(regions.value('=AVERAGEIF(A2:A6,"=*West",B2:B6)')).toBe(16733.5);
    expect(regions.value('=AVERAGEIF(A2:A6,"<>*(New Office)",B2:B6)')).toBe(18589);
  });

  test("AVERAGEIFS (support.microsoft.com, AVERAGEIFS function): text in the value range is skipped", () => {
    const grades = book([
      ["Student", "First", "Second", "Final"],
      ["Emilio", 75, 85, 87],
      ["Julie", 94, 80, 88],
      ["Hans", 86, 93, "Incomplete"],
      ["Frederique", "Incomplete", 75, 75],
    ]);
    expect(grades.value('=AVERAGEIFS(B2:B5, B2:B5, ">70", B2:B5, "<90")')).toBe(80.5);
    expect(grades.value('=AVERAGEIFS(C2:C5, C2:C5, ">95")')).toBe("#DIV/0!");
    expect(grades.value('=AVERAGEIFS(D2:D5, D2:D5, "<>Incomplete", D2:D5, ">80")')).toBe(87.5);
    const houses = book([
      ["Type", "Price", "Town", "Number of Bedrooms", "Garage?"],
      ["Cozy Rambler", 230000, "Issaquah", 3, "No"],
      ["Snug Bungalow", 197000, "Bellevue", 2, "Yes"],
      ["Cool Cape Codder", 345678, "Bellevue", 4, "Yes"],
      ["Splendid Split Level", 321900, "Issaquah", 2, "Yes"],
      ["Exclusive Tudor", 450000, "Bellevue", 5, "Yes"],
      ["Classy Colonial", 395000, "Bellevue", 4, "No"],
    ]);
    expect(houses.value('=AVERAGEIFS(B2:B7, C2:C7, "Bellevue", D2:D7, ">2",E2:E7, "Yes")')).toBe(397839);
    expect(houses.value('=AVERAGEIFS(B2:B7, C2:C7, "Issaquah", D2:D7, "<=3",E2:E7, "No")')).toBe(230000);
  });

  test("MINIFS and MAXIFS (support.microsoft.com, MINIFS / MAXIFS function); none matching gives 0", () => {
    const { value } = book([
      ["Grade", "Weight"],
      [89, 1],
      [93, 2],
      [96, 2],
      [85, 3],
      [91, 1],
      [88, 1],
    ]);
    expect(value("=MINIFS(A2:A7,B2:B7,1)")).toBe(88);
    expect(value("=MAXIFS(A2:A7,B2:B7,1)")).toBe(91);
    expect(value("=MAXIFS(A2:A7,B2:B7,9)")).toBe(0);
  });
});

describe("how a criterion matches a cell", () => {
  // A1:A12: a blank, "" from a formula, 0, "0", 5, "5", " ", TRUE, "TRUE", "apples", "APPLES", #N/A
  // (book() stores strings as they are: "0" is text).
  const CELLS = [
    [null],
    ['=""'],
    [0],
    ["0"],
    [5],
    ["5"],
    [" "],
    [true],
    ["TRUE"],
    ["apples"],
    ["APPLES"],
    ["#N/A"],
  ];
  const count = (criterion: string) => book(CELLS).value(`=COUNTIF(A1:A12,${criterion})`);

  test('"" matches blank cells and empty text; "=" blank cells only; "<>" anything not blank', () => {
    expect(count('""')).toBe(2);
    expect(count('"="')).toBe(1);
    expect(count('"<>"')).toBe(11);
  });

  test("an empty cell given as the criterion is the number 0 (COUNTIFS' documented rule)", () => {
    expect(count("B1")).toBe(2); // 0 and "0", not the blank
  });

  test("text matches text only, whatever the case", () => {
    expect(count('"apples"')).toBe(2);
    expect(count('"=APPLES"')).toBe(2);
    expect(count('"<>apples"')).toBe(10); // the opposite of =, blanks and errors included
  });

  test("a number matches numbers and text that reads as that number, never a blank or a logical", () => {
    expect(count("5")).toBe(2);
    expect(count('"=5"')).toBe(2);
    expect(count('"<>5"')).toBe(10);
    expect(count("0")).toBe(2);
  });

  test('"<"&n and ">"&n compare numbers (and numeric text), never blanks, empty text, words or logicals', () => {
    expect(count('"<1"')).toBe(2); // 0 and "0"
    expect(count('">=0"')).toBe(4);
    expect(count('"<"&100')).toBe(4);
  });

  test("TRUE matches the logical only, not the text or 1", () => {
    expect(count("TRUE")).toBe(1);
    expect(count('"true"')).toBe(1);
    expect(count('"<>TRUE"')).toBe(11);
  });

  test("an error criterion matches that error", () => {
    expect(count('"#N/A"')).toBe(1);
    expect(count('"<>#N/A"')).toBe(11);
  });

  test("wildcards match text only; ~ makes * and ? literal", () => {
    const { value } = book([["a*c"], ["abc"], ["a?c"], [1], ["1"], ["a~c"]]);
    expect(value('=COUNTIF(A1:A6,"a*c")')).toBe(4);
    expect(value('=COUNTIF(A1:A6,"a~*c")')).toBe(1);
    expect(value('=COUNTIF(A1:A6,"a~?c")')).toBe(1);
    expect(value('=COUNTIF(A1:A6,"a~~c")')).toBe(1);
    expect(value('=COUNTIF(A1:A6,"?")')).toBe(1); // the text "1", not the number 1
    expect(value('=COUNTIF(A1:A6,"*")')).toBe(5);
    expect(value('=COUNTIF(A1:A6,"<>a*")')).toBe(2);
  });

  test("text compared with < and > is ordered without case; numbers are not text", () => {
    const { value } = book([["apple"], ["Banana"], ["cherry"], [1]]);
    expect(value('=COUNTIF(A1:A4,"<b")')).toBe(1);
    expect(value('=COUNTIF(A1:A4,">=BANANA")')).toBe(2);
  });

  test("dates compare as serials, from a date typed in the criterion or from DATE()", () => {
    const { value } = book([[serial(2026, 3, 1)], [serial(2026, 3, 15)], ["next week"], [null]]);
    expect(value('=COUNTIF(A1:A4,">=3/10/2026")')).toBe(1);
    expect(value('=COUNTIF(A1:A4,"<"&DATE(2026,3,15))')).toBe(1);
    expect(value('=COUNTIF(A1:A4,"<"&TODAY())')).toBe(1);
  });

  test("a whole column counts the blank rows past the data when blanks match", () => {
    const { value } = book([["x"], [null], ["y"]]);
    expect(value('=COUNTIF(A:A,"")')).toBe(1048576 - 2);
    expect(value('=COUNTIF(A:A,"<>")')).toBe(2);
  });

  test("a criterion given as an array gives one result per criterion", () => {
    const { value } = book([["a"], ["b"], ["a"], ["c"]]);
    expect(value('=SUM(COUNTIF(A1:A4,{"a","b"}))')).toBe(3);
  });
});

describe("errors", () => {
  const ROWS = [
    ["Supplier", "Value"],
    ["Acme", 10],
    ["acme", 5],
    ["Brill", "#VALUE!"],
    ["Acme", "n/a"],
    [null, 7],
  ];

  test("an error in the value range counts only in a row that matches", () => {
    const { value } = book(ROWS);
    expect(value('=SUMIFS(B2:B6,A2:A6,"Acme")')).toBe(15);
    expect(value('=SUMIF(A2:A6,"Acme",B2:B6)')).toBe(15);
    expect(value('=AVERAGEIFS(B2:B6,A2:A6,"Acme")')).toBe(7.5);
    expect(value('=MAXIFS(B2:B6,A2:A6,"Acme")')).toBe(10);
    expect(value('=SUMIFS(B2:B6,A2:A6,"")')).toBe(7);
    expect(value('=SUMIFS(B2:B6,A2:A6,"Brill")')).toBe("#VALUE!");
    expect(value('=SUMIF(A2:A6,"<>Acme",B2:B6)')).toBe("#VALUE!");
    expect(value('=MINIFS(B2:B6,A2:A6,"Brill")')).toBe("#VALUE!");
  });

  test("ranges of different shapes are #VALUE!; SUMIF reads its sum range in the criteria range's shape", () => {
    const { value } = book(ROWS);
    expect(value('=SUMIFS(B2:B6,A2:A5,"Acme")')).toBe("#VALUE!");
    expect(value('=COUNTIFS(A2:A6,"Acme",B2:B5,">0")')).toBe("#VALUE!");
    expect(value('=SUMIF(A2:A6,"Acme",B2)')).toBe(15);
  });

  test("an error given as the criterion is the result", () => {
    const { value } = book(ROWS);
    expect(value("=COUNTIF(A2:A6,B4)")).toBe("#VALUE!");
    expect(value("=SUMIFS(B2:B6,A2:A6,#N/A)")).toBe("#N/A");
  });
});
