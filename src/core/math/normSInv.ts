import erfcinv from "@stdlib/math-base-special-erfcinv";

// Φ⁻¹(p) = −√2 · erfcinv(2p). Through erfcinv of 2p (exact) rather than erfinv of 2p − 1, the lower
// tail keeps its precision: 2p − 1 rounds away most of the digits of a p near 1e-9 (4e-9 off in z).
// For p > 0.5, Φ⁻¹(p) = −Φ⁻¹(1 − p) and 1 − p is exact there (Sterbenz), so the upper tail is as
// precise as the lower one. erfcinv (Boost's rational fits) alone is used so that the custom functions
// entry, which Excel loads before any sheet recalculates, stays small: a quantile package with its
// own erfc refinement step weighed 8 KiB gzipped there.
function lowerTail(p: number): number {
  // 0 − x rather than −x: at p = 0.5 NORM.S.INV is 0, not −0 (which a sheet would show as 0 but Object.is
  // and 1/z tell apart).
  return 0 - Math.SQRT2 * erfcinv(2 * p);
}

/** NORM.S.INV: z such that Φ(z) = p, for 0 < p < 1 (NaN outside). */
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
