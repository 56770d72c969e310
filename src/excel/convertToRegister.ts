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
import { literalText } from "../core/cells/textSafety";
import type { CellValue } from "../core/cells/types";
import { isCalculated } from "../core/registers/columnDefaults";
import { planConversion, type ReadingChoices } from "../core/registers/convertPlan";
import { headerToText } from "../core/registers/headerText";
import type { RegisterDef } from "../core/registers/types";
import type { RowProblem } from "../core/registers/validate";
import { cellAddress, localRect, rectAddress } from "./address";
import { quoteSheetName } from "../core/cells/a1";
import { checkMapping } from "./convertLayout";
import { queueRules, setAll } from "./createRegister";
import { cellInput, formatFor } from "../core/registers/cellInput";
import { ExcelActionError } from "./errors";
import { dataExtent } from "./inspectSheet";
import { placeProblems } from "./readRegister";
import { intersects, readRegion, type Rect } from "./sheetRegion";
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

export async function convertToRegister(def: RegisterDef, plan: ConvertPlan): Promise<ConvertResult> {
  return runExcel(`Converting ${plan.sheetName} into the ${def.name} register`, async (context) => {
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
    const width = area.c1 - area.c0 + 1;
    checkMapping(def, plan.mapping, width);
    const lookups = queueLookups(context, def);
    const region = await readRegion(context, { sheet: plan.sheetName }, [def.tableName], area);
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
    const layout = p.layout;
    const appended = p.appended;
    const n = p.body.length;
    // The table spans the inspected area (the plan leaves out trailing blank rows, the table keeps them).
    const lastBodyRow = area.r0 + Math.max(1, n, region.values.length - 1);
    const lastCol = area.c1 + appended.length;
    const notes: string[] = [];
    const sheet = context.workbook.worksheets.getItem(sheetName);

    // A table that is exactly the data becomes the register's table by renaming it: Excel then updates
    // every structured reference to it (formulas, names, charts), so a dashboard's COUNTA(tbl[ID]) still
    // counts the same rows. Other tables over the data become plain ranges (values stay).
    const kept = region.tables.find(
      (t) =>
        t.rect.r0 === area.r0 && t.rect.c0 === area.c0 && t.rect.c1 === area.c1 && t.rect.r1 === lastBodyRow,
    );
    const replacedTables: string[] = [];
    for (const t of region.tables) {
      if (t === kept || !intersects(t.rect, { ...area, c1: lastCol })) continue;
      sheet.tables.getItem(t.name).convertToRange();
      replacedTables.push(t.name);
    }
    const unmerged: string[] = [];
    for (const m of region.merges) {
      if (!intersects(m, { ...area, c1: lastCol })) continue;
      sheet.getRange(localRect(m.r0, m.c0, m.r1, m.c1)).unmerge();
      unmerged.push(rectAddress(sheetName, m.r0, m.c0, m.r1, m.c1));
    }
    if (unmerged.length)
      notes.push(`Unmerged ${unmerged.length} merged area(s); each value stays in its first cell.`);

    // Room for added columns: whatever is to the right of the data moves further right, untouched.
    if (appended.length > 0 && region.sheetUsed && region.sheetUsed.c1 > area.c1) {
      sheet.getRange(localRect(area.r0, area.c1 + 1, lastBodyRow, lastCol)).insert("Right");
      notes.push(
        `Cells to the right of the data were moved ${appended.length} column(s) right to make room.`,
      );
    }

    // Headers: renamed in place; added columns get theirs.
    const renamedHeaders = p.renames.map((r) => {
      sheet.getCell(area.r0, area.c0 + r.index).values = [[literalText(r.to)]];
      return { address: cellAddress(sheetName, area.r0, area.c0 + r.index), from: r.from, to: r.to };
    });
    if (appended.length > 0) {
      sheet.getRange(localRect(area.r0, area.c1 + 1, area.r0, lastCol)).values = [
        appended.map((c) => literalText(c.header)),
      ];
    }

    // Formats of register columns (values are not touched by a format), then the values the reading
    // changed and the added columns' values; cells left as they were are written as null (unchanged).
    const sheetWidth = p.sheetWidth;
    const valuesRead: ConvertResult["valuesRead"] = [];
    layout.forEach((tc, j) => {
      const column = tc.key ? def.columns.find((c) => c.key === tc.key) : undefined;
      if (column) {
        const body = sheet.getRange(localRect(area.r0 + 1, area.c0 + j, lastBodyRow, area.c0 + j));
        const format = formatFor(column);
        if (format) setAll(body, "numberFormat", format);
        if (column.width) body.format.columnWidth = column.width;
      }
      if (n === 0 || (column && isCalculated(column))) return;
      const inSheet = j < sheetWidth;
      const cells = p.body.map((row, r) => (inSheet && !p.changed[r][j] ? null : row[j]));
      const count = cells.filter((v) => v !== null).length;
      if (count === 0) return;
      if (inSheet) valuesRead.push({ header: tc.header, count });
      sheet.getRange(localRect(area.r0 + 1, area.c0 + j, area.r0 + n, area.c0 + j)).values = cells.map(
        (v: CellValue) => [v === null ? (inSheet ? null : "") : cellInput(column, v)],
      ) as unknown as (string | number | boolean)[][];
    });
    const idsAdded = p.newIds.filter((v) => v !== null).length;
    if (idsAdded > 0) {
      const keyColumn = def.columns.find((c) => c.key === def.keyColumn)!;
      notes.push(
        `Added ${idsAdded} IDs (${p.newIds.find((v) => v !== null)}…) in the new ${keyColumn.header} column.`,
      );
    }

    const tableArea = localRect(area.r0, area.c0, lastBodyRow, lastCol);
    const table = kept ? sheet.tables.getItem(kept.name) : sheet.tables.add(tableArea, true);
    if (kept && lastCol > area.c1) table.resize(tableArea);
    if (kept && kept.name !== def.tableName)
      notes.push(
        `The table ${kept.name} is now ${def.tableName}; formulas, names and charts that used it follow.`,
      );
    table.name = def.tableName;
    table.style = "TableStyleMedium2";
    table.getHeaderRowRange().format.font.bold = true;
    for (const c of def.columns.filter((x) => isCalculated(x) && appended.some((a) => a.key === x.key))) {
      const j = layout.findIndex((x) => x.key === c.key);
      setAll(
        sheet.getRange(localRect(area.r0 + 1, area.c0 + j, lastBodyRow, area.c0 + j)),
        "formulas",
        c.formula!,
      );
    }
    if (headerRow <= MAX_FROZEN_HEADER_ROW) sheet.freezePanes.freezeRows(headerRow);
    queueRules(sheet, def, layout, area.c0, area.r0, lastBodyRow, notes);
    queueRememberReading(context, sheetName, {
      registerId: def.id,
      headers: p.headers,
      choices: { ...(plan.choices ?? { columns: choices.columns }), headerRow },
      converted: {
        values: Object.fromEntries(
          Object.entries(p.valueMaps).map(([key, lines]) => [
            key,
            lines.flatMap((l) => (l.to === null ? [] : [{ value: l.value, to: l.to }])),
          ]),
        ),
        dateOrders: Object.fromEntries(Object.entries(p.dateOrders).map(([key, d]) => [key, d.order])),
      },
      savedAt: new Date().toISOString(),
    });
    sheet.activate();
    const range = table.getRange().load("address");
    await context.sync();

    if (region.sheetUsed && region.sheetUsed.r1 > area.r1) {
      notes.push(
        `Rows below row ${area.r1 + 1} were not part of the inspected data and are not in the table; add them from the task pane if they belong.`,
      );
    }
    const problems = placeProblems(p.problems, { sheetName, firstColumn: area.c0, layout }, dataExtent(p));
    return {
      tableName: def.tableName,
      sheetName,
      address: range.address,
      renamedHeaders,
      addedColumns: appended.map((c) => c.header),
      idsAdded,
      valuesRead,
      valueMaps: Object.entries(p.valueMaps)
        .map(([key, lines]) => ({
          header: layout.find((c) => c.key === key)!.header,
          lines: lines.flatMap((l) =>
            l.to === null || l.to === l.value ? [] : [{ value: l.value, to: l.to, count: l.count }],
          ),
        }))
        .filter((m) => m.lines.length > 0),
      dateOrders: Object.entries(p.dateOrders).map(([key, d]) => ({
        header: layout.find((c) => c.key === key)!.header,
        order: d.order,
      })),
      readings: p.readings.map((x) => ({
        address: `${quoteSheetName(sheetName)}!${x.address}`,
        header: layout[x.column].header,
        typed: x.typed,
        stored: x.stored,
      })),
      typedLost: p.typedLost.map((a) => `${quoteSheetName(sheetName)}!${a}`),
      unmerged,
      replacedTables,
      renamedTable: kept && kept.name !== def.tableName ? kept.name : null,
      problems,
      notes,
    };
  });
}
