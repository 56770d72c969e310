// Shared set-up for the src/excel tests: a simulated workbook with Excel installed, and registers seeded
// directly in the model (as if made earlier, or by someone without the add-in).
import type { CellValue } from "../../src/core/cells/types";
import { columnLetter } from "../../src/core/registers/headerText";
import type { RegisterDef } from "../../src/core/registers/types";
import { installExcel, SimWorkbook, type SimExcel } from "../../src/preview/simulator";

export function setup(): { wb: SimWorkbook; excel: SimExcel } {
  const wb = new SimWorkbook();
  wb.addSheet("Sheet1");
  const excel = installExcel(wb);
  return { wb, excel };
}

/** Syncs of the last Excel.run of a client. */
export function lastSyncs(excel: SimExcel): number {
  return excel.stats.last()?.syncs ?? 0;
}

/** Syncs summed over every Excel.run since `from` (an index into stats.runs). */
export function syncsSince(excel: SimExcel, from: number): number {
  return excel.stats.runs.slice(from).reduce((n, r) => n + r.syncs, 0);
}

/**
 * A register table on its own sheet, header in row 1, with `rows` given by column key. Calculated
 * columns get their formula, as Excel would show them.
 */
export function seedRegister(
  wb: SimWorkbook,
  def: RegisterDef,
  rows: Record<string, CellValue>[],
  opts: { sheet?: string; at?: { row: number; col: number } } = {},
): void {
  const sheet = opts.sheet ?? def.sheetName;
  if (!wb.sheetNames().includes(sheet)) wb.addSheet(sheet);
  const at = opts.at ?? { row: 0, col: 0 };
  const header = def.columns.map((c) => c.header);
  const body = (rows.length ? rows : [{}]).map((r) =>
    def.columns.map((c) => (c.formula ? c.formula : (r[c.key] ?? null))),
  );
  const topLeft = `${columnLetter(at.col)}${at.row + 1}`;
  wb.setValues(sheet, topLeft, [header, ...body]);
  const last = `${columnLetter(at.col + header.length - 1)}${at.row + 1 + body.length}`;
  wb.addTable(sheet, `${topLeft}:${last}`, def.tableName);
}

/** Every non-empty cell value of a sheet (as Range.values shows them), for round-trip checks. */
export function sheetValues(wb: SimWorkbook, sheet: string): CellValue[] {
  const { rows, cols } = wb.usedSize(sheet);
  if (rows === 0 || cols === 0) return [];
  const out: CellValue[] = [];
  const grid = wb.getValues(sheet, `A1:${columnLetter(cols - 1)}${rows}`);
  for (const row of grid) for (const v of row) if (v !== "" && v !== null) out.push(v);
  return out;
}

/** Inventory rows for tests: n items, deterministic, every tenth one low on stock. */
export function inventoryRows(
  n: number,
  extra: (i: number) => Record<string, CellValue> = () => ({}),
): Record<string, CellValue>[] {
  return Array.from({ length: n }, (_, i) => ({
    itemId: `INV-${String(i + 1).padStart(4, "0")}`,
    item: `Item ${i + 1}`,
    category: i % 2 ? "Paper" : "Toner",
    unit: "box",
    supplier: `Supplier ${(i % 5) + 1}`,
    unitCost: 2.5 + (i % 7),
    onHand: i % 10 === 0 ? 3 : 40,
    reorderPoint: 10,
    maxStock: 50,
    packSize: 6,
    ...extra(i),
  }));
}
