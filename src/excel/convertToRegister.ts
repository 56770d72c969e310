// Turning inspected data into a register's table, in place, keeping every value (docs/inventory.md, "Set up a
// register"):
//   - matched headers are renamed to the register's headers; unmatched columns stay as extra columns;
//   - values are stored as their column's type where they read cleanly, as the person saw in the plan
//     (core planConversion: "12" → 12, day-first text dates → dates, "Yes" → Done, "100 NOS" → 100 and
//     NOS in Unit); whatever that reading would drop goes to Notes; values that do not read are left
//     exactly as they are and listed with their address;
//   - register columns the sheet lacks are added at the right (empty; IDs generated for a missing ID
//     column; a value the person chose for every row; calculated ones with their formulas), after moving
//     aside anything to the right;
//   - merged cells in the area are unmerged (Excel keeps a merged area's value in its first cell and the
//     others are empty, so nothing is lost) and reported;
//   - blank rows inside the data are kept in the table and reported (deleting them is the person's call);
//   - an existing table over the data becomes a plain range first (its values stay), then the register;
//   - the reading (header row, columns, values, date orders) is remembered in the workbook for the sheet.
// Syncs: one for where things are and a sample, one per ~4 MB chunk of rows, one to write.
import {
  planConversion,
  type ConvertPlan as Planned,
  type ReadingChoices,
} from "../core/registers/convertPlan";
import {
  changedValues,
  convertedRecord,
  dateOrdersRead,
  readingsOn,
  typedLostOn,
} from "../core/registers/convertReport";
import { headerToText } from "../core/registers/headerText";
import type { StoredReading } from "../core/registers/storedReading";
import type { RegisterDef } from "../core/registers/types";
import type { RowProblem } from "../core/registers/validate";
import { checkMapping } from "./convertLayout";
import {
  queueClearTables,
  queueColumns,
  queueHeaders,
  queueMakeRoom,
  queueTable,
  type ConvertPlace,
} from "./convertWrites";
import { queueRules } from "./createRegister";
import { ExcelActionError } from "./errors";
import { dataExtent } from "./inspectSheet";
import { placeProblems } from "./readRegister";
import { readRegion, type Rect, type RegionRead } from "./sheetRegion";
import { queueRememberReading } from "./sheetReadings";
import { queueLookups } from "./tableProbe";
import { runExcel } from "./run";

/** What the person confirmed after inspectSheet (an Inspection has all of these). */
export interface ConvertPlan {
  sheetName: string;
  /** 1-based sheet row of the headers (null, from an inspection that found none, is refused). */
  headerRow: number | null;
  /** 0-based first and last sheet columns of the data. */
  firstColumn: number;
  lastColumn: number;
  /** 1-based sheet row of the last data row. */
  lastRow: number;
  /** The header texts as inspected (the conversion stops if the sheet changed since). */
  headers: string[];
  /** For each column: the register column key it feeds, or null to keep it as an extra column. */
  mapping: (string | null)[];
  /** The person's choices (values, date orders, fills) as the inspection applied them. */
  choices?: ReadingChoices;
  /** Locale whose date order settles dates that could be read either way (as inspected). */
  locale?: string;
}

export interface ConvertResult {
  tableName: string;
  sheetName: string;
  address: string;
  /** Header cells whose text changed (the register's header, or a unique name for an extra column). */
  renamedHeaders: { address: string; from: string; to: string }[];
  /** Register columns added at the right (and Notes, when one was needed). */
  addedColumns: string[];
  /** IDs generated for a missing ID column. */
  idsAdded: number;
  /** Cells whose value was stored as its column's type, by the column's new header. */
  valuesRead: { header: string; count: number }[];
  /** Choice columns, by their new header: each value that became a choice, and how many cells held it. */
  valueMaps: { header: string; lines: { value: string; to: string; count: number }[] }[];
  /** Columns of slash dates, by their new header: the order they were read in. */
  dateOrders: { header: string; order: "DMY" | "MDY" }[];
  /**
   * Every typed cell stored differently, with what was typed (address with the sheet's name): the
   * record by which nothing typed is lost ("Supplies!M19", "14/11/2026" → "2026-11-14").
   */
  readings: { address: string; header: string; typed: string; stored: string }[];
  /** Typed cells whose text is neither kept nor in `readings` (none, unless the reading is wrong). */
  typedLost: string[];
  /** Merged areas that were unmerged (their value kept in the first cell). */
  unmerged: string[];
  /** Tables that were turned back into plain ranges first. */
  replacedTables: string[];
  /** The table that was the data and became the register's table by a rename (its old name). */
  renamedTable: string | null;
  /** Every cell that does not fit its column, with its address (left as it was). */
  problems: RowProblem[];
  notes: string[];
}

const MAX_FROZEN_HEADER_ROW = 5;

/** The area the inspection confirmed, its first row the headers; refused when no header row was found. */
function confirmedArea(plan: ConvertPlan): { headerRow: number; area: Rect } {
  if (plan.headerRow === null) {
    throw new ExcelActionError(
      "invalid",
      `No header row was found on ${plan.sheetName}, so it cannot be converted.`,
      "Select the header row and the data below it, then inspect the selection.",
    );
  }
  const headerRow = plan.headerRow;
  const area: Rect = {
    r0: headerRow - 1,
    c0: plan.firstColumn,
    r1: Math.max(plan.lastRow - 1, headerRow - 1),
    c1: plan.lastColumn,
  };
  return { headerRow, area };
}

/** Refuses when the register exists meanwhile, or the headers are no longer those inspected. */
function checkStillAsInspected(def: RegisterDef, plan: ConvertPlan, region: RegionRead): void {
  const elsewhere = region.registerTables[def.tableName.toLowerCase()];
  if (elsewhere !== undefined) {
    throw new ExcelActionError(
      "alreadyExists",
      `The workbook already has a ${def.name} register (on ${elsewhere}).`,
      "Open that register instead, or rename its table before converting another sheet.",
    );
  }
  const headersNow = (region.values[0] ?? []).map(headerToText);
  if (headersNow.join("\u0000") !== plan.headers.map(headerToText).join("\u0000")) {
    throw new ExcelActionError(
      "conflict",
      `The headers of ${plan.sheetName} changed since the sheet was inspected (perhaps a co-author edited them).`,
      "Inspect the sheet again and confirm the columns.",
    );
  }
}

/** A note naming how many IDs were made for a missing key column, when any were. */
function idsNote(def: RegisterDef, p: Planned, idsAdded: number, notes: string[]): void {
  if (idsAdded > 0) {
    const keyColumn = def.columns.find((c) => c.key === def.keyColumn)!;
    notes.push(
      `Added ${idsAdded} IDs (${p.newIds.find((v) => v !== null)}…) in the new ${keyColumn.header} column.`,
    );
  }
}

/** The reading remembered for the sheet: the person's choices (or the columns as mapped) and what changed. */
function readingToRemember(
  def: RegisterDef,
  plan: ConvertPlan,
  choices: ReadingChoices,
  p: Planned,
  headerRow: number,
): StoredReading {
  return {
    registerId: def.id,
    headers: p.headers,
    choices: { ...(plan.choices ?? { columns: choices.columns }), headerRow },
    converted: convertedRecord(p),
    savedAt: new Date().toISOString(),
  };
}

export async function convertToRegister(def: RegisterDef, plan: ConvertPlan): Promise<ConvertResult> {
  return runExcel(`Converting ${plan.sheetName} into the ${def.name} register`, async (context) => {
    const { headerRow, area } = confirmedArea(plan);
    checkMapping(def, plan.mapping, area.c1 - area.c0 + 1);
    const lookups = queueLookups(context, def);
    const region = await readRegion(context, { sheet: plan.sheetName }, [def.tableName], area);
    checkStillAsInspected(def, plan, region);

    const sheetName = region.sheetName;
    const choices: ReadingChoices = {
      ...plan.choices,
      headerRow,
      columns: Object.fromEntries(plan.mapping.map((k, i) => [i, k])),
    };
    const p = planConversion(def, region.values, {
      firstRow: headerRow,
      firstColumn: area.c0,
      choices,
      locale: plan.locale,
      lookups: lookups(),
    });
    const notes: string[] = [];
    const place: ConvertPlace = {
      sheet: context.workbook.worksheets.getItem(sheetName),
      sheetName,
      area,
      // The table spans the inspected area (the plan leaves out trailing blank rows, the table keeps them).
      lastBodyRow: area.r0 + Math.max(1, p.body.length, region.values.length - 1),
      lastCol: area.c1 + p.appended.length,
    };
    const sheet = place.sheet;
    const cleared = queueClearTables(place, region, notes);
    queueMakeRoom(place, region, p.appended.length, notes);
    const renamedHeaders = queueHeaders(place, p);
    const valuesRead = queueColumns(place, def, p);
    const idsAdded = p.newIds.filter((v) => v !== null).length;
    idsNote(def, p, idsAdded, notes);
    const table = queueTable(place, def, p, cleared.kept, notes);
    if (headerRow <= MAX_FROZEN_HEADER_ROW) sheet.freezePanes.freezeRows(headerRow);
    queueRules(sheet, def, p.layout, area.c0, area.r0, place.lastBodyRow, notes);
    queueRememberReading(context, sheetName, readingToRemember(def, plan, choices, p, headerRow));
    sheet.activate();
    const range = table.getRange().load("address");
    await context.sync();

    if (region.sheetUsed && region.sheetUsed.r1 > area.r1) {
      notes.push(
        `Rows below row ${area.r1 + 1} were not part of the inspected data and are not in the table; add them from the task pane if they belong.`,
      );
    }
    const problems = placeProblems(
      p.problems,
      { sheetName, firstColumn: area.c0, layout: p.layout },
      dataExtent(p),
    );
    const kept = cleared.kept;
    return {
      tableName: def.tableName,
      sheetName,
      address: range.address,
      renamedHeaders,
      addedColumns: p.appended.map((c) => c.header),
      idsAdded,
      valuesRead,
      valueMaps: changedValues(p),
      dateOrders: dateOrdersRead(p),
      readings: readingsOn(sheetName, p),
      typedLost: typedLostOn(sheetName, p),
      unmerged: cleared.unmerged,
      replacedTables: cleared.replacedTables,
      renamedTable: kept && kept.name !== def.tableName ? kept.name : null,
      problems,
      notes,
    };
  });
}
