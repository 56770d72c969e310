// Saving: the package the workbook was opened from, written back with only what changed replaced
// (changed sheets, tables, shared strings, styles, the workbook part's sheet list and names). Every
// other part (charts, drawings, pivot tables and their caches, comments, pictures, external links, the
// data model, custom XML, an add-in's web extension) goes out with the bytes it came in with. A
// workbook that came from no file starts from an empty package.
import type JSZip from "jszip";
import type { SimWorkbook } from "../../simulator";
import type { SheetModel } from "../../simulator/model";
import { loadJsZip } from "../libraries";
import { cellKey, COLS, type Baseline, type BaselineSheet } from "./baseline";
import { changedAspects, changedCells, EMPTY_META, NEW_SHEET, writeSheetPart } from "./sheetPart";
import { SharedStrings, SHARED_STRINGS_PART } from "./sharedStrings";
import { EMPTY_STYLES, StyleSheet } from "./styleSheet";
import { TABLE_CONTENT_TYPE, tableXml } from "./tablePart";
import { workbookXml } from "./workbookPart";
import {
  CONTENT_TYPES,
  parseRels,
  relKind,
  relsPathOf,
  WORKBOOK_PART,
  XlsxPackage,
  type Relationship,
} from "./xlsxPackage";
import { escapeXml } from "./xml";
import type { PackageSource } from "./source";
import { planSave, renameReferences, type SavePlan } from "./savePlan";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export interface SavedPackage {
  bytes: Uint8Array;
  plan: SavePlan;
}

/** The relationships part of one part, edited: new relationships get the next free rId. */
class Rels {
  private readonly list: Relationship[];
  private readonly removed = new Set<string>();
  private readonly added: { id: string; type: string; target: string; external: boolean }[] = [];
  constructor(
    readonly part: string,
    readonly original: string | undefined,
  ) {
    this.list = parseRels(part, original);
  }
  all(): Relationship[] {
    return [...this.list.filter((r) => !this.removed.has(r.id)), ...this.added];
  }
  add(type: string, target: string, external = false): string {
    const used = new Set(this.all().map((r) => r.id));
    let n = 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.added.push({ id, type: `${REL}/${type}`, target, external });
    return id;
  }
  remove(id: string): void {
    this.removed.add(id);
  }
  get changed(): boolean {
    return this.added.length > 0 || this.removed.size > 0;
  }
  toXml(): string {
    const folder = this.part.slice(0, this.part.lastIndexOf("/") + 1);
    let xml =
      this.original ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    for (const id of this.removed)
      xml = xml.replace(new RegExp(`<Relationship\\b[^>]*\\sId="${id}"[^>]*/>`), "");
    const added = this.added
      .map((r) => {
        const target = r.external ? r.target : relativeTarget(folder, r.target);
        return `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(target)}"${r.external ? ' TargetMode="External"' : ""}/>`;
      })
      .join("");
    return xml
      .replace(/<Relationships\b([^>]*)\/>/, "<Relationships$1></Relationships>")
      .replace("</Relationships>", `${added}</Relationships>`);
  }
}

/** A package path relative to a folder ("xl/worksheets/" + "xl/tables/table1.xml" → "../tables/table1.xml"). */
function relativeTarget(folder: string, target: string): string {
  const from = folder.split("/").filter(Boolean);
  const to = target.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

class ContentTypes {
  constructor(private xml: string) {}
  changed = false;
  override(part: string, type: string): void {
    if (this.xml.includes(`PartName="/${part}"`)) return;
    this.xml = this.xml.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
    this.changed = true;
  }
  remove(part: string): void {
    const next = this.xml.replace(
      new RegExp(`<Override\\b[^>]*PartName="/${part.replace(/[.[\]]/g, "\\$&")}"[^>]*/>`),
      "",
    );
    if (next !== this.xml) this.changed = true;
    this.xml = next;
  }
  toXml(): string {
    return this.xml;
  }
}

function freePath(zip: JSZip, taken: Set<string>, pattern: (n: number) => string): string {
  for (let n = 1; ; n++) {
    const p = pattern(n);
    if (!zip.file(p) && !taken.has(p)) {
      taken.add(p);
      return p;
    }
  }
}

/** The package's empty workbook, for a workbook that came from no file. */
export async function emptyPackage(): Promise<XlsxPackage> {
  const JSZip = await loadJsZip();
  const zip = new JSZip();
  zip.file(
    CONTENT_TYPES,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    WORKBOOK_PART,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets/></workbook>`,
  );
  zip.file(
    relsPathOf(WORKBOOK_PART),
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file("xl/styles.xml", EMPTY_STYLES);
  return XlsxPackage.open(await zip.generateAsync({ type: "uint8array" }));
}

/** What saving works on: the workbook, the package it came from and the package being written. */
interface SaveContext {
  wb: SimWorkbook;
  pkg: XlsxPackage;
  baseline: Baseline;
  zip: JSZip;
  /** Part paths given out in this save. */
  taken: Set<string>;
  types: ContentTypes;
  bookRels: Rels;
}

interface SheetEntry {
  sheet: SheetModel;
  part: string;
  relId: string;
  base?: BaselineSheet;
}

/**
 * Each sheet's part: the one it was opened from, or a new part for a new sheet. Sheets deleted since
 * opening lose their parts (what else they held is in the plan's dropped list). `formulasMoved` when a
 * sheet was added or deleted.
 */
async function placeSheets(ctx: SaveContext): Promise<{ entries: SheetEntry[]; formulasMoved: boolean }> {
  const { wb, pkg, baseline, zip, taken, types, bookRels } = ctx;
  let formulasMoved = false;
  const sheetEntries: SheetEntry[] = [];
  for (const sheet of wb.sheets) {
    const base = baseline.sheets.find((b) => b.id === sheet.id);
    if (base) {
      const relId = pkg.sheets.find((s) => s.part === base.part)?.relId ?? "";
      sheetEntries.push({ sheet, part: base.part, relId, base });
    } else {
      const part = freePath(zip, taken, (n) => `xl/worksheets/sheet${n}.xml`);
      const relId = bookRels.add("worksheet", part);
      types.override(part, `${CT}.worksheet+xml`);
      sheetEntries.push({ sheet, part, relId });
      formulasMoved = true;
    }
  }
  for (const base of baseline.sheets) {
    if (wb.sheetById(base.id)) continue;
    const relId = pkg.sheets.find((s) => s.part === base.part)?.relId;
    if (relId) bookRels.remove(relId);
    for (const rel of await pkg.rels(base.part))
      if (relKind(rel.type) === "table") {
        zip.remove(rel.target);
        types.remove(rel.target);
      }
    zip.remove(base.part);
    zip.remove(relsPathOf(base.part));
    types.remove(base.part);
    formulasMoved = true;
  }
  return { entries: sheetEntries, formulasMoved };
}

/**
 * The table parts of one sheet: a table that was there keeps its part (rewritten only when it changed), a
 * new one gets a new part and the next table id, a deleted one's part goes.
 */
async function writeSheetTables(
  ctx: SaveContext,
  entry: SheetEntry,
  rels: Rels,
  tableIds: { max: number },
): Promise<{ tableRelIds: string[]; tablesChanged: boolean }> {
  const { wb, pkg, baseline, zip, taken, types } = ctx;
  const { sheet, base } = entry;
  const baseTables = new Map(baseline.tables.map((t) => [t.model.id, t]));
  const current = new Set(wb.tables.map((t) => t.id));
  const cellAt = (r: number, c: number) => sheet.cells.get(r, c);
  const baseCellAt = (r: number, c: number) => base?.cells.get(cellKey(r, c));
  let tablesChanged = false;
  const tableRelIds: string[] = [];
  for (const table of wb.tablesOn(sheet.id)) {
    const was = baseTables.get(table.id);
    if (was && was.model.sheetId === sheet.id) {
      const raw = (await pkg.text(was.part)) ?? "";
      const now = tableXml(table, cellAt, 0, raw);
      if (now !== tableXml(was.model, baseCellAt, 0, raw)) zip.file(was.part, now);
      tableRelIds.push(rels.all().find((r) => r.target === was.part)?.id ?? "");
      continue;
    }
    const part = freePath(zip, taken, (n) => `xl/tables/table${n}.xml`);
    zip.file(part, tableXml(table, cellAt, ++tableIds.max));
    types.override(part, TABLE_CONTENT_TYPE);
    tableRelIds.push(rels.add("table", part));
    tablesChanged = true;
  }
  for (const t of baseline.tables) {
    if (t.model.sheetId !== sheet.id || current.has(t.model.id)) continue;
    const rel = rels.all().find((r) => r.target === t.part);
    if (rel) rels.remove(rel.id);
    zip.remove(t.part);
    types.remove(t.part);
    tablesChanged = true;
  }
  return { tableRelIds, tablesChanged };
}

/**
 * Writes one sheet's part (and its tables and relationships) when anything on it changed, or it is new.
 * Returns whether a cell gained or lost a formula (the calculation chain is then out of date).
 */
async function writeSheetEntry(
  ctx: SaveContext,
  entry: SheetEntry,
  shared: { styles: StyleSheet; strings: SharedStrings; tableIds: { max: number } },
): Promise<boolean> {
  const { wb, pkg, zip } = ctx;
  const { sheet, base } = entry;
  const selection = wb.getSelection();
  const rels = new Rels(entry.part, await pkg.text(relsPathOf(entry.part)));
  const tables = wb.tablesOn(sheet.id);
  const { tableRelIds, tablesChanged } = await writeSheetTables(ctx, entry, rels, shared.tableIds);
  const cells = changedCells(sheet, base);
  const formulasMoved = cells.some(
    (key) =>
      (base?.cells.get(key)?.formula === undefined) !==
      (sheet.cells.get(Math.floor(key / COLS), key % COLS)?.formula === undefined),
  );
  const aspects = changedAspects(sheet, base?.meta ?? EMPTY_META);
  if (base && cells.length === 0 && aspects.size === 0 && !tablesChanged) return formulasMoved;
  const raw = base ? ((await pkg.text(entry.part)) ?? NEW_SHEET) : NEW_SHEET;
  const xml = writeSheetPart(raw, {
    sheet,
    base,
    tables,
    styles: shared.styles,
    strings: shared.strings,
    tableParts:
      tablesChanged || !base
        ? tableRelIds.length
          ? `<tableParts count="${tableRelIds.length}">${tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`
          : null
        : undefined,
    linkRel: (address) => rels.add("hyperlink", address, true),
    selected: selection?.sheet === sheet.name,
    selection: selection?.sheet === sheet.name ? selection.address.split(":")[0] : undefined,
  });
  zip.file(entry.part, xml);
  if (rels.changed) zip.file(relsPathOf(entry.part), rels.toXml());
  return formulasMoved;
}

export async function writePackage(wb: SimWorkbook, source: PackageSource | null): Promise<SavedPackage> {
  const pkg = source?.pkg ?? (await emptyPackage());
  const baseline: Baseline = source?.baseline ?? { sheets: [], tables: [], names: [], date1904: false };
  const JSZip = await loadJsZip();
  const zip = await JSZip.loadAsync(pkg.bytes);
  const plan = await planSave(wb, pkg, baseline);
  const types = new ContentTypes((await pkg.text(CONTENT_TYPES)) ?? "");
  const bookRels = new Rels(WORKBOOK_PART, await pkg.text(relsPathOf(WORKBOOK_PART)));
  const ctx: SaveContext = { wb, pkg, baseline, zip, taken: new Set<string>(), types, bookRels };

  const partOf = async (kind: string, fallback: string, contentType: string) => {
    const rel = bookRels.all().find((r) => relKind(r.type) === kind);
    if (rel) return { path: rel.target, text: await pkg.text(rel.target) };
    bookRels.add(kind, fallback);
    types.override(fallback, contentType);
    return { path: fallback, text: undefined };
  };
  const stylesPart = await partOf("styles", "xl/styles.xml", `${CT}.styles+xml`);
  const styles = new StyleSheet(stylesPart.text ?? EMPTY_STYLES);
  const stringsRel = bookRels.all().find((r) => relKind(r.type) === "sharedStrings");
  const strings = new SharedStrings(stringsRel ? await pkg.text(stringsRel.target) : undefined);

  // Tables: ids unique in the workbook, parts kept for tables that were there.
  const tableIds = { max: 0 };
  for (const t of baseline.tables) {
    const raw = (await pkg.text(t.part)) ?? "";
    tableIds.max = Math.max(tableIds.max, Number(/<table\b[^>]*?\sid="(\d+)"/.exec(raw)?.[1] ?? 0));
  }
  const placed = await placeSheets(ctx);
  const sheetEntries = placed.entries;
  let formulasMoved = placed.formulasMoved;
  for (const entry of sheetEntries) {
    if (await writeSheetEntry(ctx, entry, { styles, strings, tableIds })) formulasMoved = true;
  }

  if (strings.changed || (!stringsRel && strings.toXml().includes("<si>"))) {
    const path = stringsRel?.target ?? SHARED_STRINGS_PART;
    if (!stringsRel) {
      bookRels.add("sharedStrings", path);
      types.override(path, `${CT}.sharedStrings+xml`);
    }
    zip.file(path, strings.toXml());
  }
  if (styles.changed || !stylesPart.text) zip.file(stylesPart.path, styles.toXml());

  const bookXml = (await pkg.text(WORKBOOK_PART)) ?? "";
  const nextBook = workbookXml(bookXml, wb, baseline, sheetEntries, pkg);
  if (nextBook !== bookXml) zip.file(WORKBOOK_PART, nextBook);

  // The calculation chain lists formula cells; Excel rebuilds it when it is missing, and reports the
  // file as damaged when it names a cell that no longer holds a formula.
  const chain = bookRels.all().find((r) => relKind(r.type) === "calcChain");
  if (chain && formulasMoved) {
    bookRels.remove(chain.id);
    zip.remove(chain.target);
    types.remove(chain.target);
  }
  await renameReferences(zip, pkg, wb, baseline);
  if (bookRels.changed) zip.file(relsPathOf(WORKBOOK_PART), bookRels.toXml());
  if (types.changed) zip.file(CONTENT_TYPES, types.toXml());
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { bytes, plan };
}
