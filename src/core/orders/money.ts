// Money is added up in whole cents so that a hundred lines of 0.10 make exactly 10.00.
export const toCents = (amount: number) => Math.round(amount * 100);
export const fromCents = (cents: number) => cents / 100;

/** qty × unit cost, rounded to the cent; null without a usable price. */
export function lineTotal(qty: number, unitCost: number | null | undefined): number | null {
  if (typeof unitCost !== "number" || !Number.isFinite(unitCost) || unitCost < 0) return null;
  return fromCents(toCents(qty * unitCost));
}

/** Quantities are rounded to a millionth so 0.1 + 0.2 is 0.3 and not 0.30000000000000004. */
export const roundQty = (qty: number) => Math.round(qty * 1e6) / 1e6;
