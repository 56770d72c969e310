// An .xlsx file read into a new SimWorkbook: sheets, typed values, formulas with their cached values,
// number formats and styles, merges, widths, tables, validation, conditional formats and names. The
// parts are read as text straight from the package (read/), which keeps them for saving; see
// docs/preview.md ("How .xlsx files are read") for why this is not done with exceljs any more.
import { SimWorkbook } from "../simulator";
import { parseAddress } from "../simulator/address";
import type { Cell } from "../simulator/cells";
import type { SheetModel } from "../simulator/model";
import { createTableModel } from "../simulator/tables";
import { checkXlsxBytes } from "./fileKind";
import type { OpenedWorkbook } from "./opened";
import { OpenFileError } from "./openError";
import { fromFileFormula } from "./structuredRefs";
import { takeBaseline } from "./package/baseline";
import { setPackageSource } from "./package/source";
import { partKind } from "./package/savePlan";
import { readFileCharts } from "./chartXml";
import {
  relKind,
  relsPathOf,
  parseRels,
  WORKBOOK_PART,
  XlsxPackage,
  type Relationship,
} from "./package/xlsxPackage";
import { readSheetPart, rectsOf } from "./read/sheetPart";
import { readSharedStrings } from "./read/strings";
import { readStyles } from "./read/styles";
import { nameRanges, readWorkbookPart } from "./read/workbookPart";
import { tagAttr } from "./read/xmlScan";

const damaged = (fileName: string, detail: string) =>
  new OpenFileError(
    `"${fileName}" could not be read as an .xlsx workbook (${detail}). The file may be damaged; open it in Excel and save it again as "Excel Workbook (.xlsx)".`,
  );

export async function readXlsx(fileName: string, bytes: Uint8Array): Promise<OpenedWorkbook> {
  checkXlsxBytes(fileName, bytes);
  let pkg: XlsxPackage;
  let opened: OpenedWorkbook & { tableParts: Map<string, string> };
  try {
    pkg = await XlsxPackage.open(bytes);
    if (!pkg.has(WORKBOOK_PART)) throw new Error("it has no workbook part");
    opened = toSimWorkbook(pkg);
  } catch (e) {
    throw damaged(fileName, e instanceof Error ? e.message : String(e));
  }
  if (opened.workbook.sheets.length === 0) throw damaged(fileName, "it holds no worksheets");
  // Charts are drawn over their sheets (files/chartXml.ts); one the reader cannot follow is only counted.
  const drawn = await readFileCharts(pkg, opened.workbook).catch(() => 0);
  // Saving writes this package back with only what changed replaced (files/package/writePackage.ts).
  const baseline = takeBaseline(
    opened.workbook,
    (name) => pkg.sheetPart(name)?.part,
    (name) => opened.tableParts.get(name.toLowerCase()),
  );
  setPackageSource(opened.workbook, { pkg, baseline });
  const unshown = unshownParts(pkg, drawn);
  if (unshown) opened.notes.push(`${unshown} not shown in the preview; saving keeps them unchanged.`);
  opened.workbook.formulasFromFile = true;
  return { workbook: opened.workbook, notes: opened.notes };
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

const visibilityOf = (state: string | undefined): SheetModel["visibility"] =>
  state === "hidden" ? "Hidden" : state === "veryHidden" ? "VeryHidden" : "Visible";

/** Builds the whole new workbook; nothing of the one on screen is touched. */
function toSimWorkbook(pkg: XlsxPackage): OpenedWorkbook & { tableParts: Map<string, string> } {
  const book = readWorkbookPart(pkg.textNow(WORKBOOK_PART) ?? "");
  const bookRels = parseRels(WORKBOOK_PART, pkg.textNow(relsPathOf(WORKBOOK_PART)));
  const partOf = (kind: string) => bookRels.find((r) => relKind(r.type) === kind && !r.external)?.target;
  const stringsPart = partOf("sharedStrings");
  const stylesPart = partOf("styles");
  const strings = readSharedStrings(stringsPart && pkg.textNow(stringsPart));
  const styles = readStyles(stylesPart && pkg.textNow(stylesPart));

  const wb = new SimWorkbook();
  wb.date1904 = book.date1904;
  const notes = new Set<string>();
  const tableParts = new Map<string, string>();
  const active: { sheet?: SheetModel; cell?: string }[] = [];
  for (const entry of pkg.sheets) {
    const xml = pkg.textNow(entry.part);
    if (xml === undefined || !/<(\w+:)?worksheet\b/.test(xml)) continue; // a chart sheet or a missing part
    const rels = parseRels(entry.part, pkg.textNow(relsPathOf(entry.part)));
    const sheet = wb.requireSheet(wb.addSheet(entry.name));
    sheet.visibility = visibilityOf(book.states.get(entry.relId));
    const { activeCell } = readSheetPart(
      xml,
      wb,
      sheet,
      {
        strings,
        cellFormats: styles.cellFormats,
        styles,
        date1904: wb.date1904,
        relTarget: (id) => rels.find((r) => r.id === id)?.target,
      },
      notes,
    );
    active.push({ sheet, cell: activeCell });
    readTables(pkg, rels, wb, sheet, notes, tableParts);
    noteUnshown(pkg, rels, notes);
  }
  // The sheet and cell that were active when the file was saved are where the person starts.
  const start = active[book.activeTab] ?? active[0];
  if (start?.sheet && start.sheet.visibility === "Visible")
    wb.setSelection(start.sheet.name, start.cell && parseAddress(start.cell) ? start.cell : "A1");
  readNames(book.names, wb, notes);
  // A formula engine plugged in later starts from every cell; the record of cells set while reading goes.
  for (const sheet of wb.sheets) sheet.cells.takeChanges();
  wb.markFormulasDirty();
  return { workbook: wb, notes: [...notes], tableParts };
}

/**
 * Tables, after the cells so their headers are read from the sheet. Every table is taken to have a
 * header row (as every table the simulator and the add-in make does).
 */
function readTables(
  pkg: XlsxPackage,
  rels: Relationship[],
  wb: SimWorkbook,
  sheet: SheetModel,
  notes: Set<string>,
  tableParts: Map<string, string>,
): void {
  for (const rel of rels) {
    if (relKind(rel.type) !== "table" || rel.external) continue;
    const xml = pkg.textNow(rel.target) ?? "";
    const tag = /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0] ?? "";
    const name = tagAttr(tag, "displayName") || tagAttr(tag, "name") || "";
    const rect = rectsOf(tagAttr(tag, "ref") ?? "")[0];
    if (name) tableParts.set(name.toLowerCase(), rel.target);
    if (!rect) continue;
    try {
      const table = createTableModel(wb, sheet, rect, true);
      table.name = name || table.name;
      const style = /<(?:\w+:)?tableStyleInfo\b[^>]*>/.exec(xml)?.[0];
      table.style = (style && tagAttr(style, "name")) ?? "";
      table.showTotals = Number(tagAttr(tag, "totalsRowCount") ?? 0) > 0;
    } catch {
      notes.add(
        `The table "${name}" overlaps merged cells or another table, so it was opened as plain cells.`,
      );
    }
  }
  // Formulas in a table show "this row" references as [@[Column]] (the file spells them out).
  // A calculated column repeats one formula on every row: each text is converted once per table.
  const tables = wb.tablesOn(sheet.id).map((table) => ({ table, shown: new Map<string, string>() }));
  if (tables.length === 0) return;
  const changes: [number, number, Cell][] = [];
  sheet.cells.forEach((r, c, cell) => {
    if (cell.formula === undefined) return;
    const { rect } = tables[0].table;
    const at =
      r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1
        ? tables[0]
        : tables.find(({ table: t }) => r >= t.rect.r0 && r <= t.rect.r1 && c >= t.rect.c0 && c <= t.rect.c1);
    if (!at) return;
    let formula = at.shown.get(cell.formula);
    if (formula === undefined)
      at.shown.set(cell.formula, (formula = fromFileFormula(cell.formula, at.table.name)));
    if (formula !== cell.formula) changes.push([r, c, { ...cell, formula }]);
  });
  for (const [r, c, cell] of changes) sheet.cells.load(r, c, cell);
}

/** Comments and pictures of a sheet are kept in the file but not shown: the person is told. */
function noteUnshown(pkg: XlsxPackage, rels: Relationship[], notes: Set<string>): void {
  for (const rel of rels) {
    if (rel.external) continue;
    const kind = relKind(rel.type);
    if (kind === "comments" && /<(\w+:)?comment\b/.test(pkg.textNow(rel.target) ?? ""))
      notes.add("Cell comments (notes) are not shown here; saving keeps them.");
    if (kind === "drawing" && /<(\w+:)?pic\b/.test(pkg.textNow(rel.target) ?? ""))
      notes.add("Pictures are not shown here; saving keeps them.");
  }
}

function readNames(
  names: { name: string; text: string; localSheetId?: number }[],
  wb: SimWorkbook,
  notes: Set<string>,
): void {
  for (const item of names) {
    if (item.name.startsWith("_xlnm.")) continue;
    if (item.localSheetId !== undefined) {
      notes.add("Names that belong to one sheet are not used here; saving keeps them.");
      continue;
    }
    const ranges = nameRanges(item.text);
    if (ranges.length === 0 || wb.tableByName(item.name)) continue;
    wb.names.push({ name: item.name, formula: `=${ranges.join(",")}`, comment: "", visible: true });
  }
}
