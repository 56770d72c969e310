// Whether a column's values fit a register column: numbers for quantities, dates for dates, the choices
// (or words meaning them) for choice columns, addresses for emails. A header match is kept only when the
// values fit ("Units" holding 6, 20, 48 is not a unit of measure; "Type" holding Incoming/Outgoing is not
// a channel), and a column whose values fit one field strongly can be proposed for it without a header.
import { looksLikeEmail, looksLikePhone, looksLikeUrl } from "../cells/coerce";
import { parseDateText } from "../cells/parseDate";
import { parseNumberText } from "../cells/parseNumber";
import { parseQuantityText } from "../cells/parseQuantity";
import type { ColumnDef } from "./types";
import { choiceFit, valueMapFor, yesNoOf } from "./valueMaps";

/** Rows looked at to judge a column: enough to see its habits, few enough to stay fast on big sheets. */
export const PROFILE_ROWS = 200;

export interface ColumnProfile {
  /** Non-blank cells. */
  filled: number;
  numbers: number;
  /** Text that reads as a number ("1,200", "£4.50"). */
  numberText: number;
  /** Text that is a number with a unit ("100 NOS"). */
  quantities: number;
  /** Numbers that could be dates of this century or the last (Excel serials 10000–80000). */
  serials: number;
  /** Text that reads as a date (or could be read two ways). */
  dateText: number;
  yesNo: number;
  emails: number;
  urls: number;
  /** Phone-like text with at least 6 digits, or numbers with at least 6 digits (a lost leading zero). */
  phones: number;
  /** Text that is not a number or quantity. */
  words: number;
  /** The filled cells looked at (for choice columns' value maps). */
  values: unknown[];
}

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

export function profileColumn(values: readonly unknown[]): ColumnProfile {
  const p: ColumnProfile = {
    filled: 0,
    numbers: 0,
    numberText: 0,
    quantities: 0,
    serials: 0,
    dateText: 0,
    yesNo: 0,
    emails: 0,
    urls: 0,
    phones: 0,
    words: 0,
    values: [],
  };
  for (const v of values.slice(0, PROFILE_ROWS)) {
    if (isBlank(v)) continue;
    p.filled++;
    p.values.push(v);
    if (yesNoOf(v)) p.yesNo++;
    if (typeof v === "number") {
      p.numbers++;
      if (v >= 10000 && v <= 80000) p.serials++;
      if (Math.abs(v) >= 100000) p.phones++;
      continue;
    }
    if (typeof v !== "string") continue;
    const t = v.trim();
    if (parseNumberText(t) !== null) p.numberText++;
    else if (parseQuantityText(t)) p.quantities++;
    else p.words++;
    if (parseDateText(t).kind !== "none") p.dateText++;
    if (looksLikeEmail(t)) p.emails++;
    else if (looksLikeUrl(t)) p.urls++;
    else if (looksLikePhone(t, 6)) p.phones++;
  }
  return p;
}

/** Share (0–1) of the column's filled cells that fit `column`; 1 for an empty column (nothing says no). */
export function fitOf(column: ColumnDef, p: ColumnProfile): number {
  if (p.filled === 0) return 1;
  const share = (n: number) => n / p.filled;
  switch (column.type) {
    case "number":
    case "integer":
      return share(p.numbers + p.numberText + p.quantities);
    case "currency":
      return share(p.numbers + p.numberText);
    case "date":
    case "datetime":
      return share(p.serials + p.dateText);
    case "choice":
      return column.choices ? choiceFit(valueMapFor(column, p.values)) : share(p.words);
    case "boolean":
      return share(p.yesNo);
    case "email":
      return share(p.emails);
    case "phone":
      return share(p.phones);
    case "url":
      return share(p.urls);
    default:
      return column.words ? share(p.words) : 1;
  }
}

/**
 * Whether values alone can say which column this is: a short list of choices, addresses, links and phone
 * numbers are unmistakable; numbers, dates and free text are not (a date could be any of a register's dates).
 */
export function recognisableByValues(column: ColumnDef): boolean {
  return (
    (column.type === "choice" && column.choices !== undefined) ||
    column.type === "email" ||
    column.type === "url" ||
    column.type === "phone"
  );
}
