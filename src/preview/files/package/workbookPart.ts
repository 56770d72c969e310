// The workbook part's sheet list and defined names, written again only where they changed: a sheet's
// own entry keeps its id and anything else it had; names the simulator does not model (print areas,
// filter ranges, names of one sheet) stay, with their sheet index following the sheet.
import type { SimWorkbook } from "../../simulator";
import type { SheetModel } from "../../simulator/model";
import type { Baseline, BaselineSheet } from "./baseline";
import type { XlsxPackage } from "./xlsxPackage";
import { attr, escapeXml, joinRoot, placeChild, setAttr, splitRoot } from "./xml";

// CT_Workbook's children in schema order (ECMA-376 Part 1, 18.2.27).
const BOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

const VISIBILITY: Record<SheetModel["visibility"], string | undefined> = {
  Visible: undefined,
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

interface SheetEntry {
  sheet: SheetModel;
  relId: string;
  base?: BaselineSheet;
}

export function workbookXml(
  xml: string,
  wb: SimWorkbook,
  baseline: Baseline,
  entries: SheetEntry[],
  pkg: XlsxPackage,
): string {
  const root = splitRoot(xml);
  const element = (name: string) => root.children.find((c) => c.name === name)?.text ?? "";
  const rawSheets = new Map(
    [...element("sheets").matchAll(/<sheet\b[^>]*>/g)].map((m) => [attr(m[0], "r:id") ?? "", m[0]]),
  );
  let nextId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId)) + 1;
  const sheetTags = entries.map(({ sheet, relId, base }) => {
    const raw = base ? rawSheets.get(relId) : undefined;
    let tag = raw ?? `<sheet name="" sheetId="${nextId++}" r:id="${relId}"/>`;
    tag = setAttr(tag, "name", sheet.name);
    tag = setAttr(tag, "state", VISIBILITY[sheet.visibility]);
    return tag;
  });
  const sheets = `<sheets>${sheetTags.join("")}</sheets>`;
  const sheetsChanged = sheetTags.join("") !== [...rawSheets.values()].join("");
  if (sheetsChanged) placeChild(root, "sheets", sheets, BOOK_ORDER);

  // A sheet's position before and after, for names that belong to one sheet.
  const oldIndex = baseline.sheets.map((b) => b.id);
  const position = (old: number) => {
    const id = oldIndex[old];
    return wb.sheets.findIndex((s) => s.id === id);
  };
  const namesChanged = JSON.stringify(wb.names) !== JSON.stringify(baseline.names);
  if (namesChanged || sheetsChanged) {
    const out = definedNames(element("definedNames"), wb, baseline, position);
    placeChild(
      root,
      "definedNames",
      out.length ? `<definedNames>${out.join("")}</definedNames>` : null,
      BOOK_ORDER,
    );
  }

  if (baseline.sheets.length === 0) {
    // A workbook of the preview's own: it opens where the person was, in its date system.
    const selected = Math.max(
      0,
      wb.sheets.findIndex((s) => s.name === wb.getSelection()?.sheet),
    );
    placeChild(
      root,
      "bookViews",
      `<bookViews><workbookView activeTab="${selected}"/></bookViews>`,
      BOOK_ORDER,
    );
    if (wb.date1904) placeChild(root, "workbookPr", '<workbookPr date1904="1"/>', BOOK_ORDER);
  }
  return joinRoot(root);
}

/**
 * The workbook's defined names as XML elements: names of one sheet follow it to its new position (and go
 * with it), the preview's own names are written as they are now, every other name is kept as it came.
 */
function definedNames(
  definedNamesXml: string,
  wb: SimWorkbook,
  baseline: Baseline,
  position: (old: number) => number,
): string[] {
  const modelled = new Set(baseline.names.map((n) => n.name.toLowerCase()));
  const raw = [
    ...definedNamesXml.matchAll(/<definedName\b[^>]*>[\s\S]*?<\/definedName>|<definedName\b[^>]*\/>/g),
  ].map((m) => m[0]);
  const out: string[] = [];
  for (const text of raw) {
    const name = (attr(text, "name") ?? "").toLowerCase();
    const local = attr(text, "localSheetId");
    if (local !== undefined) {
      const at = position(Number(local));
      if (at >= 0)
        out.push(
          setAttr(
            text.replace(/^<definedName\b[^>]*>/, (t) => t),
            "localSheetId",
            at,
          ),
        );
      continue;
    }
    if (modelled.has(name) && !name.startsWith("_xlnm.")) {
      const now = wb.names.find((n) => n.name.toLowerCase() === name);
      const before = baseline.names.find((n) => n.name.toLowerCase() === name);
      if (now && JSON.stringify(now) === JSON.stringify(before)) out.push(text);
      continue;
    }
    out.push(text);
  }
  for (const n of wb.names) {
    const before = baseline.names.find((b) => b.name.toLowerCase() === n.name.toLowerCase());
    if (
      before &&
      JSON.stringify(before) === JSON.stringify(n) &&
      raw.some((t) => attr(t, "name")?.toLowerCase() === n.name.toLowerCase())
    )
      continue;
    const comment = n.comment ? ` comment="${escapeXml(n.comment)}"` : "";
    const hidden = n.visible ? "" : ' hidden="1"';
    out.push(
      `<definedName name="${escapeXml(n.name)}"${comment}${hidden}>${escapeXml(n.formula.replace(/^=/, ""))}</definedName>`,
    );
  }
  return out;
}
