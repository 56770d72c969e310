// BACKOFFICE.* functions under hostile arguments. functions.test.ts already runs plain random
// cells through each; this adds what it leaves out: Excel error values as arguments, any number of
// arguments, empty and ragged ranges, ranges where a scalar is expected and the reverse, extreme numbers,
// odd objects, and large ranges. The answer is always a finite number, a string or a
// CustomFunctions.Error; never an exception (fast-check reports any throw as a failure).
import fc from "fast-check";
import { associations, shown } from "./customFunctionsStandIn";
import * as fns from "../../src/functions/functions";

type Fn = (...args: unknown[]) => unknown;
const ERROR_CODES = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!", "#NAME?", "#REF!"];
const ErrorCtor = (globalThis as unknown as { CustomFunctions: { Error: new (code: string) => unknown } })
  .CustomFunctions.Error;

const hostileScalar = fc.oneof(
  fc.double(), // includes NaN, ±Infinity, -0, subnormals
  fc.constantFrom(
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER + 2,
    1e308,
    -1e308,
    2958465, // 31 Dec 9999, the last Excel date
    2958466,
    -1,
    0,
  ),
  fc.constantFrom(null, undefined, "", " ", "0", "1e400", "NaN", "Infinity", "=1+1", "#N/A", "12,5", "١٢"),
  fc.string(),
  fc.boolean(),
  fc.constantFrom(...ERROR_CODES).map((code) => new ErrorCtor(code)),
  fc.constantFrom({}, [], Object.create(null) as object, new Date(0), { valueOf: () => 3 }),
);
// Ranges as Excel could never send them too: empty, ragged, one row, one column, nested garbage.
const hostileRange = fc.oneof(
  fc.array(fc.array(hostileScalar, { maxLength: 4 }), { maxLength: 5 }),
  fc.constantFrom([], [[]], [[], []], [[1, 2], [3]], [[[1]]]),
);
const anyArg = fc.oneof(hostileScalar, hostileRange);

function isAnswer(r: unknown): boolean {
  if (typeof r === "number") return Number.isFinite(r);
  if (typeof r === "string") return true;
  const e = shown(r) as { code?: unknown } | undefined;
  return r instanceof ErrorCtor && typeof e?.code === "string" && ERROR_CODES.includes(e.code);
}

const all = [...associations] as [string, Fn][];

test("every registered function is fuzzed", () => {
  expect(all.map(([id]) => id).sort()).toEqual(
    [
      "DAILYUSAGE",
      "DAYSOFSUPPLY",
      "EOQ",
      "NEXTSERVICE",
      "REORDERPOINT",
      "REORDERQTY",
      "SAFETYSTOCK",
      "SERVICESTATUS",
      "STOCKSTATUS",
      "TRAININGSTATUS",
      "WEIGHTEDSCORE",
    ].sort(),
  );
});

describe.each(all)("BACKOFFICE.%s", (_, fn) => {
  test("any number (0 to 8) of hostile scalars and ranges: always an answer", () => {
    fc.assert(
      fc.property(fc.array(anyArg, { maxLength: 8 }), (args) => isAnswer(fn(...args))),
      { numRuns: 400 },
    );
  });

  test("an Excel error value in any of the first six positions: still an answer, never a throw", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(null)), {
          minLength: 6,
          maxLength: 6,
        }),
        fc.nat(5),
        fc.constantFrom(...ERROR_CODES),
        (args, at, code) => {
          const withError: unknown[] = [...args];
          withError[at] = new ErrorCtor(code);
          return isAnswer(fn(...withError));
        },
      ),
      { numRuns: 200 },
    );
  });
});

test("large ranges (10,000 rows) are answered", () => {
  const days = Array.from({ length: 10_000 }, (_, i) => [45000 + i]);
  const used = Array.from({ length: 10_000 }, (_, i) => [i % 7 === 0 ? "n/a" : i % 5]);
  expect(isAnswer(fns.dailyUsage(days, used, 55000))).toBe(true);
  const scores = [Array.from({ length: 10_000 }, (_, i) => (i % 5) + 1)];
  const weights = [Array.from({ length: 10_000 }, () => 1)];
  expect(fns.weightedScore(scores, weights)).toBeCloseTo(3, 5);
});
