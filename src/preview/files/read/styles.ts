// The styles part as the simulator uses it: each cell format (xf) as the simulator's cell style and
// number format, and each differential format (dxf, for conditional formats) in the shape
// files/xlsxRules.ts reads.
import type { Style } from "exceljs";
import type { CellStyle } from "../../simulator/model";
import { ALIGN_TO_FILE, fromArgb } from "../xlsxStyles";
import { boolAttr, element, elements, startTagOf, tagAttr, withoutPrefix } from "./xmlScan";

/** The built-in number formats (ECMA-376 Part 1, 18.8.30), by id; locale-dependent ids are left out. */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export interface CellFormat {
  /** Bold, italic, colours, wrap and alignment; shared by every cell of the format (copied on store). */
  style: CellStyle;
  /** The number format's code, undefined for General. */
  numberFormat?: string;
}

export interface Styles {
  /** By xf index (a cell's s attribute). */
  cellFormats: CellFormat[];
  /** Differential formats by index, as exceljs-shaped styles. */
  dxfs: Partial<Style>[];
}

interface Font {
  bold: boolean;
  italic: boolean;
  color?: string;
}

function flag(font: string, tag: "b" | "i"): boolean {
  const m = new RegExp(`<${tag}(?=[\\s/>])[^>]*>`).exec(font);
  return m ? boolAttr(m[0], "val", true) : false;
}

function readFont(font: string): Font {
  const color = /<color\b[^>]*>/.exec(font)?.[0];
  return { bold: flag(font, "b"), italic: flag(font, "i"), color: color && tagAttr(color, "rgb") };
}

/** The colour of a solid pattern fill's foreground (or background, for a dxf), as ARGB. */
function fillColor(fill: string, which: "fgColor" | "bgColor"): string | undefined {
  const pattern = /<patternFill\b[^>]*>/.exec(fill)?.[0];
  const color = new RegExp(`<${which}\\b[^>]*>`).exec(fill)?.[0];
  if (!pattern || !color) return undefined;
  return tagAttr(color, "rgb");
}

function numberFormats(xml: string): Map<number, string> {
  const out = new Map<number, string>(Object.entries(BUILT_IN_FORMATS).map(([id, f]) => [Number(id), f]));
  for (const f of elements(element(xml, "numFmts") ?? "", "numFmt")) {
    const id = Number(tagAttr(f, "numFmtId"));
    const code = tagAttr(f, "formatCode");
    if (Number.isFinite(id) && code !== undefined) out.set(id, code);
  }
  return out;
}

function cellFormat(xf: string, fonts: Font[], fills: string[], formats: Map<number, string>): CellFormat {
  const tag = startTagOf(xf);
  const style: CellStyle = {};
  const font = fonts[Number(tagAttr(tag, "fontId") ?? 0)];
  if (font?.bold) style.bold = true;
  if (font?.italic) style.italic = true;
  const fontColor = fromArgb(font?.color);
  if (fontColor && fontColor !== "#000000") style.fontColor = fontColor;
  const fill = fills[Number(tagAttr(tag, "fillId") ?? 0)] ?? "";
  if (/patternType="solid"/.test(fill)) {
    const color = fromArgb(fillColor(fill, "fgColor"));
    if (color) style.fill = color;
  }
  const alignment = /<alignment\b[^>]*>/.exec(xf)?.[0];
  if (alignment) {
    if (boolAttr(alignment, "wrapText")) style.wrap = true;
    const horizontal = tagAttr(alignment, "horizontal");
    const api = Object.entries(ALIGN_TO_FILE).find(([, file]) => file === horizontal)?.[0];
    if (api) style.horizontalAlignment = api;
  }
  const code = formats.get(Number(tagAttr(tag, "numFmtId") ?? 0));
  return code && code !== "General" ? { style, numberFormat: code } : { style };
}

function dxfStyle(dxf: string): Partial<Style> {
  const out: Record<string, unknown> = {};
  const fontXml = element(dxf, "font");
  if (fontXml) {
    const font = readFont(fontXml);
    out.font = {
      ...(font.bold ? { bold: true } : {}),
      ...(font.italic ? { italic: true } : {}),
      ...(font.color ? { color: { argb: font.color } } : {}),
    };
  }
  const fill = element(dxf, "fill");
  if (fill) {
    const bg = fillColor(fill, "bgColor");
    const fg = fillColor(fill, "fgColor");
    out.fill = {
      type: "pattern",
      pattern: "solid",
      ...(bg ? { bgColor: { argb: bg } } : {}),
      ...(fg ? { fgColor: { argb: fg } } : {}),
    };
  }
  const numFmt = /<numFmt\b[^>]*>/.exec(dxf)?.[0];
  const code = numFmt && tagAttr(numFmt, "formatCode");
  if (code) out.numFmt = code;
  return out as Partial<Style>;
}

export function readStyles(part: string | undefined): Styles {
  if (!part) return { cellFormats: [{ style: {} }], dxfs: [] };
  const xml = withoutPrefix(part, "styleSheet");
  const formats = numberFormats(xml);
  const fonts = elements(element(xml, "fonts") ?? "", "font").map(readFont);
  const fills = elements(element(xml, "fills") ?? "", "fill");
  const cellFormats = elements(element(xml, "cellXfs") ?? "", "xf").map((xf) =>
    cellFormat(xf, fonts, fills, formats),
  );
  if (cellFormats.length === 0) cellFormats.push({ style: {} });
  const dxfs = elements(element(xml, "dxfs") ?? "", "dxf").map(dxfStyle);
  return { cellFormats, dxfs };
}
