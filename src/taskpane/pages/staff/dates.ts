// Dates as the page's date and time inputs give them ("2026-12-05", "09:30") and as Excel holds them.
import { formatSerial, partsToSerial } from "../../../core/cells/excelDates";

export const dayText = (serial: number | null) => (serial === null ? "" : (formatSerial(serial) ?? ""));
export const dateTimeText = (serial: number | null) =>
  serial === null ? "" : (formatSerial(serial, true) ?? "");

/** "2026-12-05" → its serial; null when empty or not a real date. */
export function daySerial(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? partsToSerial({ year: +m[1], month: +m[2], day: +m[3] }) : null;
}

/** "2026-12-05" + "09:30" → the serial with its time of day; null when either is not filled in right. */
export function dateTimeSerial(day: string, time: string): number | null {
  const d = daySerial(day);
  const t = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (d === null || !t) return null;
  return d + (+t[1] * 60 + +t[2]) / 1440;
}

/** "2026-12-05" + "09:30" as local wall-clock time. */
export function localDate(day: string, time: string): Date | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  const t = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!d || !t) return undefined;
  return new Date(+d[1], +d[2] - 1, +d[3], +t[1], +t[2]);
}

/** A serial as the date input's value. */
export const inputDay = (serial: number) => formatSerial(serial) ?? "";
