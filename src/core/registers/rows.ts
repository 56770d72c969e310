// Moving between Excel's row arrays (Range.values) and RegisterRow objects, given the table's columns
// in sheet order (which may differ from the definition's order after a convert, and may hold extras).
import { cellInput } from "./cellInput";
import { isCalculated } from "./columnDefaults";
import { columnByHeader } from "./columns";
import type { HeaderMatchResult } from "./matchHeaders";
import type { CellValue, RegisterDef, RegisterRow } from "./types";

/** One column of a register's table, in sheet order: a register column (key) or an extra (key null). */
export interface TableColumn {
  key: string | null;
  /** The table header: the register's header for known columns, the extra's unique name otherwise. */
  header: string;
}

/** The table of a freshly created register: the definition's columns in order. */
export function layoutFromDef(def: RegisterDef): TableColumn[] {
  return def.columns.map((c) => ({ key: c.key, header: c.header }));
}

/** An existing table's layout from its header row (known headers, compared ignoring case; others are extras). */
export function layoutFromHeaders(def: RegisterDef, headers: readonly unknown[]): TableColumn[] {
  return headers.map((h) => {
    const text = typeof h === "string" ? h : String(h ?? "");
    const column = columnByHeader(def, text);
    return column ? { key: column.key, header: column.header } : { key: null, header: text };
  });
}

/**
 * The layout of a converted sheet: each sheet column in place, matched columns renamed to the register's
 * header, extras under their unique names; then register columns the sheet lacked, appended at the end
 * in definition order (calculated ones included).
 */
export function layoutFromMatch(def: RegisterDef, match: HeaderMatchResult): TableColumn[] {
  const extraName = new Map(match.extras.map((e) => [e.sheetIndex, e.name]));
  const inSheet: TableColumn[] = match.mapping.map((key, i) =>
    key
      ? { key, header: def.columns.find((c) => c.key === key)!.header }
      : { key: null, header: extraName.get(i) ?? `Column ${i + 1}` },
  );
  const added = def.columns
    .filter((c) => match.byColumn[c.key] === undefined)
    .map((c) => ({ key: c.key, header: c.header }));
  return [...inSheet, ...added];
}

/** A row of Range.values as a RegisterRow (raw values, not coerced: see coerceCell / validateRow). */
export function valuesToRow(layout: readonly TableColumn[], values: readonly unknown[]): RegisterRow {
  const row: RegisterRow = { values: {}, extras: {} };
  layout.forEach((col, i) => {
    const v = values[i];
    const cell: CellValue = v === undefined ? null : (v as CellValue);
    if (col.key) row.values[col.key] = cell;
    else row.extras[col.header] = cell;
  });
  return row;
}

export interface RowToValuesOptions {
  /**
   * What to put in calculated columns: "formula" writes the column's formula (for rows added below the
   * table), "skip" writes null (Office.js leaves a cell unchanged when its value is null).
   */
  calculated?: "formula" | "skip";
}

/**
 * A RegisterRow as one row for Range.values, in the layout's order, made safe to write (cellInput.ts):
 * person-typed text is written so that it stays text (never a formula), numbers stay numbers. Columns
 * the row does not mention are written blank ("").
 */
export function rowToValues(
  def: RegisterDef,
  row: Pick<RegisterRow, "values"> & Partial<Pick<RegisterRow, "extras">>,
  layout: readonly TableColumn[],
  options: RowToValuesOptions = {},
): (string | number | boolean | null)[] {
  return layout.map((col) => {
    if (!col.key) return cellInput(undefined, row.extras?.[col.header]);
    const column = def.columns.find((c) => c.key === col.key);
    if (!column) return cellInput(undefined, row.values[col.key]);
    if (isCalculated(column)) return options.calculated === "formula" ? column.formula! : null;
    return cellInput(column, row.values[col.key]);
  });
}

export function isBlankRow(row: Pick<RegisterRow, "values"> & Partial<Pick<RegisterRow, "extras">>): boolean {
  const blank = (v: CellValue | undefined) =>
    v === null || v === undefined || (typeof v === "string" && v.trim() === "");
  return Object.values(row.values).every(blank) && Object.values(row.extras ?? {}).every(blank);
}
