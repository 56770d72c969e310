// Reading a register into typed rows and its problems list. Syncs: one for the table's place, its
// headers, a sample of rows and the keys of registers it chooses from; then one per chunk of up to 5 MB.
import type { CellValue } from "../core/cells/types";
import { shownKey } from "../core/registers/keys";
import { isBlankRow, valuesToRow, type TableColumn } from "../core/registers/rows";
import type { RegisterDef } from "../core/registers/types";
import { readRows, type RowProblem, type ValidateOptions } from "../core/registers/validate";
import { cellAddress, rectAddress } from "./address";
import { readRows as readSheetRows, sampleRowBytes } from "./chunks";
import { queueLookups, queueTableProbe, type TablePlace } from "./tableProbe";
import { runExcel } from "./run";

export interface ReadRow {
  /** Sheet row number, 1-based as Excel shows it. */
  row: number;
  /** The row's key as written (composite keys joined with " / "). */
  key: string;
  /** Values by column key, read as the column's type where possible (the raw value where not). */
  values: Record<string, CellValue>;
  /** Columns of the table the register does not know, by header. */
  extras: Record<string, CellValue>;
}

export interface ReadRegisterResult {
  found: boolean;
  tableName: string;
  sheetName: string;
  /** The table's address ("Inventory!A1:V40"), or null when not found. */
  address: string | null;
  /** 1-based sheet row of the headers. */
  headerRow: number;
  layout: TableColumn[];
  /** Rows with something in them; blank rows are left out (and reported when they sit inside the data). */
  rows: ReadRow[];
  /** Every cell that does not fit its column, with its address for "go to". */
  problems: RowProblem[];
  /** Register columns the table lacks (a converted sheet may miss some). */
  missingColumns: string[];
}

export interface ReadOptions extends Omit<ValidateOptions, "lookups"> {
  /** Check choice columns against the other registers' keys (default true). */
  checkLookups?: boolean;
}

/** Problems with their cell address filled in, blank rows outside the data (before the first or after the last row with data) dropped. */
export function placeProblems(
  problems: RowProblem[],
  place: Pick<TablePlace, "sheetName" | "firstColumn" | "layout">,
  dataRows: { first: number; last: number } | null,
): RowProblem[] {
  const out: RowProblem[] = [];
  const width = place.layout.length;
  for (const p of problems) {
    if (p.code === "blankRow" && (!dataRows || p.row < dataRows.first || p.row > dataRows.last)) continue;
    const i = p.column === null ? -1 : place.layout.findIndex((c) => c.key === p.column);
    const address =
      i >= 0
        ? cellAddress(place.sheetName, p.row - 1, place.firstColumn + i)
        : rectAddress(
            place.sheetName,
            p.row - 1,
            place.firstColumn,
            p.row - 1,
            place.firstColumn + width - 1,
          );
    out.push({ ...p, address });
  }
  return out;
}

/** Typed rows and problems of sheet rows `values` (in `layout`), the first on 1-based sheet row `firstRow`. */
export function rowsAndProblems(
  def: RegisterDef,
  place: Pick<TablePlace, "sheetName" | "firstColumn" | "layout">,
  values: readonly (readonly unknown[])[],
  firstRow: number,
  options: ValidateOptions,
): { rows: ReadRow[]; problems: RowProblem[] } {
  const raw = values.map((v) => valuesToRow(place.layout, v));
  const rowNumbers = raw.map((_, i) => firstRow + i);
  const read = readRows(def, raw, { ...options, rowNumbers });
  const rows: ReadRow[] = [];
  raw.forEach((r, i) => {
    if (isBlankRow(r)) return;
    const key = shownKey(def, r.values);
    rows.push({ row: rowNumbers[i], key, values: read.values[i], extras: r.extras });
  });
  const data = rows.length ? { first: rows[0].row, last: rows[rows.length - 1].row } : null;
  const problems = placeProblems(read.problems, place, data);
  return { rows, problems };
}

export async function readRegister(def: RegisterDef, options: ReadOptions = {}): Promise<ReadRegisterResult> {
  return runExcel(`Reading the ${def.name} register`, async (context) => {
    const probe = queueTableProbe(context, def, { sample: true });
    const lookups = options.checkLookups === false ? () => ({}) : queueLookups(context, def);
    await context.sync();
    const place = probe.place();
    if (!place) {
      return {
        found: false,
        tableName: def.tableName,
        sheetName: def.sheetName,
        address: null,
        headerRow: 1,
        layout: [],
        rows: [],
        problems: [],
        missingColumns: def.columns.map((c) => c.key),
      };
    }
    const sample = probe.sample().slice(0, place.bodyRows);
    const values = await readSheetRows(
      context,
      probe.sheet,
      place.headerRow + 1,
      place.firstColumn,
      place.bodyRows,
      place.columnCount,
      sampleRowBytes(sample, place.columnCount),
    );
    const { rows, problems } = rowsAndProblems(def, place, values, place.headerRow + 2, {
      ...options,
      lookups: lookups(),
    });
    const present = new Set(place.layout.map((c) => c.key));
    return {
      found: true,
      tableName: place.tableName,
      sheetName: place.sheetName,
      address: rectAddress(
        place.sheetName,
        place.headerRow,
        place.firstColumn,
        place.headerRow + place.bodyRows,
        place.firstColumn + place.columnCount - 1,
      ),
      headerRow: place.headerRow + 1,
      layout: place.layout,
      rows,
      problems,
      missingColumns: def.columns.filter((c) => !present.has(c.key)).map((c) => c.key),
    };
  });
}
