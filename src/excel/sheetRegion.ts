// Reading the area of a sheet (or of the selection) that holds data, for inspecting and converting:
// one sync for where it is, merged cells, tables and a sample of rows; then one sync per chunk of rows.
import { readRows, SAMPLE_ROWS, sampleRowBytes } from "./chunks";
import { parseAreas, parseRect, splitAddress } from "./address";

export type SheetSource = { sheet: string } | { selection: true };

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface RegionRead {
  sheetName: string;
  /** The data area (0-based, inclusive), or null when the sheet (or selection) holds nothing. */
  rect: Rect | null;
  /** Values of every row of the area. */
  values: unknown[][];
  /** Merged areas touching the data area. */
  merges: Rect[];
  /** Tables on the sheet. */
  tables: { name: string; rect: Rect }[];
  /** Where register tables already are, by table name (lower case) → sheet name. */
  registerTables: Record<string, string>;
  /** The sheet's whole used area (values only), or null when the sheet is empty. */
  sheetUsed: Rect | null;
}

const rectOf = (r: {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}): Rect => ({
  r0: r.rowIndex,
  c0: r.columnIndex,
  r1: r.rowIndex + r.rowCount - 1,
  c1: r.columnIndex + r.columnCount - 1,
});

const DIMS = "rowIndex,columnIndex,rowCount,columnCount";

/** A used range that may be the data area, the first rows of it, and when it is the one meant. */
interface Candidate {
  used: Excel.Range;
  sample: Excel.Range;
  when: () => boolean;
}

/** Queues the candidate's first rows, whose sizes choose the chunks the rest is read in. */
const candidate = (used: Excel.Range, when: () => boolean): Candidate => ({
  used,
  sample: used
    .getRow(0)
    .getResizedRange(SAMPLE_ROWS - 1, 0)
    .load("values"),
  when,
});

/** A named sheet: its used area, or exactly `area` when one is given. */
function queueSheetCandidates(
  context: Excel.RequestContext,
  sheetName: string,
  area: Rect | undefined,
): { sheet: Excel.Worksheet; candidates: Candidate[] } {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const used = area
    ? sheet.getRangeByIndexes(area.r0, area.c0, area.r1 - area.r0 + 1, area.c1 - area.c0 + 1).load(DIMS)
    : sheet.getUsedRangeOrNullObject(true).load(DIMS);
  return { sheet, candidates: [candidate(used, () => true)] };
}

/** The selection: which of its two candidates applies is known only once its size is synced. */
function queueSelectionCandidates(context: Excel.RequestContext): {
  sheet: Excel.Worksheet;
  candidates: Candidate[];
} {
  const selection = context.workbook.getSelectedRange().load(DIMS);
  const sheet = selection.worksheet;
  const usedSheet = sheet.getUsedRangeOrNullObject(true).load(DIMS);
  const usedSel = selection.getUsedRangeOrNullObject(true).load(DIMS);
  // One cell selected means "this sheet"; a larger selection means that area.
  const single = () => selection.rowCount === 1 && selection.columnCount === 1;
  return { sheet, candidates: [candidate(usedSheet, single), candidate(usedSel, () => !single())] };
}

/** Queues, for each register table name, the table (null object when absent) and its sheet's name. */
function queueRegisterSheets(context: Excel.RequestContext, registerTableNames: readonly string[]) {
  return registerTableNames.map((name) => {
    const t = context.workbook.tables.getItemOrNullObject(name);
    return { name, table: t, sheet: t.worksheet.load("name") };
  });
}

/** Table name (lower case) → sheet name, for the register tables that exist. */
function registerTablesOf(registers: ReturnType<typeof queueRegisterSheets>): Record<string, string> {
  const registerTables: Record<string, string> = {};
  for (const r of registers) if (!r.table.isNullObject) registerTables[r.name.toLowerCase()] = r.sheet.name;
  return registerTables;
}

/** The tables whose synced address is a rectangle on the sheet. */
function tableRects(tableRanges: { name: string; range: Excel.Range }[]): { name: string; rect: Rect }[] {
  return tableRanges.flatMap(({ name, range }) => {
    const split = splitAddress(range.address);
    const rect = split ? parseRect(split.local) : null;
    return rect ? [{ name, rect }] : [];
  });
}

/** Reads the data area of `source`; `registerTableNames` are looked up workbook-wide. */
export async function readRegion(
  context: Excel.RequestContext,
  source: SheetSource,
  registerTableNames: readonly string[],
  /** Read exactly this area of the sheet instead of finding it (convert re-reads what was inspected). */
  area?: Rect,
): Promise<RegionRead> {
  const { sheet, candidates } =
    "sheet" in source ? queueSheetCandidates(context, source.sheet, area) : queueSelectionCandidates(context);
  sheet.load("name");
  const sheetUsed = sheet.getUsedRangeOrNullObject(true).load(DIMS);
  const tables = sheet.tables.load("items/name");
  const registers = queueRegisterSheets(context, registerTableNames);
  const mergesOf = candidates.map((c) => c.used.getMergedAreasOrNullObject().load("address"));
  await context.sync();

  const chosen = candidates.findIndex((c) => c.when());
  const { used, sample } = candidates[chosen];
  const out: RegionRead = {
    sheetName: sheet.name,
    rect: null,
    values: [],
    merges: [],
    tables: [],
    registerTables: registerTablesOf(registers),
    sheetUsed: sheetUsed.isNullObject ? null : rectOf(sheetUsed),
  };
  // Table ranges travel with the first chunk of rows.
  const tableRanges = tables.items.map((t) => ({ name: t.name, range: t.getRange().load("address") }));
  if (used.isNullObject) {
    if (tableRanges.length) await context.sync();
  } else {
    const rect = rectOf(used);
    out.rect = rect;
    const merges = mergesOf[chosen];
    out.merges = merges.isNullObject ? [] : parseAreas(merges.address);
    const cols = rect.c1 - rect.c0 + 1;
    const rows = rect.r1 - rect.r0 + 1;
    const sampled = (sample.values as unknown[][]).slice(0, rows);
    out.values = await readRows(context, sheet, rect.r0, rect.c0, rows, cols, sampleRowBytes(sampled, cols));
  }
  out.tables = tableRects(tableRanges);
  return out;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}
