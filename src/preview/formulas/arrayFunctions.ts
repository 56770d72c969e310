// Functions that Excel 2021 evaluates over arrays and the library does not: SUMPRODUCT (the library
// counts an error in an array as 0; Excel's result is that error), IF with an array condition
// (MEDIAN(IF(Candidates[Stage]="Hired",…)) keeps the values whose row meets it, FALSE elsewhere, and
// MEDIAN skips the FALSEs), IFERROR and IFNA, and the IS… type tests: one answer per element.
import FormulaParser from "fast-formula-parser";
import { elementwise } from "./elementwise";

const { FormulaError } = FormulaParser;

type Ref = { from?: { row: number; col: number }; to?: { row: number; col: number } };
/** An argument with its reference kept (SUMPRODUCT and the IS… functions; see evaluator.ts). */
interface Arg {
  value: unknown;
  omitted?: boolean;
  ref?: Ref;
}
interface ParserContext {
  utils: { extractRefValue(arg: unknown): { val: unknown } };
}
type IfFn = (context: ParserContext, test: unknown, ifTrue?: unknown, ifFalse?: unknown) => unknown;

const isError = (v: unknown) => v instanceof FormulaError;

/** A condition's truth, as IF reads it: numbers other than 0 are TRUE, a blank FALSE, text #VALUE!. */
function truth(v: unknown): unknown {
  if (isError(v) || typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (v === null || v === undefined) return false;
  const t = String(v).toUpperCase();
  return t === "TRUE" ? true : t === "FALSE" ? false : FormulaError.VALUE;
}

/** SUMPRODUCT: arrays of one shape (else #VALUE!), multiplied element by element and summed. */
function sumProduct(...args: Arg[]): unknown {
  if (args.length === 0 || args.some((a) => a.omitted)) return FormulaError.VALUE;
  const matrices: unknown[][][] = [];
  const shapes: [number, number][] = [];
  for (const a of args) {
    if (isError(a.value)) return a.value;
    const m = Array.isArray(a.value) ? (a.value as unknown[][]) : [[a.value]];
    matrices.push(m);
    // A range keeps the shape it was written with (a whole column stops at the data, not its end).
    const { from, to } = a.ref ?? {};
    shapes.push(from && to ? [to.row - from.row + 1, to.col - from.col + 1] : [m.length, m[0]?.length ?? 0]);
  }
  const [rows, cols] = shapes[0];
  if (shapes.some(([r, c]) => r !== rows || c !== cols)) return FormulaError.VALUE;
  const read = Math.min(rows, Math.max(...matrices.map((m) => m.length)));
  let total = 0;
  for (let r = 0; r < read; r++)
    for (let c = 0; c < cols; c++) {
      let product = 1;
      for (const m of matrices) {
        const v = m[r]?.[c];
        if (isError(v)) return v;
        // Text, logicals and blanks count as 0 (Excel: "non-numeric array entries are treated as zeros").
        product *= typeof v === "number" ? v : 0;
      }
      total += product;
    }
  return total;
}

/** IF over an array condition, element by element; a single condition keeps the library's IF. */
function arrayIf(original: IfFn): IfFn {
  return (context, test, ifTrue, ifFalse) => {
    const read = (arg: unknown) =>
      arg === null || arg === undefined ? arg : context.utils.extractRefValue(arg).val;
    const condition = read(test);
    if (!Array.isArray(condition)) return original(context, test, ifTrue, ifFalse);
    // IF(c,x) gives FALSE where c is false; IF(c,x,) and IF(c,,y) give 0 for the empty branch.
    const yes = ifTrue === null ? 0 : read(ifTrue);
    const no = ifFalse === undefined ? false : ifFalse === null ? 0 : read(ifFalse);
    return elementwise([condition, yes, no], (c, y, n) => {
      const t = truth(c);
      return isError(t) ? t : t ? (y ?? 0) : (n ?? 0);
    });
  };
}

/** IFERROR and IFNA, element by element: SUMPRODUCT(IFERROR(a*b,0)) skips the rows that are errors. */
const ifError =
  (caught: (e: InstanceType<typeof FormulaError>) => boolean) =>
  (value: Arg, fallback: Arg): unknown =>
    elementwise([value.value, fallback?.value ?? 0], (v, f) => {
      const out = isError(v) && caught(v as InstanceType<typeof FormulaError>) ? f : v;
      // A blank shows as 0, as a formula reading an empty cell does.
      return out ?? 0;
    });

const typeTest =
  (test: (v: unknown) => boolean) =>
  (arg: Arg): unknown =>
    elementwise([arg.value], (v) => test(v));

/**
 * The array functions; IF wraps the library's (given) for single conditions. SUMPRODUCT and the IS…
 * tests take their arguments with references kept (`PRESERVE_REFS`).
 */
export function arrayFunctions(libraryIf: IfFn): Record<string, (...args: never[]) => unknown> {
  return {
    SUMPRODUCT: sumProduct,
    IF: arrayIf(libraryIf),
    IFERROR: ifError(() => true),
    IFNA: ifError((e) => e.error === "#N/A"),
    ISNUMBER: typeTest((v) => typeof v === "number"),
    ISTEXT: typeTest((v) => typeof v === "string"),
    ISNONTEXT: typeTest((v) => typeof v !== "string"),
    ISLOGICAL: typeTest((v) => typeof v === "boolean"),
    // A formula's "" is not blank (Excel's ISBLANK is TRUE for empty cells only).
    ISBLANK: typeTest((v) => v === null || v === undefined),
    ISERROR: typeTest(isError),
    ISERR: typeTest((v) => isError(v) && (v as InstanceType<typeof FormulaError>).error !== "#N/A"),
    ISNA: typeTest((v) => isError(v) && (v as InstanceType<typeof FormulaError>).error === "#N/A"),
  };
}

export const ARRAY_PRESERVE_REFS = ["SUMPRODUCT"];
