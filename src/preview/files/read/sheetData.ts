// The cells of a worksheet part's <sheetData>: rows (hidden, height) and cells with their types, formulas
// (shared formulas spelt out for each cell, as Excel shows them), cached values and formats, stored
// straight into the simulator's sheet. One pass of indexOf over the text; no element tree is built.
import type { Cell, CellValue } from "../../simulator/cells";
import type { SheetModel } from "../../simulator/model";
import { shiftReferences } from "../../formulas/shiftReferences";
import { dateToSerial } from "../../../core/cells/excelDates";
import { unescapeXml } from "../package/xml";
import type { CellFormat } from "./styles";
import { stringItemText, tagAttr } from "./xmlScan";

export interface SheetDataContext {
  strings: readonly string[];
  cellFormats: readonly CellFormat[];
  date1904: boolean;
}

interface SharedFormula {
  formula: string;
  row: number;
  col: number;
}

const unescape = (text: string) => (text.includes("&") ? unescapeXml(text) : text);

/** The column (0-based) of a cell reference ("AB12" → 27). */
function refColumn(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) n = n * 26 + (code - 64);
    else if (code >= 97 && code <= 122) n = n * 26 + (code - 96);
    else break;
  }
  return n - 1;
}

/** The text between `<name …>` and `</name>` inside a cell, or undefined when the cell has none. */
function child(inner: string, name: string): { tag: string; text: string | undefined } | undefined {
  const open = inner.indexOf(`<${name}`);
  if (open < 0) return undefined;
  const after = inner.charCodeAt(open + name.length + 1);
  if (after !== 62 && after !== 32 && after !== 47) return undefined;
  const gt = inner.indexOf(">", open);
  const tag = inner.slice(open, gt + 1);
  if (inner.charCodeAt(gt - 1) === 47) return { tag, text: undefined };
  const close = inner.indexOf(`</${name}>`, gt);
  return { tag, text: inner.slice(gt + 1, close < 0 ? inner.length : close) };
}

/** A cell's value from its type (t) and <v> text, as the simulator stores values. */
function valueOf(type: string | undefined, v: string | undefined, inner: string, ctx: SheetDataContext) {
  let value: CellValue = null;
  let error = false;
  switch (type) {
    case "s":
      value = v === undefined ? null : (ctx.strings[Number(v)] ?? null);
      break;
    case "str":
      value = v === undefined ? null : unescape(v);
      break;
    case "inlineStr": {
      const is = child(inner, "is");
      value = is?.text === undefined ? null : stringItemText(is.text);
      break;
    }
    case "b":
      value = v === undefined ? null : v.trim() === "1" || v.trim() === "true";
      break;
    case "e":
      value = v === undefined ? null : unescape(v);
      error = value !== null;
      break;
    case "d": {
      const date = v === undefined ? NaN : Date.parse(v);
      value = Number.isNaN(date) ? null : dateToSerial(new Date(date), ctx.date1904 ? 1904 : 1900);
      break;
    }
    default: {
      const n = v === undefined || v === "" ? NaN : Number(v);
      value = Number.isNaN(n) ? null : n;
    }
  }
  if (value === "") value = null;
  return { value, error };
}

/** Reads `<sheetData>` (the text between its start and end tags) into the sheet. */
export function readSheetData(
  xml: string,
  from: number,
  to: number,
  sheet: SheetModel,
  ctx: SheetDataContext,
) {
  const shared = new Map<string, SharedFormula>();
  const columnFormats = sheet.columnStyles;
  let row = -1;
  let nextCol = 0;
  let at = from;
  while (at < to) {
    const lt = xml.indexOf("<", at);
    if (lt < 0 || lt >= to) break;
    const kind = xml.charCodeAt(lt + 1);
    const gt = xml.indexOf(">", lt);
    // <row …>
    if (kind === 114 && xml.startsWith("<row", lt) && !isNameChar(xml.charCodeAt(lt + 4))) {
      const tag = xml.slice(lt, gt + 1);
      const r = tagAttr(tag, "r");
      row = r === undefined ? row + 1 : Number(r) - 1;
      nextCol = 0;
      if (tag.includes("hidden") && /\shidden="(1|true)"/.test(tag)) sheet.hiddenRows[row] = true;
      const ht = tag.includes(" ht=") ? tagAttr(tag, "ht") : undefined;
      if (ht !== undefined && Number.isFinite(Number(ht))) sheet.rowHeights[row] = Number(ht);
      at = gt + 1;
      continue;
    }
    // <c …/> or <c …>…</c>
    if (kind === 99 && !isNameChar(xml.charCodeAt(lt + 2))) {
      const empty = xml.charCodeAt(gt - 1) === 47;
      const tag = xml.slice(lt, empty ? gt - 1 : gt);
      let inner = "";
      if (empty) at = gt + 1;
      else {
        const close = xml.indexOf("</c>", gt);
        inner = xml.slice(gt + 1, close);
        at = close + 4;
      }
      const ref = tagAttr(tag, "r");
      const col = ref === undefined ? nextCol : refColumn(ref);
      nextCol = col + 1;
      if (row < 0) row = 0;
      const cell = readCell(tag, inner, row, col, shared, ctx, columnFormats[col]?.numberFormat);
      if (cell) sheet.cells.load(row, col, cell);
      continue;
    }
    at = gt + 1;
  }
}

const isNameChar = (code: number) =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 58;

function readCell(
  tag: string,
  inner: string,
  row: number,
  col: number,
  shared: Map<string, SharedFormula>,
  ctx: SheetDataContext,
  columnNumberFormat: string | undefined,
): Cell | undefined {
  const s = tagAttr(tag, "s");
  const format = ctx.cellFormats[s === undefined ? 0 : Number(s)] ?? ctx.cellFormats[0];
  const type = tagAttr(tag, "t");
  const v = inner ? child(inner, "v")?.text : undefined;
  const { value, error } = valueOf(type, v, inner, ctx);
  const out: Cell = { value, ...format?.style };
  if (error) out.error = true;
  // A cell repeats its column's format in the file; the simulator lets it fall through from the column.
  const numberFormat = format?.numberFormat;
  if (numberFormat !== undefined && numberFormat !== columnNumberFormat) out.numberFormat = numberFormat;
  const f = inner ? child(inner, "f") : undefined;
  if (f) {
    const formula = formulaOf(f, row, col, shared);
    if (formula !== undefined) out.formula = `=${formula}`;
  }
  for (const k in out) if (k !== "value") return out;
  return value !== null ? out : undefined;
}

/** The formula of a cell's <f>: its text, or for a cell of a shared formula, the first cell's moved. */
function formulaOf(
  f: { tag: string; text: string | undefined },
  row: number,
  col: number,
  shared: Map<string, SharedFormula>,
): string | undefined {
  const kind = tagAttr(f.tag, "t");
  if (kind === "dataTable") return undefined;
  const text = f.text === undefined ? "" : unescape(f.text);
  if (kind === "shared") {
    const si = tagAttr(f.tag, "si") ?? "";
    if (text) {
      shared.set(si, { formula: text, row, col });
      return text;
    }
    const first = shared.get(si);
    return first ? shiftReferences(first.formula, row - first.row, col - first.col) : undefined;
  }
  return text || undefined;
}
