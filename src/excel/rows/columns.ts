// Register columns of a table found by their header when the request runs (a co-author may have moved
// them), read as plain arrays, and the checks every row-writing action makes before it writes.
import type { RegisterDef } from "../../core/registers/types";
import { ExcelActionError } from "../errors";
import type { TablePlace } from "../tableProbe";

export function headerOf(def: RegisterDef, key: string): string {
  const column = def.columns.find((c) => c.key === key);
  if (!column) throw new Error(`${def.name} has no column "${key}"`);
  return column.header;
}

/** The body of one register column of `table`, by header (no sync; the column must exist). */
export function columnBody(table: Excel.Table, def: RegisterDef, key: string): Excel.Range {
  return table.columns.getItem(headerOf(def, key)).getDataBodyRange();
}

/**
 * Queues a read of register columns of `table` (no sync). After the sync: each column's body values,
 * top to bottom; a column the table lacks (or a table that is missing) reads as [].
 */
export function queueColumns<K extends string>(
  table: Excel.Table,
  def: RegisterDef,
  keys: readonly K[],
): () => Record<K, unknown[]> {
  const queued = keys.map((key) => {
    const column = table.columns.getItemOrNullObject(headerOf(def, key));
    return { key, column, body: column.getDataBodyRange().load("values") };
  });
  return () => {
    const out = {} as Record<K, unknown[]>;
    for (const q of queued) {
      out[q.key] = q.column.isNullObject ? [] : (q.body.values as unknown[][]).map((r) => r[0]);
    }
    return out;
  };
}

/** Queues a read of the key column(s) of `table`; after the sync: one array per key column, as for core's keyAt. */
export function queueKeyColumns(table: Excel.Table, def: RegisterDef): () => unknown[][] {
  const read = queueColumns(table, def, def.keyColumns);
  return () => {
    const columns = read();
    return def.keyColumns.map((k) => columns[k]);
  };
}

/** The table must have these register columns, or the action says what to do and writes nothing. */
export function requireColumns(def: RegisterDef, place: TablePlace, keys: readonly string[]): void {
  const missing = keys.filter((k) => !place.layout.some((c) => c.key === k));
  if (missing.length > 0) {
    throw new ExcelActionError(
      "invalid",
      `The ${def.name} table has no ${missing.map((k) => headerOf(def, k)).join(", ")} column; nothing was changed.`,
      `Convert the ${def.name} sheet again from the task pane so the register's columns are added.`,
    );
  }
}

/**
 * New rows go just below the table's body; under a Total row they would land below the totals, so the
 * action stops and says how to go on. `what`: "new rows", "the ticket"; `retry`: "add the rows again".
 */
export function requireNoTotals(def: RegisterDef, place: TablePlace, what: string, retry: string): void {
  if (!place.showTotals) return;
  throw new ExcelActionError(
    "invalid",
    `The ${def.name} table shows a Total row, so ${what} cannot go below it.`,
    `Turn off the Total row (Table Design > Total Row), then ${retry}.`,
  );
}
