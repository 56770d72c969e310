// A CSV file as Excel (en-US) opens it: one sheet named after the file, each field typed as if typed
// into the cell ("12" a number, "1/31/2024" a date, "TRUE" a boolean; the simulator's input rules),
// except fields Excel would change into something else than the person wrote (core/cells/textFields:
// phone numbers with + or leading zeros, formulas, dates that could be day- or month-first), which stay text.
// The file is split by core's parseDelimited, the same reader the Calls page imports with, so the preview
// and an import agree on every line: a line whose quotes cannot be repaired is kept whole in its row's
// first cell (nothing lost) and named in the notes.
import { keepFieldAsText } from "../../core/cells/textFields";
import { parseDelimited } from "../../core/csv";
import { SimWorkbook } from "../simulator";
import { MAX_COLS, MAX_ROWS } from "../simulator/address";
import { interpretInput, MAX_CELL_TEXT } from "../simulator/input";
import { decodeCsv } from "./csvText";
import { baseName } from "./fileKind";
import type { OpenedWorkbook } from "./opened";
import { OpenFileError } from "./openError";
import { safeSheetName } from "./sheetName";

/** Lines named one by one in the notes; beyond this many they are counted. */
const LISTED_LINES = 5;

const shortened = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

function lineNotes(what: string, items: readonly { line: number; row: number; text: string }[]): string[] {
  const listed = items.slice(0, LISTED_LINES).map((i) => `Line ${i.line} (row ${i.row}): ${i.text}`);
  const more = items.length - listed.length;
  return items.length === 0
    ? []
    : [`${what}`, ...listed, ...(more > 0 ? [`…and ${more} more such lines.`] : [])];
}

export async function readCsv(fileName: string, bytes: Uint8Array): Promise<OpenedWorkbook> {
  const text = decodeCsv(fileName, bytes);
  const parsed = parseDelimited(text);
  const rows = parsed.entries.map((e) =>
    e.kind === "record" ? e.fields : e.kind === "broken" ? [e.raw] : ([] as string[]),
  );
  if (!parsed.entries.some((e) => e.kind !== "blank"))
    throw new OpenFileError(`"${fileName}" has no data: it holds only empty lines.`);

  const notes: string[] = [];
  const broken = parsed.entries.flatMap((e, i) =>
    e.kind === "broken" ? [{ line: e.line, row: i + 1, text: `${e.reason}; kept whole in A${i + 1}.` }] : [],
  );
  const repaired = parsed.entries.flatMap((e, i) =>
    e.kind === "record" && e.repaired
      ? [{ line: e.line, row: i + 1, text: e.repaired.map((v) => `«${shortened(v)}»`).join(", ") }]
      : [],
  );
  notes.push(...lineNotes("Lines that could not be split into cells:", broken));
  notes.push(...lineNotes("Lines whose quotes did not pair up, read as:", repaired));
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
