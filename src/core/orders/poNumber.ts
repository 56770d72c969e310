// PO numbers: PO-<year>-<sequence>, the sequence restarting each year, at least four digits.
//
// Co-authoring: two people marking orders sent at the same moment can both take PO-2026-0042. As for other
// register keys (core/registers/ids.ts), the Excel side re-reads after writing and, on a collision, gives
// its own lines the number with this client's tag: PO-2026-0043-K7Q. Tagged numbers count in the sequence.
// Note: the generic nextIds("PO-", …) would read "PO-2026-0042" as number 2026; use these functions instead.
const PATTERN = /^\s*PO-(\d{4})-(\d+)(?:-[A-Za-z0-9]+)?\s*$/i;

function highest(existing: Iterable<unknown>, year: number): number {
  let max = 0;
  for (const value of existing) {
    if (typeof value !== "string") continue;
    const m = PATTERN.exec(value);
    if (m && Number(m[1]) === year) max = Math.max(max, Number(m[2]));
  }
  return max;
}

const format = (year: number, n: number, clientTag?: string) =>
  `PO-${year}-${String(n).padStart(4, "0")}${clientTag ? `-${clientTag.toUpperCase()}` : ""}`;

/** The next free PO number in the year of `date` (local calendar), after the highest one already used. */
export function nextPoNumber(existing: Iterable<unknown>, date: Date, clientTag?: string): string {
  return nextPoNumbers(existing, date, 1, clientTag)[0];
}

/** `count` consecutive free PO numbers, for marking several supplier drafts sent at once. */
export function nextPoNumbers(
  existing: Iterable<unknown>,
  date: Date,
  count: number,
  clientTag?: string,
): string[] {
  const year = date.getFullYear();
  const start = highest(existing, year);
  return Array.from({ length: Math.max(0, Math.floor(count)) }, (_, i) =>
    format(year, start + i + 1, clientTag),
  );
}

/** Is this text a PO number (tagged or not)? */
export function isPoNumber(value: unknown): boolean {
  return typeof value === "string" && PATTERN.test(value);
}
