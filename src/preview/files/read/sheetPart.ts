// One worksheet part read into a new sheet of the simulator: its cells (sheetData.ts), and what the
// simulator models around them: columns, frozen panes, tab colour, gridlines, merges, hyperlinks, data
// validation (the extension list's too), conditional formats and the AutoFilter. What the preview does
// not show (pictures, comments, protection, other rule kinds) is named in `notes`.
import type { ConditionalFormattingRule, DataValidation, Style } from "exceljs";
import { parseAddress, type Rect } from "../../simulator/address";
import type { CellStyle, SheetModel } from "../../simulator/model";
import { DEFAULT_COLUMN_WIDTH } from "../../simulator/range-ops";
import type { SimWorkbook } from "../../simulator";
import { fromArgb, widthToPoints } from "../xlsxStyles";
import { conditionalFormatFromFile, validationFromFile } from "../xlsxRules";
import { readSheetData, type SheetDataContext } from "./sheetData";
import type { Styles } from "./styles";
import { boolAttr, element, elements, innerText, startTagOf, tagAttr, withoutPrefix } from "./xmlScan";

export interface SheetPartContext extends SheetDataContext {
  styles: Styles;
  /** The sheet's relationships: id → target (hyperlinks). */
  relTarget(id: string): string | undefined;
}

/** The rectangles of a space-separated list of A1 ranges ("A1:B3 D4"). */
export function rectsOf(sqref: string): Rect[] {
  return sqref
    .trim()
    .split(/\s+/)
    .map((part) => parseAddress(part)?.rect)
    .filter((r): r is Rect => r !== undefined);
}

export interface SheetPartRead {
  /** The cell the sheet's view had selected ("B3"), if it says. */
  activeCell?: string;
}

export function readSheetPart(
  part: string,
  wb: SimWorkbook,
  sheet: SheetModel,
  ctx: SheetPartContext,
  notes: Set<string>,
): SheetPartRead {
  const xml = withoutPrefix(part, "worksheet");
  const open = xml.indexOf("<sheetData");
  const openEnd = open < 0 ? -1 : xml.indexOf(">", open);
  const selfClosing = open >= 0 && xml[openEnd - 1] === "/";
  const close = open < 0 || selfClosing ? openEnd : xml.indexOf("</sheetData>", openEnd);
  // Everything but the cells: small, searched as text.
  const head = open < 0 ? xml : xml.slice(0, open);
  const tail = open < 0 ? "" : xml.slice(selfClosing ? openEnd + 1 : close + "</sheetData>".length);

  const tab = /<tabColor\b[^>]*>/.exec(head)?.[0];
  const tabColor = tab && fromArgb(tagAttr(tab, "rgb"));
  if (tabColor) sheet.tabColor = tabColor;
  const activeCell = readView(head, sheet);
  readColumns(head, sheet, ctx.styles);
  if (open >= 0 && !selfClosing) readSheetData(xml, openEnd + 1, close, sheet, ctx);

  sheet.merges = elements(tail, "mergeCell").flatMap((m) => rectsOf(tagAttr(m, "ref") ?? ""));
  // The file repeats a merge's style on every cell of it; in Excel only the top-left cell has content.
  for (const m of sheet.merges)
    for (const [r, c] of [...sheet.cells.within(m)])
      if (r !== m.r0 || c !== m.c0) sheet.cells.set(r, c, undefined);
  readHyperlinks(tail, sheet, ctx);
  readValidations(tail, sheet, notes);
  readConditionalFormats(tail, wb, sheet, ctx.styles, notes);
  const filter = /<autoFilter\b[^>]*>/.exec(tail)?.[0];
  const filterRect = filter && rectsOf(tagAttr(filter, "ref") ?? "")[0];
  if (filterRect) sheet.autoFilter = { rect: filterRect, criteria: {} };
  const protection = /<sheetProtection\b[^>]*>/.exec(tail)?.[0];
  if (protection && boolAttr(protection, "sheet"))
    notes.add("Sheet protection is not enforced here; saving keeps it.");
  return { activeCell };
}

/** Frozen panes and gridlines of the first view; returns its selected cell. */
function readView(head: string, sheet: SheetModel): string | undefined {
  const view = element(head, "sheetView");
  if (!view) return undefined;
  if (!boolAttr(startTagOf(view), "showGridLines", true)) sheet.showGridlines = false;
  const pane = /<pane\b[^>]*>/.exec(view)?.[0];
  const state = pane && tagAttr(pane, "state");
  if (pane && (state === "frozen" || state === "frozenSplit")) {
    sheet.frozenRows = Number(tagAttr(pane, "ySplit") ?? 0) || 0;
    sheet.frozenCols = Number(tagAttr(pane, "xSplit") ?? 0) || 0;
  }
  const activePane = pane && tagAttr(pane, "activePane");
  const selections = [...view.matchAll(/<selection\b[^>]*>/g)].map((m) => m[0]);
  const selection = selections.find((s) => tagAttr(s, "pane") === activePane) ?? selections[0];
  return selection && tagAttr(selection, "activeCell");
}

function readColumns(head: string, sheet: SheetModel, styles: Styles): void {
  for (const col of elements(element(head, "cols") ?? "", "col")) {
    const min = Number(tagAttr(col, "min"));
    const max = Math.min(Number(tagAttr(col, "max") ?? min), 16384);
    if (!Number.isFinite(min) || min < 1) continue;
    const widthText = tagAttr(col, "width");
    // A column at the standard width (as a hidden or formatted column is written) keeps no width of its own.
    const width = widthText === undefined ? undefined : widthToPoints(Number(widthText));
    const hidden = boolAttr(col, "hidden");
    const styleId = tagAttr(col, "style");
    const format = styleId === undefined ? undefined : styles.cellFormats[Number(styleId)];
    const style: CellStyle = { ...format?.style };
    if (format?.numberFormat) style.numberFormat = format.numberFormat;
    for (let n = min; n <= max; n++) {
      const i = n - 1;
      if (width !== undefined && width !== DEFAULT_COLUMN_WIDTH) sheet.columnWidths[i] = width;
      if (hidden) sheet.hiddenCols[i] = true;
      if (Object.keys(style).length > 0) sheet.columnStyles[i] = { ...style };
    }
  }
}

function readHyperlinks(tail: string, sheet: SheetModel, ctx: SheetPartContext): void {
  for (const link of elements(element(tail, "hyperlinks") ?? "", "hyperlink")) {
    const rect = rectsOf(tagAttr(link, "ref") ?? "")[0];
    if (!rect) continue;
    const id = tagAttr(link, "r:id");
    const location = tagAttr(link, "location");
    const target = id === undefined ? undefined : ctx.relTarget(id);
    const hyperlink =
      target !== undefined
        ? { address: location ? `${target}#${location}` : target }
        : location
          ? { documentReference: location }
          : undefined;
    if (!hyperlink) continue;
    const cell = sheet.cells.get(rect.r0, rect.c0);
    if (cell) sheet.cells.set(rect.r0, rect.c0, { ...cell, hyperlink });
  }
}

/** A <dataValidation> (standard or the extension list's) in the shape files/xlsxRules.ts reads. */
function validationModel(dv: string, formulas: (string | undefined)[]): DataValidation {
  const tag = startTagOf(dv);
  const type = tagAttr(tag, "type") ?? "any";
  const out: Record<string, unknown> = { type, formulae: formulas.filter((f) => f !== undefined) };
  if (tagAttr(tag, "type") !== undefined) out.allowBlank = boolAttr(tag, "allowBlank");
  out.showInputMessage = boolAttr(tag, "showInputMessage");
  out.showErrorMessage = boolAttr(tag, "showErrorMessage");
  if (type !== "any" && type !== "list" && type !== "custom")
    out.operator = tagAttr(tag, "operator") ?? "between";
  for (const name of ["promptTitle", "prompt", "errorStyle", "errorTitle", "error"]) {
    const v = tagAttr(tag, name);
    if (v !== undefined) out[name] = v;
  }
  return out as unknown as DataValidation;
}

/**
 * Standard rules, then the ones Excel 2010 and later keep in the sheet's extension list (a list whose
 * source is on another sheet, [MS-XLSX] 2.6.4): each on every range it names.
 */
function readValidations(tail: string, sheet: SheetModel, notes: Set<string>): void {
  const found: { dv: DataValidation; sqref: string }[] = [];
  for (const dv of elements(element(tail, "dataValidations") ?? "", "dataValidation")) {
    const formulas = [1, 2].map((n) => {
      const f = element(dv, `formula${n}`);
      return f === undefined ? undefined : innerText(f);
    });
    found.push({ dv: validationModel(dv, formulas), sqref: tagAttr(startTagOf(dv), "sqref") ?? "" });
  }
  for (const dv of elements(tail, "x14:dataValidation")) {
    const formulas = [1, 2].map((n) => {
      const f = element(element(dv, `x14:formula${n}`) ?? "", "xm:f");
      return f === undefined ? undefined : innerText(f);
    });
    const sqref = element(dv, "xm:sqref");
    found.push({ dv: validationModel(dv, formulas), sqref: sqref ? innerText(sqref) : "" });
  }
  for (const { dv, sqref } of found) {
    const rule = validationFromFile(dv);
    if (!rule) {
      if (dv.type !== ("any" as DataValidation["type"]))
        notes.add("Some data validation rules are not checked here; saving keeps them.");
      continue;
    }
    for (const rect of rectsOf(sqref)) sheet.validations.push({ rect, ...rule });
  }
}

const CF_NOTE =
  "Conditional formats other than formula and cell-value rules (data bars, colour scales, icon sets…) are not drawn here; saving keeps them.";

function readConditionalFormats(
  tail: string,
  wb: SimWorkbook,
  sheet: SheetModel,
  styles: Styles,
  notes: Set<string>,
): void {
  const found: {
    priority: number;
    order: number;
    rect: Rect;
    part: NonNullable<ReturnType<typeof conditionalFormatFromFile>>;
  }[] = [];
  for (const cf of elements(tail, "conditionalFormatting")) {
    const rects = rectsOf(tagAttr(startTagOf(cf), "sqref") ?? "");
    for (const ruleXml of elements(cf, "cfRule")) {
      const tag = startTagOf(ruleXml);
      const dxfId = tagAttr(tag, "dxfId");
      const style: Partial<Style> | undefined = dxfId === undefined ? undefined : styles.dxfs[Number(dxfId)];
      const rule = {
        type: tagAttr(tag, "type") ?? "",
        operator: tagAttr(tag, "operator"),
        formulae: elements(ruleXml, "formula").map(innerText),
        style,
        stopIfTrue: boolAttr(tag, "stopIfTrue"),
      } as unknown as ConditionalFormattingRule;
      const part = conditionalFormatFromFile(rule);
      if (!part) {
        notes.add(CF_NOTE);
        continue;
      }
      const priority = Number(tagAttr(tag, "priority") ?? Number.MAX_SAFE_INTEGER);
      for (const rect of rects) found.push({ priority, order: found.length, rect, part });
    }
  }
  if (/<x14:cfRule\b/.test(tail)) notes.add(CF_NOTE);
  found.sort((a, b) => a.priority - b.priority || a.order - b.order);
  for (const { rect, part } of found)
    sheet.conditionalFormats.push({ id: `{CF-${++wb.counters.cf}}`, rect, ...part });
}
