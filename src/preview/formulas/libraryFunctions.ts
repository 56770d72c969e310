// Functions fast-formula-parser leaves empty or lacks, from @formulajs/formulajs (MIT), and the two
// neither library has (XLOOKUP, XMATCH) after Excel's documented rules. Arguments reach formulajs as
// it takes them (ranges as row arrays, blanks as null, errors as its own error objects) and its results
// come back as the parser's (errors as FormulaError, dates as serials). An error value given directly
// to a lookup is its result, as in Excel: VLOOKUP(#REF!,…) is #REF!.
import * as formulajs from "@formulajs/formulajs";
import FormulaParser, { type FunctionArg } from "fast-formula-parser";
import { localDaySerial } from "../../core/cells/excelDates";
import { ERROR_VALUES } from "../simulator/input";

const { FormulaError } = FormulaParser;

type Fn = (...args: FunctionArg[]) => unknown;
type LibraryFn = (...args: unknown[]) => unknown;

function toLibrary(v: unknown): unknown {
  if (v instanceof FormulaError) return new Error(v.error);
  if (Array.isArray(v)) return (v as unknown[][]).map((row) => row.map(toLibrary));
  return v === undefined ? null : v;
}

function fromLibrary(v: unknown): unknown {
  if (v instanceof FormulaError) return v;
  if (v instanceof Error) return new FormulaError(ERROR_VALUES.includes(v.message) ? v.message : "#VALUE!");
  // formulajs gives dates (EDATE, EOMONTH) as local midnights.
  if (v instanceof Date) return localDaySerial(v) ?? new FormulaError("#NUM!");
  return v;
}

/** The first error among arguments given as single values (not ranges), which Excel returns as is. */
function scalarError(args: FunctionArg[]): unknown {
  for (const a of args)
    if (!a.omitted && !Array.isArray(a.value) && a.value instanceof FormulaError) return a.value;
  return undefined;
}

/** Excel's error rule for a function that takes values: an error argument is the result. */
export function propagatingErrors(fn: Fn): Fn {
  return (...args) => scalarError(args) ?? fn(...args);
}

function fromFormulajs(name: keyof typeof formulajs): Fn {
  const fn = formulajs[name] as unknown as LibraryFn;
  return propagatingErrors((...args) =>
    fromLibrary(fn(...args.map((a) => (a.omitted ? undefined : toLibrary(a.value))))),
  );
}

const flat = (v: unknown): unknown[] => (Array.isArray(v) ? (v as unknown[][]).flat() : [v]);

/**
 * formulajs's MATCH with its lookup range handed over flat: formulajs flattens a range by concatenating
 * one row at a time, which is quadratic in its length (MATCH over a 55,000-row table column took seconds
 * per evaluation); a flat list it takes as it is, with the same result.
 */
function match(...args: FunctionArg[]): unknown {
  const fn = formulajs.MATCH as unknown as LibraryFn;
  const value = (a: FunctionArg | undefined) =>
    a === undefined || a.omitted ? undefined : toLibrary(a.value);
  const [lookup, range, type] = args;
  const list = value(range);
  return fromLibrary(fn(value(lookup), list === undefined ? undefined : flat(list), value(type)));
}

/** Excel's equality for lookups: text case-insensitively, numbers and logicals by value. */
function equal(a: unknown, b: unknown): boolean {
  if (typeof a === "string" && typeof b === "string") return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

/** Lookup order: numbers < text < logicals; text without case. */
function compare(a: unknown, b: unknown): number {
  const rank = (v: unknown) =>
    typeof v === "number" ? 0 : typeof v === "string" ? 1 : typeof v === "boolean" ? 2 : 3;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string" && typeof b === "string") return a.toLowerCase().localeCompare(b.toLowerCase());
  return Number(a) - Number(b);
}

/** XMATCH's position (0-based) of `lookup` in `list`, or -1 (match_mode 0, -1, 1; search_mode 1, -1). */
function xmatchIndex(lookup: unknown, list: unknown[], matchMode: number, searchMode: number): number {
  const order = list.map((_, i) => i);
  if (searchMode === -1) order.reverse();
  let best = -1;
  for (const i of order) {
    const v = list[i];
    if (equal(v, lookup)) return i;
    if (matchMode === 0 || v === null) continue;
    const c = compare(v, lookup);
    if (matchMode === -1 && c < 0 && (best < 0 || compare(v, list[best]) > 0)) best = i;
    if (matchMode === 1 && c > 0 && (best < 0 || compare(v, list[best]) < 0)) best = i;
  }
  return best;
}

const numberArg = (a: FunctionArg | undefined, fallback: number) =>
  a === undefined || a.omitted || a.value === null ? fallback : Number(a.value);

export const LIBRARY_FUNCTIONS: Record<string, Fn> = {
  MATCH: propagatingErrors(match),
  SWITCH: fromFormulajs("SWITCH"),
  TEXTJOIN: fromFormulajs("TEXTJOIN"),
  // The parser's EDATE adds days, not months (EDATE of 31 January, 1 month, must be 29 February 2024).
  EDATE: fromFormulajs("EDATE"),
  // The parser's is empty. An empty cell is empty text, as Excel reads it (formulajs would return it as is).
  SUBSTITUTE: (text, ...rest) =>
    fromFormulajs("SUBSTITUTE")(
      text && (text.value === null || text.value === undefined) ? { ...text, value: "" } : text,
      ...rest,
    ),
  XMATCH: propagatingErrors((lookup, within, matchMode, searchMode) => {
    const i = xmatchIndex(
      lookup.value,
      flat(within.value),
      numberArg(matchMode, 0),
      numberArg(searchMode, 1),
    );
    return i < 0 ? FormulaError.NA : i + 1;
  }),
  XLOOKUP: propagatingErrors((lookup, within, results, ifNotFound, matchMode, searchMode) => {
    const list = flat(within.value);
    const i = xmatchIndex(lookup.value, list, numberArg(matchMode, 0), numberArg(searchMode, 1));
    if (i < 0) return ifNotFound && !ifNotFound.omitted ? ifNotFound.value : FormulaError.NA;
    const rows = Array.isArray(results.value) ? (results.value as unknown[][]) : [[results.value]];
    // A column of results gives the i-th row's value; a row of results the i-th column's.
    return rows.length === list.length ? rows[i][0] : rows[0][i];
  }),
};

type Ref = { ref?: { sheet?: string } };

/**
 * The parser's own lookups with Excel's rule for an error given as the value to look up, and its INDEX
 * keeping the sheet of the range it indexes (it returns the cell without one, which then reads the
 * formula's own sheet).
 */
export function withLookupErrors(functions: Record<string, Fn>): Record<string, Fn> {
  const out: Record<string, Fn> = {};
  for (const name of ["VLOOKUP", "HLOOKUP", "LOOKUP"])
    if (functions[name]) out[name] = propagatingErrors(functions[name]);
  const index = functions.INDEX as unknown as (context: unknown, range: Ref, ...rest: unknown[]) => unknown;
  if (index)
    out.INDEX = ((context: unknown, range: Ref, ...rest: unknown[]) => {
      const result = index(context, range, ...rest) as Ref | undefined;
      const sheet = range?.ref?.sheet;
      if (result?.ref && sheet !== undefined && result.ref.sheet === undefined) result.ref.sheet = sheet;
      return result;
    }) as unknown as Fn;
  return out;
}
