// Dates (and date-times) written as text: ISO "2026-03-14", "3/14/2026", "14.03.2026", "14 Mar 2026",
// with an optional time "09:30", "9:30 PM". Slash or dash dates whose first two numbers could both be a
// month (03/04/2026) are ambiguous: reported, never guessed, unless the caller says which order to use.
import { isValid, parse } from "date-fns";
import { partsToSerial } from "./excelDates";
import type { DateOrder, DateSystem } from "./types";

export type DateTextResult =
  | { kind: "date"; serial: number }
  | { kind: "ambiguous"; monthFirst: number; dayFirst: number }
  | { kind: "none" };

const TIME = String.raw`(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?`;
const ISO = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);
const SLASH = new RegExp(String.raw`^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);
const DOT = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})${TIME}$`);

const MONTH_NAME = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
// Month-name formats, parsed by date-fns (English month names); tried only when a month name is present.
const NAMED_FORMATS = [
  "d MMM yyyy",
  "d MMMM yyyy",
  "MMM d, yyyy",
  "MMMM d, yyyy",
  "MMM d yyyy",
  "MMMM d yyyy",
  "d-MMM-yyyy",
  "d-MMM-yy",
  "EEE, d MMM yyyy",
  "EEEE, MMMM d, yyyy",
];

interface Time {
  hours: number;
  minutes: number;
  seconds: number;
}

function readTime(h?: string, m?: string, s?: string, ampm?: string): Time | null {
  if (h === undefined) return { hours: 0, minutes: 0, seconds: 0 };
  let hours = Number(h);
  const minutes = Number(m);
  const seconds = s === undefined ? 0 : Number(s);
  if (ampm) {
    if (hours < 1 || hours > 12) return null;
    const pm = ampm.toLowerCase() === "pm";
    hours = (hours % 12) + (pm ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  return { hours, minutes, seconds };
}

// Two-digit years follow Excel's rule: 00–29 are 2000–2029, 30–99 are 1930–1999.
function fullYear(y: string): number {
  if (y.length === 4) return Number(y);
  const n = Number(y);
  return n < 30 ? 2000 + n : 1900 + n;
}

function serialOf(year: number, month: number, day: number, t: Time, system: DateSystem): number | null {
  return partsToSerial({ year, month, day, ...t }, system);
}

function fromNamedMonth(text: string, system: DateSystem): number | null {
  // Split a trailing time off first; date-fns formats above carry none.
  const m = /^(.*?)(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/.exec(text);
  if (!m) return null;
  const time = readTime(m[2], m[3], m[4], m[5]);
  if (!time) return null;
  const reference = new Date(2000, 0, 1);
  for (const format of NAMED_FORMATS) {
    const d = parse(m[1].trim(), format, reference);
    // date-fns gives a local-time Date; its local fields are the calendar date that was written.
    if (isValid(d)) return serialOf(d.getFullYear(), d.getMonth() + 1, d.getDate(), time, system);
  }
  return null;
}

/** Reads a date written as text. */
export function parseDateText(text: string, system: DateSystem = 1900, order?: DateOrder): DateTextResult {
  const s = text.trim();
  let m = ISO.exec(s);
  if (m) {
    const t = readTime(m[4], m[5], m[6], m[7]);
    const serial = t && serialOf(Number(m[1]), Number(m[2]), Number(m[3]), t, system);
    return serial === null || serial === undefined ? { kind: "none" } : { kind: "date", serial };
  }
  m = DOT.exec(s);
  if (m) {
    // Day.month.year is the only order in use with dots.
    const t = readTime(m[4], m[5], m[6], m[7]);
    const serial = t && serialOf(fullYear(m[3]), Number(m[2]), Number(m[1]), t, system);
    return serial === null || serial === undefined ? { kind: "none" } : { kind: "date", serial };
  }
  m = SLASH.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = fullYear(m[4]);
    const t = readTime(m[5], m[6], m[7], m[8]);
    if (!t) return { kind: "none" };
    const monthFirst = serialOf(year, a, b, t, system);
    const dayFirst = serialOf(year, b, a, t, system);
    if (order === "mdy") return monthFirst === null ? { kind: "none" } : { kind: "date", serial: monthFirst };
    if (order === "dmy") return dayFirst === null ? { kind: "none" } : { kind: "date", serial: dayFirst };
    if (monthFirst !== null && dayFirst !== null && monthFirst !== dayFirst) {
      return { kind: "ambiguous", monthFirst, dayFirst };
    }
    const serial = monthFirst ?? dayFirst;
    return serial === null ? { kind: "none" } : { kind: "date", serial };
  }
  if (MONTH_NAME.test(s)) {
    const serial = fromNamedMonth(s, system);
    if (serial !== null) return { kind: "date", serial };
  }
  return { kind: "none" };
}

export interface DateOrderEvidence {
  /** The order the unambiguous dates agree on; undefined when they don't exist or disagree. */
  order?: DateOrder;
  /** How many slash/dash dates could only be month-first or only day-first. */
  monthFirst: number;
  dayFirst: number;
  /** Both kinds were found: the column mixes conventions, so nothing is inferred. */
  conflicting: boolean;
}

/**
 * The day/month order a set of text dates uses, judged only by the unambiguous ones (3/14/2026 can only
 * be month-first, 14/3/2026 only day-first). The caller can then read 03/04/2026 in that order and tell
 * the person so, instead of reporting every such date.
 */
export function inferDateOrder(values: Iterable<unknown>): DateOrderEvidence {
  let monthFirst = 0;
  let dayFirst = 0;
  for (const v of values) {
    if (typeof v !== "string") continue;
    const m = SLASH.exec(v.trim());
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
  }
  const conflicting = monthFirst > 0 && dayFirst > 0;
  const order: DateOrder | undefined = conflicting
    ? undefined
    : monthFirst > 0
      ? "mdy"
      : dayFirst > 0
        ? "dmy"
        : undefined;
  return order ? { order, monthFirst, dayFirst, conflicting } : { monthFirst, dayFirst, conflicting };
}
