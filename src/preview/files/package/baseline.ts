// The workbook as it was read from a file, kept beside it so that saving can tell what changed: a cell
// by its object (the simulator's cell store replaces a cell's object on every change) and its content,
// the rest of each sheet, the tables and the names as copies.
import type { SimWorkbook } from "../../simulator";
import type { Cell } from "../../simulator/cells";
import { STYLE_KEYS } from "./styleSheet";
import { copyData, type SheetMeta, type TableModel, type NameModel } from "../../simulator/model";

/** Excel's grid width; a cell's key is row × COLS + col. */
export const COLS = 16384;
export const cellKey = (row: number, col: number) => row * COLS + col;

export interface BaselineSheet {
  id: string;
  name: string;
  visibility: SheetMeta["visibility"];
  /** The sheet's part in the package. */
  part: string;
  meta: Omit<SheetMeta, "id" | "name" | "visibility">;
  /** The cells as read, by cellKey (a snapshot of the store: taking it copies nothing). */
  cells: { get(key: number): Cell | undefined; keys(): Iterable<number> };
}

export interface BaselineTable {
  model: TableModel;
  /** The table's part in the package. */
  part: string;
}

export interface Baseline {
  sheets: BaselineSheet[];
  tables: BaselineTable[];
  names: NameModel[];
  date1904: boolean;
}

/** What the workbook holds now, to compare with later (parts as found in the package). */
export function takeBaseline(
  wb: SimWorkbook,
  sheetPart: (name: string) => string | undefined,
  tablePart: (name: string) => string | undefined,
): Baseline {
  const sheets: BaselineSheet[] = [];
  for (const s of wb.sheets) {
    const part = sheetPart(s.name);
    if (!part) continue;
    const { cells, id, name, visibility, ...meta } = s;
    sheets.push({ id, name, visibility, part, meta: copyData(meta), cells: cells.snapshot() });
  }
  const tables: BaselineTable[] = [];
  for (const t of wb.tables) {
    const part = tablePart(t.name);
    if (part) tables.push({ model: copyData(t), part });
  }
  return { sheets, tables, names: copyData(wb.names), date1904: wb.date1904 };
}

const CELL_KEYS = ["value", "formula", ...STYLE_KEYS] as const;

export function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  if (CELL_KEYS.some((k) => a[k] !== b[k]) || Boolean(a.error) !== Boolean(b.error)) return false;
  return JSON.stringify(a.hyperlink ?? null) === JSON.stringify(b.hyperlink ?? null);
}
