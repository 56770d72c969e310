// A workbook of about N cells shaped like a real tracker, for the preview's Open and Save cases: a table
// with a calculated column, a dashboard of lookups and conditional aggregates, a chart, a pivot table
// with its cache and records, comments and shared formulas (tests/preview/files/fidelity), opened as the
// preview opens a file (read into the simulator with the live formula engine, which keeps Excel's values).
import { readXlsx } from "../../src/preview/files/readXlsx";
import { attachFormulaEngine } from "../../src/preview/formulas/engine";
import type { SimWorkbook } from "../../src/preview/simulator";
import { recruitmentTracker } from "../../tests/preview/files/fidelity/recruitmentTracker";
import { perSize } from "./random";

/** Candidate rows (7 cells each) and shared-formula rows (2 cells each) that make about `cells` cells. */
function shape(cells: number): { rows: number; calcRows: number } {
  const calcRows = Math.round(cells / 50);
  return { rows: Math.round((cells - 2 * calcRows) / 7), calcRows };
}

export const trackerFile = perSize((cells) => recruitmentTracker(shape(cells)));

export async function openTracker(bytes: Uint8Array): Promise<SimWorkbook> {
  const { workbook } = await readXlsx("Tracker.xlsx", bytes);
  attachFormulaEngine(workbook);
  return workbook;
}
