// An .xlsx file read with exceljs into a new SimWorkbook: sheets, typed values, formulas with their cached
// values, number formats and styles, merges, widths, tables, validation, conditional formats and names.
import type {
  Cell as FileCell,
  CellErrorValue,
  CellRichTextValue,
  ConditionalFormattingRule,
  DataValidation,
  Workbook,
  Worksheet,
} from "exceljs";
import { SimWorkbook } from "../simulator";
import { parseAddress, type Rect } from "../simulator/address";
import type { Cell, CellValue } from "../simulator/cells";
import type { CellStyle, SheetModel } from "../simulator/model";
import { DEFAULT_COLUMN_WIDTH } from "../simulator/range-ops";
import { createTableModel } from "../simulator/tables";
import { dateToSerial } from "./excelDates";
import { checkXlsxBytes } from "./fileKind";
import { loadExcelJs, type ExcelJs } from "./libraries";
import type { OpenedWorkbook } from "./opened";
import { OpenFileError } from "./openError";
import { fromFileFormula } from "./structuredRefs";
import { prepareForExcelJs, standInIndex } from "./readPrepared";
import { takeBaseline } from "./package/baseline";
import { setPackageSource } from "./package/source";
import { partKind } from "./package/savePlan";
import { relKind, XlsxPackage } from "./package/xlsxPackage";
import { attr } from "./package/xml";
import { readFileCharts } from "./chartXml";
import { fromArgb, styleFromExcelJs, widthToPoints } from "./xlsxStyles";
import { conditionalFormatFromFile, validationFromFile } from "./xlsxRules";

const damaged = (fileName: string, detail: string) =>
  new OpenFileError(
    `"${fileName}" could not be read as an .xlsx workbook (${detail}). The file may be damaged; open it in Excel and save it again as "Excel Workbook (.xlsx)".`,
  );

export async function readXlsx(fileName: string, bytes: Uint8Array): Promise<OpenedWorkbook> {
  checkXlsxBytes(fileName, bytes);
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  let validationRanges: string[];
  let pkg: XlsxPackage;
  try {
    pkg = await XlsxPackage.open(bytes);
    const prepared = await prepareForExcelJs(bytes);
    validationRanges = prepared.validationRanges;
    await book.xlsx.load(prepared.bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw damaged(fileName, e instanceof Error ? e.message : String(e));
  }
  if (book.worksheets.length === 0) throw damaged(fileName, "it holds no worksheets");
  const opened = toSimWorkbook(ExcelJS, book, validationRanges);
  // Charts are drawn over their sheets (files/chartXml.ts); one the reader cannot follow is only counted.
  const drawn = await readFileCharts(pkg, opened.workbook).catch(() => 0);
  // Saving writes this package back with only what changed replaced (files/package/writePackage.ts).
  const tableParts = await tablePartsByName(pkg);
  const baseline = takeBaseline(
    opened.workbook,
    (name) => pkg.sheetPart(name)?.part,
    (name) => tableParts.get(name.toLowerCase()),
  );
  setPackageSource(opened.workbook, { pkg, baseline });
  const unshown = unshownParts(pkg, drawn);
  if (unshown) opened.notes.push(`${unshown} not shown in the preview; saving keeps them unchanged.`);
  opened.workbook.formulasFromFile = true;
  return opened;
}

/** "2 charts and 9 pivot tables are", or "" when the file has none of the parts the grid cannot show. */
function unshownParts(pkg: XlsxPackage, drawnCharts: number): string {
  const count = (kind: string) =>
    pkg.paths().filter((p) => partKind(p) === kind).length - (kind === "chart" ? drawnCharts : 0);
  const parts = (
    [
      ["chart", "charts"],
      ["pivotTable", "pivot tables"],
    ] as const
  )
    .map(([kind, noun]) => [count(kind), noun] as const)
    .filter(([n]) => n > 0)
    .map(([n, noun]) => `${n} ${n === 1 ? noun.replace(/s$/, "") : noun}`);
  if (parts.length === 0) return "";
  const total = parts.length === 1 && parts[0].startsWith("1 ") ? "is" : "are";
  return `${parts.join(" and ")} ${total}`;
}

/** Each table's part, by its name (lower case). */
async function tablePartsByName(pkg: XlsxPackage): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const sheet of pkg.sheets)
    for (const rel of await pkg.rels(sheet.part)) {
      if (relKind(rel.type) !== "table") continue;
      const start = /<table\b[^>]*>/.exec((await pkg.text(rel.target)) ?? "")?.[0] ?? "";
      const name = attr(start, "displayName") ?? attr(start, "name");
      if (name) out.set(name.toLowerCase(), rel.target);
    }
  return out;
}

/** Builds the whole new workbook; nothing of the one on screen is touched. */
function toSimWorkbook(ExcelJS: ExcelJs, book: Workbook, validationRanges: string[]): OpenedWorkbook {
  const wb = new SimWorkbook();
  wb.date1904 = (book.properties as { date1904?: boolean }).date1904 === true;
  const notes = new Set<string>();
  for (const ws of book.worksheets) readSheet(ExcelJS, ws, wb, notes, validationRanges);
  // The sheet and cell that were active when the file was saved are where the person starts.
  const active = book.worksheets[book.views?.[0]?.activeTab ?? 0] ?? book.worksheets[0];
  const cell = (active.views?.[0] as { activeCell?: string } | undefined)?.activeCell;
  if (wb.sheetByName(active.name)?.visibility === "Visible")
    wb.setSelection(active.name, cell && parseAddress(cell) ? cell : "A1");
  readNames(book, wb, notes);
  wb.markFormulasDirty();
  return { workbook: wb, notes: [...notes] };
}

function visibilityOf(state: string | undefined): SheetModel["visibility"] {
  return state === "hidden" ? "Hidden" : state === "veryHidden" ? "VeryHidden" : "Visible";
}

/** The rectangles of a space-separated list of A1 ranges ("A1:B3 D4"). */
function rectsOf(sqref: string): Rect[] {
  return sqref
    .split(/\s+/)
    .map((part) => parseAddress(part)?.rect)
    .filter((r): r is Rect => r !== undefined);
}

function readSheet(
  ExcelJS: ExcelJs,
  ws: Worksheet,
  wb: SimWorkbook,
  notes: Set<string>,
  validationRanges: string[],
): void {
  const sheet = wb.requireSheet(wb.addSheet(ws.name));
  sheet.visibility = visibilityOf(ws.state);
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number; showGridLines?: boolean };
  if (view?.state === "frozen") {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenCols = view.xSplit ?? 0;
  }
  if (view?.showGridLines === false) sheet.showGridlines = false;
  const tab = fromArgb(ws.properties?.tabColor?.argb);
  if (tab) sheet.tabColor = tab;

  (ws.columns ?? []).forEach((col, i) => {
    // A column at the standard width (as a hidden or formatted column is written) keeps no width of its own.
    const width = col.width === undefined ? undefined : widthToPoints(col.width);
    if (width !== undefined && width !== DEFAULT_COLUMN_WIDTH) sheet.columnWidths[i] = width;
    if (col.hidden) sheet.hiddenCols[i] = true;
    const style: CellStyle = styleFromExcelJs(col.style);
    if (col.numFmt && col.numFmt !== "General") style.numberFormat = col.numFmt;
    if (Object.keys(style).length > 0) sheet.columnStyles[i] = style;
  });

  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) sheet.hiddenRows[r] = true;
    if (row.height !== undefined && (row as { customHeight?: boolean }).customHeight !== false)
      sheet.rowHeights[r] = row.height;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      const model = cellFrom(ExcelJS, cell, wb.date1904, sheet.columnStyles[c]);
      if (model) sheet.cells.set(r, c, model);
      if (cell.note) notes.add("Cell comments (notes) are not shown here; saving keeps them.");
    });
  });

  sheet.merges = (ws.model.merges ?? []).flatMap(rectsOf);
  // The file repeats a merge's style on every cell of it; in Excel only the top-left cell has content.
  for (const m of sheet.merges)
    for (const [r, c] of [...sheet.cells.within(m)])
      if (r !== m.r0 || c !== m.c0) sheet.cells.set(r, c, undefined);
  readTables(ws, wb, sheet, notes);
  readValidations(ws, sheet, notes, validationRanges);
  readConditionalFormats(ws, wb, sheet, notes);
  const filter = typeof ws.autoFilter === "string" ? rectsOf(ws.autoFilter)[0] : undefined;
  if (filter) sheet.autoFilter = { rect: filter, criteria: {} };
  if (ws.getImages().length > 0) notes.add("Pictures are not shown here; saving keeps them.");
  if ((ws as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet)
    notes.add("Sheet protection is not enforced here; saving keeps it.");
}

function richText(v: unknown): string {
  const rich = (v as CellRichTextValue | undefined)?.richText;
  return rich ? rich.map((part) => part.text).join("") : String(v ?? "");
}

/** A formula's cached result as the simulator stores values (dates as serials, errors as their text). */
function resultValue(result: unknown, date1904: boolean): CellValue {
  if (result === undefined || result === null) return null;
  if (result instanceof Date) return dateToSerial(result, date1904);
  if (typeof result === "object" && "error" in result) return (result as CellErrorValue).error;
  if (typeof result === "number" || typeof result === "boolean" || typeof result === "string") return result;
  return null;
}

/** One cell of the file as the simulator's cell, or undefined when it holds nothing worth keeping. */
function cellFrom(
  ExcelJS: ExcelJs,
  cell: FileCell,
  date1904: boolean,
  columnStyle: CellStyle | undefined,
): Cell | undefined {
  const { ValueType } = ExcelJS;
  const out: Cell = { value: null, ...styleFromExcelJs(cell.style) };
  // A cell repeats its column's format in the file; the simulator lets it fall through from the column.
  const numFmt = cell.numFmt;
  if (numFmt && numFmt !== "General" && numFmt !== columnStyle?.numberFormat) out.numberFormat = numFmt;
  const v = cell.value;
  switch (cell.type) {
    case ValueType.Number:
    case ValueType.Boolean:
      out.value = v as number | boolean;
      break;
    case ValueType.String:
    case ValueType.SharedString:
    case ValueType.RichText:
      out.value = richText(v);
      break;
    case ValueType.Date:
      out.value = dateToSerial(v as Date, date1904);
      break;
    case ValueType.Error:
      out.value = (v as CellErrorValue).error;
      out.error = true;
      break;
    case ValueType.Hyperlink: {
      const link = v as { text?: unknown; hyperlink?: string };
      out.value = richText(link.text);
      const target = link.hyperlink ?? "";
      out.hyperlink = target.startsWith("#") ? { documentReference: target.slice(1) } : { address: target };
      break;
    }
    case ValueType.Formula:
      out.formula = `=${cell.formula}`;
      out.value = resultValue(cell.result, date1904);
      if (typeof cell.result === "object" && cell.result !== null && "error" in cell.result) out.error = true;
      break;
    default:
      break;
  }
  if (out.value === "") out.value = null;
  const hasStyle = Object.keys(out).some((k) => k !== "value");
  return out.value !== null || hasStyle ? out : undefined;
}

/** Worksheet members exceljs has but its type declarations leave out. */
interface SheetExtras {
  dataValidations: { model: Record<string, object | undefined> };
  conditionalFormattings?: { ref: string; rules: ConditionalFormattingRule[] }[];
}

interface FileTable {
  name: string;
  displayName?: string;
  tableRef?: string;
  ref?: string;
  totalsRow?: boolean;
  style?: { theme?: string | null };
}

/**
 * Tables, after the cells so their headers are read from the sheet. exceljs reports a table as header-less
 * when the file leaves headerRowCount at its default of 1, so every table is taken to have a header row
 * (as every table the simulator and the add-in make does).
 */
function readTables(ws: Worksheet, wb: SimWorkbook, sheet: SheetModel, notes: Set<string>): void {
  for (const t of ws.getTables() as unknown as { model: FileTable }[]) {
    const model = t.model;
    const rect = rectsOf(model.tableRef ?? model.ref ?? "")[0];
    if (!rect) continue;
    try {
      const table = createTableModel(wb, sheet, rect, true);
      table.name = model.displayName || model.name;
      table.style = model.style?.theme ?? "";
      table.showTotals = model.totalsRow === true;
    } catch {
      notes.add(
        `The table "${model.name}" overlaps merged cells or another table, so it was opened as plain cells.`,
      );
    }
  }
  // Formulas in a table show "this row" references as [@[Column]] (the file spells them out).
  for (const table of wb.tablesOn(sheet.id)) {
    for (const [r, c, cell] of sheet.cells.within(table.rect)) {
      if (cell.formula !== undefined) {
        const formula = fromFileFormula(cell.formula, table.name);
        if (formula !== cell.formula) sheet.cells.set(r, c, { ...cell, formula });
      }
    }
  }
}

/** Each rule under its stand-in cell (readPrepared.ts), on the ranges the file gave it. */
function readValidations(ws: Worksheet, sheet: SheetModel, notes: Set<string>, ranges: string[]): void {
  const model = (ws as unknown as SheetExtras).dataValidations.model;
  for (const [address, dv] of Object.entries(model)) {
    if (!dv) continue;
    const n = standInIndex(address);
    const rects = rectsOf(n === null ? address : (ranges[n - 1] ?? ""));
    const rule = validationFromFile(dv as DataValidation);
    if (!rule) {
      if ((dv as { type?: string }).type !== "any")
        notes.add("Some data validation rules are not checked here; saving keeps them.");
      continue;
    }
    for (const rect of rects) sheet.validations.push({ rect, ...rule });
  }
}

function readConditionalFormats(ws: Worksheet, wb: SimWorkbook, sheet: SheetModel, notes: Set<string>): void {
  const found: {
    priority: number;
    order: number;
    rect: Rect;
    part: NonNullable<ReturnType<typeof conditionalFormatFromFile>>;
  }[] = [];
  for (const cf of (ws as unknown as SheetExtras).conditionalFormattings ?? []) {
    for (const rule of cf.rules) {
      const part = conditionalFormatFromFile(rule);
      if (!part) {
        notes.add(
          "Conditional formats other than formula and cell-value rules (data bars, colour scales, icon sets…) are not drawn here; saving keeps them.",
        );
        continue;
      }
      const priority = (rule as { priority?: number }).priority ?? Number.MAX_SAFE_INTEGER;
      for (const rect of rectsOf(cf.ref)) found.push({ priority, order: found.length, rect, part });
    }
  }
  found.sort((a, b) => a.priority - b.priority || a.order - b.order);
  for (const { rect, part } of found)
    sheet.conditionalFormats.push({ id: `{CF-${++wb.counters.cf}}`, rect, ...part });
}

function readNames(book: Workbook, wb: SimWorkbook, notes: Set<string>): void {
  const model = (
    book.definedNames as unknown as { model: { name: string; ranges: string[]; localSheetId?: number }[] }
  ).model;
  for (const item of model) {
    if (item.name.startsWith("_xlnm.")) continue;
    if (item.localSheetId !== undefined) {
      notes.add("Names that belong to one sheet are not used here; saving keeps them.");
      continue;
    }
    if (item.ranges.length === 0 || wb.tableByName(item.name)) continue;
    wb.names.push({ name: item.name, formula: `=${item.ranges.join(",")}`, comment: "", visible: true });
  }
}
