// Excel 2021 lifts a function that takes single values over an array given in their place: YEAR of a
// column is one year per row, FIND of an array of texts one position per text. The library reads only
// the first element (or fails), so these functions are wrapped: given an array anywhere, they run once
// per element (arrays of one row or column stretch, as for operators: elementwise.ts), an error of one
// element staying that element's result. Only functions whose every argument is a single value in Excel
// are listed; the Overview's training figures need the date parts, DATE and the text ones.
import FormulaParser, { type FunctionArg } from "fast-formula-parser";
import { elementwise } from "./elementwise";

const { FormulaError } = FormulaParser;

type Fn = (...args: FunctionArg[]) => unknown;

export const LIFTED = [
  "YEAR",
  "MONTH",
  "DAY",
  "DATE",
  "UPPER",
  "LOWER",
  "TRIM",
  "SUBSTITUTE",
  "FIND",
  "SEARCH",
  "LEN",
  "INT",
] as const;

/** `fn` once per element when an argument is an array; as it was otherwise. */
export function lifted(fn: Fn): Fn {
  return (...args) => {
    if (!args.some((a) => a && Array.isArray(a.value))) return fn(...args);
    return elementwise(
      args.map((a) => a?.value),
      (...scalars) => {
        try {
          return fn(
            // An element read from a range is a cell's value: a blank is an empty cell, as in Excel.
            ...args.map(
              (a, i) =>
                a && {
                  ...a,
                  value: scalars[i],
                  isArray: false,
                  isRangeRef: false,
                  isCellRef: a.isRangeRef === true || a.isCellRef === true,
                },
            ),
          );
        } catch (error) {
          if (error instanceof FormulaError) return error;
          throw error;
        }
      },
    );
  };
}

/** The listed functions of `functions`, lifted (to be assigned over them). */
export function liftedFunctions(functions: Record<string, Fn>): Record<string, Fn> {
  return Object.fromEntries(LIFTED.filter((n) => functions[n]).map((n) => [n, lifted(functions[n])]));
}
