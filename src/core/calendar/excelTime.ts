// An Excel date-time serial has no time zone: it is what the clock on the wall showed. Turning it into an
// instant needs a zone: by default the zone of the computer the add-in runs on (the zone Excel shows), or a
// named IANA zone (the office's) when the caller has one.
import { dateToSerial, serialToParts, type DateParts } from "../cells/excelDates";
import type { DateSystem } from "../cells/types";

/** Milliseconds to add to UTC to get the wall-clock time in `timeZone` at the instant `ms`. */
function zoneOffsetMs(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(ms / 1000) * 1000;
}

/** The instant at which the clock in `timeZone` shows these parts (the later one when a clock change skips them). */
function zonedPartsToDate(p: DateParts, timeZone: string): Date {
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hours, p.minutes, p.seconds);
  const first = wall - zoneOffsetMs(wall, timeZone);
  const second = wall - zoneOffsetMs(first, timeZone);
  return new Date(second);
}

/**
 * The instant a person means by an Excel date-time serial: wall-clock time in `timeZone` (an IANA name such
 * as "Europe/Paris"), or in this computer's zone when none is given. Undefined for what Excel would not show
 * as a date (and for the 1900 system's non-existent 29 Feb 1900) and for an unknown zone name.
 */
export function excelSerialToLocalDate(
  serial: number,
  system: DateSystem = 1900,
  timeZone?: string,
): Date | undefined {
  const p = serialToParts(serial, system);
  if (!p || (system === 1900 && p.year === 1900 && p.month === 2 && p.day === 29)) return undefined;
  if (!timeZone) return new Date(p.year, p.month - 1, p.day, p.hours, p.minutes, p.seconds);
  try {
    return zonedPartsToDate(p, timeZone);
  } catch {
    return undefined; // RangeError: not a time zone this runtime knows
  }
}

/** The serial Excel shows for this instant in this computer's time zone (inverse of the above). */
export function localDateToExcelSerial(date: Date, system: DateSystem = 1900): number | undefined {
  return dateToSerial(date, system, true) ?? undefined;
}
