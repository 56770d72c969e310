// Writing the corpus (files.ts) as real files: .xlsx/.xlsm with exceljs (merged cells, real dates with a
// day-first format, text where the person typed text), .csv/.txt laid out as the exporting program did
// (delimiter, line endings, byte-order mark) with papaparse's quoting.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import Papa from "papaparse";
import { CORPUS, type CorpusCell, type CorpusFile } from "./files";

// Fixed, so regenerating gives the same workbook properties.
const WRITTEN_ON = new Date(Date.UTC(2026, 2, 31, 12, 0, 0));

function textField(v: CorpusCell): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

function textBytes(file: CorpusFile): Uint8Array {
  const layout = file.text!;
  const rows = file.sheets[0].rows.map((r) => r.map(textField));
  const body = Papa.unparse(rows, { delimiter: layout.delimiter, newline: layout.lineEnding });
  return new TextEncoder().encode((layout.bom ? "\uFEFF" : "") + body + layout.lineEnding);
}

async function workbookBytes(file: CorpusFile): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "Back Office corpus";
  book.created = WRITTEN_ON;
  book.modified = WRITTEN_ON;
  for (const sheet of file.sheets) {
    const ws = book.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        if (v instanceof Date) cell.numFmt = sheet.dateFormats?.[c] ?? "dd/mm/yyyy";
      }),
    );
    for (const m of sheet.merges ?? []) ws.mergeCells(m);
  }
  const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
  return file.macroEnabled ? asMacroEnabled(bytes) : bytes;
}

// An .xlsm is an .xlsx whose workbook part has the macro-enabled content type (macros themselves are
// optional); exceljs writes only .xlsx, so the content type is changed afterwards.
async function asMacroEnabled(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    ),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The bytes of one corpus file. */
export function corpusBytes(file: CorpusFile): Promise<Uint8Array> {
  return file.text ? Promise.resolve(textBytes(file)) : workbookBytes(file);
}

/** The fixtures folder's README: what each file is. */
export function corpusReadme(): string {
  const lines = [
    "# Sheets people bring",
    "",
    "Written by `npm run corpus` from `tools/corpus/files.ts`; do not edit by hand. Shaped like real office",
    "workbooks and exports; `tests/tools/inspect.test.ts` and `tests/excel/sheetCorpus.test.ts` read them.",
    "",
    ...CORPUS.map((f) => `- \`${f.file}\`: ${f.about}`),
    "",
  ];
  return lines.join("\n");
}

/** Writes every corpus file (and the README) into `dir`; returns their paths. */
export async function writeCorpus(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  for (const file of CORPUS) {
    const at = path.join(dir, file.file);
    writeFileSync(at, await corpusBytes(file));
    out.push(at);
  }
  writeFileSync(path.join(dir, "README.md"), corpusReadme());
  return out;
}
