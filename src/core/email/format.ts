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

// toLocaleString with options builds a new Intl.NumberFormat on every call, which made a 50-supplier
// batch of drafts take seconds; one formatter per locale and style is reused instead.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(kind: "money" | "qty", style: NumberStyle): Intl.NumberFormat {
  const locale = style.locale ?? "en-US";
  const key = `${kind}|${locale}|${style.currency ?? ""}`;
  let found = formatters.get(key);
  if (!found) {
    const options: Intl.NumberFormatOptions =
      kind === "qty"
        ? { maximumFractionDigits: 3 }
        : style.currency
          ? { style: "currency", currency: style.currency }
          : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
    found = new Intl.NumberFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

export function formatMoney(value: number | null | undefined, style: NumberStyle = {}): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return "";
  return formatter("money", style).format(value);
}

export function formatQty(value: number | null | undefined, style: NumberStyle = {}): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return "";
  return formatter("qty", style).format(value);
}
