import { format } from "date-fns";
import { excelSerialToLocalDate } from "../calendar/excelTime";

/** A date from a register cell: a Date, an Excel serial (local wall-clock time), or text kept as typed. */
export type DateInput = Date | number | string | null | undefined;

function toDate(value: DateInput): Date | string | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (typeof value === "string") return value;
  const date = typeof value === "number" ? excelSerialToLocalDate(value) : value;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** "Tue 1 Dec 2026": day names and months spelled out so no reader confuses 1/12 and 12/1. */
export function formatDay(value: DateInput): string {
  const d = toDate(value);
  return d === undefined ? "" : typeof d === "string" ? d : format(d, "EEE d MMM yyyy");
}

/** "Tue 1 Dec 2026, 10:30" in this computer's time zone. */
export function formatDateTime(value: DateInput): string {
  const d = toDate(value);
  return d === undefined ? "" : typeof d === "string" ? d : format(d, "EEE d MMM yyyy, HH:mm");
}

export interface NumberStyle {
  /** BCP 47 locale for separators; "en-US" when not given, so drafts read the same on every machine. */
  locale?: string;
  /** ISO 4217 code (EUR, USD…) to show a currency symbol; plain amounts when not given. */
  currency?: string;
}

export function formatMoney(value: number | null | undefined, style: NumberStyle = {}): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return "";
  const options: Intl.NumberFormatOptions = style.currency
    ? { style: "currency", currency: style.currency }
    : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  return value.toLocaleString(style.locale ?? "en-US", options);
}

export function formatQty(value: number | null | undefined, style: NumberStyle = {}): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return "";
  return value.toLocaleString(style.locale ?? "en-US", { maximumFractionDigits: 3 });
}
