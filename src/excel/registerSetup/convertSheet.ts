// Converting a plain sheet (or the selection) into a register, in place. An interim version made for
// the task pane's setup flow while src/excel's own inspectSheet/convertToRegister land; same contract:
// the person sees the plan first, the confirmed mapping is applied, every original value stays.
// Syncs: inspect 1; convert 2 (read again inside the run, then write). Reads the used range in one
// request: fine for office-sized sheets, not chunked.
import { literalText } from "../../core/cells/textSafety";
import { isCalculated } from "../../core/registers/columnDefaults";
import { planConversion, type ConvertPlan } from "../../core/registers/convertPlan";
import { headerToText } from "../../core/registers/headerText";
import type { RowProblem } from "../../core/registers/validate";
import type { RegisterDef } from "../../core/registers/types";
import { localRect, rectAddress } from "../address";
import { queueRules } from "../createRegister";
import { ExcelActionError } from "../errors";
import { placeProblems } from "../readRegister";
import { runExcel } from "../run";
import { planWithMapping } from "./mappingPlan";

/** What to convert: a sheet's used range, or the current selection. */
// Same shape as src/excel/sheetRegion.ts (the engine's convert, landing), so switching over is one import.
export type SheetSource = { sheet: string } | { selection: true };

export interface SheetInspection {
  sheetName: string;
  /** The cells read, e.g. "Supplies!A1:M32" (null for an empty sheet). */
  address: string | null;
  /** The proposed conversion (mapping, missing columns, problems); plan.ok false says why not. */
  plan: ConvertPlan;
  /** Header text of each sheet column the table would take (plan.sheetWidth of them). */
  headers: string[];
  /** Tables already on the sheet: converting is refused while one overlaps the data. */
  tables: string[];
}

export interface ConvertResult {
  tableName: string;
  sheetName: string;
  address: string;
  /** Cells that don't fit their column, with addresses for "go to". */
  problems: RowProblem[];
  notes: string[];
}

interface Read {
  sheet: Excel.Worksheet;
  sheetName: string;
  values: unknown[][];
  firstRow: number;
  firstColumn: number;
  address: string | null;
  tables: string[];
}

function queueRead(context: Excel.RequestContext, source: SheetSource): () => Read {
  const sheet =
    "selection" in source
      ? context.workbook.getSelectedRange().worksheet
      : context.workbook.worksheets.getItem(source.sheet);
  sheet.load("name");
  const range =
    "selection" in source ? context.workbook.getSelectedRange() : sheet.getUsedRangeOrNullObject(true);
  range.load("values,rowIndex,columnIndex,rowCount,columnCount");
  const tables = sheet.tables.load("items/name");
  return () => {
    const empty = range.isNullObject;
    return {
      sheet,
      sheetName: sheet.name,
      values: empty ? [] : (range.values as unknown[][]),
      firstRow: empty ? 1 : range.rowIndex + 1,
      firstColumn: empty ? 0 : range.columnIndex,
      address: empty
        ? null
        : rectAddress(
            sheet.name,
            range.rowIndex,
            range.columnIndex,
            range.rowIndex + range.rowCount - 1,
            range.columnIndex + range.columnCount - 1,
          ),
      tables: tables.items.map((t) => t.name),
    };
  };
}

function planFor(def: RegisterDef, read: Read): SheetInspection {
  const plan = planConversion(def, read.values, { firstRow: read.firstRow, firstColumn: read.firstColumn });
  const headerIndex = plan.headerRow - read.firstRow;
  const headers = Array.from({ length: plan.sheetWidth }, (_, c) =>
    headerToText(read.values[headerIndex]?.[c] ?? null),
  );
  const blocked =
    read.tables.length > 0
      ? {
          ok: false,
          reason: `"${read.sheetName}" already holds a table (${read.tables.join(", ")}). Convert a plain sheet, or rename that table to "${def.tableName}" in Excel (Table Design › Table Name) to use it as the register.`,
        }
      : {};
  return {
    sheetName: read.sheetName,
    address: read.address,
    plan: { ...plan, ...blocked },
    headers,
    tables: read.tables,
  };
}

/** The proposed conversion of `source` into `def`'s register, for the person to confirm. One sync. */
export async function inspectSheet(def: RegisterDef, source: SheetSource): Promise<SheetInspection> {
  return runExcel(`Looking at the sheet for ${def.name}`, async (context) => {
    const read = queueRead(context, source);
    await context.sync();
    return planFor(def, read());
  });
}

/** Converts `source` with the confirmed `mapping` (one register column key or null per sheet column). */
export async function convertToRegister(
  def: RegisterDef,
  source: SheetSource,
  mapping: readonly (string | null)[],
): Promise<ConvertResult> {
  return runExcel(`Converting to the ${def.name} register`, async (context) => {
    const existing = context.workbook.tables.getItemOrNullObject(def.tableName).load("name");
    const readLater = queueRead(context, source);
    await context.sync();
    if (!existing.isNullObject) {
      throw new ExcelActionError(
        "alreadyExists",
        `The workbook already has a ${def.name} register.`,
        "Open it from its page instead of converting another sheet.",
      );
    }
    const read = readLater();
    const inspected = planFor(def, read);
    if (!inspected.plan.ok) {
      throw new ExcelActionError(
        "invalid",
        inspected.plan.reason ?? "This sheet cannot be converted.",
        "Choose another sheet, or select the header row and the data and use the selection.",
      );
    }
    const plan = planWithMapping(def, inspected.plan, read.values, read.firstRow, mapping);
    const { sheet } = read;
    const h = plan.headerRow - 1; // 0-based header row
    const c0 = plan.firstColumn;
    const lastBody = Math.max(plan.lastDataRow - 1, h + 1);
    const lastCol = c0 + plan.layout.length - 1;

    // Header cells: renamed and appended ones; data cells are never rewritten, except blank keys.
    for (const r of plan.renames) sheet.getRangeByIndexes(h, r.column, 1, 1).values = [[literalText(r.to)]];
    plan.appended.forEach((col, i) => {
      sheet.getRangeByIndexes(h, c0 + plan.sheetWidth + i, 1, 1).values = [[literalText(col.header)]];
    });
    const keyCol = plan.layout.findIndex((c) => c.key === def.keyColumn);
    for (const id of plan.newIds) sheet.getRangeByIndexes(id.row - 1, c0 + keyCol, 1, 1).values = [[id.id]];
    // Appended columns: their number format, and the formula for calculated ones.
    plan.appended.forEach((tc, i) => {
      const column = def.columns.find((c) => c.key === tc.key);
      const body = sheet.getRangeByIndexes(h + 1, c0 + plan.sheetWidth + i, lastBody - h, 1);
      if (column?.numberFormat && column.numberFormat !== "General")
        body.numberFormat = Array.from({ length: lastBody - h }, () => [column.numberFormat!]);
      if (column && isCalculated(column))
        body.formulas = Array.from({ length: lastBody - h }, () => [column.formula!]);
    });
    const area = sheet.getRange(localRect(h, c0, lastBody, lastCol));
    // Tables cannot hold merged cells; unmerging keeps each merged area's value in its first cell.
    area.unmerge();
    const table = sheet.tables.add(area, true);
    table.name = def.tableName;
    table.style = "TableStyleMedium2";
    table.getHeaderRowRange().format.font.bold = true;
    const notes = [...plan.notes];
    queueRules(sheet, def, plan.layout, c0, h, lastBody, notes);
    if (h === 0) sheet.freezePanes.freezeRows(1);
    await context.sync();

    const data =
      plan.lastDataRow >= plan.firstDataRow ? { first: plan.firstDataRow, last: plan.lastDataRow } : null;
    return {
      tableName: def.tableName,
      sheetName: read.sheetName,
      address: rectAddress(read.sheetName, h, c0, lastBody, lastCol),
      problems: placeProblems(
        plan.problems,
        { sheetName: read.sheetName, firstColumn: c0, layout: plan.layout },
        data,
      ),
      notes,
    };
  });
}
