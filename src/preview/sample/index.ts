// The preview's sample workbook: an office's own plain sheets, waiting to be converted into registers.
import { columnLetters } from "../../core/cells/a1";
import { SimWorkbook } from "../simulator";
import { applicants } from "./applicants";
import { calls } from "./calls";
import { machines } from "./machines";
import { serviceHistory } from "./serviceHistory";
import { supplies } from "./supplies";
import { suppliesList } from "./suppliesList";
import { team, trainingCourses, trainingRecords } from "./team";
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
  team,
  trainingCourses,
  trainingRecords,
];

function addSampleSheet(wb: SimWorkbook, sheet: SampleSheet): void {
  wb.addSheet(sheet.name);
  wb.setValues(sheet.name, "A1", sheet.rows);
  const headers = sheet.rows[0];
  const lastRow = sheet.rows.length;
  for (const [header, format] of Object.entries(sheet.columnFormats)) {
    const col = headers.indexOf(header);
    if (col < 0) throw new Error(`Sample sheet "${sheet.name}" has no column "${header}"`);
    const column = columnLetters(col);
    wb.setNumberFormat(sheet.name, `${column}2:${column}${lastRow}`, format);
  }
  autofitColumns(wb, sheet.name, headers.length, lastRow);
}

/**
 * Widens columns to their longest text, as a person does once with a double-click on the border.
 * Width in points ≈ 6.5 per character of Calibri 11 + 8 of padding, kept between 48 and 220.
 * SimWorkbook has no seeding helper for widths, so this sets the sheet model's columnWidths directly
 * (the same field Range.format.columnWidth writes).
 */
function autofitColumns(wb: SimWorkbook, sheet: string, cols: number, rows: number): void {
  const model = wb.sheetByName(sheet);
  if (!model) return;
  for (let c = 0; c < cols; c++) {
    let longest = 0;
    for (let r = 0; r < rows; r++) longest = Math.max(longest, wb.getCell(sheet, r, c).text.length);
    model.columnWidths[c] = Math.min(220, Math.max(48, Math.round(longest * 6.5 + 8)));
  }
}

/**
 * The sample: Supplies, Vendors, Calls, Machines, Service history, Applicants, Team, Training courses,
 * Training records — no tables yet.
 */
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

/** A supplies list someone brings along: one plain sheet to convert (`?sample=supplies-list`). */
export function createSuppliesListWorkbook(): SimWorkbook {
  const wb = new SimWorkbook();
  addSampleSheet(wb, suppliesList);
  return wb;
}

/** The bundled workbooks a `?sample=NAME` parameter can open; the first is the default. */
export const SAMPLE_WORKBOOKS = {
  sample: { label: "the sample workbook", create: createSampleWorkbook },
  "supplies-list": { label: "the supplies list example", create: createSuppliesListWorkbook },
  blank: { label: "a blank workbook", create: createBlankWorkbook },
} as const;

export type SampleName = keyof typeof SAMPLE_WORKBOOKS;

export const isSampleName = (name: string): name is SampleName => Object.hasOwn(SAMPLE_WORKBOOKS, name);

/** The sample a page address asks for; an unknown name gets the default, with a message saying so. */
export function sampleFromQuery(search: string): { name: SampleName; message?: string } {
  const asked = new URLSearchParams(search).get("sample");
  if (asked === null || asked === "") return { name: "sample" };
  if (isSampleName(asked)) return { name: asked };
  const known = Object.keys(SAMPLE_WORKBOOKS)
    .map((n) => `"${n}"`)
    .join(", ");
  return {
    name: "sample",
    message: `There is no sample workbook called "${asked}", so the default sample is open. The samples are ${known}.`,
  };
}
