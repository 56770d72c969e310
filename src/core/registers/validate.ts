// The problems list: every cell that does not fit its column, with its row and column, in words an
// office manager can act on ("Row 14, On hand: "twelve" is not a number").
import { coerceCell, isBlank, show, type CoerceOptions } from "../cells/coerce";
import type { CellValue, DateOrder, ProblemCode, Severity } from "../cells/types";
import { isCalculated } from "./columnDefaults";
import { nextIds } from "./ids";
import { rowChecks } from "./rowChecks";
import { isBlankKey, rowKey, shownKey } from "./keys";
import { isBlankRow } from "./rows";
import type { RegisterDef, RegisterId, RegisterRow } from "./types";

export interface RowProblem {
  /** Sheet row number (1-based, as Excel shows it). */
  row: number;
  /** Column key, or null for a problem with the whole row. */
  column: string | null;
  header: string | null;
  value: unknown;
  code: ProblemCode;
  severity: Severity;
  message: string;
  /** A value that would fix it, when one is known (parsed number, date serial, closest choice). */
  suggestion?: CellValue;
  /** A1 address, filled in by src/excel (which knows where the table sits). */
  address?: string;
}

export interface ValidateOptions extends Omit<CoerceOptions, "choices"> {
  /** How each date column's slash dates are read, by column key (overrides `dateOrder` for that column). */
  dateOrders?: Readonly<Record<string, DateOrder>>;
  /** Keys of other registers, for columns that choose from them (Supplier ← Suppliers). */
  lookups?: Partial<Record<RegisterId, readonly string[]>>;
  /** Today's date serial, for "in the future" checks. */
  today?: number;
}

type RowInput = RegisterRow | Record<string, CellValue>;

function valuesOf(row: RowInput): Record<string, CellValue> {
  const r = row as Partial<RegisterRow>;
  return r.values && typeof r.values === "object" && r.extras && typeof r.extras === "object"
    ? (r.values as Record<string, CellValue>)
    : (row as Record<string, CellValue>);
}

/** Coerced values of a row (raw value kept where a cell cannot be read), and the row's problems. */
export function readRow(
  def: RegisterDef,
  row: RowInput,
  rowNumber: number,
  options: ValidateOptions = {},
): { values: Record<string, CellValue>; problems: RowProblem[] } {
  const raw = valuesOf(row);
  const problems: RowProblem[] = [];
  const values: Record<string, CellValue> = {};
  for (const column of def.columns) {
    const value = raw[column.key] ?? null;
    if (isCalculated(column)) {
      values[column.key] = value;
      continue;
    }
    const at = { row: rowNumber, column: column.key, header: column.header, value };
    const prefix = `Row ${rowNumber}, ${column.header}: `;
    if (isBlank(value)) {
      values[column.key] = null;
      if (column.required) {
        problems.push({
          ...at,
          code: "required",
          severity: "error",
          message: prefix + "empty, but every row needs one",
        });
      }
      continue;
    }
    const choices = column.choicesFrom ? options.lookups?.[column.choicesFrom.register] : undefined;
    const result = coerceCell(value, column, {
      dateSystem: options.dateSystem,
      dateOrder: options.dateOrders?.[column.key] ?? options.dateOrder,
      choices,
    });
    values[column.key] = result.ok ? result.value : value;
    const p = result.problem;
    if (p) {
      const problem: RowProblem = { ...at, code: p.code, severity: p.severity, message: prefix + p.message };
      if (p.suggestion !== undefined) problem.suggestion = p.suggestion;
      problems.push(problem);
    }
  }
  for (const p of rowChecks(def.id, values, { today: options.today })) {
    const column = def.columns.find((c) => c.key === p.column)!;
    problems.push({
      row: rowNumber,
      column: p.column,
      header: column.header,
      value: raw[p.column] ?? null,
      code: p.code,
      severity: p.severity,
      message: `Row ${rowNumber}, ${column.header}: ${p.message}`,
    });
  }
  return { values, problems };
}

/** Problems of one row. */
export function validateRow(
  def: RegisterDef,
  row: RowInput,
  rowNumber: number,
  options: ValidateOptions = {},
): RowProblem[] {
  return readRow(def, row, rowNumber, options).problems;
}

/**
 * Values of every row read as their columns' types (raw where a cell cannot be read), and all problems
 * as validateRows gives them, in one pass.
 */
export function readRows(
  def: RegisterDef,
  rows: readonly RowInput[],
  options: ValidateOptions & { rowNumbers?: readonly number[]; firstRowNumber?: number } = {},
): { values: Record<string, CellValue>[]; problems: RowProblem[] } {
  const values: Record<string, CellValue>[] = [];
  const problems = checkRows(def, rows, options, (v) => values.push(v));
  return { values, problems };
}

/**
 * Problems of all rows, plus what only shows across rows: duplicate keys, repeated unique values,
 * blank rows. `rowNumbers[i]` is the sheet row of rows[i]; by default rows start at sheet row 2
 * (headers in row 1).
 */
export function validateRows(
  def: RegisterDef,
  rows: readonly RowInput[],
  options: ValidateOptions & { rowNumbers?: readonly number[]; firstRowNumber?: number } = {},
): RowProblem[] {
  return checkRows(def, rows, options, () => undefined);
}

function checkRows(
  def: RegisterDef,
  rows: readonly RowInput[],
  options: ValidateOptions & { rowNumbers?: readonly number[]; firstRowNumber?: number },
  onValues: (values: Record<string, CellValue>) => void,
): RowProblem[] {
  const numberOf = (i: number) => options.rowNumbers?.[i] ?? (options.firstRowNumber ?? 2) + i;
  const problems: RowProblem[] = [];
  const firstRowOfKey = new Map<string, number>();
  const uniqueColumns = def.columns.filter((c) => c.unique);
  const firstRowOfValue = new Map<string, number>();
  const keyHeader = def.keyColumns.map((k) => def.columns.find((c) => c.key === k)!.header).join(" + ");

  rows.forEach((row, i) => {
    const n = numberOf(i);
    const values = valuesOf(row);
    const asRow: Pick<RegisterRow, "values" | "extras"> = {
      values: Object.fromEntries(
        def.columns.filter((c) => !isCalculated(c)).map((c) => [c.key, values[c.key] ?? null]),
      ),
      extras: (row as Partial<RegisterRow>).extras ?? {},
    };
    if (isBlankRow(asRow)) {
      problems.push({
        row: n,
        column: null,
        header: null,
        value: null,
        code: "blankRow",
        severity: "warning",
        message: `Row ${n} is empty`,
      });
      onValues({ ...asRow.values });
      return;
    }
    const read = readRow(def, row, n, options);
    onValues(read.values);
    problems.push(...read.problems);

    const key = rowKey(def, asRow);
    if (!isBlankKey(key)) {
      const first = firstRowOfKey.get(key);
      if (first === undefined) firstRowOfKey.set(key, n);
      else {
        const shown = shownKey(def, values);
        problems.push({
          row: n,
          column: def.keyColumn,
          header: keyHeader,
          value: values[def.keyColumn] ?? null,
          code: "duplicateKey",
          severity: "error",
          message: `Row ${n}, ${keyHeader}: ${shown} is also used on row ${first}; each row needs its own`,
        });
      }
    }
    for (const column of uniqueColumns) {
      const v = values[column.key];
      if (isBlank(v)) continue;
      const id = `${column.key}\u0000${String(v).trim().toLowerCase()}`;
      const first = firstRowOfValue.get(id);
      if (first === undefined) firstRowOfValue.set(id, n);
      else {
        problems.push({
          row: n,
          column: column.key,
          header: column.header,
          value: v,
          code: "duplicateValue",
          severity: "warning",
          message: `Row ${n}, ${column.header}: ${show(v)} is also on row ${first}`,
        });
      }
    }
  });

  if (def.idPrefix) suggestIds(def, def.idPrefix, rows, problems);
  return problems;
}

/** Rows without an ID: suggest the next free ones, in row order (validateRow alone cannot know them). */
function suggestIds(
  def: RegisterDef,
  idPrefix: string,
  rows: readonly RowInput[],
  problems: RowProblem[],
): void {
  const missing = problems.filter((p) => p.code === "required" && p.column === def.keyColumn);
  const keys = rows.map((r) => valuesOf(r)[def.keyColumn] ?? null);
  const ids = nextIds(idPrefix, keys, missing.length);
  missing.forEach((p, i) => {
    p.suggestion = ids[i];
    p.message = `${p.message} (the next free ID is ${ids[i]})`;
  });
}
