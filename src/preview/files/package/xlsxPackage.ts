// An opened .xlsx package (a zip of XML parts, ECMA-376 Part 2): the parts as they were read, the
// relationships between them, and the workbook's sheets with their parts. Kept with the workbook so
// that saving writes the same package back with only what changed replaced, and so that other preview
// code can read parts the simulator does not model (a chart's XML, for instance).
// Parts are unpacked with fflate, one at a time when first asked for: opening reads the sheets, strings
// and styles and leaves a pivot cache or a calculation chain packed (docs/preview.md says why fflate).
import { strFromU8, unzipSync } from "fflate";
import { attr } from "./xml";

export interface Relationship {
  id: string;
  type: string;
  /** The target as a package path ("xl/tables/table1.xml"), or the external address. */
  target: string;
  external: boolean;
}

export interface PackageSheet {
  name: string;
  sheetId: number;
  relId: string;
  /** The sheet's part ("xl/worksheets/sheet1.xml"). */
  part: string;
}

/**
 * The package's own decoder rather than fflate's strFromU8: fflate tries its shared TextDecoder in
 * streaming mode when it loads, after which Node decodes with it about four times slower (a 19 MB sheet
 * part: 260 ms against 60 ms). Never used with `stream`, so this one keeps the fast path. Where there
 * is no TextDecoder (jsdom), fflate's own decoding.
 */
const utf8 = typeof TextDecoder === "undefined" ? undefined : new TextDecoder();

export const WORKBOOK_PART = "xl/workbook.xml";
export const CONTENT_TYPES = "[Content_Types].xml";

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of the part it belongs to. */
export function resolveTarget(part: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = part.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** The relationship's type without its namespace ("…/relationships/worksheet" → "worksheet"). */
export const relKind = (type: string) => type.slice(type.lastIndexOf("/") + 1);

export function parseRels(part: string, xml: string | undefined): Relationship[] {
  const out: Relationship[] = [];
  for (const m of (xml ?? "").matchAll(/<Relationship\b[^>]*>/g)) {
    const external = attr(m[0], "TargetMode") === "External";
    const target = attr(m[0], "Target") ?? "";
    out.push({
      id: attr(m[0], "Id") ?? "",
      type: attr(m[0], "Type") ?? "",
      target: external ? target : resolveTarget(part, target),
      external,
    });
  }
  return out;
}

export class XlsxPackage {
  private readonly texts = new Map<string, string>();

  private constructor(
    /** The file as it was opened (never changed: saving starts again from these bytes). */
    readonly bytes: Uint8Array,
    /** Every part's path, in the order the zip holds them. */
    private readonly names: string[],
    readonly sheets: PackageSheet[],
  ) {}

  static async open(bytes: Uint8Array): Promise<XlsxPackage> {
    const names: string[] = [];
    // Reads the zip's directory only (throws on a file that is not a zip or was cut short).
    unzipSync(bytes, {
      filter: (file) => {
        if (!file.name.endsWith("/")) names.push(file.name);
        return false;
      },
    });
    const pkg = new XlsxPackage(bytes, names, []);
    const workbook = (await pkg.text(WORKBOOK_PART)) ?? "";
    const rels = parseRels(WORKBOOK_PART, await pkg.text(relsPathOf(WORKBOOK_PART)));
    for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
      const relId = attr(m[0], "r:id") ?? "";
      const rel = rels.find((r) => r.id === relId);
      if (!rel) continue;
      pkg.sheets.push({
        name: attr(m[0], "name") ?? "",
        sheetId: Number(attr(m[0], "sheetId") ?? 0),
        relId,
        part: rel.target,
      });
    }
    return pkg;
  }

  /** Every part's path, in the order the zip holds them. */
  paths(): string[] {
    return [...this.names];
  }

  has(path: string): boolean {
    return this.names.includes(path);
  }

  /** A part's text as it was read (undefined when the package has no such part). */
  async text(path: string): Promise<string | undefined> {
    return this.textNow(path);
  }

  /** The same, without waiting (the whole file is in memory). */
  textNow(path: string): string | undefined {
    const cached = this.texts.get(path);
    if (cached !== undefined) return cached;
    if (!this.names.includes(path)) return undefined;
    const data = unzipSync(this.bytes, { filter: (file) => file.name === path })[path];
    if (!data) return undefined;
    // A leading byte-order mark is not part of the text (TextDecoder drops it too).
    const text = (utf8 ? utf8.decode(data) : strFromU8(data)).replace(/^\uFEFF/, "");
    this.texts.set(path, text);
    return text;
  }

  async rels(part: string): Promise<Relationship[]> {
    return parseRels(part, await this.text(relsPathOf(part)));
  }

  sheetPart(name: string): PackageSheet | undefined {
    const low = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === low);
  }
}
