// The simulated workbook written as an .xlsx file with exceljs: values, formulas with their last computed
// value as the cached result, number formats and styles, widths, merges, tables (headers, style,
// calculated columns), data validation, conditional formats and defined names.
import type { CellValue as FileValue, Workbook, Worksheet } from "exceljs";
import type { SimWorkbook } from "../simulator";
import { columnLetters, parseAddress, type Rect } from "../simulator/address";
import type { Cell } from "../simulator/cells";
import type { SheetModel, TableModel } from "../simulator/model";
import { DEFAULT_COLUMN_WIDTH } from "../simulator/range-ops";
import { calculatedColumns } from "../simulator/tables";
import { loadExcelJs } from "./libraries";
import { addCalculatedColumnFormulas, type CalculatedColumns } from "./tableColumnFormulas";
import { toFileFormula } from "./structuredRefs";
import { pointsToWidth, styleToExcelJs, toArgb } from "./xlsxStyles";
import { conditionalFormatToFile, validationToFile } from "./xlsxRules";

export interface SavedWorkbook {
  bytes: Uint8Array;
  /** What the file could not hold, one sentence each. */
  notes: string[];
}

/** "A2:C9" with row numbers always (exceljs does not read "A:C"). */
function rangeA1(rect: Rect): string {
  const a = `${columnLetters(rect.c0)}${rect.r0 + 1}`;
  const b = `${columnLetters(rect.c1)}${rect.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

const STATE: Record<SheetModel["visibility"], Worksheet["state"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

export async function writeXlsx(wb: SimWorkbook): Promise<SavedWorkbook> {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  book.creator = "Back Office preview";
  (book.properties as { date1904?: boolean }).date1904 = wb.date1904;
  const notes = new Set<string>();
  const calculated: CalculatedColumns = new Map();
  for (const sheet of wb.sheets) writeSheet(book, wb, sheet, calculated, notes);
  // Opens where the person was: the preview's own selection (client "local").
  const selection = wb.getSelection();
  const activeTab = Math.max(
    0,
    wb.sheets.findIndex((s) => s.name === selection?.sheet),
  );
  book.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: "visible" }];
  writeNames(book, wb, notes);
  const buffer = await book.xlsx.writeBuffer();
  const bytes = await addCalculatedColumnFormulas(new Uint8Array(buffer as ArrayBuffer), calculated);
  return { bytes, notes: [...notes] };
}

function writeSheet(
  book: Workbook,
  wb: SimWorkbook,
  sheet: SheetModel,
  calculated: CalculatedColumns,
  notes: Set<string>,
): void {
  const frozen = sheet.frozenRows > 0 || sheet.frozenCols > 0;
  const selection = wb.getSelection();
  const activeCell = selection?.sheet === sheet.name ? selection.address.split(":")[0] : undefined;
  const ws = book.addWorksheet(sheet.name, {
    state: STATE[sheet.visibility],
    properties: sheet.tabColor ? { tabColor: { argb: toArgb(sheet.tabColor) } } : {},
    views: [
      {
        ...(frozen ? { state: "frozen", xSplit: sheet.frozenCols, ySplit: sheet.frozenRows } : {}),
        showGridLines: sheet.showGridlines,
        ...(activeCell ? { activeCell } : {}),
      },
    ],
  });

  // Columns first: cells made afterwards start from their column's style, as in Excel.
  const columns = new Set(
    [sheet.columnWidths, sheet.hiddenCols, sheet.columnStyles].flatMap((m) => Object.keys(m).map(Number)),
  );
  for (const c of columns) {
    const col = ws.getColumn(c + 1);
    const width = sheet.columnWidths[c];
    // exceljs gives a column without a width 9 characters; Excel's standard is what the simulator assumes.
    col.width = pointsToWidth(width ?? DEFAULT_COLUMN_WIDTH);
    if (sheet.hiddenCols[c]) col.hidden = true;
    const style = sheet.columnStyles[c];
    if (style) col.style = styleToExcelJs(style);
  }
  for (const [r, height] of Object.entries(sheet.rowHeights)) ws.getRow(Number(r) + 1).height = height;
  for (const r of Object.keys(sheet.hiddenRows)) ws.getRow(Number(r) + 1).hidden = true;

  // Tables before cells: exceljs writes a table's cells itself, and the cells below then overwrite them
  // with the workbook's own values, formats and totals.
  const tables = wb.tablesOn(sheet.id);
  for (const table of tables) writeTable(ws, sheet, table, calculated);

  for (const [r, c, cell] of sheet.cells.entries()) {
    const target = ws.getCell(r + 1, c + 1);
    const table = tables.find((t) => r >= t.rect.r0 && r <= t.rect.r1 && c >= t.rect.c0 && c <= t.rect.c1);
    target.value = fileValue(cell, table?.name);
    const style = styleToExcelJs(cell) as Record<string, unknown>;
    for (const [key, value] of Object.entries(style))
      (target as unknown as Record<string, unknown>)[key] = value;
  }

  for (const m of sheet.merges) {
    try {
      ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
    } catch {
      notes.add(`Overlapping merged cells on "${sheet.name}" were saved unmerged.`);
    }
  }

  for (const v of sheet.validations) {
    const dv = validationToFile(v);
    // exceljs has dataValidations on every worksheet; its type declarations leave it out.
    const validations = (ws as unknown as { dataValidations: { add(a: string, dv: unknown): void } })
      .dataValidations;
    if (dv) validations.add(rangeA1(v.rect), dv);
  }

  sheet.conditionalFormats.forEach((cf, i) => {
    const rule = conditionalFormatToFile(cf, i + 1);
    if (rule) ws.addConditionalFormatting({ ref: rangeA1(cf.rect), rules: [rule] });
    else notes.add(`A conditional format of kind ${cf.type} on "${sheet.name}" was not saved.`);
  });

  if (sheet.autoFilter && !tables.some((t) => t.rect.r0 === sheet.autoFilter?.rect.r0))
    ws.autoFilter = rangeA1(sheet.autoFilter.rect);
}

/** A cell's content in exceljs's terms: formulas keep their last value as the cached result. */
function fileValue(cell: Cell, tableName: string | undefined): FileValue {
  const value = cell.error && typeof cell.value === "string" ? { error: cell.value } : cell.value;
  if (cell.formula !== undefined) {
    const formula = toFileFormula(cell.formula.replace(/^=/, ""), tableName);
    return (value === null ? { formula } : { formula, result: value }) as FileValue;
  }
  if (cell.hyperlink && !cell.error) {
    const target = cell.hyperlink.address ?? `#${cell.hyperlink.documentReference ?? ""}`;
    return { text: String(value ?? cell.hyperlink.textToDisplay ?? ""), hyperlink: target } as FileValue;
  }
  return value as FileValue;
}

function writeTable(
  ws: Worksheet,
  sheet: SheetModel,
  table: TableModel,
  calculated: CalculatedColumns,
): void {
  const bodyRows = table.rect.r1 - table.rect.r0 - (table.showTotals ? 1 : 0);
  const width = table.rect.c1 - table.rect.c0 + 1;
  ws.addTable({
    name: table.name,
    ref: rangeA1({ ...table.rect, r1: table.rect.r0, c1: table.rect.c0 }),
    headerRow: true,
    totalsRow: table.showTotals,
    style: { theme: (table.style || "TableStyleMedium2") as never, showRowStripes: true },
    columns: table.columns.map((col) => ({ name: col.name, filterButton: true })),
    rows: Array.from({ length: Math.max(bodyRows, 0) }, () => Array.from({ length: width }, () => null)),
  });
  const formulas = calculatedColumns(sheet, table);
  calculated.set(
    table.name,
    table.columns.map((_, i) => {
      const f = formulas.get(table.rect.c0 + i);
      return f === undefined ? undefined : toFileFormula(f.replace(/^=/, ""), table.name);
    }),
  );
}

function writeNames(book: Workbook, wb: SimWorkbook, notes: Set<string>): void {
  for (const item of wb.names) {
    const ranges = item.formula.replace(/^=/, "").split(",");
    if (ranges.every((r) => parseAddress(r)?.sheet !== undefined))
      for (const r of ranges) book.definedNames.add(r, item.name);
    else notes.add(`The name "${item.name}" (${item.formula}) is not a range, so it was not saved.`);
  }
}
