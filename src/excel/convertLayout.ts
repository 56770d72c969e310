// The table a conversion makes, column by column: each sheet column in place (matched ones under the
// register's header, others as extra columns under a unique name), then the register columns the sheet
// lacked. A sheet column mapped to a calculated column is kept as an extra ("Reorder qty (old)") and the
// calculated column is added, so no value of the sheet is replaced by a formula.
import { isCalculated } from "../core/registers/columnDefaults";
import { columnLetter } from "../core/registers/headerText";
import { nextIds } from "../core/registers/ids";
import type { TableColumn } from "../core/registers/rows";
import type { ColumnDef, RegisterDef } from "../core/registers/types";
import { ExcelActionError } from "./errors";

export interface LayoutPlan {
  /** The sheet's columns, in place. */
  inSheet: TableColumn[];
  /** Register columns added at the right, in definition order. */
  added: ColumnDef[];
  /** Header cells whose text changes: sheet column index, old text, new text. */
  renamed: { index: number; from: string; to: string }[];
}

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

export function planLayout(
  def: RegisterDef,
  mapping: readonly (string | null)[],
  headers: readonly string[],
  firstColumn = 0,
): LayoutPlan {
  const columnOf = (k: string) => def.columns.find((c) => c.key === k)!;
  const effective = mapping.map((k) => (k && !isCalculated(columnOf(k)) ? k : null));
  const taken = new Set(
    effective.filter((k): k is string => k !== null).map((k) => columnOf(k).header.toLowerCase()),
  );
  // Register columns added later need their names free too.
  for (const c of def.columns) if (!effective.includes(c.key)) taken.add(c.header.toLowerCase());
  const inSheet: TableColumn[] = [];
  const renamed: LayoutPlan["renamed"] = [];
  headers.forEach((raw, i) => {
    const key = effective[i] ?? null;
    const text = (raw ?? "").trim();
    if (key) {
      const header = columnOf(key).header;
      inSheet.push({ key, header });
      if (text !== header) renamed.push({ index: i, from: text, to: header });
      return;
    }
    const wasCalc = mapping[i] ? columnOf(mapping[i]!).header : null;
    let base = wasCalc ? `${wasCalc} (old)` : text === "" ? `Column ${columnLetter(firstColumn + i)}` : text;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    taken.add(name.toLowerCase());
    base = name;
    inSheet.push({ key: null, header: name });
    if (name !== text) renamed.push({ index: i, from: text, to: name });
  });
  const added = def.columns.filter((c) => !effective.includes(c.key));
  return { inSheet, added, renamed };
}

/**
 * Rows as the converted table will hold them: the sheet's values, then the added columns (IDs made for
 * rows with something in them when the ID column is added; blanks elsewhere; calculated ones left to
 * Excel).
 */
export function withAddedColumns(
  def: RegisterDef,
  added: readonly ColumnDef[],
  dataRows: readonly (readonly unknown[])[],
): { rows: unknown[][]; ids: (string | null)[] | null } {
  let ids: (string | null)[] | null = null;
  if (def.idPrefix && added.some((c) => c.key === def.keyColumn)) {
    const filled = dataRows.map((row) =>
      row.some((v) => v !== null && v !== undefined && String(v).trim() !== ""),
    );
    const made = nextIds(def.idPrefix, [], filled.filter(Boolean).length);
    let k = 0;
    ids = filled.map((f) => (f ? made[k++] : null));
  }
  const rows = dataRows.map((row, i) => [
    ...row,
    ...added.map((c) => (c.key === def.keyColumn && ids ? ids[i] : null)),
  ]);
  return { rows, ids };
}
