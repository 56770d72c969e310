// The writes converting a sheet queues, in the order convertToRegister queues them: clearing the way
// (tables over the data, merged cells, room for added columns), the header row, each column's format
// and changed values, then the register's table. Nothing here syncs.
import { literalText } from "../core/cells/textSafety";
import type { CellValue } from "../core/cells/types";
import { isCalculated } from "../core/registers/columnDefaults";
import type { ConvertPlan as Planned } from "../core/registers/convertPlan";
import { cellInput, formatFor } from "../core/registers/cellInput";
import type { RegisterDef } from "../core/registers/types";
import { cellAddress, localRect, rectAddress } from "./address";
import { setAll } from "./createRegister";
import { intersects, type Rect, type RegionRead } from "./sheetRegion";

/** Where the register's table goes. */
export interface ConvertPlace {
  sheet: Excel.Worksheet;
  sheetName: string;
  /** The inspected area, its first row the headers (0-based, inclusive). */
  area: Rect;
  /** 0-based sheet row of the table's last row (the inspected area's, trailing blank rows included). */
  lastBodyRow: number;
  /** 0-based sheet column of the table's last column (added columns included). */
  lastCol: number;
}

export interface Cleared {
  /** The table that is exactly the data and becomes the register's table by a rename. */
  kept: { name: string; rect: Rect } | undefined;
  replacedTables: string[];
  unmerged: string[];
}

/**
 * Tables over the data become plain ranges (values stay) and merged areas are unmerged, except a table
 * that is exactly the data: renaming it lets Excel update every structured reference to it (formulas,
 * names, charts), so a dashboard's COUNTA(tbl[ID]) still counts the same rows.
 */
export function queueClearTables(place: ConvertPlace, region: RegionRead, notes: string[]): Cleared {
  const { sheet, sheetName, area, lastBodyRow, lastCol } = place;
  const kept = region.tables.find(
    (t) =>
      t.rect.r0 === area.r0 && t.rect.c0 === area.c0 && t.rect.c1 === area.c1 && t.rect.r1 === lastBodyRow,
  );
  const replacedTables: string[] = [];
  for (const t of region.tables) {
    if (t === kept || !intersects(t.rect, { ...area, c1: lastCol })) continue;
    sheet.tables.getItem(t.name).convertToRange();
    replacedTables.push(t.name);
  }
  const unmerged: string[] = [];
  for (const m of region.merges) {
    if (!intersects(m, { ...area, c1: lastCol })) continue;
    sheet.getRange(localRect(m.r0, m.c0, m.r1, m.c1)).unmerge();
    unmerged.push(rectAddress(sheetName, m.r0, m.c0, m.r1, m.c1));
  }
  if (unmerged.length)
    notes.push(`Unmerged ${unmerged.length} merged area(s); each value stays in its first cell.`);
  return { kept, replacedTables, unmerged };
}

/** Room for added columns: whatever is to the right of the data moves further right, untouched. */
export function queueMakeRoom(place: ConvertPlace, region: RegionRead, added: number, notes: string[]): void {
  const { sheet, area, lastBodyRow, lastCol } = place;
  if (added > 0 && region.sheetUsed && region.sheetUsed.c1 > area.c1) {
    sheet.getRange(localRect(area.r0, area.c1 + 1, lastBodyRow, lastCol)).insert("Right");
    notes.push(`Cells to the right of the data were moved ${added} column(s) right to make room.`);
  }
}

/** Headers: renamed in place; added columns get theirs. Returns the renamed cells. */
export function queueHeaders(
  place: ConvertPlace,
  p: Planned,
): { address: string; from: string; to: string }[] {
  const { sheet, sheetName, area, lastCol } = place;
  const renamedHeaders = p.renames.map((r) => {
    sheet.getCell(area.r0, area.c0 + r.index).values = [[literalText(r.to)]];
    return { address: cellAddress(sheetName, area.r0, area.c0 + r.index), from: r.from, to: r.to };
  });
  if (p.appended.length > 0) {
    sheet.getRange(localRect(area.r0, area.c1 + 1, area.r0, lastCol)).values = [
      p.appended.map((c) => literalText(c.header)),
    ];
  }
  return renamedHeaders;
}

/**
 * Formats of register columns (values are not touched by a format), then the values the reading
 * changed and the added columns' values; cells left as they were are written as null (unchanged).
 * Returns how many cells of each sheet column were stored as their column's type.
 */
export function queueColumns(
  place: ConvertPlace,
  def: RegisterDef,
  p: Planned,
): { header: string; count: number }[] {
  const { sheet, area, lastBodyRow } = place;
  const n = p.body.length;
  const sheetWidth = p.sheetWidth;
  const valuesRead: { header: string; count: number }[] = [];
  p.layout.forEach((tc, j) => {
    const column = tc.key ? def.columns.find((c) => c.key === tc.key) : undefined;
    if (column) {
      const body = sheet.getRange(localRect(area.r0 + 1, area.c0 + j, lastBodyRow, area.c0 + j));
      const format = formatFor(column);
      if (format) setAll(body, "numberFormat", format);
      if (column.width) body.format.columnWidth = column.width;
    }
    if (n === 0 || (column && isCalculated(column))) return;
    const inSheet = j < sheetWidth;
    const cells = p.body.map((row, r) => (inSheet && !p.changed[r][j] ? null : row[j]));
    const count = cells.filter((v) => v !== null).length;
    if (count === 0) return;
    if (inSheet) valuesRead.push({ header: tc.header, count });
    sheet.getRange(localRect(area.r0 + 1, area.c0 + j, area.r0 + n, area.c0 + j)).values = cells.map(
      (v: CellValue) => [v === null ? (inSheet ? null : "") : cellInput(column, v)],
    ) as unknown as (string | number | boolean)[][];
  });
  return valuesRead;
}

/** The register's table (the kept one renamed and widened, or a new one), styled, with added formulas. */
export function queueTable(
  place: ConvertPlace,
  def: RegisterDef,
  p: Planned,
  kept: Cleared["kept"],
  notes: string[],
): Excel.Table {
  const { sheet, area, lastBodyRow, lastCol } = place;
  const tableArea = localRect(area.r0, area.c0, lastBodyRow, lastCol);
  const table = kept ? sheet.tables.getItem(kept.name) : sheet.tables.add(tableArea, true);
  if (kept && lastCol > area.c1) table.resize(tableArea);
  if (kept && kept.name !== def.tableName)
    notes.push(
      `The table ${kept.name} is now ${def.tableName}; formulas, names and charts that used it follow.`,
    );
  table.name = def.tableName;
  table.style = "TableStyleMedium2";
  table.getHeaderRowRange().format.font.bold = true;
  for (const c of def.columns.filter((x) => isCalculated(x) && p.appended.some((a) => a.key === x.key))) {
    const j = p.layout.findIndex((x) => x.key === c.key);
    setAll(
      sheet.getRange(localRect(area.r0 + 1, area.c0 + j, lastBodyRow, area.c0 + j)),
      "formulas",
      c.formula!,
    );
  }
  return table;
}
