// A CSV file as Excel (en-US) opens it: one sheet named after the file, each field typed as if typed
// into the cell ("12" a number, "1/31/2024" a date, "TRUE" a boolean; the simulator's input rules),
// except fields Excel would change into something else than the person wrote (core/cells/textFields:
// phone numbers with + or leading zeros, formulas, dates that could be day- or month-first), which stay text.
import { keepFieldAsText } from "../../core/cells/textFields";
import { SimWorkbook } from "../simulator";
import { MAX_COLS, MAX_ROWS } from "../simulator/address";
import { interpretInput, MAX_CELL_TEXT } from "../simulator/input";
import { decodeCsv } from "./csvText";
import { baseName } from "./fileKind";
import { loadPapa } from "./libraries";
import type { OpenedWorkbook } from "./opened";
import { OpenFileError } from "./openError";
import { safeSheetName } from "./sheetName";

export async function readCsv(fileName: string, bytes: Uint8Array): Promise<OpenedWorkbook> {
  const text = decodeCsv(fileName, bytes);
  const Papa = await loadPapa();
  // The delimiter is detected (comma, semicolon, tab…): a person's CSV from a European locale splits too.
  // Trailing line breaks are dropped first: papaparse's delimiter guess counts the empty last line.
  const parsed = Papa.parse<string[]>(text.replace(/[\r\n]+$/, ""), { skipEmptyLines: false });
  const rows = parsed.data;
  while (rows.length > 0 && rows[rows.length - 1].every((f) => f === "")) rows.pop();
  if (rows.length === 0) throw new OpenFileError(`"${fileName}" has no data: it holds only empty lines.`);

  const notes: string[] = [];
  if (parsed.errors.some((e) => e.type === "Quotes"))
    notes.push("A quoted field was not closed; the rest of that line was read as one cell.");
  if (rows.length > MAX_ROWS) notes.push(`Only the first ${MAX_ROWS} rows were kept (Excel's limit).`);
  if (rows.some((r) => r.length > MAX_COLS))
    notes.push(`Only the first ${MAX_COLS} columns were kept (Excel's limit).`);

  const workbook = new SimWorkbook();
  const name = workbook.addSheet(safeSheetName(baseName(fileName)));
  const cells = workbook.requireSheet(name).cells;
  let truncated = false;
  rows.slice(0, MAX_ROWS).forEach((row, r) =>
    row.slice(0, MAX_COLS).forEach((field, c) => {
      if (field.length > MAX_CELL_TEXT) truncated = true;
      const text = field.slice(0, MAX_CELL_TEXT);
      const cell = keepFieldAsText(text)
        ? { value: text }
        : interpretInput(text, undefined, workbook.date1904);
      if (cell && (cell.value !== null || cell.formula !== undefined)) cells.set(r, c, cell);
    }),
  );
  if (truncated) notes.push(`Fields longer than ${MAX_CELL_TEXT} characters were cut to Excel's cell limit.`);
  workbook.markFormulasDirty();
  return { workbook, notes };
}
