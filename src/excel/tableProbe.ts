// The first sync of every action on an existing register: where its table is, its headers, how many
// rows, and (for reads) a sample of rows to size the chunks by.
import { registerById } from "../core/registers/definitions";
import { escapeColumnSpecifier } from "../core/registers/structuredRef";
import { layoutFromHeaders, type TableColumn } from "../core/registers/rows";
import type { RegisterDef, RegisterId } from "../core/registers/types";
import { SAMPLE_ROWS } from "./chunks";
import { ExcelActionError } from "./errors";

export interface TablePlace {
  tableName: string;
  sheetName: string;
  /** 0-based sheet row of the header row. */
  headerRow: number;
  /** 0-based sheet column of the table's first column. */
  firstColumn: number;
  columnCount: number;
  /** Data body rows (a new register has one blank row: Excel tables always have a body). */
  bodyRows: number;
  headers: string[];
  layout: TableColumn[];
  showTotals: boolean;
}

export interface QueuedProbe {
  table: Excel.Table;
  sheet: Excel.Worksheet;
  /** After the sync: null when the register's table is not in the workbook. */
  place(): TablePlace | null;
  sample(): unknown[][];
}

/** Queues the loads that describe the register's table (no sync). */
export function queueTableProbe(
  context: Excel.RequestContext,
  def: RegisterDef,
  opts: { sample?: boolean } = {},
): QueuedProbe {
  const table = context.workbook.tables.getItemOrNullObject(def.tableName);
  table.load("name,showTotals");
  const sheet = table.worksheet;
  sheet.load("name");
  const header = table.getHeaderRowRange().load("values,rowIndex,columnIndex,columnCount");
  const body = table.getDataBodyRange().load("rowCount");
  const sample = opts.sample ? table.getHeaderRowRange().getRowsBelow(SAMPLE_ROWS).load("values") : null;
  return {
    table,
    sheet,
    place: () => {
      if (table.isNullObject) return null;
      const headers = (header.values[0] ?? []).map((h) => String(h ?? ""));
      return {
        tableName: table.name,
        sheetName: sheet.name,
        headerRow: header.rowIndex,
        firstColumn: header.columnIndex,
        columnCount: header.columnCount,
        bodyRows: body.rowCount,
        headers,
        layout: layoutFromHeaders(def, headers),
        showTotals: table.showTotals,
      };
    },
    sample: () => (sample && !table.isNullObject ? (sample.values as unknown[][]) : []),
  };
}

/** The place, or an ExcelActionError the pane can show when the register is missing. */
export function requirePlace(def: RegisterDef, place: TablePlace | null): TablePlace {
  if (!place) {
    throw new ExcelActionError(
      "notFound",
      `There is no ${def.name} register in this workbook (no table named "${def.tableName}").`,
      `Create the ${def.name} register, or convert an existing sheet into it, from the task pane.`,
    );
  }
  return place;
}

/** The layout index of a register column, or -1 when the table lacks it. */
export function columnIndex(place: TablePlace, key: string): number {
  return place.layout.findIndex((c) => c.key === key);
}

/** Keys of other registers that columns of `def` choose from, queued for loading (no sync). */
export function queueLookups(
  context: Excel.RequestContext,
  def: RegisterDef,
): () => Partial<Record<RegisterId, string[]>> {
  const queued: { id: RegisterId; column: Excel.TableColumn; range: Excel.Range }[] = [];
  const seen = new Set<RegisterId>();
  for (const c of def.columns) {
    if (!c.choicesFrom || seen.has(c.choicesFrom.register)) continue;
    seen.add(c.choicesFrom.register);
    const other = registerById(c.choicesFrom.register);
    const keyCol = other.columns.find((x) => x.key === c.choicesFrom!.column);
    if (!keyCol) continue;
    const column = context.workbook.tables
      .getItemOrNullObject(other.tableName)
      .columns.getItemOrNullObject(keyCol.header);
    const range = column.getDataBodyRange().load("values");
    queued.push({ id: c.choicesFrom.register, column, range });
  }
  return () => {
    const out: Partial<Record<RegisterId, string[]>> = {};
    for (const q of queued) {
      if (q.column.isNullObject) continue;
      out[q.id] = (q.range.values as unknown[][])
        .map((r) => (r[0] === null || r[0] === undefined ? "" : String(r[0]).trim()))
        .filter((v) => v !== "");
    }
    return out;
  };
}

/** `=INDIRECT("Suppliers[Supplier]")`: a list source following another register's key column. */
export function lookupListSource(def: RegisterDef, key: string): string | null {
  const c = def.columns.find((x) => x.key === key);
  if (!c?.choicesFrom) return null;
  const other = registerById(c.choicesFrom.register);
  const keyCol = other.columns.find((x) => x.key === c.choicesFrom!.column);
  if (!keyCol) return null;
  // Excel does not take a structured reference as a list source directly; INDIRECT of its text does,
  // and keeps following the table as it grows (and works once the other register is created).
  return `=INDIRECT("${other.tableName}[${escapeColumnSpecifier(keyCol.header)}]")`;
}
