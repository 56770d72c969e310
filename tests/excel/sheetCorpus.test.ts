// The sheets people bring (tests/fixtures/sheets, shaped like real office files) become registers:
// each is read as the preview reads a person's file, inspected, converted with the reading a person would
// confirm (mostly the proposal as it is), and then
//   - every problem left is a real one in the data, named here with why;
//   - nothing a person typed is lost: every original value is in its cell (as typed, or as its column's
//     type reads it), in the row's Notes, or recorded by the workbook's value map (support's lostValues);
//   - the syncs stay fixed: two to inspect, three to convert.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ReadingChoices } from "../../src/core/registers/convertPlan";
import { registerById } from "../../src/core/registers/definitions";
import type { RegisterId } from "../../src/core/registers/types";
import { convertToRegister } from "../../src/excel/convertToRegister";
import { inspectSheet } from "../../src/excel/inspectSheet";
import { readRegister } from "../../src/excel/readRegister";
import { readCsv } from "../../src/preview/files/readCsv";
import { readXlsx } from "../../src/preview/files/readXlsx";
import { installExcel } from "../../src/preview/simulator";
import { lastSyncs, lostValues, sheetGrid } from "./support";

const dir = path.resolve(__dirname, "../fixtures/sheets");
// exceljs loads on the first file; two cores are shared with other work.
jest.setTimeout(30_000);

interface Confirmed {
  register: RegisterId;
  headerRow: number;
  /** What the person changes in the proposal (nothing, for most files). */
  choices?: ReadingChoices;
  /** Problems left after converting: kind, count, and why each is a real problem in the data. */
  left: [string, number, string][];
}

const CONFIRMED: Record<string, Confirmed> = {
  "it-stock-register.xlsx#Stock Register": { register: "inventory", headerRow: 10, left: [] },
  "staff-laptops.xlsx#Laptops": {
    register: "equipment",
    headerRow: 4,
    choices: { fills: { type: "Computer" } },
    left: [
      [
        "noServiceInterval",
        5,
        "the laptops have no service interval; the register asks each machine for one",
      ],
    ],
  },
  "supply-catalog.xlsx#Catalog": { register: "inventory", headerRow: 1, left: [] },
  "recruitment-tracker.xlsx#Tracker FY26": {
    register: "candidates",
    headerRow: 2,
    left: [
      [
        "numberInTextColumn",
        1,
        "9845012345 was typed as a number: a leading 0 or + may have been lost already",
      ],
    ],
  },
  "recruitment-tracker.xlsx#Old tracker": {
    register: "candidates",
    headerRow: 1,
    choices: { values: { stage: { "on hold": "Screening" } } },
    left: [],
  },
  "phone-messages.xlsx#Messages": { register: "callLog", headerRow: 3, left: [] },
  "pbx-calls.csv#pbx-calls": { register: "callLog", headerRow: 1, left: [] },
  "suppliers.csv#suppliers": { register: "suppliers", headerRow: 1, left: [] },
  "equipment-list.txt#equipment-list": {
    register: "equipment",
    headerRow: 1,
    left: [["noServiceInterval", 3, "the machines in use have no service interval in the list"]],
  },
  "kitchen-cupboard.xlsx#Cupboard": {
    register: "inventory",
    headerRow: 1,
    choices: { columns: { 0: "item", 1: "onHand", 2: "location" } },
    left: [],
  },
  "stock-macro.xlsm#Stock": { register: "inventory", headerRow: 3, left: [] },
};

async function open(file: string) {
  const bytes = new Uint8Array(readFileSync(path.join(dir, file)));
  const opened = /\.(csv|txt)$/.test(file) ? await readCsv(file, bytes) : await readXlsx(file, bytes);
  const excel = installExcel(opened.workbook);
  return { wb: opened.workbook, excel };
}

const counts = (codes: string[]) =>
  Object.entries(codes.reduce<Record<string, number>>((m, c) => ({ ...m, [c]: (m[c] ?? 0) + 1 }), {})).sort();

describe.each(Object.entries(CONFIRMED))("%s", (id, confirmed) => {
  const [file, sheet] = id.split("#");
  const def = registerById(confirmed.register);

  test("converts with only real problems left, and nothing a person typed is lost", async () => {
    const { wb, excel } = await open(file);
    const inspection = await inspectSheet({ sheet }, def, { locale: "en-US", choices: confirmed.choices });
    expect(lastSyncs(excel)).toBe(2);
    expect(inspection.ok).toBe(true);
    expect(inspection.headerRow).toBe(confirmed.headerRow);
    const before = sheetGrid(wb, sheet);
    const result = await convertToRegister(def, { ...inspection, locale: "en-US" });
    expect(lastSyncs(excel)).toBe(3);
    const left = confirmed.left.map(([code, n]) => [code, n]).sort();
    expect(counts(result.problems.map((p) => p.code))).toEqual(left);
    expect(counts(inspection.cellProblems.map((p) => p.code))).toEqual(left);
    expect(lostValues(wb, sheet, def, before, result, inspection)).toEqual([]);
    // What the pane says ("Nothing typed was lost") rests on this: each typed cell stored differently is
    // in the conversion's report with its text as typed.
    expect(result.typedLost).toEqual([]);
    const typed = new Map(result.readings.map((x) => [x.address, x.typed]));
    const changedText = result.readings.filter((x) => {
      const at = /!([A-Z]+)(\d+)$/.exec(x.address)!;
      const c = at[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      return (
        before[Number(at[2]) - 1]?.[c] !== undefined &&
        String(before[Number(at[2]) - 1][c]).trim() !== typed.get(x.address)
      );
    });
    expect(changedText).toEqual([]);
    const read = await readRegister(def);
    expect(read.rows.length).toBe(inspection.rowCount);
  });
});

test("the nothing-lost check finds a value that is gone", async () => {
  const { wb } = await open("it-stock-register.xlsx");
  const def = registerById("inventory");
  const inspection = await inspectSheet({ sheet: "Stock Register" }, def);
  const before = sheetGrid(wb, "Stock Register");
  const result = await convertToRegister(def, inspection);
  expect(lostValues(wb, "Stock Register", def, before, result, inspection)).toEqual([]);
  wb.setValues("Stock Register", "H12", [[""]]); // the "top shelf" remark
  wb.setValues("Stock Register", "F13", [[2]]); // "01nos" read as 2
  expect(lostValues(wb, "Stock Register", def, before, result, inspection)).toEqual([
    'H12: "top shelf" became null',
    'F13: "01nos" became 2',
  ]);
});
