import { createExcel, SimWorkbook } from "../../../src/preview/simulator";

function setup() {
  const wb = new SimWorkbook();
  wb.addSheet("S");
  return { wb, excel: createExcel(wb) };
}

/** Writes `values` to S!A1 (one row) and reads back values, formulas and valueTypes. */
async function roundTrip(values: unknown[], prepare?: (r: Excel.Range) => void) {
  const { wb, excel } = setup();
  const range = `A1:${String.fromCharCode(64 + values.length)}1`;
  return excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("S").getRange(range);
    prepare?.(r);
    r.values = [values];
    r.load("values, formulas, valueTypes, numberFormat, text");
    await context.sync();
    return {
      values: r.values[0],
      formulas: r.formulas[0],
      types: r.valueTypes[0],
      formats: r.numberFormat[0],
      text: r.text[0],
      wb,
    };
  });
}

/** Seeds S!A1 (one row) with `values`, each cell with its number format, and reads Range.text. */
async function textUnder(values: number[], formats: string[]) {
  const { wb, excel } = setup();
  wb.setValues("S", "A1", [values]);
  formats.forEach((format, i) => wb.setNumberFormat("S", `${String.fromCharCode(65 + i)}1`, format));
  return excel.run(async (context) => {
    const r = context.workbook.worksheets
      .getItem("S")
      .getRange(`A1:${String.fromCharCode(64 + values.length)}1`);
    r.load("text");
    await context.sync();
    return r.text[0];
  });
}

describe("values written through the API are read as if typed, like Excel", () => {
  test('strings starting with "=" become formulas; + and - followed by text do too', async () => {
    const out = await roundTrip(["=SUM(1,2)", "=x", "+A1", "-Ann", "-5", "+7"]);
    expect(out.formulas).toEqual(["=SUM(1,2)", "=x", "=+A1", "=-Ann", -5, 7]);
    // No formula engine plugged in: a new formula's value is empty.
    expect(out.values.slice(0, 4)).toEqual(["", "", "", ""]);
  });

  test("an apostrophe prefix stores the rest as text, without the apostrophe", async () => {
    const out = await roundTrip(["'=x", "'+1", "'123", "'"]);
    expect(out.values).toEqual(["=x", "+1", "123", ""]);
    expect(out.types).toEqual(["String", "String", "String", "Empty"]);
  });

  test('a cell formatted "@" keeps typed text as text', async () => {
    const out = await roundTrip(["=1+1", "00123", "-Ann", "TRUE"], (r) => {
      r.numberFormat = [["@", "@", "@", "@"]];
    });
    expect(out.values).toEqual(["=1+1", "00123", "-Ann", "TRUE"]);
    expect(out.formulas).toEqual(["=1+1", "00123", "-Ann", "TRUE"]);
    expect(out.types).toEqual(["String", "String", "String", "String"]);
  });

  test("numbers, booleans, percentages, currency and dates typed as text are converted", async () => {
    const out = await roundTrip(["42", "1,234.5", "true", "12%", "$1,200.50", "2024-01-31", "Ann"]);
    expect(out.values).toEqual([42, 1234.5, true, 0.12, 1200.5, 45322, "Ann"]);
    expect(out.types).toEqual(["Double", "Double", "Boolean", "Double", "Double", "Double", "String"]);
    expect(out.formats.slice(3, 6)).toEqual(["0%", "$#,##0.00", "m/d/yyyy"]);
    expect(out.text.slice(3, 6)).toEqual(["12%", "$1,200.50", "1/31/2024"]);
  });

  test("error values read back as their text with valueTypes Error", async () => {
    const { wb, excel } = setup();
    wb.setValues("S", "A1", [["#N/A", "#DIV/0!", "ok"]]);
    const out = await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1:C1").load("values, valueTypes");
      await context.sync();
      return r.toJSON();
    });
    expect(out.values).toEqual([["#N/A", "#DIV/0!", "ok"]]);
    expect(out.valueTypes).toEqual([["Error", "Error", "String"]]);
  });

  test("an array whose shape does not match the range fails the sync with InvalidArgument", async () => {
    const { wb, excel } = setup();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:B2").values = [["only one row", "x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:B1").values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(wb.usedSize("S")).toEqual({ rows: 0, cols: 0 });
  });

  test("a single non-array value fills every cell; null in an array leaves that cell alone", async () => {
    const { wb, excel } = setup();
    wb.setValues("S", "A2", [["keep", "old"]]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      (sheet.getRange("A1:B1") as unknown as { values: unknown }).values = 5;
      sheet.getRange("A2:B2").values = [[null, "new"]];
      await context.sync();
    });
    expect(wb.getValues("S", "A1:B2")).toEqual([
      [5, 5],
      ["keep", "new"],
    ]);
  });

  test("formulas writes store formulas; a plugged-in evaluator computes their values", async () => {
    const { wb, excel } = setup();
    wb.setValues("S", "A1", [[2, 3]]);
    // A toy evaluator for the test: "=A1*B1"-style products of two cells on the row.
    wb.setFormulaEvaluator((formula, at, book) => {
      const m = /^=([A-Z])(\d+)\*([A-Z])(\d+)$/.exec(formula);
      if (!m) return "#NAME?";
      const cell = (col: string, row: string) =>
        Number(book.getCell(at.sheet, Number(row) - 1, col.charCodeAt(0) - 65).value);
      return cell(m[1], m[2]) * cell(m[3], m[4]);
    });
    const out = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("C1:D1").formulas = [["=A1*B1", "=nonsense"]];
      sheet.getRange("A1").values = [[10]];
      const r = sheet.getRange("C1:D1").load("values, formulas, valueTypes");
      await context.sync();
      return r.toJSON();
    });
    expect(out.formulas).toEqual([["=A1*B1", "=nonsense"]]);
    expect(out.values).toEqual([[30, "#NAME?"]]);
    expect(out.valueTypes).toEqual([["Double", "Error"]]);
    wb.setFormulaEvaluator(null);
    wb.setValues("S", "A1", [[100]]);
    expect(wb.getCell("S", 0, 2)).toMatchObject({ value: 30, formula: "=A1*B1" });
  });

  test("text shows values through their number format", async () => {
    const text = await textUnder(
      [1234.5, 0.256, 45322, 45322.75, 7],
      ["#,##0.00", "0.0%", "yyyy-mm-dd", "yyyy-mm-dd hh:mm", '0 "pcs"'],
    );
    expect(text).toEqual(["1,234.50", "25.6%", "2024-01-31", "2024-01-31 18:00", "7 pcs"]);
  });

  test("early 1900 dates follow Excel's count (1/1/1900 is 1, the fictitious 2/29/1900 is 60)", async () => {
    const out = await roundTrip(["1/1/1900", "2/28/1900", "3/1/1900", "2/30/1900", "#PYTHON!"]);
    expect(out.values).toEqual([1, 59, 61, "2/30/1900", "#PYTHON!"]);
    expect(out.types).toEqual(["Double", "Double", "Double", "String", "Error"]);
  });

  test("date formats show Excel's calendar: 2/29/1900, day 0 for a bare time, weekdays", async () => {
    const text = await textUnder(
      [60, 0.25, 45322, 61, 45322.9999999],
      ["yyyy-mm-dd", "m/d/yyyy h:mm AM/PM", "dddd d mmm", "ddd yyyy-mm-dd", "ddd d mmm hh:mm:ss"],
    );
    expect(text).toEqual([
      "1900-02-29",
      "1/0/1900 6:00 AM",
      "Wednesday 31 Jan",
      "Thu 1900-03-01",
      "Thu 1 Feb 00:00:00",
    ]);
  });

  test("in the 1904 date system a typed date becomes a 1904 serial", async () => {
    const { wb, excel } = setup();
    wb.date1904 = true;
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["2024-01-31"]];
    });
    expect(wb.getCell("S", 0, 0)).toMatchObject({ value: 45322 - 1462, text: "1/31/2024" });
  });

  test("a seeded formula keeps its cached value until an evaluator is plugged in", async () => {
    const { wb, excel } = setup();
    wb.setCell("S", 0, 0, { value: 42, formula: "=6*7" });
    wb.setCell("S", 0, 1, { value: "#REF!", formula: "=Gone!A1" });
    const out = await excel.run(async (context) => {
      const r = context.workbook.worksheets
        .getItem("S")
        .getRange("A1:B1")
        .load("values, formulas, valueTypes");
      await context.sync();
      return r.toJSON();
    });
    expect(out).toEqual({
      values: [[42, "#REF!"]],
      formulas: [["=6*7", "=Gone!A1"]],
      valueTypes: [["Double", "Error"]],
    });
  });

  test("text over Excel's 32,767 characters per cell is refused", async () => {
    const { wb, excel } = setup();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["x".repeat(32767)]];
    });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A2").values = [["x".repeat(32768)]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(String(wb.getCell("S", 0, 0).value)).toHaveLength(32767);
    expect(wb.getCell("S", 1, 0).value).toBeNull();
  });
});
