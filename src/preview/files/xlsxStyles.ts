// Cell styles read from exceljs's style objects, colours and column widths between the model and the file.
import type { Alignment, Style } from "exceljs";
import type { CellStyle } from "../simulator/model";

/** exceljs colours are ARGB ("FFRRGGBB"); the simulator's are "#RRGGBB". Theme colours have no ARGB. */
export function fromArgb(argb: string | undefined): string | undefined {
  return argb && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

export function toArgb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

// Column widths: the file stores characters of the default font, Excel's API points. At Calibri 11 a
// character is 7 px plus 5 px of padding, and 96 px make 72 pt (ECMA-376 Part 1, 18.3.1.13 width).
const PX_PER_CHAR = 7;
const PADDING_PX = 5;
const PT_PER_PX = 0.75;

export function widthToPoints(chars: number): number {
  return Math.round((chars * PX_PER_CHAR + PADDING_PX) * PT_PER_PX * 100) / 100;
}

export function pointsToWidth(points: number): number {
  return Math.max(0, (points / PT_PER_PX - PADDING_PX) / PX_PER_CHAR);
}

/** Excel API horizontal alignments ("Center") and their file names ("center"). */
export const ALIGN_TO_FILE: Record<string, Alignment["horizontal"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};

/** The simulator's style fields read from an exceljs style (number format aside). */
export function styleFromExcelJs(style: Partial<Style> | undefined): CellStyle {
  const out: CellStyle = {};
  // Most cells of a large sheet have the default style: answered without building anything.
  if (
    !style ||
    (!style.fill && !style.alignment && !style.font?.bold && !style.font?.italic && !style.font?.color?.argb)
  )
    return out;
  const font = style.font;
  if (font?.bold) out.bold = true;
  if (font?.italic) out.italic = true;
  const fontColor = fromArgb(font?.color?.argb);
  if (fontColor && fontColor !== "#000000") out.fontColor = fontColor;
  const fill = style.fill;
  if (fill?.type === "pattern" && fill.pattern === "solid") {
    const color = fromArgb(fill.fgColor?.argb);
    if (color) out.fill = color;
  }
  if (style.alignment?.wrapText) out.wrap = true;
  const horizontal = style.alignment?.horizontal;
  const api = Object.entries(ALIGN_TO_FILE).find(([, file]) => file === horizontal)?.[0];
  if (api) out.horizontalAlignment = api;
  return out;
}
