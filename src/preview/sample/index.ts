// The preview's sample workbook: an office's own plain sheets, waiting to be converted into registers.
import { SimWorkbook } from "../simulator";
import { applicants } from "./applicants";
import { calls } from "./calls";
import { machines } from "./machines";
import { serviceHistory } from "./serviceHistory";
import { supplies } from "./supplies";
import type { SampleSheet } from "./types";
import { vendors } from "./vendors";

export type { SampleSheet } from "./types";

export const SAMPLE_SHEETS: readonly SampleSheet[] = [
  supplies,
  vendors,
  calls,
  machines,
  serviceHistory,
  applicants,
];

/** A1 letters of a 0-based column index (0 → A, 26 → AA). */
function letters(col: number): string {
  let out = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function addSampleSheet(wb: SimWorkbook, sheet: SampleSheet): void {
  wb.addSheet(sheet.name);
  wb.setValues(sheet.name, "A1", sheet.rows);
  const headers = sheet.rows[0];
  const lastRow = sheet.rows.length;
  for (const [header, format] of Object.entries(sheet.columnFormats)) {
    const col = headers.indexOf(header);
    if (col < 0) throw new Error(`Sample sheet "${sheet.name}" has no column "${header}"`);
    const column = letters(col);
    wb.setNumberFormat(sheet.name, `${column}2:${column}${lastRow}`, format);
  }
}

/** The sample: Supplies, Vendors, Calls, Machines, Service history, Applicants — no tables yet. */
export function createSampleWorkbook(): SimWorkbook {
  const wb = new SimWorkbook();
  for (const sheet of SAMPLE_SHEETS) addSampleSheet(wb, sheet);
  return wb;
}

/** An empty workbook with one sheet, as Excel starts (`?sample=blank`). */
export function createBlankWorkbook(): SimWorkbook {
  const wb = new SimWorkbook();
  wb.addSheet("Sheet1");
  return wb;
}
