// Table rules of the model: creation, unique header names, and growth when data is written below.
import { intersect, rectCols, subtract, type Rect } from "./address";
import { SimError } from "./errors";
import type { SheetModel, TableModel } from "./model";
import { shiftCells } from "./shift";
import type { SimWorkbook } from "./workbook";
import { mapStructuredRefs } from "../formulas/structuredRefScan";

/** Header text as Excel shows it: numbers and booleans become their text, formulas their value. */
function headerText(sheet: SheetModel, r: number, c: number): string {
  const v = sheet.cells.get(r, c)?.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** Excel's renaming of table headers: a blank becomes "Column<n>", a repeat gets a number ("Qty2"). */
export function uniqueHeaders(raw: string[]): string[] {
  const used = new Set<string>();
  return raw.map((h, i) => {
    const base = h.trim() === "" ? `Column${i + 1}` : h;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

function nextTableName(wb: SimWorkbook): string {
  for (let n = 1; ; n++) if (!wb.tableByName(`Table${n}`)) return `Table${n}`;
}

/** Rewrites a table's header row so it holds unique text headers, and updates the column names. */
export function normalizeHeaders(wb: SimWorkbook, table: TableModel): void {
  const sheet = wb.sheetById(table.sheetId);
  if (!sheet || !table.showHeaders) return;
  const r = table.rect.r0;
  const raw: string[] = [];
  for (let c = table.rect.c0; c <= table.rect.c1; c++) raw.push(headerText(sheet, r, c));
  const names = uniqueHeaders(raw);
  names.forEach((name, i) => {
    const c = table.rect.c0 + i;
    const cell = sheet.cells.get(r, c);
    if (cell?.value !== name || cell.formula !== undefined) {
      sheet.cells.update(r, c, (x) => {
        delete x.formula;
        delete x.error;
        return { ...x, value: name };
      });
    }
  });
  const width = rectCols(table.rect);
  while (table.columns.length < width) table.columns.push({ id: table.nextColumnId++, name: "" });
  table.columns.length = width;
  table.columns.forEach((col, i) => {
    if (col.name && col.name !== names[i]) renameColumnReferences(wb, table, col.name, names[i]);
    col.name = names[i];
  });
}

/** Creates a table over `rect`; without headers, a header row is inserted above the data as Excel does. */
export function createTableModel(
  wb: SimWorkbook,
  sheet: SheetModel,
  rect: Rect,
  hasHeaders: boolean,
): TableModel {
  let area = rect;
  if (!hasHeaders) {
    shiftCells(wb, sheet, { ...rect, r1: rect.r0 }, "Down");
    area = { ...rect, r1: rect.r1 + 1 };
  }
  for (const t of wb.tablesOn(sheet.id)) {
    if (intersect(t.rect, area))
      throw new SimError("InvalidOperation", "A table can't overlap another table.");
  }
  for (const m of sheet.merges) {
    if (intersect(m, area)) throw new SimError("MergedRangeConflict", "Tables can't contain merged cells.");
  }
  // A table needs a body: a header-only range gets one empty row.
  if (area.r1 === area.r0) area = { ...area, r1: area.r0 + 1 };
  const table: TableModel = {
    id: String(++wb.counters.table),
    name: nextTableName(wb),
    sheetId: sheet.id,
    rect: area,
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
    columns: [],
    nextColumnId: 1,
    filters: {},
  };
  wb.tables.push(table);
  normalizeHeaders(wb, table);
  return table;
}

/**
 * Calculated columns (every body cell holds the same formula, as structured references make them), by
 * absolute column: Excel copies their formula into rows the table gains.
 */
export function calculatedColumns(sheet: SheetModel, table: TableModel): Map<number, string> {
  const out = new Map<number, string>();
  const first = table.rect.r0 + 1;
  const last = table.rect.r1 - (table.showTotals ? 1 : 0);
  if (last < first) return out;
  for (let c = table.rect.c0; c <= table.rect.c1; c++) {
    let formula: string | undefined;
    let same = true;
    for (let r = first; r <= last && same; r++) {
      const f = sheet.cells.get(r, c)?.formula;
      if (f === undefined || (formula !== undefined && f !== formula)) same = false;
      formula = f;
    }
    if (same && formula !== undefined) out.set(c, formula);
  }
  return out;
}

/** Puts each calculated column's formula into the given rows where the cell is empty. */
export function fillCalculated(
  wb: SimWorkbook,
  sheet: SheetModel,
  formulas: Map<number, string>,
  rows: number[],
): void {
  for (const [c, formula] of formulas) {
    for (const r of rows) {
      const cell = sheet.cells.get(r, c);
      if (cell && (cell.value !== null || cell.formula !== undefined)) continue;
      sheet.cells.update(r, c, (x) => ({ ...x, formula, value: null }));
      wb.markFormulasDirty();
    }
  }
}

/**
 * Excel gives a row a table gains the formatting of the row next to it: here the number format, which
 * the add-in's registers keep on the body's first row (src/excel/createRegister.ts). A cell that has a
 * number format of its own keeps it; other formatting is not modelled.
 */
export function carryNumberFormats(sheet: SheetModel, table: TableModel, from: number, rows: number[]): void {
  for (let c = table.rect.c0; c <= table.rect.c1; c++) {
    const format = sheet.cells.get(from, c)?.numberFormat;
    if (format === undefined) continue;
    for (const r of rows)
      if (sheet.cells.get(r, c)?.numberFormat === undefined)
        sheet.cells.update(r, c, (x) => ({ ...x, numberFormat: format }));
  }
}

/**
 * Excel grows a table when data is entered in the row directly below it (AutoCorrect's "include new rows
 * and columns in table", which also applies to API writes): the table takes in the written rows.
 * Runs after the cells are written, so calculated columns are judged on the old rows only.
 */
export function autoExpand(wb: SimWorkbook, sheet: SheetModel, written: Rect, hasContent: boolean): void {
  if (!hasContent) return;
  for (const t of wb.tablesOn(sheet.id)) {
    if (t.showTotals || written.r0 !== t.rect.r1 + 1) continue;
    if (written.c1 < t.rect.c0 || written.c0 > t.rect.c1) continue;
    const grown: Rect = { ...t.rect, r1: written.r1 };
    const blocked = wb.tablesOn(sheet.id).some((o) => o !== t && intersect(o.rect, grown));
    if (blocked) continue;
    const formulas = calculatedColumns(sheet, t);
    const rows = Array.from({ length: grown.r1 - t.rect.r1 }, (_, i) => t.rect.r1 + 1 + i);
    fillCalculated(wb, sheet, formulas, rows);
    carryNumberFormats(sheet, t, t.rect.r1, rows);
    stretchRules(sheet, t, grown.r1);
    t.rect = grown;
  }
}

/**
 * Excel carries a column's rules into rows a table gains: a data validation or conditional format whose
 * range lies within the table's columns, starts at the top of the body (or the header) and ends on the
 * last body row is extended to `newLastBody`. `before` is the table's area before it grew (by default its
 * area now: call before `table.rect` changes). Other rules stay as they are.
 */
export function stretchRules(
  sheet: SheetModel,
  table: TableModel,
  newLastBody: number,
  before: Rect = table.rect,
): void {
  const firstBody = before.r0 + (table.showHeaders ? 1 : 0);
  const lastBody = before.r1 - (table.showTotals ? 1 : 0);
  if (newLastBody <= lastBody) return;
  const follows = (r: Rect) =>
    r.r1 === lastBody && r.r0 >= before.r0 && r.r0 <= firstBody && r.c0 >= before.c0 && r.c1 <= before.c1;
  const added = (r: Rect): Rect => ({ ...r, r0: lastBody + 1, r1: newLastBody });
  const stretched = sheet.validations.filter((v) => follows(v.rect));
  // A cell has one validation: a stretched rule replaces whatever the new rows had.
  const newAreas = stretched.map((v) => added(v.rect));
  sheet.validations = sheet.validations.flatMap((v) => {
    if (stretched.includes(v)) return [{ ...v, rect: { ...v.rect, r1: newLastBody } }];
    let parts = [v.rect];
    for (const area of newAreas) parts = parts.flatMap((p) => subtract(p, area));
    return parts.map((rect) => ({ ...v, rect }));
  });
  sheet.conditionalFormats = sheet.conditionalFormats.map((cf) =>
    follows(cf.rect) ? { ...cf, rect: { ...cf.rect, r1: newLastBody } } : cf,
  );
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A column name as a structured reference spells it ('-escaped [ ] # '). */
const refName = (name: string) => name.replace(/['#[\]]/g, "'$&");

/** A structured reference's inside with column `from` renamed `to` ("[#This Row],[Qty]", "@Qty", "Qty"). */
function renameColumnInBody(body: string, from: string, to: string): string {
  const f = refName(from);
  const t = refName(to);
  if (body.toLowerCase() === f.toLowerCase()) return t;
  if (body.startsWith("@") && body.slice(1).toLowerCase() === f.toLowerCase()) return `@${t}`;
  return body.replace(new RegExp(`\\[${escapeRe(f)}\\]`, "gi"), `[${t}]`);
}

/**
 * Excel's rename of a table column (its header cell rewritten): references to the column, by the
 * table's name anywhere or without a name inside the table, follow to the new name.
 */
function renameColumnReferences(wb: SimWorkbook, table: TableModel, from: string, to: string): void {
  const own = table.name.toLowerCase();
  for (const sheet of wb.sheets)
    for (const [r, c, cell] of [...sheet.cells.entries()]) {
      if (cell.formula === undefined) continue;
      const inside =
        sheet.id === table.sheetId &&
        r >= table.rect.r0 &&
        r <= table.rect.r1 &&
        c >= table.rect.c0 &&
        c <= table.rect.c1;
      const formula = mapStructuredRefs(cell.formula, ({ table: name, body }) =>
        name.toLowerCase() === own || (name === "" && inside)
          ? `${name}[${renameColumnInBody(body, from, to)}]`
          : null,
      );
      if (formula !== cell.formula) {
        sheet.cells.set(r, c, { ...cell, formula });
        wb.markFormulasDirty();
      }
    }
}

/**
 * Excel's rename of a table: every structured reference that names it (in cell formulas, defined
 * names and conditional-format rules) follows to the new name, so formulas keep their results.
 */
export function renameTableReferences(wb: SimWorkbook, from: string, to: string): void {
  const low = from.toLowerCase();
  const rename = (formula: string) =>
    mapStructuredRefs(formula, ({ table, body }) => (table.toLowerCase() === low ? `${to}[${body}]` : null));
  let changed = false;
  for (const sheet of wb.sheets) {
    for (const [r, c, cell] of [...sheet.cells.entries()]) {
      if (cell.formula === undefined) continue;
      const formula = rename(cell.formula);
      if (formula === cell.formula) continue;
      sheet.cells.set(r, c, { ...cell, formula });
      changed = true;
    }
    for (const cf of sheet.conditionalFormats) if (cf.formula) cf.formula = rename(cf.formula);
  }
  for (const name of wb.names) name.formula = rename(name.formula);
  if (changed) wb.markFormulasDirty();
}
