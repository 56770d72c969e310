// Excel date serials ↔ calendar dates. Serials count days (fraction = time of day) from an epoch:
//   1900 system: 1 = 1900-01-01, and Excel keeps Lotus 1-2-3's bug: serial 60 is the non-existent
//     1900-02-29, so from serial 61 (1900-03-01) on, serial = days since 1899-12-30;
//   1904 system (old Mac workbooks): 0 = 1904-01-01, serial = days since 1904-01-01.
// All arithmetic is on UTC calendar days (Date.UTC), so the local time zone never shifts a date.
import type { DateSystem } from "./types";

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30); // serial 0 for serials ≥ 61
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** Largest serial Excel shows as a date: 9999-12-31 in the 1900 system. */
export const MAX_SERIAL_1900 = 2958465;
export const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1462;

export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
}

function maxSerial(system: DateSystem): number {
  return system === 1904 ? MAX_SERIAL_1904 : MAX_SERIAL_1900;
}

/** True when Excel would show this number as a date (in range, not negative). */
export function isValidSerial(serial: number, system: DateSystem = 1900): boolean {
  return Number.isFinite(serial) && serial >= (system === 1904 ? 0 : 1) && serial < maxSerial(system) + 1;
}

/** Calendar parts of a serial; serial 60 of the 1900 system gives Excel's fictitious 1900-02-29. */
export function serialToParts(serial: number, system: DateSystem = 1900): DateParts | null {
  if (!isValidSerial(serial, system)) return null;
  const whole = Math.floor(serial);
  // Round the time to the second: serials carry float noise (0.5 + 1e-12).
  let secondsOfDay = Math.round((serial - whole) * 86_400);
  let dayNumber = whole;
  if (secondsOfDay === 86_400) {
    dayNumber += 1;
    secondsOfDay = 0;
  }
  const time = {
    hours: Math.floor(secondsOfDay / 3600),
    minutes: Math.floor((secondsOfDay % 3600) / 60),
    seconds: secondsOfDay % 60,
  };
  if (system === 1900 && dayNumber === 60) return { year: 1900, month: 2, day: 29, ...time };
  let ms: number;
  if (system === 1904) ms = EPOCH_1904 + dayNumber * DAY_MS;
  else ms = dayNumber < 60 ? EPOCH_1900 + (dayNumber + 1) * DAY_MS : EPOCH_1900 + dayNumber * DAY_MS;
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), ...time };
}

/** The serial of a calendar date (and time); null when the date does not exist or is out of Excel's range. */
export function partsToSerial(
  parts: Partial<DateParts> & Pick<DateParts, "year" | "month" | "day">,
  system: DateSystem = 1900,
): number | null {
  const { year, month, day, hours = 0, minutes = 0, seconds = 0 } = parts;
  const fraction = (hours * 3600 + minutes * 60 + seconds) / 86_400;
  if (system === 1900 && year === 1900 && month === 2 && day === 29) return 60 + fraction;
  if (!isRealDate(year, month, day)) return null;
  const ms = Date.UTC(year, month - 1, day);
  let whole: number;
  if (system === 1904) whole = Math.round((ms - EPOCH_1904) / DAY_MS);
  else {
    whole = Math.round((ms - EPOCH_1900) / DAY_MS);
    if (whole <= 60) whole -= 1; // before 1900-03-01 Excel's count is one lower (no bug day yet)
  }
  const serial = whole + fraction;
  return isValidSerial(serial, system) ? serial : null;
}

/** A JS Date (its UTC fields) from a serial; null for serial 60 of the 1900 system, which no Date can hold. */
export function serialToDate(serial: number, system: DateSystem = 1900): Date | null {
  const p = serialToParts(serial, system);
  if (!p || (p.month === 2 && p.day === 29 && p.year === 1900)) return null;
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hours, p.minutes, p.seconds));
}

/** The serial of a JS Date, read in UTC (pass `Date.UTC(...)`-made dates) unless `local` is true. */
export function dateToSerial(date: Date, system: DateSystem = 1900, local = false): number | null {
  if (Number.isNaN(date.getTime())) return null;
  const parts = local
    ? {
        year: date.getFullYear(),
        month: date.getMonth() + 1,
        day: date.getDate(),
        hours: date.getHours(),
        minutes: date.getMinutes(),
        seconds: date.getSeconds(),
      }
    : {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hours: date.getUTCHours(),
        minutes: date.getUTCMinutes(),
        seconds: date.getUTCSeconds(),
      };
  return partsToSerial(parts, system);
}

/** The serial of a Date's calendar day on this computer's clock (no time of day): a day picked in a form. */
export function localDaySerial(date: Date, system: DateSystem = 1900): number | null {
  if (Number.isNaN(date.getTime())) return null;
  return partsToSerial({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() }, system);
}

/** Shift a serial between the two systems (1904 serials are 1462 days smaller for the same date). */
export function convertSerial(serial: number, from: DateSystem, to: DateSystem): number {
  if (from === to) return serial;
  return from === 1900 ? serial - 1462 : serial + 1462;
}

/** "2026-03-14" or "2026-03-14 09:30" (matching the registers' number formats). */
export function formatSerial(serial: number, withTime = false, system: DateSystem = 1900): string | null {
  const p = serialToParts(serial, system);
  if (!p) return null;
  const two = (n: number) => String(n).padStart(2, "0");
  const date = `${String(p.year).padStart(4, "0")}-${two(p.month)}-${two(p.day)}`;
  return withTime ? `${date} ${two(p.hours)}:${two(p.minutes)}` : date;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Today's serial for a local calendar date (what TODAY() returns), from a Date the caller provides. */
export function todaySerial(now: Date, system: DateSystem = 1900): number {
  return partsToSerial({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() }, system)!;
}

/** English month names, January first (en-US display text, as Excel shows "mmmm"). */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
