// Planning the conversion of an existing sheet (or selection) into a register, before anything is
// written, so the person can see and change it: the header row, each column's field, what each value of
// a choice column becomes, the order of each date column, and the table body as it will be. Used by
// src/excel (inspect and convert) and by `npm run inspect`, so all three propose the same thing.
//
// What a conversion may change, and nothing else:
//   - header cells: matched ones take the register's header, extras a unique name (the old text is listed);
//   - values that read cleanly as their column's type are stored as that type: "12" → 12, "04/03/2026" →
//     the date in the column's order, "Yes" → Done under "Done?", "Joined" → Hired, "100 NOS" → 100 with
//     "NOS" in Unit; a value that cannot be read is left exactly as it is and listed as a problem;
//   - whatever a reading would drop goes to Notes (the register's, or an extra Notes column): a unit when
//     Unit already says something else, a value that shares its choice with other words;
//   - register columns the sheet lacks are appended (IDs made for the key column, a value the person
//     chose for every row, calculated columns left to their formulas).
import { toDateOrder, type DateOrderDecision, type DayMonthOrder } from "../cells/dateOrder";
import type { CellValue } from "../cells/types";
import { columnLetters } from "../cells/a1";
import { isCalculated } from "./columnDefaults";
import { columnReadings, readMappedCells } from "./convertCells";
import { detectHeaderRow, type HeaderRowResult } from "./detectHeaderRow";
import { headerToText } from "./headerText";
import { nextIds } from "./ids";
import type { HeaderMatchResult, MatchConfidence } from "./matchHeaders";
import type { TableColumn } from "./rows";
import type { ColumnDef, RegisterDef } from "./types";
import { validateRows, type RowProblem, type ValidateOptions } from "./validate";
import type { ValueChoices, ValueMapLine } from "./valueMaps";

/** What the person chose; the same object is remembered per sheet in the workbook and given by inspect's flags. */
export interface ReadingChoices {
  /** 1-based sheet row of the headers. */
  headerRow?: number;
  /** By index into the area's columns: a field key, or null to keep the column as an extra. */
  columns?: Readonly<Record<number, string | null>>;
  /** By field key: value (as valueKey folds it) → choice, or null to keep it as it is. */
  values?: Readonly<Record<string, ValueChoices>>;
  /** By field key: how the column's slash dates are read. */
  dateOrders?: Readonly<Record<string, DayMonthOrder>>;
  /** By field key, for register columns the sheet lacks: the value every row gets. */
  fills?: Readonly<Record<string, string>>;
}

export interface ConvertPlanOptions extends ValidateOptions {
  /** 1-based sheet row of values[0]; default 1. */
  firstRow?: number;
  /** 0-based sheet column of values[i][0]; default 0 (A). */
  firstColumn?: number;
  choices?: ReadingChoices;
  /** Locale whose date order settles columns whose dates could be read either way (default: the system's). */
  locale?: string;
}

/**
 * A cell whose typed value converting stores differently, with what was typed, so the person sees each
 * one before anything is written and keeps the list afterwards ("M19 "14/11/2026" → 2026-11-14").
 */
export interface CellReport {
  /** 0-based index into the area's columns. */
  column: number;
  /** 1-based sheet row. */
  row: number;
  /** The cell on its sheet, without the sheet's name ("M19"). */
  address: string;
  field: string;
  /** What the cell held, as text. */
  typed: string;
  /** What it is stored as: a date as yyyy-mm-dd (with the time for date-times), a number, a choice. */
  stored: string;
  /** A date that could be read either way, read in the order no date of its column settled. */
  eitherWay?: boolean;
}

/** One column of the area: its header, the field it feeds and what converting does to its values. */
export interface PlannedColumn {
  /** 0-based index into the area's columns. */
  index: number;
  header: string;
  field: string | null;
  confidence: MatchConfidence | null;
  /** Cells whose value converting stores differently ("12" → 12, "Yes" → Done, "100 NOS" → 100). */
  changed: number;
  /** Of the column's cells, those whose original text also goes to Notes. */
  toNotes: number;
  /** Problems left after converting, by kind. */
  problems: Record<string, number>;
}

export interface ConvertPlan {
  ok: boolean;
  /** Why the sheet cannot be converted (when ok is false: an empty sheet). */
  reason?: string;
  /** 1-based sheet row of the headers. */
  headerRow: number;
  /** How the header row was found. */
  headerFound: HeaderRowResult["found"];
  /** 1-based sheet rows of the first and last data rows (last < first when there are none). */
  firstDataRow: number;
  lastDataRow: number;
  /** 0-based sheet column of the table's first column. */
  firstColumn: number;
  /** Columns of the area (the table's own columns, before the appended ones). */
  sheetWidth: number;
  headers: string[];
  columns: PlannedColumn[];
  /** The table's columns once converted: the area's, then `appended`. */
  layout: TableColumn[];
  /** Register columns (and an extra Notes column, when one is needed) added at the right. */
  appended: TableColumn[];
  /** Header cells to rename: 0-based index into the area's columns, old text, new text. */
  renames: { index: number; from: string; to: string }[];
  /** Choice columns: what each distinct value becomes, by field key. */
  valueMaps: Record<string, ValueMapLine[]>;
  /** Columns with slash dates: how they are read, by field key. */
  dateOrders: Record<string, DateOrderDecision>;
  /** Every typed cell stored differently, in sheet order by column: the per-cell report. */
  readings: CellReport[];
  /**
   * Typed cells whose text would be found neither in the register, nor in Notes, nor in `readings`
   * (addresses as in CellReport). Empty is what lets the pane say that nothing typed was lost.
   */
  typedLost: string[];
  /** The data rows as the table will hold them, in layout order (calculated columns null). */
  body: CellValue[][];
  /** body[r][c] differs from the sheet: only these cells (and appended columns) are written. */
  changed: boolean[][];
  /** IDs made for a key column the sheet lacked (by data row; null for blank rows). */
  newIds: (string | null)[];
  match: HeaderMatchResult | null;
  detection: HeaderRowResult;
  /** Cells that do not fit their column once converted (addresses are added by src/excel). */
  problems: RowProblem[];
  notes: string[];
}

const isBlank = (v: unknown) => headerToText(v) === "";

/** The table's columns: the area's in place (register header or a unique extra name), then the rest. */
export function planLayout(
  def: RegisterDef,
  mapping: readonly (string | null)[],
  headers: readonly string[],
  firstColumn = 0,
): { inSheet: TableColumn[]; added: ColumnDef[]; renamed: { index: number; from: string; to: string }[] } {
  const columnOf = (k: string) => def.columns.find((c) => c.key === k)!;
  // A sheet column named like a calculated one keeps its values as an extra ("Reorder qty (old)"), and
  // the register's formula column is added beside, so no value is replaced by a formula.
  const effective = mapping.map((k) => (k && !isCalculated(columnOf(k)) ? k : null));
  const taken = new Set(def.columns.map((c) => c.header.toLowerCase()));
  const inSheet: TableColumn[] = [];
  const renamed: { index: number; from: string; to: string }[] = [];
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
    const base = wasCalc
      ? `${wasCalc} (old)`
      : text === ""
        ? `Column ${columnLetters(firstColumn + i)}`
        : text;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    taken.add(name.toLowerCase());
    inSheet.push({ key: null, header: name });
    if (name !== text) renamed.push({ index: i, from: text, to: name });
  });
  const added = def.columns.filter((c) => !effective.includes(c.key));
  return { inSheet, added, renamed };
}

export function planConversion(
  def: RegisterDef,
  values: readonly (readonly unknown[])[],
  options: ConvertPlanOptions = {},
): ConvertPlan {
  const firstRow = options.firstRow ?? 1;
  const firstColumn = options.firstColumn ?? 0;
  const choices = options.choices ?? {};
  const dateSystem = options.dateSystem ?? 1900;
  const detection = findHeaderRow(def, values, firstRow, firstColumn, choices);
  const width = values.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  const headerIndex = detection.headerRow;
  if (headerIndex === null || !detection.match) {
    return {
      ...emptyPlan(detection, firstRow, firstColumn, width),
      reason: detection.notes[0] ?? `There is nothing to convert into ${def.name}.`,
    };
  }
  const match = detection.match;
  const headers = Array.from({ length: width }, (_, c) => headerToText(values[headerIndex]?.[c]));
  const mapping = Array.from({ length: width }, (_, c) => match.mapping[c] ?? null);
  const dataRows = dataRowsUnder(values, headerIndex, width);
  const rowFilled = dataRows.map((row) => row.some((v) => !isBlank(v)));
  const reading = columnReadings(def, mapping, dataRows, choices, options.locale);
  const { valueMaps, dateOrders } = reading;

  // The table's columns: the area's, the register's missing ones, and Notes when something must go there.
  const planned = planLayout(def, mapping, headers, firstColumn);
  const layout: TableColumn[] = [
    ...planned.inSheet,
    ...planned.added.map((c) => ({ key: c.key, header: c.header })),
  ];

  // The body: the area's values, read; then the appended columns.
  const body: CellValue[][] = dataRows.map((row) => [
    ...(row as CellValue[]),
    ...planned.added.map(() => null),
  ]);
  const changed = body.map((row) => row.map(() => false));
  const firstDataRow = firstRow + headerIndex + 1;
  const read = readMappedCells(
    def,
    { mapping, headers, dataRows, layout, body, changed },
    { ...reading, dateSystem, firstColumn, firstDataRow },
  );
  const newIds = fillAddedColumns(def, planned.added, width, rowFilled, choices.fills, body);
  const appended = layout.slice(width);
  placeNotes(read.notesFor, { layout, appended, inSheet: planned.inSheet, body, changed, width });

  const headerRow = firstRow + headerIndex;
  const typedLost = lostTyped(dataRows, body, changed, read.readings, firstColumn, firstDataRow);
  const rowNumbers = dataRows.map((_, i) => headerRow + 1 + i);
  const problems = validateBody(def, layout, body, dateOrders, { ...options, rowNumbers });
  const columns = plannedColumns(headers, mapping, match, problems, read);
  return {
    ok: true,
    headerRow,
    headerFound: detection.found,
    firstDataRow: headerRow + 1,
    lastDataRow: headerRow + dataRows.length,
    firstColumn,
    sheetWidth: width,
    headers,
    columns,
    layout,
    appended,
    renames: planned.renamed,
    valueMaps,
    dateOrders,
    readings: read.readings,
    typedLost,
    body,
    changed,
    newIds,
    match,
    detection,
    problems,
    notes: planNotes(detection, match, planned.renamed, appended, dataRows.length, firstColumn),
  };
}

/** Each column of the area: its field, how sure the match is, cells changed or sent to Notes, problems. */
function plannedColumns(
  headers: readonly string[],
  mapping: readonly (string | null)[],
  match: HeaderMatchResult,
  problems: readonly RowProblem[],
  read: { changedCount: readonly number[]; toNotes: readonly number[] },
): PlannedColumn[] {
  return headers.map((header, i) => {
    const field = mapping[i];
    const counts: Record<string, number> = {};
    if (field) for (const p of problems) if (p.column === field) counts[p.code] = (counts[p.code] ?? 0) + 1;
    return {
      index: i,
      header,
      field,
      confidence: field ? (match.confidence[field] ?? null) : null,
      changed: read.changedCount[i],
      toNotes: read.toNotes[i],
      problems: counts,
    };
  });
}

/** The header row: the one the person chose (when it lies in the area), else the one detected. */
function findHeaderRow(
  def: RegisterDef,
  values: readonly (readonly unknown[])[],
  firstRow: number,
  firstColumn: number,
  choices: ReadingChoices,
): HeaderRowResult {
  const chosenRow = choices.headerRow !== undefined ? choices.headerRow - firstRow : undefined;
  return detectHeaderRow(values, def, {
    startColumn: firstColumn,
    firstRowNumber: firstRow,
    manual: choices.columns,
    headerRow: chosenRow !== undefined && chosenRow >= 0 && chosenRow < values.length ? chosenRow : undefined,
  });
}

/** The plan of an area with no header row to convert from: nothing changes. */
function emptyPlan(
  detection: HeaderRowResult,
  firstRow: number,
  firstColumn: number,
  width: number,
): ConvertPlan {
  return {
    ok: false,
    headerRow: firstRow,
    headerFound: detection.found,
    firstDataRow: firstRow + 1,
    lastDataRow: firstRow,
    firstColumn,
    sheetWidth: width,
    headers: [],
    columns: [],
    layout: [],
    appended: [],
    renames: [],
    valueMaps: {},
    dateOrders: {},
    readings: [],
    typedLost: [],
    body: [],
    changed: [],
    newIds: [],
    match: null,
    detection,
    problems: [],
    notes: [...detection.notes],
  };
}

/** The rows under the header row, each `width` cells wide, without the trailing blank rows. */
function dataRowsUnder(
  values: readonly (readonly unknown[])[],
  headerIndex: number,
  width: number,
): unknown[][] {
  // Trailing blank rows are not part of the data (a sheet's used area already ends at its last value).
  let last = values.length - 1;
  while (last > headerIndex && (values[last] ?? []).every(isBlank)) last--;
  return values
    .slice(headerIndex + 1, last + 1)
    .map((row) => Array.from({ length: width }, (_, c) => (row?.[c] ?? null) as unknown));
}

/** Register columns the sheet lacks: IDs for the key column, the person's value for every row. */
function fillAddedColumns(
  def: RegisterDef,
  added: readonly ColumnDef[],
  width: number,
  rowFilled: readonly boolean[],
  fills: ReadingChoices["fills"],
  body: CellValue[][],
): (string | null)[] {
  let newIds: (string | null)[] = rowFilled.map(() => null);
  added.forEach((c, j) => {
    const col = width + j;
    if (isCalculated(c)) return;
    if (c.key === def.keyColumn && def.idPrefix) {
      const made = nextIds(def.idPrefix, [], rowFilled.filter(Boolean).length);
      let k = 0;
      newIds = rowFilled.map((f) => (f ? made[k++] : null));
      newIds.forEach((id, r) => (body[r][col] = id));
      return;
    }
    const fill = fills?.[c.key];
    if (fill !== undefined && fill !== "") rowFilled.forEach((f, r) => f && (body[r][col] = fill));
  });
  return newIds;
}

/**
 * What must go to Notes, written to the register's Notes column, else an extra column named Notes already
 * on the sheet, else a new one appended (to `layout`, `appended`, `body` and `changed`).
 */
function placeNotes(
  notesFor: readonly string[][],
  table: {
    layout: TableColumn[];
    appended: TableColumn[];
    inSheet: readonly TableColumn[];
    body: CellValue[][];
    changed: boolean[][];
    width: number;
  },
): void {
  const { layout, appended, body, changed, width } = table;
  if (!notesFor.some((n) => n.length > 0)) return;
  let notesAt = layout.findIndex((c) => c.key === "notes");
  if (notesAt < 0) notesAt = table.inSheet.findIndex((c) => c.key === null && /^notes?$/i.test(c.header));
  if (notesAt < 0) {
    const taken = new Set(layout.map((c) => c.header.toLowerCase()));
    let name = "Notes";
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `Notes ${n}`;
    const extra = { key: null, header: name };
    layout.push(extra);
    appended.push(extra);
    body.forEach((row) => row.push(null));
    changed.forEach((row) => row.push(false));
    notesAt = layout.length - 1;
  }
  notesFor.forEach((parts, r) => {
    if (parts.length === 0) return;
    const before = body[r][notesAt];
    body[r][notesAt] = [isBlank(before) ? null : String(before).trim(), ...parts].filter(Boolean).join("; ");
    if (notesAt < width) changed[r][notesAt] = true;
  });
}

/** The converted body checked as register rows, dates read in each column's decided order. */
function validateBody(
  def: RegisterDef,
  layout: readonly TableColumn[],
  body: readonly CellValue[][],
  dateOrders: Record<string, DateOrderDecision>,
  options: ConvertPlanOptions & { rowNumbers: number[] },
): RowProblem[] {
  const columnOf = (k: string) => def.columns.find((c) => c.key === k)!;
  const rows = body.map((row) => {
    const byKey: Record<string, CellValue> = {};
    const extras: Record<string, CellValue> = {};
    layout.forEach((c, j) => {
      if (c.key) byKey[c.key] = isCalculated(columnOf(c.key)) ? null : row[j];
      else extras[c.header] = row[j];
    });
    return { values: byKey, extras };
  });
  const orders = Object.fromEntries(Object.entries(dateOrders).map(([k, d]) => [k, toDateOrder(d.order)]));
  return validateRows(def, rows, { ...options, dateOrders: orders });
}

/** The plan's notes: how the headers were found and matched, renamed headers, added columns, no rows. */
function planNotes(
  detection: HeaderRowResult,
  match: HeaderMatchResult,
  renamed: readonly { index: number; from: string; to: string }[],
  appended: readonly TableColumn[],
  dataRowCount: number,
  firstColumn: number,
): string[] {
  const notes = [...detection.notes.filter((n) => !match.notes.includes(n)), ...match.notes];
  for (const r of renamed)
    if (r.from !== "")
      notes.push(
        `The header "${r.from}" (column ${columnLetters(firstColumn + r.index)}) becomes "${r.to}".`,
      );
  if (appended.length > 0) notes.push(`Added on the right: ${appended.map((c) => c.header).join(", ")}.`);
  if (dataRowCount === 0) notes.push("There are no rows under the headers yet.");
  return notes;
}

/**
 * The typed cells of the area a conversion would leave unrecoverable: changed, and their text neither in
 * the per-cell report nor still in the cell (Notes keep what they held, with what is added after it).
 */
export function lostTyped(
  dataRows: readonly (readonly unknown[])[],
  body: readonly CellValue[][],
  changed: readonly boolean[][],
  readings: readonly CellReport[],
  firstColumn: number,
  firstDataRow: number,
): string[] {
  const reported = new Map(readings.map((x) => [x.address, x.typed]));
  const lost: string[] = [];
  dataRows.forEach((row, r) =>
    row.forEach((raw, i) => {
      if (!changed[r][i] || isBlank(raw)) return;
      const typed = String(raw).trim();
      const address = `${columnLetters(firstColumn + i)}${firstDataRow + r}`;
      if (reported.get(address) === typed) return;
      const now = body[r][i];
      if (typeof now === "string" && now.includes(typed)) return;
      lost.push(address);
    }),
  );
  return lost;
}
