// One cell of the simulator as a sheet part's <c> element: its value typed as the file types it, its
// formula as the file spells it, and a style index made from the one it had (styleSheet.ts).
import { columnLetters } from "../../simulator/address";
import type { Cell } from "../../simulator/cells";
import type { CellStyle } from "../../simulator/model";
import { toFileFormula } from "../structuredRefs";
import type { SharedStrings } from "./sharedStrings";
import { STYLE_KEYS, type StyleProps } from "./styleSheet";
import { attr, escapeXml } from "./xml";

/** What a cell looks like: its own settings over its column's. */
export function effectiveStyle(cell: Cell | undefined, column: CellStyle | undefined): StyleProps {
  const out: StyleProps = {};
  for (const k of STYLE_KEYS) {
    const v = cell?.[k] ?? column?.[k];
    if (v !== undefined && !(k === "numberFormat" && v === "General"))
      (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/** The properties that differ, with the new value (undefined when it was taken off). */
export function styleChanges(from: StyleProps, to: StyleProps): Partial<StyleProps> {
  const out: Partial<StyleProps> = {};
  for (const k of STYLE_KEYS) if (from[k] !== to[k]) (out as Record<string, unknown>)[k] = to[k];
  return out;
}

const numberText = (n: number) => (Number.isFinite(n) ? String(n) : "0");

/** A formula's cached result: the type attribute and the <v> text. */
function cachedValue(cell: Cell): { t?: string; v?: string } {
  const v = cell.value;
  if (v === null) return {};
  if (cell.error && typeof v === "string") return { t: "e", v };
  if (typeof v === "number") return { v: numberText(v) };
  if (typeof v === "boolean") return { t: "b", v: v ? "1" : "0" };
  return { t: "str", v };
}

export interface CellWrite {
  row: number;
  col: number;
  cell: Cell;
  /** The cell's element in the file, when it had one. */
  raw?: string;
  /** The cell's style index, already worked out. */
  style: number;
  /** The table the cell belongs to (its structured references name it in the file). */
  table?: string;
  /** Keep the file's own <f> element (the formula did not change and is not being spelt out). */
  keepFormula: boolean;
}

export const RAW_FORMULA = /<f\b[^>]*?(?:\/>|>[\s\S]*?<\/f>)/;

export function cellXml(w: CellWrite, strings: SharedStrings): string {
  const { cell } = w;
  let t: string | undefined;
  let body = "";
  if (cell.formula !== undefined) {
    const kept = w.keepFormula && w.raw ? RAW_FORMULA.exec(w.raw)?.[0] : undefined;
    const f = kept ?? `<f>${escapeXml(toFileFormula(cell.formula.replace(/^=/, ""), w.table))}</f>`;
    const cached = cachedValue(cell);
    t = cached.t;
    body = f + (cached.v === undefined ? "" : `<v>${escapeXml(cached.v)}</v>`);
  } else if (cell.value !== null) {
    const v = cell.value;
    if (cell.error && typeof v === "string") {
      t = "e";
      body = `<v>${escapeXml(v)}</v>`;
    } else if (typeof v === "string") {
      t = "s";
      body = `<v>${strings.indexOf(v)}</v>`;
    } else if (typeof v === "boolean") {
      t = "b";
      body = `<v>${v ? 1 : 0}</v>`;
    } else body = `<v>${numberText(v)}</v>`;
  }
  const ref = `${columnLetters(w.col)}${w.row + 1}`;
  // Dynamic-array and rich-value metadata belong to the formula they came with.
  const start = w.keepFormula && w.raw ? (/^<c\b[^>]*>/.exec(w.raw)?.[0] ?? "") : "";
  const meta = ["cm", "vm"].map((a) => (attr(start, a) ? ` ${a}="${attr(start, a)}"` : "")).join("");
  const head = `<c r="${ref}"${w.style ? ` s="${w.style}"` : ""}${t ? ` t="${t}"` : ""}${meta}`;
  return body ? `${head}>${body}</c>` : `${head}/>`;
}
