import quantile from "@stdlib/stats-base-dists-normal-quantile";
import erfc from "@stdlib/math-base-special-erfc";

const SQRT_2PI = Math.sqrt(2 * Math.PI);

// Lower-tail quantile, p in (0, 0.5]. stdlib's quantile is exact near the centre but goes through
// erfinv(2p − 1), which loses about 4e-9 at p = 1e-9 (2p − 1 rounds next to −1). One Halley step on
// Φ(x) − p, with Φ from erfc (accurate in the tail), restores full precision: P. J. Acklam,
// "An algorithm for computing the inverse normal cumulative distribution function", refinement step.
function lowerTail(p: number): number {
  const x = quantile(p, 0, 1);
  const e = 0.5 * erfc(-x / Math.SQRT2) - p;
  const u = e * SQRT_2PI * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/**
 * NORM.S.INV: z such that Φ(z) = p, for 0 < p < 1 (NaN outside, like the library).
 * For p > 0.5 it uses Φ⁻¹(p) = −Φ⁻¹(1 − p); 1 − p is exact there (Sterbenz), so the upper tail is
 * as precise as the lower one.
 */
export function normSInv(p: number): number {
  if (!(p > 0 && p < 1)) return Number.NaN;
  return p <= 0.5 ? lowerTail(p) : -lowerTail(1 - p);
}
