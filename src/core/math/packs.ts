// Relative tolerance for "this ratio is already a whole number of packs". Quantities and pack sizes
// come from decimal cells: (0.1 + 0.2) / 0.3 is 1.0000000000000002 in binary floating point, and a
// plain ceil would order a second pack. Errors of that kind are a few ulps (~1e-16 relative), while a
// real shortfall of one unit in a billion is far beyond anything an office orders, so 1e-9 separates
// the two safely.
const WHOLE_PACK_TOLERANCE = 1e-9;

/** Number of whole packs needed to cover qty: ⌈qty ÷ packSize⌉, with ratios within 1e-9 of an integer snapped to it. */
export function packsNeeded(qty: number, packSize: number): number {
  const ratio = qty / packSize;
  const nearest = Math.round(ratio);
  if (Math.abs(ratio - nearest) <= WHOLE_PACK_TOLERANCE * Math.max(1, Math.abs(ratio))) return nearest;
  return Math.ceil(ratio);
}

/**
 * qty rounded up to whole packs: packsNeeded × packSize. The product is cut to 15 significant digits
 * (what Excel displays and stores) so 3 packs of 0.1 reads 0.3, not 0.30000000000000004.
 */
export function roundUpToPacks(qty: number, packSize: number): number {
  const total = packsNeeded(qty, packSize) * packSize;
  // Whole pack sizes multiply exactly; only fractional ones need the (slower) decimal clean-up.
  return Number.isInteger(packSize) ? total : Number(total.toPrecision(15));
}
