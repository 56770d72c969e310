// Which way round a column's slash dates are written: day-first (04/03/2026 is 4 March, the UK, India,
// Portugal…) or month-first (3 April, the US). Decided per column: a first part over 12 settles it
// (13/9/2017 can only be day-first); otherwise the locale's order; the person can flip it. Never silent:
// the decision and what it rests on are reported with the plan.
import { inferDateOrder } from "./parseDate";
import type { DateOrder } from "./types";

export type DayMonthOrder = "DMY" | "MDY";

export interface DateOrderDecision {
  order: DayMonthOrder;
  /** values: some dates could only be read one way; locale: none could; person: chosen. */
  from: "values" | "locale" | "person";
  /** Dates that could only be day-first / only month-first. */
  dayFirst: number;
  monthFirst: number;
  /** Dates that could be read either way, read in `order`. */
  eitherWay: number;
}

const SLASH_DATE = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})(?:[T\s]|$)/;

/** The order of day and month in a locale's short dates ("en-GB" → DMY, "en-US" → MDY). */
export function localeDateOrder(locale?: string): DayMonthOrder {
  try {
    const parts = new Intl.DateTimeFormat(locale, {
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).formatToParts(new Date(Date.UTC(2001, 10, 22)));
    const day = parts.findIndex((p) => p.type === "day");
    const month = parts.findIndex((p) => p.type === "month");
    return day >= 0 && month >= 0 && day < month ? "DMY" : "MDY";
  } catch {
    return "MDY";
  }
}

export const toDateOrder = (o: DayMonthOrder): DateOrder => (o === "DMY" ? "dmy" : "mdy");

/**
 * How a column's text dates are read, or null when it holds no slash dates (real dates, ISO dates and
 * dates with month names need no decision).
 */
export function decideDateOrder(
  values: Iterable<unknown>,
  locale?: string,
  chosen?: DayMonthOrder,
): DateOrderDecision | null {
  const slash: string[] = [];
  for (const v of values) if (typeof v === "string" && SLASH_DATE.test(v.trim())) slash.push(v.trim());
  if (slash.length === 0) return null;
  const evidence = inferDateOrder(slash);
  const eitherWay = slash.length - evidence.dayFirst - evidence.monthFirst;
  const counts = { dayFirst: evidence.dayFirst, monthFirst: evidence.monthFirst, eitherWay };
  if (chosen) return { order: chosen, from: "person", ...counts };
  // Both kinds in one column: the larger decides, and the others are listed as dates that cannot be read.
  if (evidence.dayFirst !== evidence.monthFirst && (evidence.dayFirst > 0 || evidence.monthFirst > 0))
    return { order: evidence.dayFirst > evidence.monthFirst ? "DMY" : "MDY", from: "values", ...counts };
  return { order: localeDateOrder(locale), from: "locale", ...counts };
}

/** The decision in a sentence for the person ("read day-first: 13/9/2017 can only be 13 September"). */
export function describeDateOrder(header: string, d: DateOrderDecision): string {
  const way = d.order === "DMY" ? "day-first (04/03 is 4 March)" : "month-first (04/03 is 3 April)";
  const why =
    d.from === "person"
      ? "as you chose"
      : d.from === "values"
        ? `${d.order === "DMY" ? d.dayFirst : d.monthFirst} of its dates can only be read that way${
            d.dayFirst > 0 && d.monthFirst > 0
              ? `, ${d.order === "DMY" ? d.monthFirst : d.dayFirst} only the other way (those are listed as problems)`
              : ""
          }`
        : "no date in it settles the order, so your computer's date order is used";
  return `Dates in "${header}" are read ${way}: ${why}.`;
}
