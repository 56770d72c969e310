import { finiteResult, type MathError, mathError, mustBePositive, notANumber } from "./result";

/** A cell of a range argument: a number, or null for a blank cell. */
export type Cell = number | null;

/**
 * DAILYUSAGE: Σ quantities whose date lies in (asOf − days, asOf], ÷ days; rows whose date or
 * quantity is blank (null) are skipped. dates[i] pairs with quantities[i].
 */
export function dailyUsage(
  dates: readonly Cell[],
  quantities: readonly Cell[],
  asOf: number,
  days = 90,
): number | MathError {
  if (!Number.isFinite(asOf)) return notANumber("asOf");
  if (!Number.isFinite(days)) return notANumber("days");
  if (days <= 0) return mustBePositive("days");
  if (dates.length !== quantities.length) {
    return mathError("#VALUE!", `dates has ${dates.length} cells but quantities has ${quantities.length}`);
  }
  const from = asOf - days;
  let total = 0;
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i];
    const qty = quantities[i];
    if (date === null || qty === null) continue;
    if (!Number.isFinite(date)) return notANumber(`dates cell ${i + 1}`);
    if (!Number.isFinite(qty)) return notANumber(`quantities cell ${i + 1}`);
    if (date > from && date <= asOf) total += qty;
  }
  return finiteResult(total / days);
}
