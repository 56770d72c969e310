// How planConversion (convertPlan.ts) reads the cells of the columns it maps: each choice column's value
// map, each date column's order, and every cell stored differently with what it leaves for Unit or Notes.
import { decideDateOrder, toDateOrder, type DateOrderDecision, type DayMonthOrder } from "../cells/dateOrder";
import { formatSerial } from "../cells/excelDates";
import { parseDateText } from "../cells/parseDate";
import { parseNumberText } from "../cells/parseNumber";
import { parseQuantityText } from "../cells/parseQuantity";
import type { CellValue, DateSystem } from "../cells/types";
import { columnLetters } from "../cells/a1";
import { isCalculated } from "./columnDefaults";
import type { CellReport, ReadingChoices } from "./convertPlan";
import { headerToText } from "./headerText";
import type { TableColumn } from "./rows";
import type { ColumnDef, RegisterDef } from "./types";
import { linesKeepingOriginal, mappedValue, valueMapFor, type ValueMapLine } from "./valueMaps";

const isBlank = (v: unknown) => headerToText(v) === "";

interface CellReading {
  value: CellValue;
  unit?: string;
  /** The original text must also go to Notes. */
  keep?: boolean;
}

interface ReadContext {
  lines?: ValueMapLine[];
  keep?: Set<string>;
  order?: DayMonthOrder;
  dateSystem: DateSystem;
}

/** How one raw cell of a mapped column is stored; undefined when it stays exactly as it is. */
function readCell(column: ColumnDef, raw: unknown, ctx: ReadContext): CellReading | undefined {
  if (isBlank(raw)) return undefined;
  switch (column.type) {
    case "choice": {
      if (!ctx.lines) return undefined;
      const to = mappedValue(ctx.lines, raw);
      if (to === undefined || to === raw) return undefined;
      const key = String(raw).trim().replace(/\s+/g, " ").toLowerCase();
      return { value: to, keep: ctx.keep?.has(key) };
    }
    case "number":
    case "integer":
    case "currency": {
      if (typeof raw !== "string") return undefined;
      const n = parseNumberText(raw);
      if (n !== null) return { value: n };
      const q = column.type === "currency" ? null : parseQuantityText(raw);
      return q ? { value: q.value, unit: q.unit } : undefined;
    }
    case "date":
    case "datetime": {
      if (typeof raw !== "string") return undefined;
      const order = ctx.order ? toDateOrder(ctx.order) : undefined;
      const d = parseDateText(raw, ctx.dateSystem, order);
      if (d.kind === "date") return { value: d.serial };
      // A serial stored as text ("46085").
      const n = parseNumberText(raw);
      return n !== null && n >= 1 && n < 2958466 ? { value: n } : undefined;
    }
    default:
      return undefined;
  }
}

const sameUnit = (a: string, b: string) => {
  const f = (s: string) => s.trim().toLowerCase().replace(/\.$/, "").replace(/e?s$/, "");
  return f(a) === f(b);
};

export interface ColumnReadings {
  valueMaps: Record<string, ValueMapLine[]>;
  /** By field key: the values (folded) whose original words also go to Notes. */
  keepers: Record<string, Set<string>>;
  dateOrders: Record<string, DateOrderDecision>;
}

/** How each mapped column is read: a choice column's value map, a date column's order. */
export function columnReadings(
  def: RegisterDef,
  mapping: readonly (string | null)[],
  dataRows: readonly (readonly unknown[])[],
  choices: ReadingChoices,
  locale: string | undefined,
): ColumnReadings {
  const valueMaps: Record<string, ValueMapLine[]> = {};
  const keepers: Record<string, Set<string>> = {};
  const dateOrders: Record<string, DateOrderDecision> = {};
  const columnValues = (i: number) => dataRows.map((r) => r[i]);
  mapping.forEach((key, i) => {
    if (!key) return;
    const column = def.columns.find((c) => c.key === key)!;
    if (isCalculated(column)) return;
    if (column.type === "choice" && column.choices) {
      valueMaps[key] = valueMapFor(column, columnValues(i), choices.values?.[key]);
      keepers[key] = linesKeepingOriginal(valueMaps[key]);
    }
    if (column.type === "date" || column.type === "datetime") {
      const d = decideDateOrder(columnValues(i), locale, choices.dateOrders?.[key]);
      if (d) dateOrders[key] = d;
    }
  });
  return { valueMaps, keepers, dateOrders };
}

/** The area being converted; `body` and `changed` are written in place. */
export interface AreaCells {
  mapping: readonly (string | null)[];
  headers: readonly string[];
  dataRows: readonly (readonly unknown[])[];
  layout: readonly TableColumn[];
  body: CellValue[][];
  changed: boolean[][];
}

export interface MappedCellsRead {
  readings: CellReport[];
  /** By data row: the original texts that must also go to Notes. */
  notesFor: string[][];
  /** By area column: cells whose text also goes to Notes. */
  toNotes: number[];
  /** By area column: cells stored differently. */
  changedCount: number[];
}

/**
 * Reads every cell of the mapped columns into `area.body` (marking `area.changed`), a unit into Unit when
 * it is blank, and lists each cell stored differently and what must also go to Notes.
 */
export function readMappedCells(
  def: RegisterDef,
  area: AreaCells,
  how: ColumnReadings & { dateSystem: DateSystem; firstColumn: number; firstDataRow: number },
): MappedCellsRead {
  const { mapping, headers, dataRows, body, changed } = area;
  const width = mapping.length;
  const columnOf = (k: string) => def.columns.find((c) => c.key === k)!;
  const out: MappedCellsRead = {
    readings: [],
    notesFor: dataRows.map(() => []),
    toNotes: new Array<number>(width).fill(0),
    changedCount: new Array<number>(width).fill(0),
  };
  const unitAt = def.columns.some((c) => c.key === "unit")
    ? area.layout.findIndex((c) => c.key === "unit")
    : -1;
  mapping.forEach((key, i) => {
    if (!key || isCalculated(columnOf(key))) return;
    const column = columnOf(key);
    const decision = how.dateOrders[key];
    const ctx = {
      lines: how.valueMaps[key],
      keep: how.keepers[key],
      order: decision?.order,
      dateSystem: how.dateSystem,
    };
    dataRows.forEach((row, r) => {
      const read = readCell(column, row[i], ctx);
      if (!read) return;
      body[r][i] = read.value;
      changed[r][i] = true;
      out.changedCount[i]++;
      out.readings.push(cellReport(column, row[i], read.value, { i, r, decision, ...how }));
      const original = `${headers[i] || column.header}: ${String(row[i]).trim()}`;
      if (read.keep) {
        out.notesFor[r].push(original);
        out.toNotes[i]++;
      }
      if (read.unit !== undefined) {
        const unitNow = unitAt >= 0 ? body[r][unitAt] : null;
        if (unitAt >= 0 && isBlank(unitNow)) {
          body[r][unitAt] = read.unit;
          changed[r][unitAt] = true;
        } else if (unitAt < 0 || !sameUnit(String(unitNow), read.unit)) {
          out.notesFor[r].push(original);
          out.toNotes[i]++;
        }
      }
    });
  });
  return out;
}

/** The per-cell report line of one cell stored differently: where, what was typed, what is stored. */
function cellReport(
  column: ColumnDef,
  raw: unknown,
  value: CellValue,
  at: {
    i: number;
    r: number;
    decision: DateOrderDecision | undefined;
    dateSystem: DateSystem;
    firstColumn: number;
    firstDataRow: number;
  },
): CellReport {
  const isDate = column.type === "date" || column.type === "datetime";
  const typed = String(raw).trim();
  const stored =
    isDate && typeof value === "number"
      ? (formatSerial(value, column.type === "datetime" && value % 1 !== 0, at.dateSystem) ?? String(value))
      : String(value);
  const reading: CellReport = {
    column: at.i,
    row: at.firstDataRow + at.r,
    address: `${columnLetters(at.firstColumn + at.i)}${at.firstDataRow + at.r}`,
    field: column.key,
    typed,
    stored,
  };
  if (isDate && at.decision?.from === "locale" && parseDateText(typed, at.dateSystem).kind === "ambiguous")
    reading.eitherWay = true;
  return reading;
}
