// Shared pieces of the orders actions: a register column's body (found by its header at request time),
// key text for Excel's Find, and stock numbers read from cells.
import type { RegisterDef } from "../../core/registers/types";
import { ExcelActionError } from "../errors";
import type { TablePlace } from "../tableProbe";

export function headerOf(def: RegisterDef, key: string): string {
  return def.columns.find((c) => c.key === key)!.header;
}

/** The table must have these register columns, or the action explains what to do. */
export function requireColumns(def: RegisterDef, place: TablePlace, keys: readonly string[]): void {
  const missing = keys.filter((k) => !place.layout.some((c) => c.key === k));
  if (missing.length > 0) {
    throw new ExcelActionError(
      "invalid",
      `The ${def.name} table has no ${missing.map((k) => headerOf(def, k)).join(", ")} column.`,
      `Convert the ${def.name} sheet again from the task pane so the register's columns are added.`,
    );
  }
}

/** The body of one column of `def`'s table, by header (no sync). */
export function columnBody(table: Excel.Table, def: RegisterDef, key: string): Excel.Range {
  return table.columns.getItem(headerOf(def, key)).getDataBodyRange();
}

/** Text for Excel's Find, with its wildcards * ? ~ made literal. */
export function findText(key: string): string {
  return key.trim().replace(/[~*?]/g, (ch) => `~${ch}`);
}

/** A stock figure from a cell: blank and anything not a number count as 0. */
export const stockNumber = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : 0);

export const keyText = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim().toUpperCase());

/**
 * Finds each item's row of Inventory by Item ID when the request runs (so a co-author's sort a moment
 * earlier does not send the write to another row) and writes `values` into the given columns. The
 * returned ranges are null objects for items deleted in the meantime; load and sync to know.
 */
export function queueItemWrites(
  table: Excel.Table,
  def: RegisterDef,
  writes: readonly { itemId: string; values: Partial<Record<string, number>> }[],
): { itemId: string; row: Excel.Range }[] {
  const keyBody = columnBody(table, def, def.keyColumn);
  return writes.map((w) => {
    const row = keyBody
      .findOrNullObject(findText(w.itemId), { completeMatch: true, matchCase: false })
      .getEntireRow();
    for (const [key, value] of Object.entries(w.values)) {
      row.getIntersection(columnBody(table, def, key)).values = [[value ?? 0]];
    }
    row.load("rowIndex");
    return { itemId: w.itemId, row };
  });
}
