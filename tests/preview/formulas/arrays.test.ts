// Array arithmetic as Excel 2021 evaluates it, on the preview's engine: operators element by element
// over whole table columns, SUMPRODUCT (its own rules for text and errors), IF/IFERROR/ISNUMBER over
// arrays, and MEDIAN(IF(…)) / AVERAGE(IF(…)). A formula whose result is an array shows its first element.
import { attachFormulaEngine } from "../../../src/preview/formulas/engine";
import { SimWorkbook } from "../../../src/preview/simulator";

/**
 * An Inventory table (A1:E7) with mixed-case suppliers, a blank supplier, a Reorder qty that is "" (a
 * row whose inputs are blank, as the register's formula shows it), a cost typed as text and an error.
 */
function inventory(cost: unknown = "n/a") {
  const wb = new SimWorkbook();
  wb.addSheet("Inventory");
  wb.setValues("Inventory", "A1", [
    ["Item", "Supplier", "Reorder qty", "Unit cost", "Days"],
    ["Pens", "Acme", 10, 2, 4],
    ["Paper", "ACME", 5, 3, 9],
    ["Toner", "Brill", 2, 50, 1],
    ["Tape", "acme", '=""', 4, 30],
    ["Clips", null, 7, 1, 2],
    ["Glue", "Brill", 3, cost, 6],
  ]);
  wb.addTable("Inventory", "A1:E7", "Inventory");
  attachFormulaEngine(wb);
  const value = (formula: string) => {
    wb.setValues("Inventory", "H1", [[formula]]);
    return wb.getValues("Inventory", "H1")[0][0];
  };
  return { wb, value };
}

describe("SUMPRODUCT over whole table columns", () => {
  test("a condition times columns, case-insensitive; an empty-text cell in a multiplied column is #VALUE!", () => {
    const { value } = inventory(5);
    // Acme, ACME and acme.
    expect(value('=SUMPRODUCT((Inventory[Supplier]="acme")*Inventory[Unit cost]*Inventory[Days])')).toBe(
      2 * 4 + 3 * 9 + 4 * 30,
    );
    // Tape's Reorder qty is "", and "" × 4 is #VALUE! in Excel's arithmetic, whichever supplier is asked for.
    expect(
      value('=SUMPRODUCT((Inventory[Supplier]="Brill")*Inventory[Reorder qty]*Inventory[Unit cost])'),
    ).toBe("#VALUE!");
  });

  test("arrays as separate arguments: text and blanks count as 0, so the empty Reorder qty adds nothing", () => {
    const { value } = inventory(5);
    expect(
      value('=SUMPRODUCT(--(Inventory[Supplier]="acme"),Inventory[Reorder qty],Inventory[Unit cost])'),
    ).toBe(10 * 2 + 5 * 3);
    expect(value('=SUMPRODUCT(--(Inventory[Supplier]=""),Inventory[Reorder qty],Inventory[Unit cost])')).toBe(
      7,
    );
    expect(value("=SUMPRODUCT(Inventory[Reorder qty],Inventory[Unit cost])")).toBe(20 + 15 + 100 + 7 + 15);
  });

  test("text in a multiplied column is #VALUE!, and an error anywhere is SUMPRODUCT's result", () => {
    const { value } = inventory("n/a");
    expect(
      value('=SUMPRODUCT((Inventory[Supplier]="Brill")*Inventory[Reorder qty]*Inventory[Unit cost])'),
    ).toBe("#VALUE!");
    expect(value("=SUMPRODUCT(Inventory[Reorder qty],Inventory[Unit cost])")).toBe(20 + 15 + 100 + 7);
    const broken = inventory("#N/A");
    expect(broken.value("=SUMPRODUCT(Inventory[Reorder qty],Inventory[Unit cost])")).toBe("#N/A");
  });

  test("IFERROR inside keeps the rows that compute: the value of what can be ordered", () => {
    const { value } = inventory("n/a");
    expect(value("=SUMPRODUCT(IFERROR(Inventory[Reorder qty]*Inventory[Unit cost],0))")).toBe(
      20 + 15 + 100 + 7,
    );
    expect(
      value(
        '=SUMPRODUCT(IFERROR((Inventory[Supplier]="acme")*Inventory[Reorder qty]*Inventory[Unit cost],0))',
      ),
    ).toBe(35);
  });

  test("ranges of different sizes: SUMPRODUCT's arguments are #VALUE!, arithmetic fills #N/A", () => {
    const { value } = inventory(5);
    expect(value("=SUMPRODUCT(C2:C7,D2:D6)")).toBe("#VALUE!");
    expect(value("=SUMPRODUCT((C2:C4>0)*(D2:D5>0)*E2:E4)")).toBe("#N/A");
  });
});

describe("IF, MEDIAN and AVERAGE over arrays", () => {
  test("MEDIAN(IF(…)) and AVERAGE(IF(…)) take the values of the rows that meet the condition", () => {
    const { value } = inventory(5);
    expect(value('=MEDIAN(IF(Inventory[Supplier]="acme",Inventory[Days]))')).toBe(9);
    expect(value('=AVERAGE(IF(Inventory[Supplier]="brill",Inventory[Days]))')).toBe(3.5);
    expect(
      value('=MEDIAN(IF((Inventory[Supplier]="acme")*ISNUMBER(Inventory[Reorder qty]),Inventory[Days]))'),
    ).toBe(6.5);
    expect(value('=MEDIAN(IF(Inventory[Supplier]="nobody",Inventory[Days]))')).toBe("#NUM!");
    expect(value('=IFERROR(MEDIAN(IF(Inventory[Supplier]="nobody",Inventory[Days])),"")')).toBe("");
  });

  test("arithmetic between columns, element by element", () => {
    const { value } = inventory(5);
    expect(value("=MEDIAN(Inventory[Days]-Inventory[Unit cost])")).toBe(1.5);
    expect(value("=SUM(Inventory[Days]*2)")).toBe(104);
    expect(value('=SUM(--(Inventory[Supplier]="ACME"))')).toBe(3);
    expect(value("=SUM(IF(ISBLANK(Inventory[Supplier]),1,0))")).toBe(1);
  });

  test("a formula with an array result shows its first element", () => {
    const { value } = inventory(5);
    expect(value("=Inventory[Days]*10")).toBe(40);
    expect(value('=IF(Inventory[Supplier]="acme","yes","no")')).toBe("yes");
  });
});

describe("operators on single values, as Excel", () => {
  test("text that reads as a number takes part in arithmetic; other text is #VALUE!; joining shows 15 digits", () => {
    const wb = new SimWorkbook();
    wb.addSheet("S");
    wb.setValues("S", "A1", [
      ['="3"*2', '="a"*2', '=0.1+0.2&""', "=--TRUE", '=-"4"', "=SUM(B9,#N/A)", "=0^0"],
    ]);
    attachFormulaEngine(wb);
    expect(wb.getValues("S", "A1:G1")[0]).toEqual([6, "#VALUE!", "0.3", 1, -4, "#N/A", "#NUM!"]);
  });

  test("SUM and AVERAGE of a range holding an error show the error", () => {
    const wb = new SimWorkbook();
    wb.addSheet("S");
    wb.setValues("S", "A1", [[1], ["#DIV/0!"], ["x"], ["=SUM(A1:A3)"], ["=AVERAGE(A1,A3)"]]);
    attachFormulaEngine(wb);
    expect(wb.getValues("S", "A4:A5")).toEqual([["#DIV/0!"], [1]]);
  });
});

describe("Microsoft's documented rules (support.microsoft.com, SUMPRODUCT / MEDIAN function)", () => {
  test("SUMPRODUCT over a table: ((Sales)+(Expenses))*(Agent=B8), the reference page's example 2 shape", () => {
    const wb = new SimWorkbook();
    wb.addSheet("S");
    wb.setValues("S", "A1", [
      ["Agent", "Sales", "Expenses"],
      ["Tom", 100, 10],
      ["Sara", 200, 20],
      ["Tom", 300, 30],
      [null, null, null],
      [null, null, null],
      [null, null, null],
      ["=SUMPRODUCT(((Table1[Sales])+(Table1[Expenses]))*(Table1[Agent]=A9))", null, null],
      ["Tom", null, null],
    ]);
    wb.addTable("S", "A1:C4", "Table1");
    attachFormulaEngine(wb);
    expect(wb.getValues("S", "A8")[0][0]).toBe(440);
    wb.setValues("S", "A9", [["Sara"]]);
    expect(wb.getValues("S", "A8")[0][0]).toBe(220);
  });

  test("MEDIAN: the middle number, the mean of the two middle ones; text and logicals in a range skipped", () => {
    const wb = new SimWorkbook();
    wb.addSheet("S");
    wb.setValues("S", "A1", [
      ["Data", "=MEDIAN(A2:A6)", "=MEDIAN(A2:A7)", "=MEDIAN(A2:A9)", '=MEDIAN(1,"2",TRUE)', "=MEDIAN(A8:A9)"],
      [1],
      [2],
      [3],
      [4],
      [5],
      [6],
      ["x"],
      [true],
    ]);
    attachFormulaEngine(wb);
    // Typed arguments count ("2" and TRUE are 2 and 1); a range of no numbers has no median.
    expect(wb.getValues("S", "B1:F1")[0]).toEqual([3, 3.5, 3.5, 1, "#NUM!"]);
  });
});
