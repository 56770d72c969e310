// Shared set-up for the src/excel tests: a simulated workbook with Excel installed, and registers seeded
// directly in the model (as if made earlier, or by someone without the add-in).
import { parseDateText } from "../../src/core/cells/parseDate";
import { parseNumberText } from "../../src/core/cells/parseNumber";
import { parseQuantityText } from "../../src/core/cells/parseQuantity";
import type { CellValue } from "../../src/core/cells/types";
import { columnLetters } from "../../src/core/cells/a1";
import type { RegisterDef } from "../../src/core/registers/types";
import { installExcel, SimWorkbook, type SimExcel } from "../../src/preview/simulator";

export function setup(): { wb: SimWorkbook; excel: SimExcel } {
  const wb = new SimWorkbook();
  wb.addSheet("Sheet1");
  const excel = installExcel(wb);
  return { wb, excel };
}

/** Syncs of the last Excel.run of a client. */
export function lastSyncs(excel: SimExcel): number {
  return excel.stats.last()?.syncs ?? 0;
}

/** Syncs summed over every Excel.run since `from` (an index into stats.runs). */
export function syncsSince(excel: SimExcel, from: number): number {
  return excel.stats.runs.slice(from).reduce((n, r) => n + r.syncs, 0);
}

/**
 * A register table on its own sheet, header in row 1, with `rows` given by column key. Calculated
 * columns get their formula, as Excel would show them.
 */
export function seedRegister(
  wb: SimWorkbook,
  def: RegisterDef,
  rows: Record<string, CellValue>[],
  opts: { sheet?: string; at?: { row: number; col: number } } = {},
): void {
  const sheet = opts.sheet ?? def.sheetName;
  if (!wb.sheetNames().includes(sheet)) wb.addSheet(sheet);
  const at = opts.at ?? { row: 0, col: 0 };
  const header = def.columns.map((c) => c.header);
  const body = (rows.length ? rows : [{}]).map((r) =>
    def.columns.map((c) => (c.formula ? c.formula : (r[c.key] ?? null))),
  );
  const topLeft = `${columnLetters(at.col)}${at.row + 1}`;
  wb.setValues(sheet, topLeft, [header, ...body]);
  const last = `${columnLetters(at.col + header.length - 1)}${at.row + 1 + body.length}`;
  wb.addTable(sheet, `${topLeft}:${last}`, def.tableName);
}

/** Every non-empty cell value of a sheet (as Range.values shows them), for round-trip checks. */
export function sheetValues(wb: SimWorkbook, sheet: string): CellValue[] {
  const { rows, cols } = wb.usedSize(sheet);
  if (rows === 0 || cols === 0) return [];
  const out: CellValue[] = [];
  const grid = wb.getValues(sheet, `A1:${columnLetters(cols - 1)}${rows}`);
  for (const row of grid) for (const v of row) if (v !== "" && v !== null) out.push(v);
  return out;
}

/** Inventory rows for tests: n items, deterministic, every tenth one low on stock. */
export function inventoryRows(
  n: number,
  extra: (i: number) => Record<string, CellValue> = () => ({}),
): Record<string, CellValue>[] {
  return Array.from({ length: n }, (_, i) => ({
    itemId: `INV-${String(i + 1).padStart(4, "0")}`,
    item: `Item ${i + 1}`,
    category: i % 2 ? "Paper" : "Toner",
    unit: "box",
    supplier: `Supplier ${(i % 5) + 1}`,
    unitCost: 2.5 + (i % 7),
    onHand: i % 10 === 0 ? 3 : 40,
    reorderPoint: 10,
    maxStock: 50,
    packSize: 6,
    ...extra(i),
  }));
}

/** Every cell value of a sheet by position (A1 at [0][0]), blanks as null: a snapshot before a conversion. */
export function sheetGrid(wb: SimWorkbook, sheet: string): CellValue[][] {
  const { rows, cols } = wb.usedSize(sheet);
  if (rows === 0 || cols === 0) return [];
  return wb
    .getValues(sheet, `A1:${columnLetters(cols - 1)}${rows}`)
    .map((row) => row.map((v) => (v === "" ? null : (v as CellValue))));
}

const squash = (s: string) => s.toLowerCase().replace(/[\s\-_.]+/g, "");
const YES_WORDS = new Set(["yes", "y", "true", "x", "✓", "✔", "1", "done", "ok"]);
const NO_WORDS = new Set(["no", "n", "false", "0", "-", "✗"]);
/** Two values a person would read as the same answer: spellings of one word, or two ways to say yes (or no). */
function sameMeaning(a: string, b: string): boolean {
  const [x, y] = [squash(a), squash(b)];
  return x === y || (YES_WORDS.has(x) && YES_WORDS.has(y)) || (NO_WORDS.has(x) && NO_WORDS.has(y));
}

/**
 * The values a person typed on `sheet` (given as `before`, its grid before converting) that cannot be
 * found after the conversion, described one per line; empty when nothing was lost. A value is found when
 * its cell still holds it; when it was renamed as a header (listed to the person); when the row's Notes
 * holds it; or when its cell holds what it means as its column's type: the number of "12" or "£4.50",
 * the number of "100 NOS" with NOS in the row's Unit, the date of "04/03/2026" in the order the workbook
 * records for the column, or the choice it became in the value map the workbook records, provided no
 * other value of the column became the same choice (else its words would be gone).
 */
export function lostValues(
  wb: SimWorkbook,
  sheet: string,
  def: RegisterDef,
  before: CellValue[][],
  result: { renamedHeaders: { from: string }[] },
  inspection: { headerRow: number | null; firstColumn: number; lastColumn: number },
): string[] {
  const after = sheetGrid(wb, sheet);
  const stored = JSON.parse(wb.settings.get(`BackOffice.sheetReading.${sheet}`) ?? "null") as {
    converted?: {
      values: Record<string, { value: string; to: string }[]>;
      dateOrders: Record<string, "DMY" | "MDY">;
    };
  } | null;
  const headerRow = (inspection.headerRow ?? 1) - 1;
  const headersAfter = (after[headerRow] ?? []).map((h) => String(h ?? ""));
  const columnAt = (name: string) => headersAfter.findIndex((h) => h.toLowerCase() === name.toLowerCase());
  const notesAt = columnAt("Notes");
  const unitAt = columnAt("Unit");
  const renamed = result.renamedHeaders.map((r) => r.from);
  const defColumn = (c: number) => def.columns.find((col) => col.header === headersAfter[c]);
  const lost: string[] = [];
  before.forEach((row, r) =>
    row.forEach((was, c) => {
      if (was === null) return;
      const now = after[r]?.[c] ?? null;
      if (now === was) return;
      const at = `${columnLetters(c)}${r + 1}`;
      const inTable = r >= headerRow && c >= inspection.firstColumn && c <= inspection.lastColumn;
      if (!inTable) {
        // Outside the table cells may only move right (to make room for added columns), never vanish.
        if (!(after[r] ?? []).slice(c).includes(was)) lost.push(`${at}: ${JSON.stringify(was)} is gone`);
        return;
      }
      if (r === headerRow) {
        // Header texts are compared as the person reads them (a line break in a header cell is a space).
        const flat = (v: unknown) => String(v).replace(/\s+/g, " ").trim();
        if (!renamed.map(flat).includes(flat(was))) lost.push(`${at}: header ${JSON.stringify(was)} is gone`);
        return;
      }
      const text = String(was).trim();
      const notes = notesAt >= 0 ? String(after[r]?.[notesAt] ?? "") : "";
      if (notes.includes(text)) return;
      if (typeof was === "string") {
        const n = parseNumberText(text);
        if (n !== null && n === now) return;
        const q = parseQuantityText(text);
        // "12 boxes" with Box in Unit: the same unit, singular or plural.
        const unit = (u: unknown) =>
          String(u ?? "")
            .trim()
            .toLowerCase()
            .replace(/e?s$/, "");
        if (q && q.value === now && unitAt >= 0 && unit(after[r]?.[unitAt]) === unit(q.unit)) return;
        const column = defColumn(c);
        const order = column ? stored?.converted?.dateOrders[column.key] : undefined;
        const date = parseDateText(
          text,
          wb.date1904 ? 1904 : 1900,
          order === "DMY" ? "dmy" : order === "MDY" ? "mdy" : undefined,
        );
        if (date.kind === "date" && date.serial === now) return;
        const lines = column ? (stored?.converted?.values[column.key] ?? []) : [];
        const line = lines.find((l) => sameMeaning(l.value, text) && l.to === now);
        if (line && lines.filter((l) => l.to === now).every((l) => sameMeaning(l.value, text))) return;
      }
      lost.push(`${at}: ${JSON.stringify(was)} became ${JSON.stringify(now)}`);
    }),
  );
  return lost;
}
