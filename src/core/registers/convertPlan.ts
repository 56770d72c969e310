// Planning the conversion of an existing sheet (or selection) into a register, before anything is
// written, so the person can confirm it. The plan keeps every original value: data cells are never
// rewritten; only header cells are renamed (the old text is listed), missing columns are appended to the
// right, blank keys get new IDs. A sheet column that holds a calculated column's name (say "Stock value")
// keeps its values as an extra column, and the register's formula column is appended beside.
import { detectHeaderRow, type HeaderRowResult } from "./detectHeaderRow";
import { headerToText, columnLetter } from "./headerText";
import { nextIds } from "./ids";
import { matchHeaders, type HeaderMatchResult } from "./matchHeaders";
import { isBlankRow, layoutFromMatch, valuesToRow, type TableColumn } from "./rows";
import type { RegisterDef } from "./types";
import { validateRows, type RowProblem, type ValidateOptions } from "./validate";

export interface ConvertPlanOptions extends ValidateOptions {
  /** 1-based sheet row of values[0]; default 1. */
  firstRow?: number;
  /** 0-based sheet column of values[i][0]; default 0 (A). */
  firstColumn?: number;
  /** The header row if the person chose it (0-based index into values); otherwise it is detected. */
  headerRow?: number;
}

export interface ConvertPlan {
  ok: boolean;
  /** Why the sheet cannot be converted as it is (when ok is false). */
  reason?: string;
  /** 1-based sheet row of the headers. */
  headerRow: number;
  /** 1-based sheet rows of the first and last data rows (last < first when there are none). */
  firstDataRow: number;
  lastDataRow: number;
  /** 0-based sheet column of the table's first column. */
  firstColumn: number;
  /** Sheet columns taken from the sheet (the rest of `layout` is appended to their right). */
  sheetWidth: number;
  /** The table's columns, in sheet order, once converted. */
  layout: TableColumn[];
  /** Header cells to rename: sheet column index (0-based, absolute), old text, new text. */
  renames: { column: number; from: string; to: string }[];
  /** Register columns added to the right of the sheet's columns. */
  appended: TableColumn[];
  /** New IDs for rows whose key is blank: 1-based sheet row → ID. */
  newIds: { row: number; id: string }[];
  match: HeaderMatchResult | null;
  detection: HeaderRowResult;
  problems: RowProblem[];
  notes: string[];
}

const isBlankCell = (v: unknown) => headerToText(v) === "";

export function planConversion(
  def: RegisterDef,
  values: readonly (readonly unknown[])[],
  options: ConvertPlanOptions = {},
): ConvertPlan {
  const firstRow = options.firstRow ?? 1;
  const firstColumn = options.firstColumn ?? 0;
  const detection =
    options.headerRow === undefined
      ? detectHeaderRow(values, def, { startColumn: firstColumn, firstRowNumber: firstRow })
      : detectHeaderRow(values.slice(options.headerRow, options.headerRow + 1), def, {
          startColumn: firstColumn,
          firstRowNumber: firstRow + options.headerRow,
        });
  const headerIndex = options.headerRow ?? detection.headerRow;
  const empty: ConvertPlan = {
    ok: false,
    headerRow: firstRow,
    firstDataRow: firstRow + 1,
    lastDataRow: firstRow,
    firstColumn,
    sheetWidth: 0,
    layout: [],
    renames: [],
    appended: [],
    newIds: [],
    match: null,
    detection,
    problems: [],
    notes: [...detection.notes],
  };
  if (headerIndex === null || headerIndex === undefined || !detection.match) {
    return { ...empty, reason: detection.notes[0] ?? `No header row found for ${def.name}.` };
  }

  // The table spans from the header row to the last row with anything in it, and to the last column
  // with a header or a value (trailing blank rows and columns are left out).
  let lastIndex = headerIndex;
  let width = 0;
  for (let r = headerIndex; r < values.length; r++) {
    const row = values[r] ?? [];
    for (let c = row.length - 1; c >= 0; c--) {
      if (!isBlankCell(row[c])) {
        lastIndex = r;
        width = Math.max(width, c + 1);
        break;
      }
    }
  }
  const headerCells = Array.from({ length: width }, (_, c) => values[headerIndex]?.[c] ?? null);
  // Matched again on the trimmed width, so blank cells past the last column are not reported.
  const match = keepCalculatedAsExtras(
    def,
    matchHeaders(def, headerCells, { startColumn: firstColumn }),
    headerCells,
  );
  const layout = layoutFromMatch(def, match);
  const sheetLayout = layout.slice(0, width);
  const appended = layout.slice(width);

  const headerRow = firstRow + headerIndex;
  const renames: ConvertPlan["renames"] = [];
  sheetLayout.forEach((col, i) => {
    const from = headerToText(headerCells[i]);
    if (from !== col.header) renames.push({ column: firstColumn + i, from, to: col.header });
  });

  const dataValues = values
    .slice(headerIndex + 1, lastIndex + 1)
    .map((row) => Array.from({ length: width }, (_, c) => row?.[c] ?? null));
  const rowNumbers = dataValues.map((_, i) => headerRow + 1 + i);
  const rows = dataValues.map((v) => valuesToRow(sheetLayout, v));
  // Blank keys get new IDs (never a number already in use), so the problems list doesn't ask for them.
  const newIds: ConvertPlan["newIds"] = [];
  if (def.idPrefix) {
    const keys = rows.map((r) => r.values[def.keyColumn] ?? null);
    const blankKeyRows = rows.flatMap((r, i) =>
      !isBlankRow(r) && isBlankCell(r.values[def.keyColumn]) ? [i] : [],
    );
    const ids = nextIds(def.idPrefix, keys, blankKeyRows.length);
    blankKeyRows.forEach((i, n) => {
      newIds.push({ row: rowNumbers[i], id: ids[n] });
      rows[i].values[def.keyColumn] = ids[n];
    });
  }
  const problems = validateRows(def, rows, { ...options, rowNumbers });

  const notes = [...detection.notes.filter((n) => !match.notes.includes(n)), ...match.notes];
  for (const r of renames) {
    if (r.from !== "")
      notes.push(`The header "${r.from}" (column ${columnLetter(r.column)}) becomes "${r.to}".`);
  }
  if (appended.length > 0) notes.push(`Added on the right: ${appended.map((c) => c.header).join(", ")}.`);
  if (newIds.length > 0)
    notes.push(
      `${newIds.length} row${newIds.length === 1 ? "" : "s"} without ${def.columns[0].header} get new IDs (${newIds[0].id}…).`,
    );
  if (dataValues.length === 0) notes.push("There are no rows under the headers yet.");
  return {
    ok: true,
    headerRow,
    firstDataRow: headerRow + 1,
    lastDataRow: firstRow + lastIndex,
    firstColumn,
    sheetWidth: width,
    layout,
    renames,
    appended,
    newIds,
    match,
    detection,
    problems,
    notes,
  };
}

// A sheet column named like a calculated column keeps its values as an extra ("Stock value (before)"),
// since the register's formula would overwrite them.
function keepCalculatedAsExtras(
  def: RegisterDef,
  match: HeaderMatchResult,
  headerCells: unknown[],
): HeaderMatchResult {
  if (match.calculatedInSheet.length === 0) return match;
  const mapping = [...match.mapping];
  const byColumn = { ...match.byColumn };
  const extras = [...match.extras];
  const taken = new Set([
    ...def.columns.map((c) => c.header.toLowerCase()),
    ...extras.map((e) => e.name.toLowerCase()),
  ]);
  for (const key of match.calculatedInSheet) {
    const i = byColumn[key];
    mapping[i] = null;
    delete byColumn[key];
    const header = headerToText(headerCells[i]);
    let name = `${header} (before)`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${header} (before ${n})`;
    taken.add(name.toLowerCase());
    extras.push({ sheetIndex: i, header, name });
  }
  extras.sort((a, b) => a.sheetIndex - b.sheetIndex);
  const notes = match.notes.map((n) =>
    n.replace(
      /its formula replaces the values there\.$/,
      "the values there are kept beside it as an extra column.",
    ),
  );
  return { ...match, mapping, byColumn, extras, notes, calculatedInSheet: match.calculatedInSheet };
}
