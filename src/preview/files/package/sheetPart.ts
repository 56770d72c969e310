// A worksheet part written again with only what changed replaced: rows whose cells changed (the other
// rows stay as they were, byte for byte), and the elements of the sheet the simulator models (columns,
// merges, views, validation, conditional formats, hyperlinks, table list) where they changed. Whatever
// else the sheet holds (drawings, comments' anchors, page setup, extensions) is kept as it is.
import { SimWorkbook } from "../../simulator/workbook";
import { columnLetters, columnIndex } from "../../simulator/address";
import type { Cell } from "../../simulator/cells";
import type { CellStyle, SheetModel, TableModel } from "../../simulator/model";
import { DEFAULT_COLUMN_WIDTH } from "../../simulator/range-ops";
import { pointsToWidth, toArgb } from "../xlsxStyles";
import { cellKey, COLS, sameCell, type BaselineSheet } from "./baseline";
import { cellXml, effectiveStyle, RAW_FORMULA, styleChanges } from "./cellXml";
import { conditionalFormatXml, fileRange, validationXml } from "./rulesXml";
import type { SharedStrings } from "./sharedStrings";
import type { StyleSheet } from "./styleSheet";
import { attr, escapeXml, joinRoot, placeChild, setAttr, splitRoot, type SplitRoot } from "./xml";

export const NEW_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/></worksheet>';

// CT_Worksheet's children in schema order (ECMA-376 Part 1, 18.3.1.99).
const SHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

type Meta = BaselineSheet["meta"];

/** A new sheet's settings, as the simulator makes one. */
export const EMPTY_META: Meta = (() => {
  const {
    id: _id,
    name: _name,
    visibility: _visibility,
    cells: _cells,
    ...meta
  } = new SimWorkbook().createSheet("New");
  return meta;
})();

/** What this writer does not write: charts and print settings made in the preview (the save plan says so). */
const NOT_WRITTEN = new Set<keyof Meta>(["charts", "pageLayout"]);

export interface SheetContext {
  sheet: SheetModel;
  /** The sheet as read from the file; undefined for a sheet the file did not have. */
  base: BaselineSheet | undefined;
  tables: TableModel[];
  styles: StyleSheet;
  strings: SharedStrings;
  /** The <tableParts> element, null for none, undefined when the sheet's tables did not change. */
  tableParts: string | null | undefined;
  /** A relationship id for an external hyperlink (added to the sheet's relationships). */
  linkRel(address: string): string;
  /** The sheet is the one the workbook opens on. */
  selected: boolean;
  selection: string | undefined;
  /** The file's <cols> element (new cells start from their column's format). */
  originalCols?: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The keys of the cells that differ from the file (added, changed or removed). */
export function changedCells(sheet: SheetModel, base: BaselineSheet | undefined): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  for (const [r, c, cell] of sheet.cells.entries()) {
    const key = cellKey(r, c);
    seen.add(key);
    if (!sameCell(cell, base?.cells.get(key))) out.push(key);
  }
  for (const key of base?.cells.keys() ?? []) if (!seen.has(key)) out.push(key);
  return out;
}

/** The aspects of the sheet (besides cells) that differ from the file. */
export function changedAspects(sheet: SheetModel, base: Meta): Set<keyof Meta> {
  const out = new Set<keyof Meta>();
  for (const k of Object.keys(EMPTY_META) as (keyof Meta)[]) {
    if (NOT_WRITTEN.has(k)) continue;
    const a = k === "conditionalFormats" ? sheet[k].map(({ id: _id, ...cf }) => cf) : sheet[k];
    const b = k === "conditionalFormats" ? base[k].map(({ id: _id, ...cf }) => cf) : base[k];
    if (!same(a, b)) out.add(k);
  }
  return out;
}

export function writeSheetPart(raw: string, ctx: SheetContext): string {
  const { sheet } = ctx;
  const base = ctx.base?.meta ?? EMPTY_META;
  const aspects = changedAspects(sheet, base);
  const cells = changedCells(sheet, ctx.base);
  if (!ctx.base) aspects.add("frozenRows");
  const root = splitRoot(raw);
  ctx = { ...ctx, originalCols: root.children.find((c) => c.name === "cols")?.text };
  const put = (name: string, text: string | null) => placeChild(root, name, text, SHEET_ORDER);
  const element = (name: string) => root.children.find((c) => c.name === name)?.text;

  if (aspects.has("tabColor")) put("sheetPr", sheetPr(element("sheetPr"), sheet.tabColor));
  if (aspects.has("frozenRows") || aspects.has("frozenCols") || aspects.has("showGridlines"))
    put("sheetViews", sheetViews(element("sheetViews"), sheet, ctx));
  if (aspects.has("columnWidths") || aspects.has("hiddenCols") || aspects.has("columnStyles"))
    put("cols", cols(element("cols"), sheet, base, ctx.styles));
  const rowChanges = new Set<number>();
  for (const k of ["rowHeights", "hiddenRows"] as const)
    for (const r of new Set([...Object.keys(sheet[k]), ...Object.keys(base[k])]))
      if (same(sheet[k][Number(r)], base[k][Number(r)])) continue;
      else rowChanges.add(Number(r));
  if (cells.length > 0 || rowChanges.size > 0) {
    put("sheetData", sheetData(element("sheetData") ?? "<sheetData/>", cells, rowChanges, ctx));
    const used = sheet.cells.bounds(false);
    put("dimension", `<dimension ref="${used ? fileRange(used) : "A1"}"/>`);
  }
  if (aspects.has("autoFilter")) put("autoFilter", autoFilter(sheet, ctx.tables));
  if (aspects.has("merges"))
    put(
      "mergeCells",
      sheet.merges.length
        ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${fileRange(m)}"/>`).join("")}</mergeCells>`
        : null,
    );
  if (aspects.has("conditionalFormats")) conditionalFormats(root, sheet, ctx.styles);
  if (aspects.has("validations")) validations(root, sheet);
  if (cells.some((key) => !same(hyperlinkAt(sheet, key), ctx.base?.cells.get(key)?.hyperlink)))
    put("hyperlinks", hyperlinks(element("hyperlinks"), sheet, ctx));
  if (ctx.tableParts !== undefined) put("tableParts", ctx.tableParts);
  return joinRoot(root);
}

const hyperlinkAt = (sheet: SheetModel, key: number) =>
  sheet.cells.get(Math.floor(key / COLS), key % COLS)?.hyperlink;

function sheetPr(raw: string | undefined, tabColor: string): string | null {
  let pr = (raw ?? "<sheetPr/>").replace(/<tabColor\b[^>]*?\/>/, "");
  if (tabColor) {
    const color = `<tabColor rgb="${toArgb(tabColor)}"/>`;
    pr = pr.endsWith("/>")
      ? `${pr.slice(0, -2)}>${color}</sheetPr>`
      : pr.replace(/^(<sheetPr\b[^>]*>)/, `$1${color}`);
  }
  return pr === "<sheetPr/>" ? null : pr;
}

function sheetViews(raw: string | undefined, sheet: SheetModel, ctx: SheetContext): string {
  let view = /<sheetView\b[^>]*>/.exec(raw ?? "")?.[0] ?? '<sheetView workbookViewId="0">';
  if (view.endsWith("/>")) view = `${view.slice(0, -2)}>`;
  view = setAttr(view, "showGridLines", sheet.showGridlines ? undefined : "0");
  if (!ctx.base) view = setAttr(view, "tabSelected", ctx.selected ? "1" : undefined);
  const rows = sheet.frozenRows;
  const colsFrozen = sheet.frozenCols;
  const active = ctx.selection ?? /<selection\b[^>]*?activeCell="([^"]*)"/.exec(raw ?? "")?.[1] ?? "A1";
  let inner = "";
  let pane = "";
  if (rows > 0 || colsFrozen > 0) {
    pane = rows > 0 && colsFrozen > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
    const topLeft = `${columnLetters(colsFrozen)}${rows + 1}`;
    inner += `<pane${colsFrozen ? ` xSplit="${colsFrozen}"` : ""}${rows ? ` ySplit="${rows}"` : ""} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>`;
  }
  inner += `<selection${pane ? ` pane="${pane}"` : ""} activeCell="${escapeXml(active)}" sqref="${escapeXml(active)}"/>`;
  return `<sheetViews>${view}${inner}</sheetView></sheetViews>`;
}

interface ColEntry {
  min: number;
  max: number;
  tag: string;
}

function cols(raw: string | undefined, sheet: SheetModel, base: Meta, styles: StyleSheet): string | null {
  const entries: ColEntry[] = [...(raw ?? "").matchAll(/<col\b[^>]*?\/>/g)].map((m) => ({
    min: Number(attr(m[0], "min")),
    max: Number(attr(m[0], "max")),
    tag: m[0],
  }));
  const touched = new Set(
    [
      sheet.columnWidths,
      sheet.hiddenCols,
      sheet.columnStyles,
      base.columnWidths,
      base.hiddenCols,
      base.columnStyles,
    ].flatMap((m) => Object.keys(m).map(Number)),
  );
  for (const c of touched) {
    const width = sheet.columnWidths[c];
    const hidden = sheet.hiddenCols[c] === true;
    const style = effectiveStyle(undefined, sheet.columnStyles[c]);
    const was = effectiveStyle(undefined, base.columnStyles[c]);
    const changes = styleChanges(was, style);
    if (
      width === base.columnWidths[c] &&
      hidden === (base.hiddenCols[c] === true) &&
      Object.keys(changes).length === 0
    )
      continue;
    const n = c + 1;
    let at = entries.findIndex((e) => e.min <= n && n <= e.max);
    if (at < 0) {
      entries.push({ min: n, max: n, tag: `<col min="${n}" max="${n}"/>` });
      at = entries.length - 1;
    } else {
      const e = entries[at];
      const pieces: ColEntry[] = [];
      if (e.min < n) pieces.push({ min: e.min, max: n - 1, tag: setAttr(e.tag, "max", n - 1) });
      pieces.push({ min: n, max: n, tag: setAttr(setAttr(e.tag, "min", n), "max", n) });
      if (e.max > n) pieces.push({ min: n + 1, max: e.max, tag: setAttr(e.tag, "min", n + 1) });
      entries.splice(at, 1, ...pieces);
      at = entries.findIndex((x) => x.min === n);
    }
    let tag = entries[at].tag;
    tag = setAttr(tag, "width", pointsToWidth(width ?? DEFAULT_COLUMN_WIDTH));
    tag = setAttr(tag, "customWidth", width === undefined ? undefined : "1");
    tag = setAttr(tag, "hidden", hidden ? "1" : undefined);
    if (Object.keys(changes).length > 0) {
      const xf = styles.derive(Number(attr(tag, "style") ?? 0), changes);
      tag = setAttr(tag, "style", xf || undefined);
    }
    entries[at].tag = tag;
  }
  entries.sort((a, b) => a.min - b.min);
  return entries.length ? `<cols>${entries.map((e) => e.tag).join("")}</cols>` : null;
}

interface RowText {
  r: number;
  text: string;
}

const ROW = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

/** A cell element's column (0-based) from its r attribute. */
function cellColumn(cellText: string): number {
  const ref = attr(/^<c\b[^>]*>/.exec(cellText)?.[0] ?? "", "r") ?? "";
  return columnIndex(/^[A-Z]+/i.exec(ref)?.[0] ?? "A");
}

function sheetData(raw: string, keys: number[], rowChanges: Set<number>, ctx: SheetContext): string {
  const rows: RowText[] = [];
  let next = 1;
  for (const m of raw.matchAll(ROW)) {
    const r = Number(attr(/^<row\b[^>]*>/.exec(m[0])?.[0] ?? "", "r") ?? next);
    rows.push({ r: r - 1, text: m[0] });
    next = r + 1;
  }
  const byRow = new Map<number, RowText>(rows.map((row) => [row.r, row]));
  const changed = new Map<number, Set<number>>();
  const mark = (r: number, c: number) => {
    let set = changed.get(r);
    if (!set) changed.set(r, (set = new Set()));
    set.add(c);
  };
  for (const key of keys) mark(Math.floor(key / COLS), key % COLS);
  for (const r of rowChanges) if (!changed.has(r)) changed.set(r, new Set());

  // A changed cell of a shared formula: every cell of that formula is written out in full, since the
  // other cells of the group read their formula from the first one.
  const spelled = new Set<number>();
  const groups = new Set<string>();
  for (const [r, set] of changed)
    for (const c of set) {
      const f = cellsOf(byRow.get(r)?.text).get(c)?.match(RAW_FORMULA)?.[0];
      if (f && attr(f, "t") === "shared") groups.add(attr(f, "si") ?? "");
    }
  if (groups.size > 0)
    for (const row of rows)
      for (const [c, text] of cellsOf(row.text)) {
        const f = RAW_FORMULA.exec(text)?.[0];
        if (f && attr(f, "t") === "shared" && groups.has(attr(f, "si") ?? "")) {
          mark(row.r, c);
          spelled.add(cellKey(row.r, c));
        }
      }

  for (const [r, set] of changed) {
    const old = byRow.get(r);
    const cellTexts = cellsOf(old?.text);
    for (const c of set) {
      const text = writeCell(r, c, cellTexts.get(c), spelled.has(cellKey(r, c)), ctx);
      if (text === null) cellTexts.delete(c);
      else cellTexts.set(c, text);
    }
    let start = old
      ? (/^<row\b[^>]*?(?=\/?>)/.exec(old.text)?.[0] ?? `<row r="${r + 1}"`) + ">"
      : `<row r="${r + 1}">`;
    start = setAttr(start, "spans", undefined);
    if (rowChanges.has(r)) {
      const height = ctx.sheet.rowHeights[r];
      start = setAttr(start, "ht", height);
      start = setAttr(start, "customHeight", height === undefined ? undefined : "1");
      start = setAttr(start, "hidden", ctx.sheet.hiddenRows[r] ? "1" : undefined);
    }
    const body = [...cellTexts]
      .sort((a, b) => a[0] - b[0])
      .map(([, t]) => t)
      .join("");
    const keepEmpty = /\s(ht|hidden|s|customFormat)="/.test(start);
    const text = body ? `${start}${body}</row>` : keepEmpty ? `${start.slice(0, -1)}/>` : "";
    if (old) old.text = text;
    else if (text) rows.push({ r, text });
  }
  rows.sort((a, b) => a.r - b.r);
  const body = rows.map((row) => row.text).join("");
  const open = /^<sheetData\b[^>]*?(?=\/?>)/.exec(raw)?.[0] ?? "<sheetData";
  return body ? `${open}>${body}</sheetData>` : `${open}/>`;
}

function cellsOf(rowText: string | undefined): Map<number, string> {
  const out = new Map<number, string>();
  if (!rowText) return out;
  let next = 0;
  for (const m of rowText.matchAll(CELL)) {
    const c = attr(/^<c\b[^>]*>/.exec(m[0])?.[0] ?? "", "r") ? cellColumn(m[0]) : next;
    out.set(c, m[0]);
    next = c + 1;
  }
  return out;
}

function tableAt(tables: TableModel[], r: number, c: number): TableModel | undefined {
  return tables.find((t) => r >= t.rect.r0 && r <= t.rect.r1 && c >= t.rect.c0 && c <= t.rect.c1);
}

function writeCell(
  r: number,
  c: number,
  raw: string | undefined,
  spell: boolean,
  ctx: SheetContext,
): string | null {
  const { sheet } = ctx;
  const cell: Cell | undefined = sheet.cells.get(r, c);
  const before = ctx.base?.cells.get(cellKey(r, c));
  if (!cell) return null;
  const baseColumn: CellStyle | undefined = ctx.base?.meta.columnStyles[c];
  const to = effectiveStyle(cell, sheet.columnStyles[c]);
  let style: number;
  if (raw) {
    const from = effectiveStyle(before, baseColumn);
    const rawStyle = Number(attr(/^<c\b[^>]*>/.exec(raw)?.[0] ?? "", "s") ?? 0);
    style = ctx.styles.derive(rawStyle, styleChanges(from, to));
  } else {
    // A new cell starts from its column's format, as in Excel.
    const colXf = columnXf(ctx, c);
    const from = colXf ? effectiveStyle(undefined, baseColumn) : {};
    style = ctx.styles.derive(colXf, styleChanges(from, to));
  }
  return cellXml(
    {
      row: r,
      col: c,
      cell,
      raw,
      style,
      table: tableAt(ctx.tables, r, c)?.name,
      keepFormula: !spell && before?.formula !== undefined && before.formula === cell.formula,
    },
    ctx.strings,
  );
}

/** The style index the file gives a column (0 when none). */
function columnXf(ctx: SheetContext, c: number): number {
  const colsText = ctx.originalCols;
  if (!colsText) return 0;
  for (const m of colsText.matchAll(/<col\b[^>]*?\/>/g)) {
    const min = Number(attr(m[0], "min"));
    const max = Number(attr(m[0], "max"));
    if (min <= c + 1 && c + 1 <= max) return Number(attr(m[0], "style") ?? 0);
  }
  return 0;
}

function autoFilter(sheet: SheetModel, tables: TableModel[]): string | null {
  const f = sheet.autoFilter;
  // A table's filter lives in the table's part.
  if (!f || tables.some((t) => t.rect.r0 === f.rect.r0 && t.rect.c0 === f.rect.c0)) return null;
  return `<autoFilter ref="${fileRange(f.rect)}"/>`;
}

/** The modelled rules (formula and cell-value rules) are written again; other kinds stay as they were. */
function conditionalFormats(root: SplitRoot, sheet: SheetModel, styles: StyleSheet): void {
  const kept: string[] = [];
  for (const child of root.children.filter((c) => c.name === "conditionalFormatting")) {
    const rules = [...child.text.matchAll(/<cfRule\b[^>]*?(?:\/>|>[\s\S]*?<\/cfRule>)/g)].map((m) => m[0]);
    const others = rules.filter((rule) => !["expression", "cellIs"].includes(attr(rule, "type") ?? ""));
    if (others.length === 0) continue;
    const open = /^<conditionalFormatting\b[^>]*>/.exec(child.text)?.[0] ?? "";
    kept.push(`${open}${others.join("")}</conditionalFormatting>`);
  }
  const blocks: string[] = [];
  let priority = 1;
  for (const cf of sheet.conditionalFormats) {
    const xml = conditionalFormatXml(cf, priority, styles);
    if (xml) {
      blocks.push(xml);
      priority++;
    }
  }
  const renumbered = kept.map((k) =>
    k.replace(/(<cfRule\b[^>]*?\spriority=")\d+"/g, (_, a: string) => `${a}${priority++}"`),
  );
  const all = [...blocks, ...renumbered].join("");
  placeChild(root, "conditionalFormatting", all || null, SHEET_ORDER);
}

/** Rules of a kind the simulator models are written again; rules of no kind (prompts only) stay. */
function validations(root: SplitRoot, sheet: SheetModel): void {
  const raw = root.children.find((c) => c.name === "dataValidations")?.text ?? "";
  const others = [...raw.matchAll(/<dataValidation\b[^>]*?(?:\/>|>[\s\S]*?<\/dataValidation>)/g)]
    .map((m) => m[0])
    .filter((dv) => (attr(dv, "type") ?? "none") === "none");
  const rules = [...sheet.validations.map(validationXml).filter((x): x is string => x !== null), ...others];
  placeChild(
    root,
    "dataValidations",
    rules.length ? `<dataValidations count="${rules.length}">${rules.join("")}</dataValidations>` : null,
    SHEET_ORDER,
  );
  // Rules Excel keeps in the extension list were read into the model with the others (files/read/sheetPart.ts).
  const ext = root.children.find((c) => c.name === "extLst");
  if (ext) {
    const text = ext.text.replace(
      /<ext\b[^>]*>\s*<x14:dataValidations\b[\s\S]*?<\/x14:dataValidations>\s*<\/ext>/g,
      "",
    );
    placeChild(root, "extLst", /<ext\b/.test(text) ? text : null, SHEET_ORDER);
  }
}

function hyperlinks(raw: string | undefined, sheet: SheetModel, ctx: SheetContext): string | null {
  const rawByRef = new Map(
    [...(raw ?? "").matchAll(/<hyperlink\b[^>]*?\/>/g)].map((m) => [attr(m[0], "ref") ?? "", m[0]]),
  );
  const out: string[] = [];
  const cells = [...sheet.cells.entries()].filter(([, , cell]) => cell.hyperlink);
  cells.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [r, c, cell] of cells) {
    const ref = `${columnLetters(c)}${r + 1}`;
    const link = cell.hyperlink as NonNullable<Cell["hyperlink"]>;
    const before = ctx.base?.cells.get(cellKey(r, c))?.hyperlink;
    const kept = rawByRef.get(ref);
    if (kept && same(before, link)) {
      out.push(kept);
      continue;
    }
    const tip = link.screenTip ? ` tooltip="${escapeXml(link.screenTip)}"` : "";
    if (link.documentReference !== undefined)
      out.push(`<hyperlink ref="${ref}" location="${escapeXml(link.documentReference)}"${tip}/>`);
    else if (link.address) out.push(`<hyperlink ref="${ref}" r:id="${ctx.linkRel(link.address)}"${tip}/>`);
  }
  // Links on cells the simulator did not read (a range link, say) stay.
  for (const [ref, text] of rawByRef) {
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!m) out.push(text);
  }
  return out.length ? `<hyperlinks>${out.join("")}</hyperlinks>` : null;
}
