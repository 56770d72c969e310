import fc from "fast-check";
import { packsNeeded, roundUpToPacks } from "../../../src/core/math";

describe("pack rounding", () => {
  it("is not fooled by binary floating point: 0.1 + 0.2 units in packs of 0.3 is one pack", () => {
    expect(0.1 + 0.2).not.toBe(0.3); // the trap is real
    expect(packsNeeded(0.1 + 0.2, 0.3)).toBe(1);
    expect(roundUpToPacks(0.1 + 0.2, 0.3)).toBe(0.3);
  });

  it("30 in packs of 10 is 3 packs, 31 is 4", () => {
    expect(packsNeeded(30, 10)).toBe(3);
    expect(roundUpToPacks(30, 10)).toBe(30);
    expect(packsNeeded(31, 10)).toBe(4);
    expect(roundUpToPacks(31, 10)).toBe(40);
  });

  it("still rounds up a real shortfall, however small for an office", () => {
    expect(packsNeeded(30.001, 10)).toBe(4);
    expect(packsNeeded(0.7000001, 0.1)).toBe(8);
  });

  it("reads decimal pack multiples as typed: 3 packs of 0.1 is 0.3", () => {
    expect(roundUpToPacks(0.25, 0.1)).toBe(0.3);
    expect(roundUpToPacks(1.15, 0.05)).toBe(1.15);
  });

  it("always covers the quantity with a whole number of packs, less than a pack over", () => {
    const packSize = fc.oneof(
      fc.integer({ min: 1, max: 500 }),
      fc.integer({ min: 1, max: 1000 }).map((n) => n / 100),
    );
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e6, noNaN: true }), packSize, (qty, pack) => {
        const packs = packsNeeded(qty, pack);
        const total = roundUpToPacks(qty, pack);
        return (
          Number.isInteger(packs) &&
          packs * pack >= qty * (1 - 1e-9) &&
          (packs - 1) * pack < qty &&
          Math.abs(total - packs * pack) <= 1e-12 * Math.max(1, total)
        );
      }),
    );
  });
});
