// Checking a mapping handed to convertToRegister (the table's layout itself is planned in core:
// planLayout in core/registers/convertPlan).
import type { RegisterDef } from "../core/registers/types";
import { ExcelActionError } from "./errors";

/** Checks a (possibly edited) mapping: known keys, each at most once, one entry per sheet column. */
export function checkMapping(def: RegisterDef, mapping: readonly (string | null)[], width: number): void {
  const bad = (message: string) =>
    new ExcelActionError("invalid", message, "Inspect the sheet again and confirm the columns.");
  if (mapping.length !== width)
    throw bad(`The mapping has ${mapping.length} columns but the data has ${width}.`);
  const seen = new Set<string>();
  for (const k of mapping) {
    if (k === null) continue;
    if (!def.columns.some((c) => c.key === k)) throw bad(`${def.name} has no column "${k}".`);
    if (seen.has(k)) throw bad(`Two sheet columns are mapped to the same ${def.name} column.`);
    seen.add(k);
  }
}
