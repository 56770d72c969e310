// The reading a person confirmed for a sheet (header row, columns, values, date orders, fills), as it is
// remembered in the workbook so that inspecting or converting the sheet again starts from it instead of
// asking again. Stored values come from any co-author's client (or an older version), so each part is
// checked and a bad part is dropped rather than trusted.
import type { DayMonthOrder } from "../cells/dateOrder";
import type { ReadingChoices } from "./convertPlan";
import { REGISTERS } from "./definitions";
import type { RegisterId } from "./types";

export interface StoredReading {
  registerId: RegisterId;
  /** The header texts the choices were made on: when they change, the choices no longer apply. */
  headers: string[];
  choices: ReadingChoices;
  /**
   * What converting did to the values, by field key: each distinct value and the choice it became, and
   * the order slash dates were read in. A record of the conversion (the values' original words stay
   * recoverable from the workbook), not choices: inspecting again proposes afresh from `choices`.
   */
  converted?: {
    values: Record<string, { value: string; to: string }[]>;
    dateOrders: Record<string, DayMonthOrder>;
  };
  /** ISO date and time it was confirmed. */
  savedAt: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function stringMap<T>(v: unknown, ok: (x: unknown) => x is T): Record<string, T> | undefined {
  if (!isRecord(v)) return undefined;
  const out: Record<string, T> = {};
  for (const [k, x] of Object.entries(v)) if (ok(x)) out[k] = x;
  return out;
}

const keyOrNull = (x: unknown): x is string | null => x === null || typeof x === "string";
const isString = (x: unknown): x is string => typeof x === "string";
const isOrder = (x: unknown): x is DayMonthOrder => x === "DMY" || x === "MDY";

/** A stored reading read back, or null when it is not one. */
export function readStoredReading(value: unknown): StoredReading | null {
  const v = typeof value === "string" ? safeJson(value) : value;
  if (!isRecord(v) || !isRecord(v.choices)) return null;
  const registerId = REGISTERS.find((r) => r.id === v.registerId)?.id;
  if (!registerId || !Array.isArray(v.headers) || !v.headers.every(isString)) return null;
  const c = v.choices;
  const choices: ReadingChoices = {};
  if (typeof c.headerRow === "number" && Number.isInteger(c.headerRow) && c.headerRow >= 1)
    choices.headerRow = c.headerRow;
  const columns = stringMap(c.columns, keyOrNull);
  if (columns) choices.columns = Object.fromEntries(Object.entries(columns).map(([k, x]) => [Number(k), x]));
  if (isRecord(c.values)) {
    const values: Record<string, Record<string, string | null>> = {};
    for (const [field, lines] of Object.entries(c.values)) {
      const m = stringMap(lines, keyOrNull);
      if (m) values[field] = m;
    }
    choices.values = values;
  }
  const orders = stringMap(c.dateOrders, isOrder);
  if (orders) choices.dateOrders = orders;
  const fills = stringMap(c.fills, isString);
  if (fills) choices.fills = fills;
  const out: StoredReading = {
    registerId,
    headers: v.headers as string[],
    choices,
    savedAt: typeof v.savedAt === "string" ? v.savedAt : "",
  };
  if (isRecord(v.converted)) {
    const values: Record<string, { value: string; to: string }[]> = {};
    if (isRecord(v.converted.values))
      for (const [field, lines] of Object.entries(v.converted.values)) {
        if (!Array.isArray(lines)) continue;
        values[field] = lines.filter(
          (l): l is { value: string; to: string } =>
            isRecord(l) && typeof l.value === "string" && typeof l.to === "string",
        );
      }
    out.converted = { values, dateOrders: stringMap(v.converted.dateOrders, isOrder) ?? {} };
  }
  return out;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Whether two header rows are the same, as the stored choices need. */
export function sameHeaders(a: readonly string[], b: readonly string[]): boolean {
  const trim = (h: readonly string[]) => {
    const out = h.map((x) => x.trim());
    while (out.length && out[out.length - 1] === "") out.pop();
    return out;
  };
  return JSON.stringify(trim(a)) === JSON.stringify(trim(b));
}
