// The sheet-level problems an inspection lists, each with where to look on the sheet. Pure: they are
// found in what readRegion read and in core's conversion plan, so the task pane can show them all at once.
import type { ReadingChoices } from "../core/registers/convertPlan";
import type { HeaderRowResult } from "../core/registers/detectHeaderRow";
import { headerToText } from "../core/registers/headerText";
import type { HeaderMatchResult } from "../core/registers/matchHeaders";
import type { RegisterDef } from "../core/registers/types";
import { cellAddress, localRect, rectAddress } from "./address";
import { intersects, type Rect, type RegionRead } from "./sheetRegion";

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

/** The register the sheet would become, and where its table would be. */
export interface ProblemPlace {
  def: RegisterDef;
  sheet: string;
  /** The data area read. */
  rect: Rect;
  /** 0-based sheet row of the headers. */
  headerRow: number;
}

/** The register's table already exists: on this sheet, or elsewhere in the workbook. */
export function registerExistsProblem(region: RegionRead, d: RegisterDef): InspectProblem | null {
  const where = region.registerTables[d.tableName.toLowerCase()];
  if (where === undefined) return null;
  const existing = region.tables.find((t) => t.name.toLowerCase() === d.tableName.toLowerCase());
  return {
    kind: "registerExists",
    severity: "error",
    message: existing
      ? `This is already the ${d.name} register.`
      : `The workbook already has a ${d.name} register (on ${where}); open it instead, or rename its table first.`,
  };
}

/** Doubts about the header row: another row could be it, or rows above it stay outside the table. */
export function headerRowProblems(place: ProblemPlace, det: HeaderRowResult): InspectProblem[] {
  const { sheet, rect, headerRow } = place;
  const out: InspectProblem[] = [];
  if (det.ambiguous) {
    out.push({
      kind: "severalHeaderRows",
      severity: "warning",
      message: `More than one row looks like headers; row ${headerRow + 1} is used. Check it, or choose another header row.`,
      address: rectAddress(sheet, headerRow, rect.c0, headerRow, rect.c1),
    });
  }
  if (det.rowsAbove.length > 0) {
    out.push({
      kind: "rowsAbove",
      severity: "info",
      message: `Rows above the headers (${det.rowsAbove.map((i) => rect.r0 + i + 1).join(", ")}) stay above the table, unchanged.`,
      address: rectAddress(sheet, rect.r0, rect.c0, headerRow - 1, rect.c1),
    });
  }
  return out;
}

/** Other tables and merged cells where the register's table would go. */
export function overlapProblems(place: ProblemPlace, region: RegionRead): InspectProblem[] {
  const { def: d, sheet, rect, headerRow } = place;
  const tableRect: Rect = { r0: headerRow, c0: rect.c0, r1: rect.r1, c1: rect.c1 };
  const out: InspectProblem[] = [];
  for (const t of region.tables) {
    if (!intersects(t.rect, tableRect) || t.name.toLowerCase() === d.tableName.toLowerCase()) continue;
    out.push({
      kind: "alreadyTable",
      severity: "info",
      message: `The data is already the table "${t.name}"; converting makes it the ${d.name} table (its rows and values stay; its name, headers and style change).`,
      address: rectAddress(sheet, t.rect.r0, t.rect.c0, t.rect.r1, t.rect.c1),
    });
  }
  for (const m of region.merges) {
    if (!intersects(m, tableRect)) continue;
    out.push({
      kind: "mergedCells",
      severity: "warning",
      message: `${localRect(m.r0, m.c0, m.r1, m.c1)} is merged; tables cannot hold merged cells, so it will be unmerged. Its value stays in ${localRect(m.r0, m.c0, m.r0, m.c0)}; the other cells were already empty.`,
      address: rectAddress(sheet, m.r0, m.c0, m.r1, m.c1),
    });
  }
  return out;
}

/** Headers heading more than one column, and columns with no header. */
export function headerTextProblems(
  place: ProblemPlace,
  match: HeaderMatchResult,
  values: readonly (readonly unknown[])[],
): InspectProblem[] {
  const { def: d, sheet, rect, headerRow } = place;
  const out: InspectProblem[] = [];
  for (const dup of match.duplicates) {
    out.push({
      kind: "duplicateHeader",
      severity: "warning",
      message: `"${dup.header}" heads ${dup.sheetIndexes.length} columns; only one can be ${d.name}'s column, the others are kept as extra columns.`,
      address: dup.sheetIndexes.map((i) => cellAddress(sheet, headerRow, rect.c0 + i)).join(","),
    });
  }
  const body = values.slice(headerRow - rect.r0 + 1);
  for (const i of match.blanks) {
    const empty = body.every((row) => headerToText(row[i]) === "");
    const letter = localRect(0, rect.c0 + i, 0, rect.c0 + i).replace(/\d+$/, "");
    out.push({
      kind: empty ? "blankColumn" : "blankHeader",
      severity: "warning",
      message: empty
        ? `Column ${letter} is empty; it is kept in the table as an extra column (delete it afterwards if it is not needed).`
        : `Column ${letter} has values but no header; it is kept as an extra column.`,
      address: rectAddress(sheet, headerRow, rect.c0 + i, rect.r1, rect.c0 + i),
    });
  }
  return out;
}

/** Register columns the sheet has as plain values, or lacks though every row needs them. */
export function registerColumnProblems(
  place: ProblemPlace,
  match: HeaderMatchResult,
  choices: ReadingChoices,
): InspectProblem[] {
  const { def: d, sheet, rect, headerRow } = place;
  const out: InspectProblem[] = [];
  for (const k of match.calculatedInSheet) {
    const c = d.columns.find((x) => x.key === k)!;
    out.push({
      kind: "calculatedInSheet",
      severity: "info",
      message: `${c.header} is calculated by the register. The sheet's own column is kept, renamed "${c.header} (old)", and a calculated ${c.header} column is added.`,
      address: cellAddress(sheet, headerRow, rect.c0 + match.byColumn[k]),
    });
  }
  for (const k of match.missingRequired) {
    if (choices.fills?.[k]) continue;
    const c = d.columns.find((x) => x.key === k)!;
    out.push({
      kind: "missingRequired",
      severity: "warning",
      message: `No column matches ${c.header}, which every row needs; an empty ${c.header} column is added for you to fill in (or choose a value for every row).`,
    });
  }
  return out;
}
