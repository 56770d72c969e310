// The staff date rules, one function each, all on Excel date serials (whole days; a time of day is
// dropped). Adding months keeps the day of the month, or the month's last day when it has no such day:
// 31 January + 1 month is 28 February, or 29 February in a leap year (as date-fns addMonths and Excel's
// EDATE do). Done here in a few lines rather than with date-fns because BACKOFFICE.TRAININGSTATUS uses
// it, and date-fns took the custom functions bundle over its 10 KiB budget (tests/build/bundle.test.ts).
import { partsToSerial, serialToParts } from "../cells/excelDates";

/** A serial moved by whole calendar months (negative moves back), end of month clamped; null out of range. */
export function addMonthsToSerial(serial: number, months: number): number | null {
  const p = serialToParts(Math.floor(serial));
  if (!p || !Number.isInteger(months)) return null;
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  // Day 0 of the next month is this month's last day.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return partsToSerial({ year, month, day: Math.min(p.day, lastDay) });
}

/** A serial moved by whole calendar years; 29 February becomes 28 February in a common year. */
export function addYearsToSerial(serial: number, years: number): number | null {
  return Number.isInteger(years) ? addMonthsToSerial(serial, years * 12) : null;
}

// Training lapses on the same day of the month, renewMonths after it was completed (the Courses register's
// Renew every (months), docs/staff.md "Training").
export function trainingExpiry(completedOn: number, renewMonths: number): number | null {
  if (!(renewMonths > 0)) return null;
  return addMonthsToSerial(completedOn, renewMonths);
}

export type WarningLapseMonths = 6 | 12;

// A warning stays live for the months set in Settings (6 or 12) from the day it was given, and lapses
// after that day (docs/staff.md "Discipline").
export function warningLapse(givenOn: number, months: WarningLapseMonths): number | null {
  return addMonthsToSerial(givenOn, months);
}

/** A notice period as Settings holds it: whole weeks or whole calendar months. */
export interface NoticePeriod {
  amount: number;
  unit: "weeks" | "months";
}

// Notice runs from the day after it is given, so the last working day is the same weekday (weeks) or the
// same day of the month (months, end of month clamped) as the day notice was given (docs/staff.md "Leaving").
export function lastWorkingDay(noticeGivenOn: number, notice: NoticePeriod): number | null {
  if (!Number.isInteger(notice.amount) || notice.amount < 0) return null;
  if (notice.unit === "weeks") {
    const day = Math.floor(noticeGivenOn) + notice.amount * 7;
    return serialToParts(day) ? day : null;
  }
  return addMonthsToSerial(noticeGivenOn, notice.amount);
}

// A leaver's record may be removed the set number of years after the last working day (Settings,
// docs/staff.md "Retention").
export function retentionDate(leftOn: number, years: number): number | null {
  if (!Number.isInteger(years) || years < 0) return null;
  return addYearsToSerial(leftOn, years);
}
