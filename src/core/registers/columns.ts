import { isCalculated } from "./columnDefaults";
import type { ColumnDef, RegisterDef } from "./types";

export { isCalculated } from "./columnDefaults";

export function columnByKey(def: RegisterDef, key: string): ColumnDef | undefined {
  return def.columns.find((c) => c.key === key);
}

/** The column with this table header (Excel compares headers case-insensitively). */
export function columnByHeader(def: RegisterDef, header: string): ColumnDef | undefined {
  const lower = header.trim().toLowerCase();
  return def.columns.find((c) => c.header.toLowerCase() === lower);
}

/** Columns a person fills in (everything but calculated columns), e.g. for forms and validation. */
export function inputColumns(def: RegisterDef): ColumnDef[] {
  return def.columns.filter((c) => !isCalculated(c));
}

export function calculatedColumns(def: RegisterDef): ColumnDef[] {
  return def.columns.filter(isCalculated);
}
