// Excel's operators (+ - * / ^ & = <> < > <= >=, unary -, %) for the parser. The library applies them
// to the first element of a range only and reads text loosely (Number("0x10") is 16); Excel 2021 applies
// them element by element to ranges and arrays (elementwise.ts), so
// SUMPRODUCT((Inventory[Supplier]="X")*Inventory[Reorder qty]) and MEDIAN(IF(…)) compute as in Excel.
// Per element: an error operand is the result; a blank is 0 ("" in &); TRUE/FALSE are 1/0; text is a
// number only if it reads as one typed into a cell ("3", "5/3/2011"), else #VALUE!. Comparisons follow
// compare.ts. A formula showing an array shows its first element (the engine does not spill).
import FormulaParser from "fast-formula-parser";
import { parseTyped } from "../simulator/input";
import { compareValues } from "./compare";
import { elementwise } from "./elementwise";

const { FormulaError } = FormulaParser;

const COMPARISONS = new Set(["=", "<>", "<", ">", "<=", ">="]);
const MATH = new Set(["+", "-", "*", "/", "^"]);

const isError = (v: unknown) => v instanceof FormulaError;

/** A value as arithmetic reads it, or #VALUE!. */
function toNumber(v: unknown, date1904: boolean): unknown {
  if (v === null || v === undefined) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") {
    const typed = v === "" ? null : parseTyped(v, date1904);
    return typed && !typed.error && typeof typed.value === "number" ? typed.value : FormulaError.VALUE;
  }
  return FormulaError.VALUE;
}

/** A number as text joins it: up to 15 significant digits, as Excel's General format shows it. */
export function numberText(n: number): string {
  const s = String(Number(n.toPrecision(15)));
  return s.replace(
    /e([+-])(\d+)$/,
    (_, sign: string, digits: string) => `E${sign}${digits.padStart(2, "0")}`,
  );
}

function toText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return numberText(v);
  return String(v);
}

function finite(n: number): unknown {
  return Number.isFinite(n) ? n + 0 : FormulaError.NUM;
}

function arithmetic(a: unknown, op: string, b: unknown, date1904: boolean): unknown {
  const x = toNumber(a, date1904);
  if (isError(x)) return x;
  const y = toNumber(b, date1904);
  if (isError(y)) return y;
  const [p, q] = [x as number, y as number];
  switch (op) {
    case "+":
      return finite(p + q);
    case "-":
      return finite(p - q);
    case "*":
      return finite(p * q);
    case "/":
      return q === 0 ? FormulaError.DIV0 : finite(p / q);
    default:
      return p === 0 && q === 0 ? FormulaError.NUM : finite(p ** q);
  }
}

function binary(a: unknown, op: string, b: unknown, date1904: boolean): unknown {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (COMPARISONS.has(op)) return compareValues(a, op, b);
  if (op === "&") return toText(a) + toText(b);
  return arithmetic(a, op, b, date1904);
}

/** A value the operators can work on: a single value or an array (not a union of references). */
const plain = (v: unknown) => Array.isArray(v) || v === null || typeof v !== "object" || isError(v);

/** Makes one parser instance apply operators as Excel does. */
export function applyExcelOperators(parser: FormulaParser, date1904: () => boolean): void {
  const utils = parser.utils;
  const original = {
    infix: utils._applyInfix.bind(utils),
    prefix: utils._applyPrefix.bind(utils),
    postfix: utils._applyPostfix.bind(utils),
  };
  utils._applyInfix = (res1, infix, res2) => {
    if (!(COMPARISONS.has(infix) || MATH.has(infix) || infix === "&") || !plain(res1.val) || !plain(res2.val))
      return original.infix(res1, infix, res2);
    return elementwise([res1.val, res2.val], (a, b) => binary(a, infix, b, date1904()));
  };
  utils._applyPrefix = (prefixes, val, isArray) => {
    if (!plain(val) || prefixes.some((p) => p !== "+" && p !== "-"))
      return original.prefix(prefixes, val, isArray);
    const minuses = prefixes.filter((p) => p === "-").length;
    // A + sign changes nothing, not even the type (=+"a" is "a"); a minus makes a number (--TRUE is 1).
    if (minuses === 0) return val;
    const sign = minuses % 2 === 1 ? -1 : 1;
    return elementwise([val], (v) => {
      if (isError(v)) return v;
      const n = toNumber(v, date1904());
      return isError(n) ? n : finite(sign * (n as number));
    });
  };
  utils._applyPostfix = (val, isArray, postfix) => {
    if (!plain(val) || postfix !== "%") return original.postfix(val, isArray, postfix);
    return elementwise([val], (v) => {
      if (isError(v)) return v;
      const n = toNumber(v, date1904());
      return isError(n) ? n : (n as number) / 100;
    });
  };
}
