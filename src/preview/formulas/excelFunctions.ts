// Common Excel functions that fast-formula-parser lacks (MIN, MAX, MEDIAN, COUNTA, COUNTBLANK, LEN,
// UPPER), gets wrong for a blank or a single cell (TRIM, LOWER, INT, TRANSPOSE) or computes differently from Excel
// (ROUNDUP(3,0) is 4 there; ROUND works on binary doubles, so ROUND(1.005,2) is 1; its SUM and AVERAGE skip an error in a range, and AVERAGE counts text there), and
// TODAY/NOW on the workbook's date system. Each follows Excel's documented rule.
import FormulaParser, { type FunctionArg } from "fast-formula-parser";
import { todaySerial } from "../../core/cells/excelDates";

const { FormulaError } = FormulaParser;

type Fn = (...args: FunctionArg[]) => unknown;

function rethrow(v: unknown): unknown {
  if (v instanceof FormulaError) throw v;
  return v;
}

/** Every value of the arguments, ranges and arrays flattened, with where each came from. */
function* values(args: FunctionArg[]): Generator<{ v: unknown; fromRef: boolean }> {
  for (const a of args) {
    if (a.omitted) continue;
    const union = (a.value as { data?: unknown } | null)?.data;
    if (!(a.value instanceof FormulaError) && Array.isArray(union)) {
      // A union of references, (A1:A3,C1): every value of each, as from a reference.
      for (const part of union as unknown[])
        for (const v of Array.isArray(part) ? (part as unknown[][]).flat() : [part])
          yield { v: rethrow(v), fromRef: true };
    } else if (Array.isArray(a.value)) {
      for (const row of a.value as unknown[][]) for (const v of row) yield { v: rethrow(v), fromRef: true };
    } else yield { v: rethrow(a.value), fromRef: Boolean(a.isCellRef || a.isRangeRef) };
  }
}

/** A number typed as an argument: logicals count as 1/0, numeric text converts, other text is #VALUE!. */
function literalNumber(v: unknown): number | null {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === null || v === undefined) return null;
  const n = Number(String(v).trim());
  if (String(v).trim() === "" || !Number.isFinite(n)) throw FormulaError.VALUE;
  return n;
}

/**
 * SUM, AVERAGE, MEDIAN, MIN, MAX: numbers in references and arrays (text, logicals and blanks there are
 * ignored, so MEDIAN(IF(…)) skips the FALSEs) and typed arguments; an error anywhere is the result.
 */
function numbersOf(args: FunctionArg[]): number[] {
  const out: number[] = [];
  for (const { v, fromRef } of values(args)) {
    if (fromRef) {
      if (typeof v === "number") out.push(v);
    } else {
      const n = literalNumber(v);
      if (n !== null) out.push(n);
    }
  }
  return out;
}

function one(arg: FunctionArg | undefined, fallback?: number): number {
  if (!arg || arg.omitted) {
    if (fallback === undefined) throw FormulaError.VALUE;
    return fallback;
  }
  const v = rethrow(Array.isArray(arg.value) ? (arg.value as unknown[][])[0]?.[0] : arg.value);
  return literalNumber(v) ?? 0;
}

/** |x| × 10^digits, cut to 15 significant digits as Excel stores numbers, so 1.005 × 100 is 100.5. */
function scaled(x: number, digits: number): number {
  const s = digits >= 0 ? Math.abs(x) * 10 ** digits : Math.abs(x) / 10 ** -digits;
  return Number(s.toPrecision(15));
}

function unscaled(s: number, digits: number, sign: number): number {
  const v = digits >= 0 ? s / 10 ** digits : s * 10 ** -digits;
  return sign * v + 0;
}

/** ROUND (half away from zero), ROUNDUP (away from zero), ROUNDDOWN (toward zero). */
function rounding(mode: (s: number) => number): Fn {
  return (number, digits) => {
    const x = one(number);
    const d = Math.trunc(one(digits));
    return unscaled(mode(scaled(x, d)), d, Math.sign(x));
  };
}

const isBlank = (v: unknown) => v === null || v === undefined || v === "";

/** TODAY/NOW as Excel date serials of the machine's local date (1900 or 1904 system). */
export function dateSerialFunctions(now: () => Date, date1904: () => boolean): Record<string, Fn> {
  const serial = (d: Date) => todaySerial(d, date1904() ? 1904 : 1900);
  return {
    TODAY: () => serial(now()),
    NOW: () => {
      const d = now();
      return serial(d) + (d.getHours() * 3600 + d.getMinutes() * 60 + d.getSeconds()) / 86400;
    },
  };
}

export const EXCEL_FUNCTIONS: Record<string, Fn> = {
  // The add-in makes no network calls of its own: the library's WEBSERVICE would fetch (in its async
  // mode); here it is refused outright, as Excel on the web does.
  WEBSERVICE: () => {
    throw FormulaError.VALUE;
  },
  SUM: (...args) => numbersOf(args).reduce((a, b) => a + b, 0),
  AVERAGE: (...args) => {
    const n = numbersOf(args);
    return n.length ? n.reduce((a, b) => a + b, 0) / n.length : FormulaError.DIV0;
  },
  MEDIAN: (...args) => {
    const n = numbersOf(args).sort((a, b) => a - b);
    if (n.length === 0) return FormulaError.NUM;
    const mid = n.length >> 1;
    return n.length % 2 ? n[mid] : (n[mid - 1] + n[mid]) / 2;
  },
  MIN: (...args) => {
    const n = numbersOf(args);
    return n.length ? Math.min(...n) : 0;
  },
  MAX: (...args) => {
    const n = numbersOf(args);
    return n.length ? Math.max(...n) : 0;
  },
  ROUND: rounding((s) => Math.floor(s + 0.5)),
  ROUNDUP: rounding((s) => Math.ceil(s)),
  ROUNDDOWN: rounding((s) => Math.floor(s)),
  COUNTA: (...args) => {
    let n = 0;
    for (const a of args) {
      if (a.omitted) continue;
      if (Array.isArray(a.value)) {
        for (const row of a.value as unknown[][]) for (const v of row) if (v !== null && v !== undefined) n++;
      } else if (!(a.isCellRef && (a.value === null || a.value === undefined))) n++;
    }
    return n;
  },
  COUNTBLANK: (range) => {
    const rows = Array.isArray(range?.value) ? (range.value as unknown[][]) : [[range?.value]];
    return rows.flat().filter(isBlank).length;
  },
  LEN: (text) => {
    const v = rethrow(text?.value);
    if (typeof v === "boolean") return v ? 4 : 5;
    return isBlank(v) ? 0 : String(v).length;
  },
  UPPER: (text) => {
    const v = rethrow(text?.value);
    return isBlank(v) ? "" : String(v).toUpperCase();
  },
  // The library's reads an empty cell as "[object Object]"; Excel's LOWER of it is empty text.
  LOWER: (text) => {
    const v = rethrow(text?.value);
    if (typeof v === "boolean") return v ? "true" : "false";
    return isBlank(v) ? "" : String(v).toLowerCase();
  },
  // The library's reads an empty cell as "[object Object]" and keeps runs of spaces inside the text;
  // Excel's removes spaces (only the space character) at both ends and leaves single ones between words.
  TRIM: (text) => {
    const v = rethrow(text?.value);
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    return isBlank(v) ? "" : String(v).replace(/ +/g, " ").replace(/^ | $/g, "");
  },
  // The library's fails on an empty cell, which Excel reads as 0.
  INT: (number) => Math.floor(literalNumber(rethrow(number?.value)) ?? 0),
  // The library's gives nothing for a single cell (it is not read as an array of one).
  TRANSPOSE: (array) => {
    const v = array?.value;
    if (v instanceof FormulaError) return v;
    const rows = Array.isArray(v) ? (v as unknown[][]) : [[v]];
    return (rows[0] ?? []).map((_, c) => rows.map((row) => row[c] ?? null));
  },
};

/**
 * YEAR, MONTH and DAY of serial 0 (an empty cell, or a date part of "no date" such as MAXIFS finding
 * nothing): Excel shows 0 as 0 January 1900, so 1900, 1 and 0; the library fails on an empty cell and
 * says 31 December 1899 for 0. Other values go to the library's function, which reads them right,
 * except text that is no date: NaN there, #VALUE! in Excel.
 */
export function fromDayZero(functions: Record<string, Fn>): Record<string, Fn> {
  const zero: Record<string, number> = { YEAR: 1900, MONTH: 1, DAY: 0 };
  return Object.fromEntries(
    Object.entries(zero).map(([name, atZero]) => {
      const original = functions[name];
      const fn: Fn = (arg, ...rest) => {
        const v = rethrow(arg?.value);
        if (v === null || v === undefined || (typeof v === "number" && v >= 0 && v < 1)) return atZero;
        const out = original(arg, ...rest);
        return typeof out === "number" && Number.isNaN(out) ? FormulaError.VALUE : out;
      };
      return [name, fn];
    }),
  );
}
