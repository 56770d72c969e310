// Layout facts of one sheet for drawing: column widths in pixels, table areas, merged areas.
import { parseRange, rectContains, type CellRect } from "./a1";

export const ROW_HEIGHT = 24;
export const HEADER_HEIGHT = 24;
export const ROW_HEADER_WIDTH = 48;
/** Excel's default column (8.43 characters of Calibri 11) is 64 px. */
export const DEFAULT_COLUMN_WIDTH = 72;

export interface SheetInfoLike {
  visibility?: string;
  frozenRows?: number;
  frozenCols?: number;
  merges: string[];
  columnWidths: Record<number, number>;
  tables: { name: string; address: string }[];
}

export interface TableArea {
  name: string;
  rect: CellRect;
}

export interface SheetLayout {
  columnWidths: number[];
  /** Left edge of each column in pixels, after the row headers. */
  columnLefts: number[];
  frozenRows: number;
  frozenCols: number;
  tables: TableArea[];
  merges: CellRect[];
}

/** Points to CSS pixels: 1 pt = 4/3 px at 96 dpi. */
export const pointsToPixels = (points: number): number => Math.round((points * 4) / 3);

export function sheetLayout(info: SheetInfoLike | undefined, columnCount: number): SheetLayout {
  const columnWidths = Array.from({ length: columnCount }, (_, c) => {
    const points = info?.columnWidths[c];
    return points !== undefined && points > 0 ? pointsToPixels(points) : DEFAULT_COLUMN_WIDTH;
  });
  const tables = (info?.tables ?? []).flatMap((t) => {
    const rect = parseRange(t.address);
    return rect ? [{ name: t.name, rect }] : [];
  });
  const merges = (info?.merges ?? []).flatMap((m) => {
    const rect = parseRange(m);
    return rect ? [rect] : [];
  });
  const columnLefts: number[] = [];
  columnWidths.reduce((left, width, c) => {
    columnLefts[c] = left;
    return left + width;
  }, ROW_HEADER_WIDTH);
  return {
    columnWidths,
    columnLefts,
    frozenRows: info?.frozenRows ?? 0,
    frozenCols: Math.min(info?.frozenCols ?? 0, columnCount),
    tables,
    merges,
  };
}

export type TableRole = "header" | "band" | "body";

/** Whether a cell is in a table's header row or body, for the default table style (header, banded rows). */
export function tableRoleAt(
  tables: TableArea[],
  row: number,
  col: number,
): { role: TableRole; table: string } | undefined {
  const t = tables.find((area) => rectContains(area.rect, row, col));
  if (!t) return undefined;
  if (row === t.rect.r0) return { role: "header", table: t.name };
  return { role: (row - t.rect.r0) % 2 === 1 ? "band" : "body", table: t.name };
}

export function mergeAt(merges: CellRect[], row: number, col: number): CellRect | undefined {
  return merges.find((m) => rectContains(m, row, col));
}
