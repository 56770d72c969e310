// A corpus of messy sheets, built in code for each register: a title row merged across the
// top, a blank row, the headers on row 3, then rows with mixed types, text that looks like an error
// value, very long text, emoji and right-to-left text, a formula in a data column, a hidden row and
// column, and an AutoFilter on the area.
import type { RegisterDef } from "../../../src/core/registers/types";
import { columnLetters } from "../../../src/core/cells/a1";
import type { SimExcel, SimWorkbook } from "../../../src/preview/simulator";

export const LONG_TEXT = "Lorem ipsum dolor sit amet. ".repeat(1170).slice(0, 32_700);
export const EMOJI = "Toner 🖨️ ✅ — naïve café";
export const RTL = "מדפסת במשרד — طابعة المكتب";

/** The messy sheet for `def`, named `${def.sheetName} (old)`; returns its name. */
export async function buildMessySheet(
  wb: SimWorkbook,
  excel: SimExcel,
  def: RegisterDef,
  opts: { date1904?: boolean } = {},
): Promise<string> {
  // A workbook from a Mac of old: dates counted from 1904.
  if (opts.date1904) wb.date1904 = true;
  const sheet = `${def.sheetName.slice(0, 20)} old`;
  wb.addSheet(sheet);
  const cols = def.columns.filter((c) => !c.formula).slice(0, 8);
  const last = columnLetters(cols.length - 1);
  const header = cols.map((c) => c.header);
  const cell = (row: number, j: number) => {
    const kind = (row + j) % 6;
    if (kind === 0) return row % 2 ? 12 : "12 boxes"; // mixed types in one column
    if (kind === 1) return row === 0 ? LONG_TEXT : `Row ${row + 1}`;
    if (kind === 2) return row === 1 ? EMOJI : row === 2 ? RTL : `Text ${row}`;
    if (kind === 3) return row === 3 ? "#N/A text" : 45000 + row;
    if (kind === 4) return row % 3 === 0 ? null : true;
    return `Note ${row}`;
  };
  const body = Array.from({ length: 6 }, (_, r) => cols.map((_, j) => cell(r, j)));
  wb.setValues(sheet, "A1", [[`${def.sheetName} — kept by the office`]]);
  wb.mergeCells(sheet, `A1:${last}1`);
  wb.setValues(sheet, "A3", [header, ...body]);
  // A formula in a data column (a row's second column), real error values, a date cell.
  wb.setValues(sheet, "B6", [["=1+2"]]);
  wb.setValues(sheet, "A8", [["#DIV/0!", "#N/A"]]);
  wb.setValues(sheet, "D5", [[45123]]);
  wb.setNumberFormat(sheet, "D5", "d mmm yyyy");
  await excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.getRange("7:7").rowHidden = true;
    ws.getRange("C:C").columnHidden = true;
    ws.autoFilter.apply(ws.getRange(`A3:${last}9`));
    await ctx.sync();
  });
  return sheet;
}

/** Every non-empty cell of a sheet: its value, and its formula text when it has one. */
export function cellContents(wb: SimWorkbook, sheet: string): string[] {
  const { rows, cols } = wb.usedSize(sheet);
  const out: string[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const cell = wb.getCell(sheet, r, c);
      if (cell.formula) out.push(`formula:${cell.formula}`);
      else if (cell.value !== "" && cell.value !== null) out.push(`value:${JSON.stringify(cell.value)}`);
    }
  return out;
}
