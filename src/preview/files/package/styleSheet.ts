// The package's styles part, added to but never rewritten: a cell whose look changed gets a new cell
// format (xf) made from the one it had, with only the changed properties replaced, so every index the
// untouched sheets use still means what it meant. Conditional formats add differential formats (dxf).
import type { CellStyle, ConditionalFormatModel } from "../../simulator/model";
import { ALIGN_TO_FILE, toArgb } from "../xlsxStyles";
import { attr, escapeXml, setAttr, splitRoot, joinRoot, placeChild, type SplitRoot } from "./xml";

/** The style properties the simulator models, compared and carried over one by one. */
export type StyleProps = Pick<
  CellStyle,
  "numberFormat" | "bold" | "italic" | "fontColor" | "fill" | "wrap" | "horizontalAlignment"
>;
export const STYLE_KEYS = [
  "numberFormat",
  "bold",
  "italic",
  "fontColor",
  "fill",
  "wrap",
  "horizontalAlignment",
] as const satisfies readonly (keyof StyleProps)[];

// CT_Stylesheet's children in schema order (ECMA-376 Part 1, 18.8.39).
const STYLES_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

const SECTION_ITEM: Record<string, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  cellXfs: "xf",
  dxfs: "dxf",
};

/** A minimal styles part (one font, the two fills Excel requires, one border, one format). */
export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  "</styleSheet>";

/** The items of a section (`<fonts><font/>…</fonts>` → each `<font>` element's text). */
function items(section: string | undefined, item: string): string[] {
  if (!section) return [];
  const out: string[] = [];
  const re = new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g");
  for (let m = re.exec(section); m; m = re.exec(section)) out.push(m[0]);
  return out;
}

export class StyleSheet {
  private readonly root: SplitRoot;
  private readonly lists = new Map<string, string[]>();
  private readonly added = new Set<string>();
  private readonly xfCache = new Map<string, number>();

  constructor(readonly original: string) {
    this.root = splitRoot(original);
    for (const [section, item] of Object.entries(SECTION_ITEM))
      this.lists.set(section, items(this.root.children.find((c) => c.name === section)?.text, item));
  }

  private list(section: string): string[] {
    return this.lists.get(section) as string[];
  }

  private append(section: string, text: string): number {
    const list = this.list(section);
    const existing = list.indexOf(text);
    if (existing >= 0) return existing;
    list.push(text);
    this.added.add(section);
    return list.length - 1;
  }

  /** The number format id for a format code (General is 0; others are found or added as custom). */
  numFmtId(code: string | undefined): number {
    if (code === undefined || code === "General") return 0;
    const list = this.list("numFmts");
    const found = list.find((f) => attr(f, "formatCode") === code);
    if (found) return Number(attr(found, "numFmtId"));
    const id = Math.max(163, ...list.map((f) => Number(attr(f, "numFmtId")))) + 1;
    this.append("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /**
   * The cell format like `baseXf` but with `changes` applied (a property set to undefined is taken
   * off), added to the part unless one like it is there already.
   */
  derive(baseXf: number, changes: Partial<StyleProps>): number {
    const keys = Object.keys(changes) as (keyof StyleProps)[];
    if (keys.length === 0) return baseXf;
    const xfs = this.list("cellXfs");
    let xf = xfs[baseXf] ?? xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    if ("numberFormat" in changes) {
      xf = setAttr(xf, "numFmtId", this.numFmtId(changes.numberFormat));
      xf = setAttr(xf, "applyNumberFormat", "1");
    }
    if ("bold" in changes || "italic" in changes || "fontColor" in changes) {
      const fonts = this.list("fonts");
      let font = fonts[Number(attr(xf, "fontId") ?? 0)] ?? fonts[0] ?? "<font/>";
      if ("bold" in changes) font = fontFlag(font, "b", changes.bold === true);
      if ("italic" in changes) font = fontFlag(font, "i", changes.italic === true);
      if ("fontColor" in changes) font = fontColor(font, changes.fontColor);
      xf = setAttr(xf, "fontId", this.append("fonts", font));
      xf = setAttr(xf, "applyFont", "1");
    }
    if ("fill" in changes) {
      const id = changes.fill ? this.append("fills", solidFill(changes.fill, "fgColor")) : 0;
      xf = setAttr(setAttr(xf, "fillId", id), "applyFill", "1");
    }
    if ("wrap" in changes || "horizontalAlignment" in changes) {
      xf = withAlignment(xf, changes);
      xf = setAttr(xf, "applyAlignment", "1");
    }
    const cached = this.xfCache.get(xf);
    if (cached !== undefined) return cached;
    const index = this.append("cellXfs", xf);
    this.xfCache.set(xf, index);
    return index;
  }

  /** A differential format for a conditional format's look. */
  dxf(format: ConditionalFormatModel["format"]): number {
    let font = "";
    if (format.bold) font += "<b/>";
    if (format.italic) font += "<i/>";
    if (format.fontColor) font += `<color rgb="${toArgb(format.fontColor)}"/>`;
    let dxf = font ? `<font>${font}</font>` : "";
    if (format.numberFormat)
      dxf += `<numFmt numFmtId="${this.numFmtId(format.numberFormat)}" formatCode="${escapeXml(format.numberFormat)}"/>`;
    // A differential format's solid fill is its background colour (ECMA-376 Part 1, 18.8.32 patternFill).
    if (format.fillColor) dxf += solidFill(format.fillColor, "bgColor");
    return this.append("dxfs", `<dxf>${dxf}</dxf>`);
  }

  /** True when something was added (the part must be written again). */
  get changed(): boolean {
    return this.added.size > 0;
  }

  toXml(): string {
    if (!this.changed) return this.original;
    for (const section of this.added) {
      const list = this.list(section);
      const item = SECTION_ITEM[section];
      const old = this.root.children.find((c) => c.name === section)?.text;
      const open = old ? (/^<[^>]*?(?=\/?>)/.exec(old)?.[0] ?? `<${section}`) : `<${section}`;
      const head = setAttr(`${open}>`, "count", list.length);
      placeChild(this.root, section, `${head}${list.join("")}</${section}>`, STYLES_ORDER);
      void item;
    }
    return joinRoot(this.root);
  }
}

function fontFlag(font: string, tag: "b" | "i", on: boolean): string {
  const without = font.replace(new RegExp(`<${tag}(?:\\s[^>]*)?/>|<${tag}(?:\\s[^>]*)?></${tag}>`, "g"), "");
  if (!on) return without;
  return without.replace(/^<font\b[^>]*?(\/?)>/, (open, selfClosing: string) =>
    selfClosing ? `${open.slice(0, -2)}><${tag}/></font>` : `${open}<${tag}/>`,
  );
}

function fontColor(font: string, color: string | undefined): string {
  const without = font.replace(/<color\b[^>]*?(?:\/>|>[\s\S]*?<\/color>)/g, "");
  if (!color) return without;
  const element = `<color rgb="${toArgb(color)}"/>`;
  if (/<\/font>$/.test(without)) return without.replace(/<\/font>$/, `${element}</font>`);
  return without.replace(/\/>$/, `>${element}</font>`);
}

function solidFill(color: string, which: "fgColor" | "bgColor"): string {
  const inner =
    which === "fgColor"
      ? `<fgColor rgb="${toArgb(color)}"/><bgColor indexed="64"/>`
      : `<bgColor rgb="${toArgb(color)}"/>`;
  return `<fill><patternFill patternType="solid">${inner}</patternFill></fill>`;
}

function withAlignment(xf: string, changes: Partial<StyleProps>): string {
  const current = /<alignment\b[^>]*?\/>/.exec(xf)?.[0] ?? "<alignment/>";
  let alignment = current;
  if ("wrap" in changes) alignment = setAttr(alignment, "wrapText", changes.wrap ? "1" : undefined);
  if ("horizontalAlignment" in changes) {
    const h = changes.horizontalAlignment && ALIGN_TO_FILE[changes.horizontalAlignment];
    alignment = setAttr(alignment, "horizontal", h || undefined);
  }
  const empty = alignment === "<alignment/>";
  if (/<alignment\b[^>]*?\/>/.test(xf)) return xf.replace(/<alignment\b[^>]*?\/>/, empty ? "" : alignment);
  if (empty) return xf;
  if (xf.endsWith("/>")) return `${xf.slice(0, -2)}>${alignment}</xf>`;
  return xf.replace(/^(<xf\b[^>]*>)/, `$1${alignment}`);
}
