// A file from the command line as a workbook in the Excel simulator, read by the same code the preview
// uses to open a person's file (src/preview/files), so `npm run inspect` sees exactly what the task pane
// would see once the file is open in Excel or in the preview.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { SimWorkbook } from "../../src/preview/simulator";
import { readCsv } from "../../src/preview/files/readCsv";
import { readXlsx } from "../../src/preview/files/readXlsx";
import { OpenFileError } from "../../src/preview/files/openError";

export type InputFormat = "xlsx" | "xlsm" | "csv" | "txt";

/** A file that cannot be inspected: the message says why and what to do (exit code 2). */
export class UnreadableFileError extends Error {
  override readonly name = "UnreadableFileError";
}

// Formats people keep on team drives that this command does not read, and how to get a file it does.
const SAVE_AS = (app: string, choice: string) =>
  `Open it in ${app}, use File > Save As and choose ${choice}, then inspect that copy.`;
const OTHER_FORMATS: Record<string, string> = {
  xls: `an Excel 97-2003 workbook (.xls), which this command does not read. ${SAVE_AS("Excel", '"Excel Workbook (*.xlsx)"')}`,
  xlsb: `an Excel binary workbook (.xlsb), which this command does not read. ${SAVE_AS("Excel", '"Excel Workbook (*.xlsx)"')}`,
  ods: `an OpenDocument spreadsheet (.ods), which this command does not read. ${SAVE_AS("LibreOffice Calc or Excel", '"Excel 2007-365 (.xlsx)" (Calc) or "Excel Workbook (*.xlsx)" (Excel)')}`,
  numbers: `an Apple Numbers spreadsheet (.numbers), which this command does not read. In Numbers, use File > Export To > Excel, then inspect that copy.`,
};

export interface InputWorkbook {
  workbook: SimWorkbook;
  format: InputFormat;
  /** Parts of the file that were not read (from the preview's reader), one sentence each. */
  notes: string[];
}

export function formatOf(file: string): InputFormat {
  const ext = path.extname(file).slice(1).toLowerCase();
  if (ext === "xlsx" || ext === "xlsm" || ext === "csv" || ext === "txt") return ext;
  const other = OTHER_FORMATS[ext];
  throw new UnreadableFileError(
    other
      ? `${path.basename(file)} is ${other}`
      : `${path.basename(file)} is not a file this command reads. It reads Excel workbooks (.xlsx, .xlsm) and text exports (.csv, .txt).`,
  );
}

export async function readInput(file: string): Promise<InputWorkbook> {
  const format = formatOf(file);
  let bytes: Uint8Array;
  try {
    if (!statSync(file).isFile()) throw new Error("not a file");
    bytes = new Uint8Array(readFileSync(file));
  } catch {
    throw new UnreadableFileError(`${file} could not be read: there is no such file, or it is a folder.`);
  }
  const name = path.basename(file);
  try {
    const opened =
      format === "csv" || format === "txt" ? await readCsv(name, bytes) : await readXlsx(name, bytes);
    return { workbook: opened.workbook, format, notes: opened.notes };
  } catch (e) {
    if (e instanceof OpenFileError) throw new UnreadableFileError(e.message);
    throw e;
  }
}
