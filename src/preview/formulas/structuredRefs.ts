// Structured references (Table[Col], [@[Col]], Table[[#This Row],[Col]], Table[#Headers] …) rewritten
// as absolute A1 references, so an A1-only formula engine can evaluate a table's formulas. This is a
// text translation, not a formula parser: it skips string literals and rewrites each bracketed group.
import { formatAbsolute, type Rect } from "../simulator/address";
import { groupEnd, mapStructuredRefs } from "./structuredRefScan";

/** What the translation needs to know about one table (rows and columns 0-based). */
export interface TableShape {
  name: string;
  sheet: string;
  /** The whole table, header row (when shown) and totals row (when shown) included. */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  /** Header text of each column, left to right. */
  columns: string[];
}

export interface FormulaAt {
  sheet: string;
  row: number;
  col: number;
}

type Item = "#All" | "#Data" | "#Headers" | "#Totals" | "#This Row";
const ITEMS: Item[] = ["#All", "#Data", "#Headers", "#Totals", "#This Row"];

/** Thrown inside the translation; becomes the Excel error in place of the reference. */
class RefError {
  constructor(readonly code: "#REF!" | "#VALUE!") {}
}

/** The column name inside a specifier: a leading ' escapes the next character (Excel's rule). */
function unescapeColumn(text: string): string {
  return text.replace(/'(.)/g, "$1").trim();
}

/** Splits "[#This Row],[Col]" / "[A]:[B]" into its bracketed parts and the separators between them. */
function parts(inner: string): { names: string[]; separators: string[] } {
  const names: string[] = [];
  const separators: string[] = [];
  let i = 0;
  while (i < inner.length) {
    const ch = inner[i];
    if (ch === "[") {
      const end = groupEnd(inner, i);
      if (end < 0) throw new RefError("#REF!");
      names.push(inner.slice(i + 1, end - 1));
      i = end;
    } else if (ch === "," || ch === ":") {
      separators.push(ch);
      i++;
    } else if (ch === " ") i++;
    else throw new RefError("#REF!");
  }
  return { names, separators };
}

function columnIndex(table: TableShape, name: string): number {
  const wanted = unescapeColumn(name).toLowerCase();
  const i = table.columns.findIndex((c) => c.toLowerCase() === wanted);
  if (i < 0) throw new RefError("#REF!");
  return i;
}

/** Rows (inclusive) covered by a set of special items, or a #REF! when the table lacks them. */
function rowsOf(table: TableShape, items: Set<Item>, at: FormulaAt): [number, number] {
  const { rect, showHeaders, showTotals } = table;
  const header = showHeaders ? rect.r0 : null;
  const totals = showTotals ? rect.r1 : null;
  const data: [number, number] = [rect.r0 + (showHeaders ? 1 : 0), rect.r1 - (showTotals ? 1 : 0)];
  if (items.has("#This Row")) {
    // Implicit intersection: only a formula on one of the table's data rows has a "this row".
    if (at.sheet.toLowerCase() !== table.sheet.toLowerCase() || at.row < data[0] || at.row > data[1])
      throw new RefError("#VALUE!");
    return [at.row, at.row];
  }
  if (items.has("#All") || items.size === 0) return items.size === 0 ? data : [rect.r0, rect.r1];
  const spans: [number, number][] = [];
  if (items.has("#Headers")) {
    if (header === null) throw new RefError("#REF!");
    spans.push([header, header]);
  }
  if (items.has("#Data")) spans.push(data);
  if (items.has("#Totals")) {
    if (totals === null) throw new RefError("#REF!");
    spans.push([totals, totals]);
  }
  return [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
}

/** The A1 reference of one structured reference's bracketed body (without the outer brackets). */
function resolve(table: TableShape, body: string, at: FormulaAt): string {
  const text = body.trim();
  const items = new Set<Item>();
  let columns: [number, number] = [0, table.columns.length - 1];
  if (text.startsWith("@")) {
    // [@Col], [@[Col]] or [@] (the whole row).
    items.add("#This Row");
    const rest = text.slice(1).trim();
    if (rest !== "") {
      const name = rest.startsWith("[") && rest.endsWith("]") ? rest.slice(1, -1) : rest;
      const i = columnIndex(table, name);
      columns = [i, i];
    }
  } else if (text.startsWith("[")) {
    const { names, separators } = parts(text);
    const cols: number[] = [];
    for (const name of names) {
      const item = ITEMS.find((x) => x.toLowerCase() === name.trim().toLowerCase());
      if (item) items.add(item);
      else cols.push(columnIndex(table, name));
    }
    if (cols.length > 2 || (cols.length === 2 && !separators.includes(":"))) throw new RefError("#REF!");
    if (cols.length > 0) columns = [Math.min(...cols), Math.max(...cols)];
  } else if (text.startsWith("#")) {
    const item = ITEMS.find((x) => x.toLowerCase() === text.toLowerCase());
    if (!item) throw new RefError("#REF!");
    items.add(item);
  } else if (text !== "") {
    const i = columnIndex(table, text);
    columns = [i, i];
  }
  const [r0, r1] = rowsOf(table, items, at);
  const rect = { r0, r1, c0: table.rect.c0 + columns[0], c1: table.rect.c0 + columns[1] };
  return formatAbsolute(table.sheet, rect);
}

/** The table whose body or header holds the cell, for unqualified references such as [@Col]. */
function tableAt(tables: TableShape[], at: FormulaAt): TableShape | undefined {
  const sheet = at.sheet.toLowerCase();
  return tables.find(
    (t) =>
      t.sheet.toLowerCase() === sheet &&
      at.row >= t.rect.r0 &&
      at.row <= t.rect.r1 &&
      at.col >= t.rect.c0 &&
      at.col <= t.rect.c1,
  );
}

/** True when the formula has a bracket outside its string literals (so may hold structured references). */
export function hasStructuredRefs(formula: string): boolean {
  let inString = false;
  for (const ch of formula) {
    if (ch === '"') inString = !inString;
    else if (ch === "[" && !inString) return true;
  }
  return false;
}

/**
 * The formula with every structured reference replaced by an absolute A1 reference ('Sheet'!$C$2:$C$9).
 * A reference to a missing table or column becomes #REF!; a this-row reference from outside the
 * table's data rows becomes #VALUE! (Excel's implicit intersection failing).
 */
export function translateStructuredRefs(formula: string, at: FormulaAt, tables: TableShape[]): string {
  if (!hasStructuredRefs(formula)) return formula;
  return mapStructuredRefs(formula, ({ table: name, body }) => {
    try {
      const table = name
        ? tables.find((t) => t.name.toLowerCase() === name.toLowerCase())
        : tableAt(tables, at);
      if (!table) throw new RefError("#REF!");
      return resolve(table, body, at);
    } catch (error) {
      if (!(error instanceof RefError)) throw error;
      return error.code;
    }
  });
}
