// What saving keeps and what it cannot keep, said before anything is written ("2 pivot tables on
// Summary will be removed"), and the references that follow a renamed table or sheet into the parts
// the simulator does not model (chart series, pivot-table sources).
import type JSZip from "jszip";
import type { SimWorkbook } from "../../simulator";
import { quoteSheetName } from "../../simulator/address";
import type { Baseline } from "./baseline";
import { relKind, type XlsxPackage } from "./xlsxPackage";
import { escapeXml, unescapeXml } from "./xml";

/** Kinds of part a workbook file can hold, as `npm run inspect` names them. */
const PART_KINDS: [kind: string, path: RegExp][] = [
  ["chart", /^xl\/charts\/chart\d*\.xml$/],
  ["pivotTable", /^xl\/pivotTables\/pivotTable\d*\.xml$/],
  ["pivotCache", /^xl\/pivotCache\/pivotCacheDefinition\d*\.xml$/],
  ["drawing", /^xl\/drawings\/drawing\d*\.xml$/],
  ["image", /^xl\/media\//],
  ["comment", /^xl\/(comments\d*|threadedComments\/threadedComment\d*)\.xml$/],
  ["externalLink", /^xl\/externalLinks\/externalLink\d*\.xml$/],
  ["dataModel", /^xl\/model\//],
  ["customXml", /^customXml\/item\d*\.xml$/],
  ["webExtension", /^xl\/webextensions\/webextension\d*\.xml$/],
  ["table", /^xl\/tables\/table\d*\.xml$/],
];

const NOUNS: Record<string, [string, string]> = {
  chart: ["chart", "charts"],
  pivotTable: ["pivot table", "pivot tables"],
  drawing: ["drawing", "drawings"],
  image: ["picture", "pictures"],
  comment: ["comment part", "comment parts"],
  table: ["table", "tables"],
};

export interface DroppedPart {
  kind: string;
  sheet: string;
  count: number;
  /** The file's part goes with a deleted sheet, or the preview made it and cannot write it. */
  reason: "sheetDeleted" | "notWritten";
  /** "2 pivot tables on Summary will be removed" */
  message: string;
}

export interface SavePlan {
  /** Kinds of part in the file that saving keeps. */
  kept: string[];
  dropped: DroppedPart[];
}

export function partKind(path: string): string | undefined {
  return PART_KINDS.find(([, re]) => re.test(path))?.[0];
}

/** What saving `wb` into its package keeps, and what goes with the sheets deleted since opening. */
export async function planSave(wb: SimWorkbook, pkg: XlsxPackage, baseline: Baseline): Promise<SavePlan> {
  const kinds = new Set<string>();
  for (const path of pkg.paths()) {
    const kind = partKind(path);
    if (kind) kinds.add(kind);
  }
  for (const s of pkg.sheets) {
    const xml = (await pkg.text(s.part)) ?? "";
    if (/<(x14:)?conditionalFormatting\b/.test(xml)) kinds.add("conditionalFormat");
    if (/<(x14:)?dataValidation\b/.test(xml)) kinds.add("dataValidation");
  }
  if (/<definedName\b/.test((await pkg.text("xl/workbook.xml")) ?? "")) kinds.add("definedName");

  const dropped: DroppedPart[] = [];
  for (const base of baseline.sheets) {
    if (wb.sheetById(base.id)) continue;
    const counts = new Map<string, number>();
    const count = (kind: string) => counts.set(kind, (counts.get(kind) ?? 0) + 1);
    for (const rel of await pkg.rels(base.part)) {
      const kind = relKind(rel.type);
      if (kind === "drawing") {
        for (const inner of await pkg.rels(rel.target)) {
          const k = relKind(inner.type);
          if (k === "chart") count("chart");
          else if (k === "image") count("image");
        }
      } else if (kind === "pivotTable" || kind === "table" || kind === "comments")
        count(kind === "comments" ? "comment" : kind);
    }
    for (const [kind, n] of counts) {
      const [one, many] = NOUNS[kind] ?? [kind, `${kind}s`];
      dropped.push({
        kind,
        sheet: base.name,
        count: n,
        reason: "sheetDeleted",
        message: `${n} ${n === 1 ? one : many} on ${base.name} will be removed (the sheet was deleted).`,
      });
    }
  }
  // Charts made in the preview (the Overview's, say) are not written into the file yet.
  for (const sheet of wb.sheets) {
    const before = new Set(
      baseline.sheets.find((b) => b.id === sheet.id)?.meta.charts.map((c) => c.id) ?? [],
    );
    const made = sheet.charts.filter((c) => !before.has(c.id)).length;
    if (made > 0)
      dropped.push({
        kind: "chart",
        sheet: sheet.name,
        count: made,
        reason: "notWritten",
        message: `${made} ${made === 1 ? "chart" : "charts"} made on ${sheet.name} in the preview will not be saved (the preview does not write charts into files yet).`,
      });
  }
  // A kind is kept when some of it stays (sheet-level kinds always do: they go only as a person removes them).
  const total = (kind: string) => pkg.paths().filter((p) => partKind(p) === kind).length;
  const gone = (kind: string) =>
    dropped.filter((d) => d.kind === kind && d.reason === "sheetDeleted").reduce((n, d) => n + d.count, 0);
  const kept = [...kinds].filter((k) => gone(k) === 0 || total(k) > gone(k));
  return { kept: kept.sort(), dropped };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A formula with references to a renamed table or sheet following it (text in quotes is left alone). */
export function renameInFormula(
  formula: string,
  tables: [string, string][],
  sheets: [string, string][],
): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((piece, i) => {
      if (i % 2 === 1) return piece;
      let out = piece;
      for (const [from, to] of tables)
        out = out.replace(new RegExp(`(^|[^\\w.])${escapeRe(from)}(?=\\[)`, "gi"), `$1${to}`);
      for (const [from, to] of sheets) {
        const quoted = `'${from.replace(/'/g, "''")}'`;
        out = out.replace(
          new RegExp(`(^|[^\\w.'])(?:${escapeRe(quoted)}|${escapeRe(from)})!`, "gi"),
          `$1${quoteSheetName(to)}!`,
        );
      }
      return out;
    })
    .join("");
}

/** Chart series and pivot-table sources that named a table or sheet since renamed are updated. */
export async function renameReferences(
  zip: JSZip,
  pkg: XlsxPackage,
  wb: SimWorkbook,
  baseline: Baseline,
): Promise<void> {
  const tables: [string, string][] = [];
  for (const t of baseline.tables) {
    const now = wb.tableById(t.model.id);
    if (now && now.name !== t.model.name) tables.push([t.model.name, now.name]);
  }
  const sheets: [string, string][] = [];
  for (const s of baseline.sheets) {
    const now = wb.sheetById(s.id);
    if (now && now.name !== s.name) sheets.push([s.name, now.name]);
  }
  if (tables.length === 0 && sheets.length === 0) return;
  for (const path of pkg.paths()) {
    const kind = partKind(path);
    if (kind !== "chart" && kind !== "pivotCache") continue;
    const xml = (await pkg.text(path)) ?? "";
    let next = xml.replace(
      /(<c:f>)([^<]*)(<\/c:f>)/g,
      (_, a: string, f: string, b: string) =>
        `${a}${escapeXml(renameInFormula(unescapeXml(f), tables, sheets))}${b}`,
    );
    next = next.replace(/<worksheetSource\b[^>]*>/g, (tag) => {
      let out = tag;
      for (const [from, to] of tables)
        out = out.replace(new RegExp(`(\\sname=")${escapeRe(escapeXml(from))}"`, "i"), `$1${escapeXml(to)}"`);
      for (const [from, to] of sheets)
        out = out.replace(
          new RegExp(`(\\ssheet=")${escapeRe(escapeXml(from))}"`, "i"),
          `$1${escapeXml(to)}"`,
        );
      return out;
    });
    if (next !== xml) zip.file(path, next);
  }
}
