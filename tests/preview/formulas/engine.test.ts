// The preview's formula engine on a simulated workbook: values, Excel's rules the library lacks, custom
// functions, dependency-driven recalculation (counted), cycles, and what the add-in reads back.
import { attachFormulaEngine } from "../../../src/preview/formulas/engine";
import { CUSTOM_FUNCTION_NAMES } from "../../../src/preview/formulas/customFunctions";
import { SimWorkbook, createExcel } from "../../../src/preview/simulator";
import { CATALOGUE } from "../../functions/catalogue";

const FIXED_NOW = new Date(2026, 2, 15, 13, 30); // 15 March 2026, local time

function book(rows: unknown[][], sheet = "Sheet1") {
  const wb = new SimWorkbook();
  wb.addSheet(sheet);
  wb.setValues(sheet, "A1", rows);
  const engine = attachFormulaEngine(wb, { now: () => FIXED_NOW });
  return { wb, engine, value: (a1: string) => wb.getValues(sheet, a1)[0][0] };
}

describe("values", () => {
  test("arithmetic, text and references show what Excel shows", () => {
    const { value } = book([
      [2, 3, "=A1*B1", '=A1&" packs"', "=Z99", "=-A1+0.5"],
      ["=1/0", "=C1+A2", '="a"="A"', "=ROUNDUP(3,0)", "=ROUND(1.005,2)", "=ROUNDUP(0.1+0.2,1)"],
    ]);
    expect(value("C1")).toBe(6);
    expect(value("D1")).toBe("2 packs");
    expect(value("E1")).toBe(0); // a reference to an empty cell shows 0
    expect(value("F1")).toBe(-1.5);
    expect(value("A2")).toBe("#DIV/0!");
    expect(value("B2")).toBe("#DIV/0!"); // errors flow through arithmetic
    expect(value("C2")).toBe(true); // Excel compares text case-insensitively
    expect(value("D2")).toBe(3); // ROUNDUP of a whole number is itself
    expect(value("E2")).toBe(1.01); // 1.005 is 1.005 to Excel, not 1.00499999…
    expect(value("F2")).toBe(0.3);
  });

  test('a blank cell equals both "" and 0, as in Excel', () => {
    const { value } = book([[null, '=A1=""', "=A1=0", '=IF(A1="","empty","full")', "=A1<1", '=A1<"a"']]);
    expect([value("B1"), value("C1"), value("D1"), value("E1"), value("F1")]).toEqual([
      true,
      true,
      "empty",
      true,
      true,
    ]);
  });

  test("MIN and MAX (missing from the library) skip text in ranges and reject text typed as an argument", () => {
    const { value } = book([[4, "x", -2, null, "=MIN(A1:D1)", "=MAX(A1:D1,10)", '=MAX(1,"y")', "=MIN(D1)"]]);
    expect(value("E1")).toBe(-2);
    expect(value("F1")).toBe(10);
    expect(value("G1")).toBe("#VALUE!");
    expect(value("H1")).toBe(0);
  });

  test("an unknown function shows #NAME? and error values in cells reach formulas as errors", () => {
    const { value, wb } = book([["=NOSUCHFUNCTION(1)", "#N/A", "=B1+1", "=ISNA(B1)"]]);
    expect(value("A1")).toBe("#NAME?");
    expect(value("C1")).toBe("#N/A");
    expect(value("D1")).toBe(true);
    expect(wb.getCell("Sheet1", 0, 2).error).toBe(true);
  });

  test("TODAY() is the machine's date as a whole 1900-system serial (1904 when the workbook says so)", () => {
    const { value, wb } = book([["=TODAY()", '=TEXT(A1,"yyyy-mm-dd")', "=NOW()-A1"]]);
    // 15 March 2026 is serial 46096 in the 1900 system (days since 30 Dec 1899).
    expect(value("A1")).toBe(46096);
    expect(value("B1")).toBe("2026-03-15");
    expect(value("C1")).toBeCloseTo((13.5 * 3600) / 86400, 9);
    wb.date1904 = true;
    wb.recalculateAll();
    expect(value("A1")).toBe(46096 - 1462);
  });
});

describe("custom functions", () => {
  test("every BACKOFFICE function of the catalogue is known to the engine", () => {
    expect([...CUSTOM_FUNCTION_NAMES].sort()).toEqual(Object.keys(CATALOGUE).sort());
  });

  test("BACKOFFICE.* give the reference's worked examples and Excel errors for bad input", () => {
    const { value } = book([
      [
        "=BACKOFFICE.REORDERQTY(14.5,15,30,0,10)",
        "=BACKOFFICE.REORDERQTY(8,10,40,,6)",
        "=BACKOFFICE.EOQ(1300,8,0.225)",
        '=BACKOFFICE.REORDERQTY("x",15,30)',
        "=BACKOFFICE.REORDERQTY(1,15,30,0,0)",
        "=BACKOFFICE.DAYSOFSUPPLY(10,0)",
        "=BACKOFFICE.SAFETYSTOCK(3,9,0.95,10,2)",
      ],
      [
        "=BACKOFFICE.WEIGHTEDSCORE(A3:C3,A4:C4)",
        '=BACKOFFICE.STOCKSTATUS(0,5)&"!"',
        "=BACKOFFICE.REORDERQTY(#N/A,1,1)",
        "=BACKOFFICE.DAILYUSAGE(A5:A6,B5:B6,46100,10)",
      ],
      [4, null, 2],
      [0.5, 0.3, 0.2],
      [46095, 30],
      [46000, 99],
    ]);
    expect(value("A1")).toBe(20);
    expect(value("B1")).toBe(36);
    expect(value("C1")).toBe(304.0467800264368);
    expect(value("D1")).toBe("#VALUE!");
    expect(value("E1")).toBe("#NUM!");
    expect(value("F1")).toBe("#DIV/0!");
    expect(value("G1")).toBeCloseTo(36.0744, 3);
    expect(value("A2")).toBeCloseTo((4 * 0.5 + 2 * 0.2) / 0.7, 12);
    expect(value("B2")).toBe("Out of stock!");
    expect(value("C2")).toBe("#N/A");
    expect(value("D2")).toBe(3);
  });
});

describe("recalculation", () => {
  test("changing a cell recomputes its dependents, transitively, and nothing else", () => {
    const { wb, engine, value } = book([
      [1, "=A1*2", "=B1+1", 5, "=D1*10", "=SUM(A1:A3)"],
      [2, null, null, null, null, "=F1+1"],
    ]);
    expect([value("B1"), value("C1"), value("E1"), value("F1"), value("F2")]).toEqual([2, 3, 50, 3, 4]);
    const before = engine.evaluations;
    wb.setValues("Sheet1", "A1", [[10]]);
    expect([value("B1"), value("C1"), value("F1"), value("F2")]).toEqual([20, 21, 12, 13]);
    expect(value("E1")).toBe(50);
    // B1, C1, F1 (range A1:A3) and F2: four evaluations, E1 untouched.
    expect(engine.evaluations - before).toBe(4);
  });

  test("a change through Excel.run (as the task pane writes) recalculates and reads back in the same sync", async () => {
    const { wb } = book([[3, "=A1*A1"]]);
    const excel = createExcel(wb);
    const values = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[7]];
      const range = sheet.getRange("B1").load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([[49]]);
  });

  test("a circular reference gives 0 and is listed, without hanging; breaking it recalculates", () => {
    const { wb, engine, value } = book([["=B1+1", "=A1+1", "=C1", "=A1*10", 5]]);
    expect([value("A1"), value("B1"), value("C1")]).toEqual([0, 0, 0]);
    expect(engine.circularReferences().sort()).toEqual(["Sheet1!A1", "Sheet1!B1", "Sheet1!C1"]);
    wb.setValues("Sheet1", "B1", [["=E1"]]);
    expect([value("A1"), value("B1"), value("D1")]).toEqual([6, 5, 60]);
    expect(engine.circularReferences()).toEqual(["Sheet1!C1"]);
  });

  test("a long chain of formulas evaluates in order without overflowing the stack", () => {
    const rows: unknown[][] = [[1]];
    for (let i = 2; i <= 2000; i++) rows.push([`=A${i - 1}+1`]);
    const { value, wb } = book(rows);
    expect(value("A2000")).toBe(2000);
    wb.setValues("Sheet1", "A1", [[101]]);
    expect(value("A2000")).toBe(2100);
  });

  test("cross-sheet references and whole-column ranges", () => {
    const { wb, value } = book([[1], [2], [3]], "Data");
    wb.addSheet("Summary");
    wb.setValues("Summary", "A1", [["=SUM(Data!A:A)", "=Data!A2*2"]]);
    expect(wb.getValues("Summary", "A1:B1")).toEqual([[6, 4]]);
    wb.setValues("Data", "A4", [[4]]);
    expect(wb.getValues("Summary", "A1")).toEqual([[10]]);
    expect(value("A4")).toBe(4);
  });
});

describe("register tables", () => {
  const headers = ["Item", "On hand", "On order", "Reorder point", "Max stock", "Unit cost"];
  function inventoryBook() {
    const wb = new SimWorkbook();
    wb.addSheet("Inventory");
    const qty = '=IF([@[On hand]]="","",MAX([@[Max stock]]-[@[On hand]]-[@[On order]],0))';
    const status = '=IF([@[On hand]]+[@[On order]]<=[@[Reorder point]],"Reorder","OK")';
    const value = "=[@[On hand]]*[@[Unit cost]]";
    wb.setValues("Inventory", "A1", [
      [...headers, "Reorder qty", "Stock status", "Stock value"],
      ["Pens", 3, 0, 5, 20, 0.5, qty, status, value],
      ["Paper", 40, 0, 10, 50, 4, qty, status, value],
      ["Toner", 1, 2, 2, 4, 60, qty, status, value],
    ]);
    wb.addTable("Inventory", "A1:I4", "Inventory");
    wb.setValues("Inventory", "K1", [["=SUM(Inventory[Stock value])"]]);
    const engine = attachFormulaEngine(wb, { now: () => FIXED_NOW });
    return { wb, engine, excel: createExcel(wb) };
  }

  test("calculated columns with structured references compute per row", () => {
    const { wb } = inventoryBook();
    expect(wb.getValues("Inventory", "G2:I4")).toEqual([
      [17, "Reorder", 1.5],
      [10, "OK", 160],
      [1, "OK", 60],
    ]);
    expect(wb.getValues("Inventory", "K1")).toEqual([[221.5]]);
  });

  test("changing On order re-evaluates only that row's Reorder qty and Stock status", async () => {
    const { wb, engine, excel } = inventoryBook();
    const before = engine.evaluations;
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Inventory").getRange("C2").values = [[10]];
      await context.sync();
    });
    expect(wb.getValues("Inventory", "G2:H2")).toEqual([[7, "OK"]]);
    expect(engine.evaluations - before).toBe(2);
  });

  test("changing On hand also re-evaluates Stock value and the total that sums it", async () => {
    const { wb, engine, excel } = inventoryBook();
    const before = engine.evaluations;
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Inventory").getRange("B3").values = [[2]];
      await context.sync();
    });
    expect(wb.getValues("Inventory", "G3:I3")).toEqual([[48, "Reorder", 8]]);
    expect(wb.getValues("Inventory", "K1")).toEqual([[69.5]]);
    expect(engine.evaluations - before).toBe(4);
  });

  test("a row added below the table gets the calculated columns, computed, and the total follows", async () => {
    const { wb, engine, excel } = inventoryBook();
    const before = engine.evaluations;
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Inventory").getRange("A5:F5").values = [
        ["Staples", 0, 0, 2, 10, 1.25],
      ];
      await context.sync();
    });
    expect(wb.getValues("Inventory", "G5:I5")).toEqual([[10, "Reorder", 0]]);
    expect(wb.getValues("Inventory", "K1")).toEqual([[221.5]]);
    // The new row's three formulas and the total (its range grew); the other rows' [@…] read as before.
    expect(engine.evaluations - before).toBe(4);
    wb.setValues("Inventory", "B5", [[4]]);
    expect(wb.getValues("Inventory", "K1")).toEqual([[226.5]]);
  });

  test("a formula naming a column the table lacks shows #REF!", () => {
    const { wb } = inventoryBook();
    wb.setValues("Inventory", "K2", [["=SUM(Inventory[Nope])"]]);
    expect(wb.getValues("Inventory", "K2")).toEqual([["#REF!"]]);
  });
});

describe("defined names", () => {
  test("a name that refers to a range is read, and a change inside it recalculates", () => {
    const wb = new SimWorkbook();
    wb.addSheet("Rates");
    wb.setValues("Rates", "A1", [[1], [2], [3]]);
    wb.names.push({ name: "RateList", formula: "=Rates!$A$1:$A$3", comment: "", visible: true });
    wb.setValues("Rates", "B1", [["=SUM(RateList)"]]);
    attachFormulaEngine(wb);
    expect(wb.getValues("Rates", "B1")).toEqual([[6]]);
    wb.setValues("Rates", "A2", [[20]]);
    expect(wb.getValues("Rates", "B1")).toEqual([[24]]);
  });
});

describe("odd input", () => {
  test("malformed formulas and references to missing sheets show errors; the sync still succeeds", async () => {
    const odd = [
      "=)",
      "=1+",
      "=SUM(A1:A3",
      "=Nowhere!A1",
      "=A1 B1",
      '="unterminated',
      "=[@Col]",
      "=Tbl[[#Bad]]",
    ];
    const { wb } = book([[1, 2]]);
    const excel = createExcel(wb);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2:H2").formulas = [odd];
      await context.sync();
    });
    const shown = wb.getValues("Sheet1", "A2:H2")[0];
    shown.forEach((v, i) => {
      expect([odd[i], wb.getCell("Sheet1", 1, i).error]).toEqual([odd[i], true]);
      expect(typeof v).toBe("string");
    });
    expect(shown[3]).toBe("#REF!");
    expect(shown[6]).toBe("#REF!");
  });
});

describe("calculated columns share their analysis", () => {
  test("a column formula that also reads a fixed cell keeps that cell as a precedent on every row", () => {
    const wb = new SimWorkbook();
    wb.addSheet("T");
    const f = "=[@Qty]*$B$2";
    wb.setValues("T", "A1", [
      ["Qty", "Rate", "Total"],
      [1, 10, f],
      [2, null, f],
      [3, null, f],
    ]);
    wb.addTable("T", "A1:C4", "T");
    const engine = attachFormulaEngine(wb);
    expect(wb.getValues("T", "C2:C4")).toEqual([[10], [20], [30]]);
    const before = engine.evaluations;
    wb.setValues("T", "B2", [[100]]);
    expect(wb.getValues("T", "C2:C4")).toEqual([[100], [200], [300]]);
    expect(engine.evaluations - before).toBe(3);
    wb.setValues("T", "A4", [[5]]);
    expect(wb.getValues("T", "C4")).toEqual([[500]]);
    expect(engine.evaluations - before).toBe(4);
  });
});

describe("TODAY()", () => {
  test("formulas with TODAY() are redone when the date changes, not on every edit", () => {
    let clock = new Date(2026, 2, 15, 23, 59);
    const wb = new SimWorkbook();
    wb.addSheet("S");
    wb.setValues("S", "A1", [[46090, '=IF(A1<TODAY(),"Overdue","OK")', "=NOW()*0+1"]]);
    const engine = attachFormulaEngine(wb, { now: () => clock });
    expect(wb.getValues("S", "B1")).toEqual([["Overdue"]]);
    let before = engine.evaluations;
    wb.setValues("S", "D1", [["unrelated"]]);
    expect(engine.evaluations - before).toBe(1); // NOW() is volatile; TODAY() alone waits for the date
    wb.setValues("S", "A1", [[46100]]);
    expect(wb.getValues("S", "B1")).toEqual([["OK"]]);
    clock = new Date(2026, 3, 20, 0, 1);
    before = engine.evaluations;
    wb.setValues("S", "D1", [["another"]]);
    expect(wb.getValues("S", "B1")).toEqual([["Overdue"]]);
    expect(engine.evaluations - before).toBe(2);
  });
});

describe("no network", () => {
  test("WEBSERVICE is refused with #VALUE! and fetches nothing", () => {
    const fetched: unknown[] = [];
    const g = globalThis as unknown as { fetch?: unknown };
    const saved = g.fetch;
    g.fetch = (...args: unknown[]) => {
      fetched.push(args);
      return Promise.resolve();
    };
    try {
      const { value } = book([['=WEBSERVICE("https://example.com/stock")', '=ENCODEURL("a b")']]);
      expect(value("A1")).toBe("#VALUE!");
      expect(value("B1")).toBe("a%20b");
      expect(fetched).toEqual([]);
    } finally {
      g.fetch = saved;
    }
  });
});

describe("functions the library lacks", () => {
  test("a formula with one keeps its saved value (as an opened file has it) and is listed; a new one shows #NAME?", () => {
    const wb = new SimWorkbook();
    wb.addSheet("S");
    wb.setValues("S", "A1", [[1, 2]]);
    // As a file opened in the preview holds it: the formula with Excel's cached result.
    wb.setCell("S", 1, 0, { value: 3, formula: "=TEXTSPLIT(A1:B1)" });
    const engine = attachFormulaEngine(wb);
    expect(wb.getValues("S", "A2")).toEqual([[3]]);
    expect(engine.unsupportedFormulas()).toEqual(["S!A2 (TEXTSPLIT)"]);
    wb.setValues("S", "B2", [["=LET(x,1,x)"]]);
    expect(wb.getValues("S", "B2")).toEqual([["#NAME?"]]);
    expect(wb.unsupportedFormulas()).toEqual(["S!A2 (TEXTSPLIT)", "S!B2 (LET)"]);
    wb.setValues("S", "A2", [["=SUM(A1:B1)"]]);
    expect(wb.getValues("S", "A2")).toEqual([[3]]);
    expect(wb.unsupportedFormulas()).toEqual(["S!B2 (LET)"]);
  });
});

describe("a workbook read from a file", () => {
  test("shows the values Excel saved until something a formula reads changes", () => {
    const wb = new SimWorkbook();
    wb.addSheet("S");
    wb.setValues("S", "A1", [[1, 2]]);
    // Saved by a version of the sheet this engine would compute otherwise: kept as Excel showed it.
    wb.setCell("S", 1, 0, { value: 30, formula: "=A1+B1" });
    wb.setCell("S", 1, 1, { value: 60, formula: "=A2*2" });
    wb.setCell("S", 2, 0, { value: null, formula: "=B1*10" });
    wb.formulasFromFile = true;
    const engine = attachFormulaEngine(wb);
    expect(wb.getValues("S", "A2:B3")).toEqual([
      [30, 60],
      [20, ""],
    ]);
    expect(engine.evaluations).toBe(1);
    wb.setValues("S", "A1", [[5]]);
    wb.markFormulasDirty();
    wb.recalculate();
    expect(wb.getValues("S", "A2:B2")).toEqual([[7, 14]]);
    expect(wb.getValues("S", "A3")).toEqual([[20]]);
  });
});

describe("a workbook read from a file with every saved value", () => {
  /** A chain S!A1 → A2 → A3 → Other!A1, a total over A1:A3, and formulas that read none of them. */
  function opened(): SimWorkbook {
    const wb = new SimWorkbook();
    wb.addSheet("S");
    wb.addSheet("Other");
    wb.setValues("S", "A1:B1", [[1, 100]]);
    wb.setCell("S", 1, 0, { value: 2, formula: "=A1*2" });
    wb.setCell("S", 2, 0, { value: 3, formula: "=A2+1" });
    wb.setCell("S", 3, 0, { value: 6, formula: "=SUM(A1:A3)" });
    wb.setCell("S", 1, 1, { value: 200, formula: "=B1*2" });
    wb.setCell("Other", 0, 0, { value: 30, formula: "=S!A3*10" });
    wb.setCell("Other", 0, 1, { value: 7, formula: "=3+4" });
    wb.formulasFromFile = true;
    return wb;
  }

  test("opening computes nothing; the first edit recomputes exactly the formulas that depend on it", () => {
    const wb = opened();
    const engine = attachFormulaEngine(wb);
    expect(engine.evaluations).toBe(0);
    wb.setValues("S", "A1", [[5]]);
    wb.markFormulasDirty();
    wb.recalculate();
    // A2, A3, the total and Other!A1; neither B2 nor Other!B1 reads A1.
    expect(engine.evaluations).toBe(4);
    expect(wb.getValues("S", "A1:B4")).toEqual([
      [5, 100],
      [10, 200],
      [11, ""],
      [26, ""],
    ]);
    expect(wb.getValues("Other", "A1:B1")).toEqual([[110, 7]]);
    wb.setValues("S", "B1", [[1]]);
    wb.markFormulasDirty();
    wb.recalculate();
    expect(engine.evaluations).toBe(5);
    expect(wb.getValues("S", "B2")).toEqual([[2]]);
  });

  test("a formula typed before the first recalculation is computed with its dependants", () => {
    const wb = opened();
    const engine = attachFormulaEngine(wb);
    wb.setCell("S", 1, 0, { value: null, formula: "=A1*3" });
    wb.markFormulasDirty();
    wb.recalculate();
    expect(engine.evaluations).toBe(4);
    expect(wb.getValues("S", "A2:A4")).toEqual([[3], [4], [8]]);
    expect(wb.getValues("Other", "A1")).toEqual([[40]]);
  });

  test("a formula saved without its value makes opening compute it, and what reads it", () => {
    const wb = opened();
    wb.setCell("S", 1, 0, { value: null, formula: "=A1*4" });
    const engine = attachFormulaEngine(wb);
    // Its dependants are computed from it too, not left with values saved beside a missing one.
    expect(wb.getValues("S", "A2:A4")).toEqual([[4], [5], [10]]);
    expect(wb.getValues("Other", "A1:B1")).toEqual([[50, 7]]);
    expect(engine.evaluations).toBe(4);
    wb.setValues("S", "A1", [[2]]);
    wb.markFormulasDirty();
    wb.recalculate();
    expect(wb.getValues("S", "A2:A4")).toEqual([[8], [9], [19]]);
    expect(wb.getValues("Other", "A1")).toEqual([[90]]);
  });
});
