// Register keys as they are compared: a key cell's text trimmed and upper-cased (Excel's Find with a
// complete match ignores case, and so does a person reading "inv-0001"), a composite key (PO number +
// Line) as its parts joined with " / " in the definition's key-column order. Every place that compares
// keys (finding a row to write, refusing a key that exists, spotting a key used twice) goes through here.
import type { CellValue, RegisterDef } from "./types";

/** Between the parts of a composite key, in keys shown to people and in keys compared. */
export const KEY_SEPARATOR = " / ";

/** One key cell as compared: trimmed, upper-cased; blank for null, undefined and "". */
export function normKey(value: unknown): string {
  return value === null || value === undefined ? "" : String(value).trim().toUpperCase();
}

/** The row's key as compared (composite keys joined with " / "). */
export function rowKey(def: RegisterDef, row: { values: Record<string, CellValue | undefined> }): string {
  return def.keyColumns.map((k) => normKey(row.values[k])).join(KEY_SEPARATOR);
}

/** The row's key as a person typed it (trimmed, case kept), for messages and results. */
export function shownKey(def: RegisterDef, values: Record<string, CellValue | undefined>): string {
  return def.keyColumns
    .map((k) => (values[k] === null || values[k] === undefined ? "" : String(values[k]).trim()))
    .join(KEY_SEPARATOR);
}

/** A shown key ("po-2026-0001 / 2") as compared ("PO-2026-0001 / 2"). */
export function normShownKey(shown: string): string {
  return shown.split(KEY_SEPARATOR).map(normKey).join(KEY_SEPARATOR);
}

/** True when every part of a compared key is blank: the row has no key. */
export function isBlankKey(key: string): boolean {
  return key.split(KEY_SEPARATOR).every((part) => part.trim() === "");
}

/** Row i's key as compared, from key columns read as parallel arrays (one array per key column). */
export function keyAt(columns: readonly (readonly unknown[])[], i: number): string {
  return columns.map((c) => normKey(c[i])).join(KEY_SEPARATOR);
}

/** Where each key stands in key columns read as parallel arrays: key → 0-based body indexes. Blank keys are left out. */
export function indexKeys(columns: readonly (readonly unknown[])[]): Map<string, number[]> {
  const at = new Map<string, number[]>();
  const rows = columns[0]?.length ?? 0;
  for (let i = 0; i < rows; i++) {
    const k = keyAt(columns, i);
    if (isBlankKey(k)) continue;
    const list = at.get(k);
    if (list) list.push(i);
    else at.set(k, [i]);
  }
  return at;
}
