import fc from "fast-check";
import {
  daysOfSupply,
  eoq,
  normSInv,
  reorderPoint,
  reorderQty,
  safetyStock,
  stockStatus,
} from "../../../src/core/math";

describe("reorderPoint", () => {
  it("is usage over the lead time plus safety stock", () => {
    expect(reorderPoint(3, 9)).toBe(27);
    expect(reorderPoint(3, 9, 36)).toBe(63);
    expect(reorderPoint(0.5, 7, 2.5)).toBe(6);
    expect(reorderPoint(0, 0)).toBe(0);
  });

  it.each<[number[], string, string]>([
    [[-1, 9], "#NUM!", "avgDailyUsage"],
    [[3, -1], "#NUM!", "leadTimeDays"],
    [[3, 9, -5], "#NUM!", "safetyStock"],
    [[Number.NaN, 9], "#VALUE!", "avgDailyUsage"],
    [[3, 9, Infinity], "#VALUE!", "safetyStock"],
  ])("REORDERPOINT%p is %s naming %s", (args, code, name) => {
    const result = reorderPoint(...(args as Parameters<typeof reorderPoint>));
    expect(result).toEqual({ error: code, message: expect.stringContaining(name) });
  });
});

describe("safetyStock", () => {
  it("matches the reference: SAFETYSTOCK(3, 9, 0.95, 10, 2) ≈ 36.0744", () => {
    // z(0.95) × √(9 × 3² + 10² × 2²) = 1.6448536… × √481; 36.07445635653979 in 30-digit arithmetic.
    expect(safetyStock(3, 9, 0.95, 10, 2)).toBeCloseTo(36.0744, 3);
    expect(safetyStock(3, 9, 0.95, 10, 2)).toBeCloseTo(36.07445635653979, 12);
  });

  it("is z × σ × √L when the lead time is fixed (the textbook case)", () => {
    // Demand σ 2/day, lead time 4 days, 97.5% service: 1.959963984540054 × 2 × 2.
    expect(safetyStock(2, 4, 0.975)).toBeCloseTo(7.839855938160216, 12);
  });

  it("needs no stock when nothing varies, and is negative below a 50% service level", () => {
    expect(safetyStock(0, 9, 0.95, 10, 0)).toBe(0);
    expect(safetyStock(3, 9, 0.5)).toBe(0);
    expect(safetyStock(3, 9, 0.3)).toBeLessThan(0);
  });

  it("rises with the service level", () => {
    const level = fc.double({ min: 0.001, max: 0.999, noNaN: true });
    fc.assert(
      fc.property(level, level, fc.double({ min: 0.1, max: 50, noNaN: true }), (a, b, sd) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        return (safetyStock(sd, 9, lo) as number) <= (safetyStock(sd, 9, hi) as number);
      }),
    );
  });

  it("equals z times the combined standard deviation for any inputs", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: 0, max: 60 }),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (sd, lead, level, usage, leadSd) => {
          const expected = normSInv(level) * Math.hypot(Math.sqrt(lead) * sd, usage * leadSd);
          const actual = safetyStock(sd, lead, level, usage, leadSd) as number;
          return Math.abs(actual - expected) <= 1e-9 * Math.max(1, expected);
        },
      ),
    );
  });

  it.each<[number[], string, string]>([
    [[3, 9, 0], "#NUM!", "serviceLevel"],
    [[3, 9, 1], "#NUM!", "serviceLevel"],
    [[3, 9, 95], "#NUM!", "serviceLevel"],
    [[3, -9, 0.95], "#NUM!", "leadTimeDays"],
    [[-3, 9, 0.95], "#NUM!", "usageStdDev"],
    [[3, 9, 0.95, -10], "#NUM!", "avgDailyUsage"],
    [[3, 9, 0.95, 10, -2], "#NUM!", "leadTimeStdDev"],
    [[3, 9, Number.NaN], "#VALUE!", "serviceLevel"],
  ])("SAFETYSTOCK%p is %s naming %s", (args, code, name) => {
    const result = safetyStock(...(args as Parameters<typeof safetyStock>));
    expect(result).toEqual({ error: code, message: expect.stringContaining(name) });
  });
});

describe("eoq", () => {
  it("matches the reference: EOQ(1300, 8, 0.225) = 304.0467800264368", () => {
    expect(eoq(1300, 8, 0.225)).toBe(304.0467800264368);
  });

  it("matches the textbook example: D = 1,000 units, S = $10, H = $0.50 gives Q* = 200", () => {
    // Heizer, Render & Munson, Operations Management, "Inventory Management" chapter, EOQ example (Sharp, Inc.).
    expect(eoq(1000, 10, 0.5)).toBe(200);
  });

  it("minimises ordering plus holding cost", () => {
    const cost = (q: number, d: number, s: number, h: number) => (d / q) * s + (q / 2) * h;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 0.5, max: 500, noNaN: true }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        (d, s, h) => {
          const q = eoq(d, s, h) as number;
          const best = cost(q, d, s, h);
          return best <= cost(q * 1.01, d, s, h) && best <= cost(q * 0.99, d, s, h);
        },
      ),
    );
  });

  it.each<[number[], string, string]>([
    [[1000, 10, 0], "#NUM!", "holdingCost"],
    [[1000, 10, -0.5], "#NUM!", "holdingCost"],
    [[-1000, 10, 0.5], "#NUM!", "annualDemand"],
    [[1000, -10, 0.5], "#NUM!", "orderCost"],
    [[1000, Number.NaN, 0.5], "#VALUE!", "orderCost"],
  ])("EOQ%p is %s naming %s", (args, code, name) => {
    const result = eoq(...(args as Parameters<typeof eoq>));
    expect(result).toEqual({ error: code, message: expect.stringContaining(name) });
  });
});

describe("daysOfSupply", () => {
  it("is on hand divided by daily usage", () => {
    expect(daysOfSupply(30, 3)).toBe(10);
    expect(daysOfSupply(0, 3)).toBe(0);
    expect(daysOfSupply(7, 2)).toBe(3.5);
  });

  it("is #DIV/0! for zero usage and #NUM! for negative usage", () => {
    expect(daysOfSupply(30, 0)).toEqual({
      error: "#DIV/0!",
      message: expect.stringContaining("avgDailyUsage"),
    });
    expect(daysOfSupply(30, -1)).toEqual({
      error: "#NUM!",
      message: expect.stringContaining("avgDailyUsage"),
    });
    expect(daysOfSupply(Infinity, 1)).toEqual({
      error: "#VALUE!",
      message: expect.stringContaining("onHand"),
    });
  });
});

describe("stockStatus", () => {
  it.each<[number[], string]>([
    [[0, 10], "Out of stock"],
    [[-2, 10], "Out of stock"],
    [[4, 10], "Reorder"],
    [[10, 10], "Reorder"], // at the reorder point is time to reorder
    [[4, 10, 6], "Reorder"], // position 10 is still at the point
    [[4, 10, 7], "On order"],
    [[0, 10, 20], "On order"],
    [[10, 10, 1], "On order"],
    [[11, 10], "OK"],
    [[11, 10, 5], "OK"],
    [[0, 0], "Out of stock"],
  ])("STOCKSTATUS%p = %s", (args, expected) => {
    expect(stockStatus(...(args as Parameters<typeof stockStatus>))).toBe(expected);
  });

  it("agrees with REORDERQTY: something to order exactly when the status is Reorder or Out of stock", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (onHand, point, onOrder) => {
          const status = stockStatus(onHand, point, onOrder);
          const toOrder = reorderQty(onHand, point, point + 20, onOrder) as number;
          return (status === "Reorder" || status === "Out of stock") === toOrder > 0;
        },
      ),
    );
  });

  it.each<[number[], string, string]>([
    [[5, -1], "#NUM!", "reorderPoint"],
    [[5, 10, -1], "#NUM!", "onOrder"],
    [[Number.NaN, 10], "#VALUE!", "onHand"],
  ])("STOCKSTATUS%p is %s naming %s", (args, code, name) => {
    const result = stockStatus(...(args as Parameters<typeof stockStatus>));
    expect(result).toEqual({ error: code, message: expect.stringContaining(name) });
  });
});
