// Form date inputs (<input type="date"> and type="datetime-local") ↔ Excel date serials and local days,
// for every page's forms; the serial arithmetic itself is core's (src/core/cells/excelDates.ts).
import { format } from "date-fns";
import { formatSerial, partsToSerial } from "../../core/cells/excelDates";
import type { CellValue } from "../../core/cells/types";

/** "2026-11-29T09:05" for a datetime-local input, in this computer's time (as Excel shows it). */
export function dateTimeInputValue(date: Date): string {
  return format(date, "yyyy-MM-dd'T'HH:mm");
}

/** The serial of a datetime-local input's value; null when empty or not a date. */
export function serialFromDateTimeInput(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hours, minutes, seconds] = m.slice(1).map((v) => Number(v ?? 0));
  return partsToSerial({ year, month, day, hours, minutes, seconds });
}

/** The serial of a date input's value ("2026-12-01"); null when empty or not a date. */
export function serialFromDateInput(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? partsToSerial({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) : null;
}

/** "2026-12-01" for a date input, from a serial; empty when it is not a date. */
export function dateInputValue(serial: number): string {
  return formatSerial(serial) ?? "";
}

/** The local calendar day of a date input's "YYYY-MM-DD" (at noon, clear of clock changes); null when not a date. */
export function localDayFromDateInput(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A date input's "2026-12-05" and a time input's "09:30" → the serial with its time; null when either is not right. */
export function serialFromDayAndTime(day: string, time: string): number | null {
  const d = serialFromDateInput(day);
  const t = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (d === null || !t) return null;
  return d + (Number(t[1]) * 60 + Number(t[2])) / 1440;
}

/** A date input's "2026-12-05" and a time input's "09:30" as this computer's wall-clock time. */
export function localDateFromDayAndTime(day: string, time: string): Date | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  const t = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!d || !t) return undefined;
  return new Date(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
}

/** A register date cell as shown in lists: "2026-11-20" or "2026-11-20 14:05"; text as it is. */
export function showDate(value: CellValue | undefined, withTime = false): string {
  if (typeof value === "number") return formatSerial(value, withTime) ?? String(value);
  return value === null || value === undefined ? "" : String(value);
}
