// Messy sheets beyond the basic cases: every one converts (or says why not) and keeps every
// value: very long text, emoji and right-to-left text, formulas in data columns, a 1904 workbook,
// hidden rows, and text that looks like a formula typed by a person.
import type { CellValue } from "../../src/core/cells/types";
import { callLog, inventory } from "../../src/core/registers/definitions";
import { appendRows } from "../../src/excel/appendRows";
import { convertToRegister } from "../../src/excel/convertToRegister";
import { inspectSheet } from "../../src/excel/inspectSheet";
import { readRegister } from "../../src/excel/readRegister";
import { setup, sheetValues } from "./support";

function missing(before: CellValue[], after: CellValue[]): CellValue[] {
  const counts = new Map<string, number>();
  for (const v of after) counts.set(JSON.stringify(v), (counts.get(JSON.stringify(v)) ?? 0) + 1);
  return before.filter((v) => {
    const k = JSON.stringify(v);
    const c = counts.get(k) ?? 0;
    if (c > 0) counts.set(k, c - 1);
    return c === 0;
  });
}

describe("messy sheets", () => {
  test("long text, emoji and right-to-left text, and formulas in data columns survive a convert", async () => {
    const { wb } = setup();
    wb.addSheet("Calls");
    const long = "Caller explained the fault at length. ".repeat(400);
    wb.setValues("Calls", "A1", [
      ["Caller", "Company", "Message", "Number"],
      ["Ana 👩‍💼", "שלום בע״מ", long, "+44 20 7946 0000"],
      ["محمد", "شركة", "يرجى الاتصال", "=1+1"],
    ]);
    const formulaBefore = wb.getCell("Calls", 2, 3).formula;
    const before = sheetValues(wb, "Calls");
    const inspection = await inspectSheet({ sheet: "Calls" }, callLog);
    expect(inspection.ok).toBe(true);
    const result = await convertToRegister(callLog, inspection);
    const renamed = result.renamedHeaders.map((r) => r.from);
    expect(missing(before, sheetValues(wb, "Calls")).map(String).sort()).toEqual(renamed.sort());
    expect(wb.getCell("Calls", 1, 2).value).toBe(long);
    expect(wb.getCell("Calls", 2, 3).formula).toBe(formulaBefore);
    const read = await readRegister(callLog);
    expect(read.rows[0].values.caller).toBe("Ana 👩‍💼");
  });

  test("hidden rows are part of the data and converted like the others", async () => {
    const { wb } = setup();
    wb.addSheet("Supplies");
    wb.setValues("Supplies", "A1", [
      ["Item", "Qty"],
      ["Pens", 5],
      ["Paper", 7],
    ]);
    wb.sheetByName("Supplies")!.hiddenRows[2] = true;
    const inspection = await inspectSheet({ sheet: "Supplies" }, inventory);
    const result = await convertToRegister(inventory, inspection);
    expect(result.idsAdded).toBe(2);
    expect(wb.getValues("Supplies", "B3")).toEqual([[7]]);
  });

  test("a 1904 workbook keeps its date serials untouched", async () => {
    const { wb } = setup();
    wb.date1904 = true;
    wb.addSheet("Supplies");
    wb.setValues("Supplies", "A1", [
      ["Item", "Qty", "Last counted"],
      ["Pens", 5, 44000],
    ]);
    const inspection = await inspectSheet({ sheet: "Supplies" }, inventory);
    await convertToRegister(inventory, inspection);
    expect(wb.getValues("Supplies", "C2")).toEqual([[44000]]);
  });

  test("person-typed text with formula leads stays text in every write path", async () => {
    const { wb } = setup();
    wb.addSheet("Calls");
    wb.setValues("Calls", "A1", [
      ["Caller", "Message"],
      ["Ann", "hi"],
    ]);
    await convertToRegister(callLog, await inspectSheet({ sheet: "Calls" }, callLog));
    const risky = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1,2)", "\t=1", "\r=1"];
    await appendRows(
      callLog,
      risky.map((m) => ({ values: { caller: m, message: m } })),
    );
    const read = await readRegister(callLog);
    const messages = read.rows.map((r) => r.values.message).filter((m) => m !== "hi");
    expect(messages).toEqual(risky);
    const sheet = wb.sheetByName("Calls")!;
    const formulas = [...sheet.cells.entries()].filter(
      ([r, , c]) => r >= 2 && c.formula !== undefined && !String(c.formula).includes("[@"),
    );
    expect(formulas).toEqual([]);
  });
});
