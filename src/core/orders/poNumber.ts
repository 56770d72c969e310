// PO numbers: PO-<year>-<sequence>, the sequence restarting each year, at least four digits.
const PATTERN = /^\s*PO-(\d{4})-(\d+)\s*$/i;

function highest(existing: Iterable<unknown>, year: number): number {
  let max = 0;
  for (const value of existing) {
    if (typeof value !== "string") continue;
    const m = PATTERN.exec(value);
    if (m && Number(m[1]) === year) max = Math.max(max, Number(m[2]));
  }
  return max;
}

const format = (year: number, n: number) => `PO-${year}-${String(n).padStart(4, "0")}`;

/** The next free PO number in the year of `date` (local calendar), after the highest one already used. */
export function nextPoNumber(existing: Iterable<unknown>, date: Date): string {
  return nextPoNumbers(existing, date, 1)[0];
}

/** `count` consecutive free PO numbers, for marking several supplier drafts sent at once. */
export function nextPoNumbers(existing: Iterable<unknown>, date: Date, count: number): string[] {
  const year = date.getFullYear();
  const start = highest(existing, year);
  return Array.from({ length: Math.max(0, Math.floor(count)) }, (_, i) => format(year, start + i + 1));
}
