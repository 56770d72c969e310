// The fidelity suite: a workbook shaped like a real tracker (charts, a pivot table and its cache,
// comments, defined names, structured references, conditional formats, validation, shared formulas, a
// calculated column and the functions office workbooks use) is opened, one cell is edited, it is saved
// and opened again. Every part but the edited sheet and the sheet whose formulas follow the edit comes
// back byte for byte; every formula shows Excel's value; stock exceljs reads the saved file.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readXlsx } from "../../../src/preview/files/readXlsx";
import { writeXlsx } from "../../../src/preview/files/writeXlsx";
import { compareWithSaved } from "../../../src/preview/formulas/agreement";
import { attachFormulaEngine } from "../../../src/preview/formulas/engine";
import type { SimWorkbook } from "../../../src/preview/simulator";
import { dashboard, candidates, recruitmentTracker } from "./fidelity/recruitmentTracker";

jest.setTimeout(60_000);

async function entries(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files))
    if (!zip.files[name].dir) out.set(name, await zip.files[name].async("string"));
  return out;
}

/** The parts whose text differs, and those added or removed. */
async function changedParts(before: Uint8Array, after: Uint8Array): Promise<string[]> {
  const a = await entries(before);
  const b = await entries(after);
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => a.get(n) !== b.get(n)).sort();
}

function formulaValues(wb: SimWorkbook, sheet: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [r, c, cell] of wb.requireSheet(sheet).cells.entries())
    if (cell.formula !== undefined) out[`${String.fromCharCode(65 + c)}${r + 1}`] = cell.value;
  return out;
}

async function open(bytes: Uint8Array): Promise<SimWorkbook> {
  const { workbook } = await readXlsx("Tracker.xlsx", bytes);
  attachFormulaEngine(workbook, { now: () => new Date(2024, 5, 3) });
  return workbook;
}

describe("a workbook with charts, a pivot table and formulas, round trip", () => {
  test("the engine computes every formula as Excel saved it (differ 0)", async () => {
    const { workbook } = await readXlsx("Tracker.xlsx", await recruitmentTracker());
    const agreement = compareWithSaved(workbook);
    expect(agreement.differences).toEqual([]);
    expect(agreement).toMatchObject({ total: 6 + 30 + 5, agree: 41, cachedOnly: 0, differ: 0 });
  });

  test("the saved values are Excel's documented answers", () => {
    const values = Object.fromEntries(dashboard(candidates(6)).map(([label, , v]) => [label, v]));
    expect(values).toMatchObject({
      Candidates: 6,
      "In interview": 3,
      "Interview score": 20,
      "Lowest interview score": 5,
      "Best interview fit": 10,
      "Row of C-003": 3,
      "Third name": "Cat",
      "Name of C-004": "Dan",
      "How many": "some",
      "In words": "three",
      "End of next month": 45351,
      "A month on": 45351,
      "Working days in January": 23,
      "Three working days after": 45301,
      "Whole months": 1,
      "Unknown candidate": "none",
      "Score × fit": 281,
      "Broken lookup": "#REF!",
      "Named range": 38,
      "Applied since February": 3,
    });
  });

  test("opening shows every saved value; saving without an edit changes no part", async () => {
    const bytes = await recruitmentTracker();
    const wb = await open(bytes);
    const board = formulaValues(wb, "Dashboard");
    dashboard(candidates(6)).forEach(([, , v], i) => expect(board[`B${i + 2}`]).toEqual(v));
    const saved = await writeXlsx(wb);
    expect(await changedParts(bytes, saved.bytes)).toEqual([]);
    expect(saved.plan.dropped).toEqual([]);
    expect(saved.plan.kept).toEqual(
      expect.arrayContaining([
        "chart",
        "pivotTable",
        "pivotCache",
        "drawing",
        "comment",
        "customXml",
        "table",
      ]),
    );
  });

  test("one edited cell: only its sheet and the sheets of its dependants change, and their formulas follow", async () => {
    const bytes = await recruitmentTracker();
    const wb = await open(bytes);
    // Bob's score goes from 6 to 10, as a person types it.
    wb.setValues("Candidates", "E3", [[10]]);
    wb.markFormulasDirty();
    wb.recalculate();
    expect(wb.getCell("Candidates", 2, 6).value).toBeCloseTo(10 * 0.6 + 9 * 0.4, 12);
    const saved = await writeXlsx(wb);
    expect(await changedParts(bytes, saved.bytes)).toEqual([
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
    ]);

    const again = await readXlsx("Tracker.xlsx", saved.bytes);
    const agreement = compareWithSaved(again.workbook);
    expect(agreement.differences).toEqual([]);
    expect(formulaValues(again.workbook, "Dashboard")).toEqual(formulaValues(wb, "Dashboard"));
    const board = formulaValues(again.workbook, "Dashboard");
    expect(board.B22).toBe(281 - 6 * 9 + 10 * 9); // SUMPRODUCT follows the edit
    expect(board.B28).toBe(38 + 4); // and the named range
    expect(board.B3).toBe(3); // untouched: as saved
  });

  test("shared formulas: editing a cell they read spells the group out, and it reads back", async () => {
    const bytes = await recruitmentTracker();
    const wb = await open(bytes);
    wb.setValues("Calc", "B1", [["=A1*3"]]);
    wb.markFormulasDirty();
    wb.recalculate();
    const saved = await writeXlsx(wb);
    const again = (await readXlsx("Tracker.xlsx", saved.bytes)).workbook;
    expect(formulaValues(again, "Calc")).toEqual({ B1: 3, B2: 4, B3: 6, B4: 8, B5: 10 });
    expect(again.getCell("Calc", 4, 1).formula).toBe("=A5*2");
  });

  test("stock exceljs opens the saved file, table and calculated column included", async () => {
    const wb = await open(await recruitmentTracker());
    wb.setValues("Candidates", "B2", [["Anne"]]);
    const saved = await writeXlsx(wb);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(saved.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Candidates", "Dashboard", "Summary", "Calc"]);
    expect(book.getWorksheet("Candidates")?.getCell("B2").value).toBe("Anne");
  });
});
