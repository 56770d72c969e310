import fc from "fast-check";
import erfc from "@stdlib/math-base-special-erfc";
import { normSInv } from "../../../src/core/math";

// Published NORM.S.INV values (standard normal quantiles, as tabulated to 16 digits and returned by
// Excel's NORM.S.INV). The brief's tolerance is 1e-9 absolute over (1e-9, 1 − 1e-9).
const TOLERANCE = 1e-9;
const PUBLISHED: ReadonlyArray<readonly [number, number]> = [
  [0.5, 0],
  [0.9, 1.2815515655446004],
  [0.95, 1.6448536269514722],
  [0.975, 1.959963984540054],
  [0.99, 2.3263478740408408],
  [0.999, 3.090232306167813],
];

describe("normSInv (NORM.S.INV)", () => {
  it.each(PUBLISHED)("NORM.S.INV(%p) = %p", (p, z) => {
    expect(Math.abs(normSInv(p) - z)).toBeLessThanOrEqual(TOLERANCE);
  });

  it.each(PUBLISHED)("lower tail: NORM.S.INV(1 − %p) = −%p", (p, z) => {
    expect(Math.abs(normSInv(1 - p) + z)).toBeLessThanOrEqual(TOLERANCE);
  });

  it("matches Microsoft's documented example NORM.S.INV(0.908789) = 1.3333347 (7 digits shown)", () => {
    expect(normSInv(0.908789)).toBeCloseTo(1.3333347, 6);
  });

  it("is accurate at the far tails, where erfinv(2p − 1) alone is off by 4e-9", () => {
    // Reference: √2 · erfinv(2p − 1) in 50-digit arithmetic (mpmath) at the doubles nearest 1e-9 and
    // 1 − 1e-9. The second is not the mirror of the first: 1 − 1e-9 is not exactly representable.
    expect(Math.abs(normSInv(1e-9) - -5.997807015007687)).toBeLessThanOrEqual(TOLERANCE);
    expect(Math.abs(normSInv(1 - 1e-9) - 5.9978070196016375)).toBeLessThanOrEqual(TOLERANCE);
    expect(Math.abs(normSInv(1e-8) - -5.612001244174789)).toBeLessThanOrEqual(TOLERANCE);
  });

  it("is within 1e-9 of the true quantile anywhere in (1e-9, 1 − 1e-9)", () => {
    // |z − Φ⁻¹(p)| ≈ |Φ(z) − p| ÷ φ(z), with Φ computed in the tail-accurate form for each side.
    const phi = (z: number) => Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
    const lowerTail = fc.double({ min: -9, max: Math.log10(0.5), noNaN: true }).map((e) => 10 ** e);
    fc.assert(
      fc.property(lowerTail, fc.boolean(), (q, upper) => {
        const p = upper ? 1 - q : q;
        const z = normSInv(p);
        const miss = upper ? 0.5 * erfc(z / Math.SQRT2) - (1 - p) : 0.5 * erfc(-z / Math.SQRT2) - p;
        return Math.abs(miss) / phi(z) <= 1e-9;
      }),
      { numRuns: 2000 },
    );
  });

  it("is NaN outside the open interval (0, 1)", () => {
    for (const p of [0, 1, -0.1, 1.1, Number.NaN]) expect(normSInv(p)).toBeNaN();
  });

  it("never decreases and is odd about 0.5", () => {
    const prob = fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true });
    fc.assert(
      // Non-strict: neighbouring doubles near 1e-9 can share one quantile to the last bit.
      fc.property(prob, prob, (a, b) => (a <= b ? normSInv(a) <= normSInv(b) : normSInv(a) >= normSInv(b))),
    );
    // 0.5 ± d are both exact doubles for d = k/1024, so the two quantiles are exact negatives.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 511 }), (k) => {
        const d = k / 1024;
        return Math.abs(normSInv(0.5 + d) + normSInv(0.5 - d)) <= 1e-15;
      }),
    );
  });
});
