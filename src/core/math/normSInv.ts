import quantile from "@stdlib/stats-base-dists-normal-quantile";
import erfc from "@stdlib/math-base-special-erfc";

const SQRT_2PI = Math.sqrt(2 * Math.PI);

// stdlib's quantile goes through erfinv(2p − 1), which drifts in the far tail (4e-9 at p = 1e-9,
// 1e-10 around 1e-8) but stays within 1e-14 for p ≥ 1e-3. Only below that is the refinement needed,
// which keeps the service levels people use (50%–99.9%) to one library call.
const REFINE_BELOW = 1e-3;

// One Halley step on Φ(x) − p with Φ from erfc (accurate in the tail): P. J. Acklam, "An algorithm
// for computing the inverse normal cumulative distribution function", refinement step.
function halley(x: number, p: number): number {
  const e = 0.5 * erfc(-x / Math.SQRT2) - p;
  const u = e * SQRT_2PI * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

// Lower-tail quantile, p in (0, 0.5].
function lowerTail(p: number): number {
  const x = quantile(p, 0, 1);
  return p < REFINE_BELOW ? halley(x, p) : x;
}

/**
 * NORM.S.INV: z such that Φ(z) = p, for 0 < p < 1 (NaN outside, like the library).
 * For p > 0.5 it uses Φ⁻¹(p) = −Φ⁻¹(1 − p); 1 − p is exact there (Sterbenz), so the upper tail is
 * as precise as the lower one.
 */
export function normSInv(p: number): number {
  const known = remembered.get(p);
  if (known !== undefined) return known;
  if (!(p > 0 && p < 1)) return Number.NaN;
  const z = p <= 0.5 ? lowerTail(p) : -lowerTail(1 - p);
  // A workbook uses a handful of service levels across thousands of cells; keep the map small so a
  // sweep over many levels cannot grow it without bound.
  if (remembered.size >= REMEMBER_AT_MOST) remembered.clear();
  remembered.set(p, z);
  return z;
}

const REMEMBER_AT_MOST = 32;
const remembered = new Map<number, number>();
