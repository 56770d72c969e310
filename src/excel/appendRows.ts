// Adding rows to a register on a shared workbook (issue 11). Inside one Excel.run:
//   1. read the table's place and its key column(s) as they are now;
//   2. give new rows keys that follow what is there (core's nextIds), and write them into the rows just
//      below the table body, located by Excel when the request runs (so a co-author's rows added a moment
//      earlier are not overwritten); the table grows over them. Never TableRowCollection.add, which
//      Microsoft advises against when co-authoring. In the same request, read the keys back;
//   3. only when needed: grow the table if Excel did not, and give rows whose new ID a co-author took at
//      the same moment a tagged ID (INV-0043-K7Q), checking again afterwards.
// Syncs: 2, or 3 when something had to be repaired (table not grown, calculated columns not filled, an
// ID taken by a co-author).
import type { CellValue } from "../core/cells/types";
import { isCalculated } from "../core/registers/columnDefaults";
import { findIdCollisions, makeClientTag, nextId, nextIds } from "../core/registers/ids";
import type { RegisterDef, RegisterRow } from "../core/registers/types";
import { validateRows, type RowProblem } from "../core/registers/validate";
import { rectAddress } from "./address";
import { cellInput, formatFor } from "./cellWrite";
import { setAll } from "./createRegister";
import { ExcelActionError } from "./errors";
import { placeProblems } from "./readRegister";
import { queueTableProbe, requirePlace } from "./tableProbe";
import { runExcel } from "./run";

export type NewRow = { values: Record<string, CellValue>; extras?: Record<string, CellValue> };

export interface AppendOptions {
  /** This client's tag for repaired IDs (default: a random one per call). */
  clientTag?: string;
  /**
   * Keys for registers without an ID prefix whose keys the caller makes from what exists (PO numbers):
   * called inside the run with the key column as it is just before writing.
   */
  makeKeys?: (existingKeys: readonly unknown[], count: number) => string[];
}

export interface AppendedRow {
  key: string;
  /** Sheet row, 1-based. */
  row: number;
  address: string;
}

export interface AppendResult {
  appended: AppendedRow[];
  /** IDs changed because a co-author used the same ID at the same moment: old → new. */
  renamed: Record<string, string>;
  /** Rows not written, with the reason (a key that already exists, or none given). */
  skipped: { index: number; key: string; reason: string }[];
  /** Problems of the written rows (kept as typed; listed so the person can fix them). */
  problems: RowProblem[];
  /** False when, reading back, a written row was not where it was written (reported in notes). */
  verified: boolean;
  notes: string[];
}

const norm = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim().toUpperCase());

function keyHeaders(def: RegisterDef): string[] {
  return def.keyColumns.map((k) => def.columns.find((c) => c.key === k)!.header);
}

function compositeKey(def: RegisterDef, values: Record<string, CellValue>): string {
  return def.keyColumns.map((k) => norm(values[k])).join(" / ");
}

/** Key column values read through the table's columns (by header), for a probe's sync. */
export function queueKeyColumns(context: Excel.RequestContext, def: RegisterDef): () => unknown[][] {
  const table = context.workbook.tables.getItemOrNullObject(def.tableName);
  const ranges = keyHeaders(def).map((h) => {
    const col = table.columns.getItemOrNullObject(h);
    return { col, range: col.getDataBodyRange().load("values") };
  });
  return () =>
    ranges.map(({ col, range }) => (col.isNullObject ? [] : (range.values as unknown[][]).map((r) => r[0])));
}

/** Row i's composite key from key columns read as parallel arrays. */
function keysAt(columns: unknown[][], i: number): string {
  return columns.map((c) => norm(c[i])).join(" / ");
}

export async function appendRows(
  def: RegisterDef,
  rows: readonly NewRow[],
  opts: AppendOptions = {},
): Promise<AppendResult> {
  return runExcel(`Adding rows to the ${def.name} register`, async (context) => {
    const probe = queueTableProbe(context, def);
    const readKeys = queueKeyColumns(context, def);
    const below = context.workbook.tables
      .getItemOrNullObject(def.tableName)
      .getRange()
      .getRowsBelow(Math.max(1, rows.length))
      .load("values");
    await context.sync();
    const place = requirePlace(def, probe.place());
    if (place.showTotals) {
      throw new ExcelActionError(
        "invalid",
        `The ${def.name} table shows a Total row, so new rows cannot go below it.`,
        "Turn off the Total row (Table Design > Total Row), then add the rows again.",
      );
    }
    for (const k of def.keyColumns) {
      if (!place.layout.some((c) => c.key === k)) {
        throw new ExcelActionError(
          "invalid",
          `The ${def.name} table has no ${def.columns.find((c) => c.key === k)!.header} column, so new rows cannot get a key.`,
          `Convert the sheet again from the task pane so the register's columns are added.`,
        );
      }
    }
    const result: AppendResult = {
      appended: [],
      renamed: {},
      skipped: [],
      problems: [],
      verified: true,
      notes: [],
    };
    if (rows.length === 0) return result;

    // 2. Keys: given ones must be new; missing ones are made from the keys as they are now.
    const keyCols = readKeys();
    const existing = new Set(
      keyCols[0].map((_, i) => keysAt(keyCols, i)).filter((k) => k.replace(/[ /]/g, "") !== ""),
    );
    const flatKeys = keyCols[0];
    const prepared = rows.map((r) => ({ values: { ...r.values }, extras: { ...(r.extras ?? {}) } }));
    const needKey = prepared
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => compositeKey(def, r.values).replace(/[ /]/g, "") === "");
    if (needKey.length > 0) {
      const made = def.idPrefix
        ? nextIds(def.idPrefix, flatKeys, needKey.length)
        : opts.makeKeys
          ? opts.makeKeys(flatKeys, needKey.length)
          : [];
      needKey.forEach(({ r }, j) => {
        if (made[j] !== undefined) r.values[def.keyColumn] = made[j];
      });
    }
    const toWrite: { index: number; row: RegisterRow; key: string }[] = [];
    const seenNew = new Set<string>();
    prepared.forEach((r, index) => {
      const key = compositeKey(def, r.values);
      const shown = def.keyColumns.map((k) => String(r.values[k] ?? "").trim()).join(" / ");
      if (key.replace(/[ /]/g, "") === "") {
        result.skipped.push({ index, key: "", reason: `the row has no ${keyHeaders(def).join(" + ")}` });
      } else if (existing.has(key) || seenNew.has(key)) {
        result.skipped.push({ index, key: shown, reason: `${shown} is already in the ${def.name} register` });
      } else {
        seenNew.add(key);
        toWrite.push({ index, row: r, key: shown });
      }
    });
    if (toWrite.length === 0) return result;

    // Cells below the table that hold something are moved down, not overwritten.
    const belowValues = (below.values as unknown[][]).slice(0, toWrite.length);
    const occupied = belowValues.some((r) => r.some((v) => v !== "" && v !== null));

    const n = toWrite.length;
    const columns = place.layout.map((tc) =>
      tc.key ? def.columns.find((c) => c.key === tc.key) : undefined,
    );
    const body = probe.table.getDataBodyRange();
    // Range objects follow their cells: after an insert, the original range is where the moved cells
    // went, and the range insert() returns is the new, empty one.
    const spot = body.getRowsBelow(n);
    const target = occupied ? spot.insert("Down") : spot;
    // Formats first (one value per column), so "@" columns hold the text as typed.
    columns.forEach((c, j) => {
      const format = c && !isCalculated(c) ? formatFor(c) : null;
      if (format) setAll(target.getColumn(j), "numberFormat", format);
    });
    // Calculated columns are left empty: Excel fills a calculated column into the rows a table gains
    // (checked below, and filled in if it did not).
    target.values = toWrite.map(({ row }) =>
      place.layout.map((tc, j) => {
        const column = columns[j];
        if (!tc.key) return cellInput(undefined, row.extras[tc.header]);
        if (column && isCalculated(column)) return null;
        return cellInput(column, row.values[tc.key]);
      }),
    );
    target.load("rowIndex");
    const calculated = columns.flatMap((c, j) => (c && isCalculated(c) ? [{ j, formula: c.formula! }] : []));
    const calcCells = calculated.map((x) => ({ ...x, range: target.getColumn(x.j).load("formulas") }));
    const tableRange = probe.table.getRange().load("rowIndex,rowCount");
    const readBack = queueKeyColumns(context, def);
    const bodyAfter = probe.table.getDataBodyRange().load("rowIndex");
    await context.sync();

    // 3. Check: the table covers the new rows, each row holds its key, and no ID is used twice.
    const firstRow = target.rowIndex;
    const lastRow = firstRow + n - 1;
    let needsThird = false;
    if (tableRange.rowIndex + tableRange.rowCount - 1 < lastRow) {
      probe.table.resize(
        rectAddress(
          place.sheetName,
          tableRange.rowIndex,
          place.firstColumn,
          lastRow,
          place.firstColumn + place.columnCount - 1,
        ),
      );
      needsThird = true;
    }
    for (const c of calculated) {
      const cells = calcCells.find((x) => x.j === c.j)!.range.formulas as unknown[][];
      if (cells.every((r) => r[0] === c.formula)) continue;
      setAll(probe.sheet.getRangeByIndexes(firstRow, place.firstColumn + c.j, n, 1), "formulas", c.formula);
      needsThird = true;
    }
    const keysNow = readBack();
    const bodyStart = bodyAfter.rowIndex;
    const written = toWrite.map((w, i) => ({ ...w, sheetRow: firstRow + i }));
    for (const w of written) {
      const at = w.sheetRow - bodyStart;
      if (at < 0 || at >= keysNow[0].length || keysAt(keysNow, at) !== compositeKey(def, w.row.values)) {
        // Only possible when the table did not grow (checked by the resize above) or a co-author
        // changed the row in the same instant; say so rather than guess.
        if (tableRange.rowIndex + tableRange.rowCount - 1 >= lastRow) {
          result.verified = false;
          result.notes.push(`Row ${w.sheetRow + 1} does not hold ${w.key} after writing; please check it.`);
        }
      }
    }
    if (def.idPrefix) {
      const collided = new Set(
        findIdCollisions(
          keysNow[0],
          written.map((w) => String(w.row.values[def.keyColumn])),
        ),
      );
      if (collided.size > 0) {
        const tag = opts.clientTag ?? makeClientTag(Math.random());
        const keyIndex = place.layout.findIndex((c) => c.key === def.keyColumn);
        const used = [...keysNow[0]];
        for (const w of written) {
          const old = String(w.row.values[def.keyColumn]);
          if (!collided.has(old)) continue;
          const fresh = nextId(def.idPrefix, used, tag);
          used.push(fresh);
          result.renamed[old] = fresh;
          w.row.values[def.keyColumn] = fresh;
          w.key = fresh;
          probe.sheet.getCell(w.sheetRow, place.firstColumn + keyIndex).values = [
            [cellInput(columns[keyIndex], fresh)],
          ];
        }
        result.notes.push(
          `A co-author added rows at the same moment; ${Object.entries(result.renamed)
            .map(([a, b]) => `${a} is now ${b}`)
            .join(", ")}.`,
        );
        needsThird = true;
      }
    }
    if (needsThird) {
      const check = queueKeyColumns(context, def);
      await context.sync();
      const after = check();
      const dupes = findIdCollisions(after[0], Object.values(result.renamed));
      if (dupes.length > 0) {
        result.verified = false;
        result.notes.push(`${dupes.join(", ")} still appear twice; please check the ${def.name} register.`);
      }
    }

    result.appended = written.map((w) => ({
      key: w.key,
      row: w.sheetRow + 1,
      address: rectAddress(
        place.sheetName,
        w.sheetRow,
        place.firstColumn,
        w.sheetRow,
        place.firstColumn + place.columnCount - 1,
      ),
    }));
    const problems = validateRows(
      def,
      written.map((w) => w.row),
      { rowNumbers: written.map((w) => w.sheetRow + 1) },
    );
    result.problems = placeProblems(problems, place, null);
    return result;
  });
}
