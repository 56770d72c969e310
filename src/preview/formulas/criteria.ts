// Excel's selection criteria: how COUNTIF(S), SUMIF(S), AVERAGEIF(S), MINIFS and MAXIFS decide whether a
// cell matches "apples", ">55", "<>", "", "=A*", 300000 or B4. Written once, so every criteria
// function matches cells alike. The rules (README.md in this folder lists their sources):
// - an operator (= <> < <= > >=) may lead; the rest is read as if typed into a cell (en-US): a number,
//   percentage, currency, date, TRUE/FALSE or an error value; otherwise it is text;
// - a number matches numbers and text that reads as that number ("5" for 5), never blanks or logicals;
//   < <= > >= the same, so "<"&TODAY() never matches a blank or "next week";
// - text matches text only, case-insensitively; with = or no operator * ? are wildcards and ~ escapes
//   them; < > compare text with text;
// - "" matches blank cells and empty text; "=" blank cells only; "<>" anything not blank;
// - <> is the opposite of =, so "<>Bananas" and "<>5" match blanks too;
// - a criterion that is an empty cell is the number 0 (COUNTIFS' documented rule).
import FormulaParser from "fast-formula-parser";
import { wildcardSource } from "../simulator/find";
import { parseTyped } from "../simulator/input";
import { orderMeets } from "./compare";

const { FormulaError } = FormulaParser;

export type Matcher = (value: unknown) => boolean;

type Op = "=" | "<>" | "<" | "<=" | ">" | ">=";
/** Two-character operators first, so "<=5" is not read as "<" and "=5". */
const OPERATORS: readonly Op[] = ["<>", "<=", ">=", "=", "<", ">"];

type Operand =
  | { kind: "number"; value: number }
  | { kind: "logical"; value: boolean }
  | { kind: "error"; value: string }
  | { kind: "text"; value: string };

const sign = (a: number | string | boolean, b: number | string | boolean) => (a < b ? -1 : a > b ? 1 : 0);

/** A cell's value as a criterion number sees it: numbers, and text that reads as a number. */
function asNumber(value: unknown, date1904: boolean): number | null {
  if (typeof value === "number") return value;
  if (typeof value !== "string" || value === "") return null;
  const typed = parseTyped(value, date1904);
  return typed && !typed.error && typeof typed.value === "number" ? typed.value : null;
}

/** `*` any run, `?` one character, `~` before * ? ~ the character itself; the whole text must match. */
function wildcard(pattern: string): ((text: string) => boolean) | null {
  if (!/[*?~]/.test(pattern)) return null;
  const re = new RegExp(`^${wildcardSource(pattern)}$`, "i");
  return (text) => re.test(text);
}

function operandOf(text: string, date1904: boolean): Operand {
  const typed = parseTyped(text, date1904);
  if (typed?.error) return { kind: "error", value: String(typed.value) };
  if (typeof typed?.value === "boolean") return { kind: "logical", value: typed.value };
  if (typeof typed?.value === "number") return { kind: "number", value: typed.value };
  return { kind: "text", value: text };
}

function matchOperand(op: Op, operand: Operand, date1904: boolean): Matcher {
  // A value of another kind is simply "not equal": only <> matches it.
  const otherKind = op === "<>";
  switch (operand.kind) {
    case "number": {
      const n = operand.value;
      return (v) => {
        const x = asNumber(v, date1904);
        return x === null ? otherKind : orderMeets(op, sign(x, n));
      };
    }
    case "logical":
      return (v) => (typeof v === "boolean" ? orderMeets(op, sign(v, operand.value)) : otherKind);
    case "error":
      return (v) =>
        v instanceof FormulaError
          ? (op === "=" || op === "<>") && orderMeets(op, sign(v.error, operand.value))
          : otherKind;
    case "text": {
      const lower = operand.value.toLowerCase();
      if (op === "=" || op === "<>") {
        const pattern = wildcard(operand.value);
        const equal = (s: string) => (pattern ? pattern(s) : s.toLowerCase() === lower);
        return (v) => (typeof v === "string" ? equal(v) === (op === "=") : otherKind);
      }
      return (v) => typeof v === "string" && orderMeets(op, sign(v.toLowerCase(), lower));
    }
  }
}

/**
 * Whether a cell value (null for blank, an error as FormulaError) meets `criterion`, given as a formula
 * passes it: a number, text, logical, error, or null for an empty cell.
 */
export function criterionMatcher(criterion: unknown, date1904: boolean): Matcher {
  if (criterion === null || criterion === undefined)
    return matchOperand("=", { kind: "number", value: 0 }, date1904);
  if (typeof criterion === "number") return matchOperand("=", { kind: "number", value: criterion }, date1904);
  if (typeof criterion === "boolean")
    return matchOperand("=", { kind: "logical", value: criterion }, date1904);
  if (criterion instanceof FormulaError)
    return matchOperand("=", { kind: "error", value: criterion.error }, date1904);
  const text = String(criterion);
  if (text === "") return (v) => v === null || v === undefined || v === "";
  const op = OPERATORS.find((o) => text.startsWith(o));
  const rest = op ? text.slice(op.length) : text;
  if (rest === "") {
    if (op === "=") return (v) => v === null || v === undefined;
    if (op === "<>") return (v) => v !== null && v !== undefined;
    return () => false;
  }
  return matchOperand(op ?? "=", operandOf(rest, date1904), date1904);
}

/** Whether a blank cell meets every one of `matchers` (whole columns then count the rows past the data). */
export const blankMatches = (matchers: readonly Matcher[]): boolean => matchers.every((m) => m(null));
