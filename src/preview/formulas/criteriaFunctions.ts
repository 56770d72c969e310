// The criteria functions: COUNTIF, COUNTIFS, SUMIF, SUMIFS, AVERAGEIF, AVERAGEIFS, MINIFS, MAXIFS, all
// matching cells through criteria.ts. What they share, after Excel:
// - the ranges of an ...IFS function must have the same shape (else #VALUE!); SUMIF's and AVERAGEIF's
//   sum range is read from its top-left cell in the shape of the criteria range;
// - only numbers are summed, averaged or compared (text, logicals and blanks in the value range are
//   skipped); an error in the value range is the result only when its row matches every criterion, so
//   a broken row of another supplier does not spoil this supplier's total;
// - a whole-column range counts the blank rows past the data when blanks meet every criterion;
// - a criterion given as an array or range ({"a","b"}) gives an array of results, one per criterion;
// - an error given as the criterion, or as a range, is the result.
import FormulaParser from "fast-formula-parser";
import { blankMatches, criterionMatcher, type Matcher } from "./criteria";
import { elementwise } from "./elementwise";

const { FormulaError } = FormulaParser;

type Ref = {
  sheet?: string;
  row?: number;
  col?: number;
  from?: { row: number; col: number };
  to?: { row: number; col: number };
};
/** An argument as the parser gives it with its reference kept (see evaluator.ts). */
interface Arg {
  value: unknown;
  isArray?: boolean;
  omitted?: boolean;
  ref?: Ref;
}
/** The parser, as SUMIF and AVERAGEIF receive it (their arguments come unread). */
interface ParserContext {
  utils: { extractRefValue(arg: unknown): { val: unknown } };
  retrieveRef(arg: { ref: Ref }): unknown;
}
type RawArg = { ref?: Ref } | unknown;

/** A range's values (past the used part of a sheet they stop) and the shape it was given as. */
interface Area {
  values: unknown[][];
  rows: number;
  cols: number;
}

function areaOf(value: unknown, ref: Ref | undefined): Area {
  if (value instanceof FormulaError) throw value;
  const values = Array.isArray(value) ? (value as unknown[][]) : [[value]];
  if (ref?.from && ref.to)
    return { values, rows: ref.to.row - ref.from.row + 1, cols: ref.to.col - ref.from.col + 1 };
  return { values, rows: values.length, cols: values[0]?.length ?? 0 };
}

const sameShape = (a: Area, b: Area) => a.rows === b.rows && a.cols === b.cols;

/** The cells (row, column) meeting every criterion, and how many blank cells past the data also do. */
function matching(
  areas: readonly Area[],
  matchers: readonly Matcher[],
): { cells: [number, number][]; blanksPast: number } {
  const { rows, cols } = areas[0];
  const read = Math.min(rows, Math.max(...areas.map((a) => a.values.length)));
  const cells: [number, number][] = [];
  for (let r = 0; r < read; r++)
    for (let c = 0; c < cols; c++)
      if (matchers.every((m, i) => m(areas[i].values[r]?.[c] ?? null))) cells.push([r, c]);
  const past = (rows - read) * cols;
  return { cells, blanksPast: past > 0 && blankMatches(matchers) ? past : 0 };
}

/** `one` per criterion; criteria given as arrays give an array of results (elementwise). */
function perCriterion(criteria: readonly unknown[], one: (scalars: unknown[]) => unknown): unknown {
  return elementwise(
    criteria,
    (...scalars) => scalars.find((s) => s instanceof FormulaError) ?? one(scalars),
  );
}

type Fold = {
  start: number;
  add: (acc: number, n: number) => number;
  end: (acc: number, n: number) => unknown;
};
const SUM: Fold = { start: 0, add: (a, n) => a + n, end: (a) => a };
const AVERAGE: Fold = {
  start: 0,
  add: (a, n) => a + n,
  end: (a, n) => (n === 0 ? FormulaError.DIV0 : a / n),
};
const MIN: Fold = { start: Infinity, add: Math.min, end: (a, n) => (n === 0 ? 0 : a) };
const MAX: Fold = { start: -Infinity, add: Math.max, end: (a, n) => (n === 0 ? 0 : a) };

/** The numbers of `target` in the matching cells folded; the first error among them is the result. */
function aggregate(target: Area, cells: readonly [number, number][], fold: Fold): unknown {
  let acc = fold.start;
  let n = 0;
  for (const [r, c] of cells) {
    const v = target.values[r]?.[c];
    if (v instanceof FormulaError) return v;
    if (typeof v === "number") {
      acc = fold.add(acc, v);
      n++;
    }
  }
  return fold.end(acc, n);
}

function guarded(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (error) {
    if (error instanceof FormulaError) return error;
    throw error;
  }
}

/** COUNTIFS(range1, criterion1, …) or, with a target first, SUMIFS/AVERAGEIFS/MINIFS/MAXIFS. */
function ifs(date1904: () => boolean, args: Arg[], target: Arg | null, fold: Fold | null): unknown {
  return guarded(() => {
    if (args.length === 0 || args.length % 2 !== 0) return FormulaError.VALUE;
    const areas: Area[] = [];
    const criteria: unknown[] = [];
    for (let i = 0; i < args.length; i += 2) {
      areas.push(areaOf(args[i].value, args[i].ref));
      criteria.push(args[i + 1].omitted ? null : args[i + 1].value);
    }
    const values = target ? areaOf(target.value, target.ref) : null;
    const shape = values ?? areas[0];
    if (!areas.every((a) => sameShape(a, shape))) return FormulaError.VALUE;
    return perCriterion(criteria, (scalars) => {
      const matchers = scalars.map((c) => criterionMatcher(c, date1904()));
      const { cells, blanksPast } = matching(areas, matchers);
      return values && fold ? aggregate(values, cells, fold) : cells.length + blanksPast;
    });
  });
}

/** An unread argument's value and reference (SUMIF, AVERAGEIF). */
function readRaw(context: ParserContext, arg: RawArg): Arg {
  if (arg === null || arg === undefined) return { value: null, omitted: true };
  const ref = typeof arg === "object" && "ref" in arg ? (arg as { ref: Ref }).ref : undefined;
  return { value: context.utils.extractRefValue(arg).val, ref };
}

/** SUMIF's sum range: from its top-left cell, the shape of the criteria range (Excel reads it so). */
function alignedArea(context: ParserContext, arg: RawArg, like: Area): Area {
  const raw = readRaw(context, arg);
  const ref = raw.ref;
  const topLeft =
    ref?.from ?? (ref?.row !== undefined && ref.col !== undefined ? { row: ref.row, col: ref.col } : null);
  if (!ref || !topLeft) return areaOf(raw.value, ref);
  const extended: Ref = {
    sheet: ref.sheet,
    from: topLeft,
    to: { row: topLeft.row + like.rows - 1, col: topLeft.col + like.cols - 1 },
  };
  return areaOf(context.retrieveRef({ ref: extended }), extended);
}

/** SUMIF(range, criterion, [sum_range]) and AVERAGEIF alike. */
function ifWithTarget(date1904: () => boolean, fold: Fold) {
  return (context: ParserContext, range: RawArg, criterion: RawArg, target?: RawArg) =>
    guarded(() => {
      const r = readRaw(context, range);
      const area = areaOf(r.value, r.ref);
      const values = target === null || target === undefined ? area : alignedArea(context, target, area);
      return perCriterion([readRaw(context, criterion).value], ([c]) => {
        const { cells } = matching([area], [criterionMatcher(c, date1904())]);
        return aggregate(values, cells, fold);
      });
    });
}

/**
 * The criteria functions for a workbook whose date system `date1904` gives ("<5/3/2011" is a serial
 * of that system). SUMIF and AVERAGEIF take the parser as their first argument (it passes them their
 * arguments unread); the others need their arguments' references kept (`PRESERVE_REFS`).
 */
export function criteriaFunctions(date1904: () => boolean): Record<string, (...args: never[]) => unknown> {
  return {
    COUNTIF: (range: Arg, criterion: Arg) => ifs(date1904, [range, criterion], null, null),
    COUNTIFS: (...args: Arg[]) => ifs(date1904, args, null, null),
    SUMIFS: (target: Arg, ...args: Arg[]) => ifs(date1904, args, target, SUM),
    AVERAGEIFS: (target: Arg, ...args: Arg[]) => ifs(date1904, args, target, AVERAGE),
    MINIFS: (target: Arg, ...args: Arg[]) => ifs(date1904, args, target, MIN),
    MAXIFS: (target: Arg, ...args: Arg[]) => ifs(date1904, args, target, MAX),
    SUMIF: ifWithTarget(date1904, SUM),
    AVERAGEIF: ifWithTarget(date1904, AVERAGE),
  };
}

/** The criteria functions that read their ranges' shapes from the references (whole columns). */
export const PRESERVE_REFS = ["COUNTIF", "COUNTIFS", "SUMIFS", "AVERAGEIFS", "MINIFS", "MAXIFS"];
