// Which new rows can be added to a register and under which keys, given its key column(s) as they are
// now (read in the same Excel.run just before writing): a key the row brings must be new; a row without
// one gets the next ID (ids.ts) or a key the caller makes (PO numbers). Pure: src/excel/appendRows.ts
// passes what it read.
import { nextIds } from "./ids";
import { indexKeys, isBlankKey, rowKey, shownKey } from "./keys";
import type { CellValue, RegisterDef } from "./types";

export interface PlannedRow {
  /** Index of the row in the caller's list. */
  index: number;
  values: Record<string, CellValue>;
  extras: Record<string, CellValue>;
}

export interface AppendPlan {
  toWrite: PlannedRow[];
  /** Rows not to write, with the reason (a key that already exists, or none given and none made). */
  skipped: { index: number; key: string; reason: string }[];
}

export function planAppend(
  def: RegisterDef,
  rows: readonly { values: Record<string, CellValue>; extras?: Record<string, CellValue> }[],
  keysNow: readonly (readonly unknown[])[],
  makeKeys?: (existingKeys: readonly unknown[], count: number) => string[],
): AppendPlan {
  const existing = indexKeys(keysNow);
  const prepared = rows.map((r, index) => ({
    index,
    values: { ...r.values },
    extras: { ...(r.extras ?? {}) },
  }));
  const needKey = prepared.filter((r) => isBlankKey(rowKey(def, r)));
  if (needKey.length > 0) {
    const firstKeys = keysNow[0] ?? [];
    const made = def.idPrefix
      ? nextIds(def.idPrefix, firstKeys, needKey.length)
      : (makeKeys?.(firstKeys, needKey.length) ?? []);
    needKey.forEach((r, j) => {
      if (made[j] !== undefined) r.values[def.keyColumn] = made[j];
    });
  }
  const plan: AppendPlan = { toWrite: [], skipped: [] };
  const seen = new Set<string>();
  const keyNames = def.keyColumns.map((k) => def.columns.find((c) => c.key === k)?.header ?? k).join(" + ");
  for (const r of prepared) {
    const key = rowKey(def, r);
    const shown = shownKey(def, r.values);
    if (isBlankKey(key)) {
      plan.skipped.push({ index: r.index, key: "", reason: `the row has no ${keyNames}` });
    } else if (existing.has(key) || seen.has(key)) {
      plan.skipped.push({
        index: r.index,
        key: shown,
        reason: `${shown} is already in the ${def.name} register`,
      });
    } else {
      seen.add(key);
      plan.toWrite.push(r);
    }
  }
  return plan;
}
