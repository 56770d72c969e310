import fc from "fast-check";
import { isMathError, reorderQty } from "../../../src/core/math";

// Spread a list of arguments of any length; the optional ones take their defaults when left out.
const call = (args: readonly number[]) => reorderQty(...(args as Parameters<typeof reorderQty>));

describe("reorderQty", () => {
  it.each<[number[], number]>([
    // The function reference's worked examples (README)
    [[14.5, 15, 30, 0, 10], 20],
    [[8, 10, 40, 0, 6], 36],
    [[15, 15, 30], 15],
    [[16, 15, 30], 0],
  ])("REORDERQTY%p = %p", (args, expected) => {
    expect(call(args)).toBe(expected);
  });

  it("counts stock on order in the position", () => {
    expect(reorderQty(5, 15, 30, 11)).toBe(0); // position 16 > 15
    expect(reorderQty(5, 15, 30, 10)).toBe(15); // position 15: refill 30 − 15
  });

  it("orders at least the minimum order quantity, then rounds that up to packs", () => {
    expect(reorderQty(14, 15, 20, 0, 1, 25)).toBe(25);
    expect(reorderQty(14, 15, 20, 0, 10, 25)).toBe(30);
    expect(reorderQty(14, 15, 20, 0, 1, 3)).toBe(6);
  });

  it("refills to the reorder point when the maximum is set below it", () => {
    expect(reorderQty(2, 10, 5)).toBe(8);
  });

  it("orders to cover back-orders when on hand is negative", () => {
    expect(reorderQty(-4, 5, 20, 0, 12)).toBe(24);
  });

  it("orders nothing when the position equals a zero target", () => {
    expect(reorderQty(0, 0, 0)).toBe(0);
  });

  it("is not fooled by floating point when rounding to packs", () => {
    // A maximum typed as =0.1+0.2 leaves a shortfall of 0.30000000000000004 units: one pack of 0.3.
    expect(reorderQty(0, 0, 0.1 + 0.2, 0, 0.3)).toBe(0.3);
    expect(reorderQty(0, 5, 30, 0, 10)).toBe(30);
  });

  it.each<[number[], string, string]>([
    [[1, -1, 30], "#NUM!", "reorderPoint"],
    [[1, 15, -30], "#NUM!", "maxStock"],
    [[1, 15, 30, -2], "#NUM!", "onOrder"],
    [[1, 15, 30, 0, 0], "#NUM!", "packSize"],
    [[1, 15, 30, 0, -6], "#NUM!", "packSize"],
    [[1, 15, 30, 0, 1, -1], "#NUM!", "minOrderQty"],
    [[Number.NaN, 15, 30], "#VALUE!", "onHand"],
    [[1, Infinity, 30], "#VALUE!", "reorderPoint"],
  ])("REORDERQTY%p is %s naming %s", (args, code, name) => {
    expect(call(args)).toEqual({ error: code, message: expect.stringContaining(name) });
  });

  const qty = fc.integer({ min: 0, max: 10_000 });
  const pack = fc.oneof(
    fc.integer({ min: 1, max: 50 }),
    fc.integer({ min: 1, max: 400 }).map((n) => n / 100),
  );
  const inputs = fc.record({
    onHand: fc.double({ min: -100, max: 10_000, noNaN: true }),
    reorderPoint: qty,
    maxStock: qty,
    onOrder: qty,
    packSize: pack,
    minOrderQty: qty,
  });
  const run = (i: {
    onHand: number;
    reorderPoint: number;
    maxStock: number;
    onOrder: number;
    packSize: number;
    minOrderQty: number;
  }) => reorderQty(i.onHand, i.reorderPoint, i.maxStock, i.onOrder, i.packSize, i.minOrderQty) as number;

  it("is never negative and always a whole number of packs", () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const result = run(i);
        const packs = result / i.packSize;
        return !isMathError(result) && result >= 0 && Math.abs(packs - Math.round(packs)) < 1e-9;
      }),
    );
  });

  it("never orders more as on hand rises", () => {
    fc.assert(
      fc.property(inputs, fc.double({ min: 0, max: 1000, noNaN: true }), (i, more) => {
        return run({ ...i, onHand: i.onHand + more }) <= run(i);
      }),
    );
  });

  it("when it orders, brings the position up to the target and the order up to the minimum", () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const result = run(i);
        const position = i.onHand + i.onOrder;
        if (position > i.reorderPoint) return result === 0;
        const target = Math.max(i.maxStock, i.reorderPoint);
        const slack = 1e-9 * Math.max(1, target, i.minOrderQty);
        return (
          position + result >= target - slack &&
          result >= i.minOrderQty - slack &&
          result - i.packSize < Math.max(target - position, i.minOrderQty) + slack
        );
      }),
    );
  });
});
