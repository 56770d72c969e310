// Looking at an existing sheet (or the selection) before converting it into a register: the header
// row, the proposed mapping of its columns, and every problem, for the person to confirm. Nothing is
// changed. Syncs: one, plus one per ~4 MB chunk of rows.
import { REGISTERS } from "../core/registers/definitions";
import { detectHeaderRow, type HeaderRowResult } from "../core/registers/detectHeaderRow";
import { headerToText } from "../core/registers/headerText";
import type { HeaderMatchResult } from "../core/registers/matchHeaders";
import type { RegisterDef, RegisterId } from "../core/registers/types";
import type { RowProblem } from "../core/registers/validate";
import { cellAddress, localRect, quoteSheet, rectAddress } from "./address";
import { rowsAndProblems } from "./readRegister";
import { readRegion, intersects, type Rect, type RegionRead, type SheetSource } from "./sheetRegion";
import { runExcel } from "./run";
import { planLayout, withAddedColumns } from "./convertLayout";

export type InspectProblemKind =
  | "empty"
  | "noHeaderRow"
  | "registerExists"
  | "alreadyTable"
  | "mergedCells"
  | "severalHeaderRows"
  | "rowsAbove"
  | "duplicateHeader"
  | "blankHeader"
  | "blankColumn"
  | "calculatedInSheet"
  | "missingRequired";

export interface InspectProblem {
  kind: InspectProblemKind;
  severity: "error" | "warning" | "info";
  message: string;
  /** Where to look ("go to" target), when it is a place on the sheet. */
  address?: string;
}

export interface Inspection {
  /** False when the sheet cannot be converted as it is (empty, no header row, register exists). */
  ok: boolean;
  registerId: RegisterId;
  sheetName: string;
  /** The area holding data ("Supplies!A1:H40"), or null for an empty sheet. */
  address: string | null;
  /** 1-based sheet row of the detected headers, or null. */
  headerRow: number | null;
  /** 0-based sheet columns of the area (the table will span them, plus added columns). */
  firstColumn: number;
  lastColumn: number;
  /** 1-based sheet row of the last row with data. */
  lastRow: number;
  /** The sheet's header texts, one per column of the area. */
  headers: string[];
  /** Proposed: for each column of the area, the register column key it feeds, or null (kept as an extra). */
  mapping: (string | null)[];
  match: HeaderMatchResult | null;
  /** Sentences for the person confirming (from core's header matching and detection). */
  notes: string[];
  /** Sheet-level problems (merged cells, blank rows/columns, duplicate headers, …). */
  problems: InspectProblem[];
  /** Cells that do not fit their column under the proposed mapping, with addresses. */
  cellProblems: RowProblem[];
  /** Data rows (between the header row and the last row, blank ones included). */
  rowCount: number;
  /** When no register was given: how well the headers matched each register, best first. */
  candidates: { registerId: RegisterId; score: number }[];
}

function detectFor(def: RegisterDef, region: RegionRead, rect: Rect): HeaderRowResult {
  return detectHeaderRow(region.values, def, { startColumn: rect.c0, firstRowNumber: rect.r0 + 1 });
}

/** The register this sheet looks most like (or `def`), with its detection. */
function chooseRegister(
  region: RegionRead,
  rect: Rect,
  def?: RegisterDef,
): { def: RegisterDef; detection: HeaderRowResult; candidates: Inspection["candidates"] } {
  if (def) {
    const detection = detectFor(def, region, rect);
    return {
      def,
      detection,
      candidates: [{ registerId: def.id, score: detection.candidates[0]?.score ?? 0 }],
    };
  }
  const scored = REGISTERS.map((d) => ({ def: d, detection: detectFor(d, region, rect) }))
    .map((x) => ({ ...x, score: x.detection.candidates[0]?.score ?? 0 }))
    .sort((a, b) => b.score - a.score);
  return {
    def: scored[0].def,
    detection: scored[0].detection,
    candidates: scored.filter((s) => s.score > 0).map((s) => ({ registerId: s.def.id, score: s.score })),
  };
}

/** The whole inspection from what was read (pure: shared with convertToRegister's re-check). */
export function inspectRegion(region: RegionRead, def?: RegisterDef): Inspection {
  const sheet = region.sheetName;
  const fallback = def ?? REGISTERS[0];
  const base: Inspection = {
    ok: false,
    registerId: fallback.id,
    sheetName: sheet,
    address: null,
    headerRow: null,
    firstColumn: 0,
    lastColumn: 0,
    lastRow: 0,
    headers: [],
    mapping: [],
    match: null,
    notes: [],
    problems: [],
    cellProblems: [],
    rowCount: 0,
    candidates: [],
  };
  const rect = region.rect;
  if (!rect) {
    base.problems.push({
      kind: "empty",
      severity: "error",
      message: `${sheet} is empty: there is nothing to convert.`,
    });
    return base;
  }
  const chosen = chooseRegister(region, rect, def);
  const d = chosen.def;
  const out: Inspection = {
    ...base,
    registerId: d.id,
    address: rectAddress(sheet, rect.r0, rect.c0, rect.r1, rect.c1),
    firstColumn: rect.c0,
    lastColumn: rect.c1,
    lastRow: rect.r1 + 1,
    candidates: chosen.candidates,
    notes: [...chosen.detection.notes],
  };
  const where = region.registerTables[d.tableName.toLowerCase()];
  const existing = region.tables.find((t) => t.name.toLowerCase() === d.tableName.toLowerCase());
  if (where !== undefined) {
    out.problems.push({
      kind: "registerExists",
      severity: "error",
      message: existing
        ? `This is already the ${d.name} register.`
        : `The workbook already has a ${d.name} register (on ${where}); open it instead, or rename its table first.`,
    });
  }
  const det = chosen.detection;
  if (det.headerRow === null || !det.match) {
    out.problems.push({
      kind: "noHeaderRow",
      severity: "error",
      message: det.notes[0] ?? `No header row matching ${d.name}'s columns was found.`,
    });
    return out;
  }
  const headerRow = rect.r0 + det.headerRow;
  const headers = (region.values[det.headerRow] ?? []).map(headerToText);
  const match = det.match;
  out.headerRow = headerRow + 1;
  out.headers = headers;
  out.match = match;
  out.mapping = [...match.mapping];
  out.notes.push(...match.notes);
  out.rowCount = rect.r1 - headerRow;
  const tableRect: Rect = { r0: headerRow, c0: rect.c0, r1: rect.r1, c1: rect.c1 };

  if (det.ambiguous) {
    out.problems.push({
      kind: "severalHeaderRows",
      severity: "warning",
      message: `More than one row looks like headers; row ${headerRow + 1} is used. Check the mapping, or select the header row and the data and inspect again.`,
      address: rectAddress(sheet, headerRow, rect.c0, headerRow, rect.c1),
    });
  }
  if (det.rowsAbove.length > 0) {
    out.problems.push({
      kind: "rowsAbove",
      severity: "info",
      message: `Rows above the headers (${det.rowsAbove.map((i) => rect.r0 + i + 1).join(", ")}) stay above the table, unchanged.`,
      address: rectAddress(sheet, rect.r0, rect.c0, headerRow - 1, rect.c1),
    });
  }
  for (const t of region.tables) {
    if (!intersects(t.rect, tableRect) || t.name.toLowerCase() === d.tableName.toLowerCase()) continue;
    out.problems.push({
      kind: "alreadyTable",
      severity: "info",
      message: `The data is already the table "${t.name}"; converting makes it the ${d.name} table (its rows and values stay; its name, headers and style change).`,
      address: rectAddress(sheet, t.rect.r0, t.rect.c0, t.rect.r1, t.rect.c1),
    });
  }
  for (const m of region.merges) {
    if (!intersects(m, tableRect)) continue;
    out.problems.push({
      kind: "mergedCells",
      severity: "warning",
      message: `${localRect(m.r0, m.c0, m.r1, m.c1)} is merged; tables cannot hold merged cells, so it will be unmerged. Its value stays in ${localRect(m.r0, m.c0, m.r0, m.c0)}; the other cells were already empty.`,
      address: rectAddress(sheet, m.r0, m.c0, m.r1, m.c1),
    });
  }
  for (const dup of match.duplicates) {
    out.problems.push({
      kind: "duplicateHeader",
      severity: "warning",
      message: `"${dup.header}" heads ${dup.sheetIndexes.length} columns; only one can be ${d.name}'s column, the others are kept as extra columns.`,
      address: dup.sheetIndexes.map((i) => cellAddress(sheet, headerRow, rect.c0 + i)).join(","),
    });
  }
  // Blank columns: no header and nothing below it.
  const body = region.values.slice(det.headerRow + 1);
  for (const i of match.blanks) {
    const empty = body.every((row) => headerToText(row[i]) === "");
    out.problems.push({
      kind: empty ? "blankColumn" : "blankHeader",
      severity: "warning",
      message: empty
        ? `Column ${localRect(0, rect.c0 + i, 0, rect.c0 + i).replace(/\d+$/, "")} is empty; it is kept in the table as an extra column (delete it afterwards if it is not needed).`
        : `Column ${localRect(0, rect.c0 + i, 0, rect.c0 + i).replace(/\d+$/, "")} has values but no header; it is kept as an extra column.`,
      address: rectAddress(sheet, headerRow, rect.c0 + i, rect.r1, rect.c0 + i),
    });
  }
  for (const k of match.calculatedInSheet) {
    const c = d.columns.find((x) => x.key === k)!;
    out.problems.push({
      kind: "calculatedInSheet",
      severity: "info",
      message: `${c.header} is calculated by the register. The sheet's own column is kept, renamed "${c.header} (old)", and a calculated ${c.header} column is added.`,
      address: cellAddress(sheet, headerRow, rect.c0 + match.byColumn[k]),
    });
  }
  for (const k of match.missingRequired) {
    const c = d.columns.find((x) => x.key === k)!;
    out.problems.push({
      kind: "missingRequired",
      severity: "warning",
      message: `No column matches ${c.header}, which every row needs; an empty ${c.header} column is added for you to fill in.`,
    });
  }
  // Cell problems under the proposed mapping.
  const planned = planLayout(d, out.mapping, headers, rect.c0);
  const layout = [...planned.inSheet, ...planned.added.map((c) => ({ key: c.key, header: c.header }))];
  out.cellProblems = rowsAndProblems(
    d,
    { sheetName: sheet, firstColumn: rect.c0, layout },
    withAddedColumns(d, planned.added, body).rows,
    headerRow + 2,
    {},
  ).problems;
  out.ok = !out.problems.some((p) => p.severity === "error");
  return out;
}

/** Inspects a sheet or the selection; `def` fixes the register, else the best-matching one is proposed. */
export async function inspectSheet(source: SheetSource, def?: RegisterDef): Promise<Inspection> {
  const what = "sheet" in source ? quoteSheet(source.sheet) : "the selection";
  return runExcel(`Looking at ${what}`, async (context) => {
    const region = await readRegion(
      context,
      source,
      REGISTERS.map((r) => r.tableName),
    );
    return inspectRegion(region, def);
  });
}
