import fc from "fast-check";
import * as m from "../../../src/core/math";

// Core is called by the task pane with whatever a cell held: every formula must answer every input
// with a finite number, a status word or a typed error, and never throw.
const anyNumber = fc.oneof(
  fc.double(),
  fc.integer({ min: -20, max: 100 }),
  fc.constantFrom(0, 0.5, 1, -0, Number.MAX_VALUE, Number.MIN_VALUE),
);
const cell = fc.option(anyNumber, { nil: null });
const ERROR_CODES = ["#VALUE!", "#NUM!", "#DIV/0!"];
const answers = (r: unknown) =>
  (typeof r === "number" && Number.isFinite(r)) ||
  typeof r === "string" ||
  (m.isMathError(r) && ERROR_CODES.includes(r.error) && r.message.length > 0);

describe("every core formula is total", () => {
  const scalar: Array<[string, (...a: number[]) => unknown, number]> = [
    ["reorderQty", m.reorderQty, 6],
    ["reorderPoint", m.reorderPoint, 3],
    ["safetyStock", m.safetyStock, 5],
    ["eoq", m.eoq, 3],
    ["daysOfSupply", m.daysOfSupply, 2],
    ["stockStatus", m.stockStatus, 3],
    ["nextService", m.nextService, 2],
    ["serviceStatus", m.serviceStatus, 3],
  ];

  it.each(scalar)("%s", (_, fn, n) => {
    fc.assert(
      fc.property(fc.array(anyNumber, { minLength: n, maxLength: n }), (args) => answers(fn(...args))),
    );
  });

  it("dailyUsage", () => {
    fc.assert(
      fc.property(fc.array(cell), fc.array(cell), anyNumber, anyNumber, (d, q, asOf, days) =>
        answers(m.dailyUsage(d, q, asOf, days)),
      ),
    );
  });

  it("weightedScore", () => {
    fc.assert(fc.property(fc.array(cell), fc.array(cell), (s, w) => answers(m.weightedScore(s, w))));
  });
});
