// Which fields of a text file (CSV, a phone system's export) must stay exactly the text they are when the
// file becomes a sheet. Excel opening a CSV types every field as if typed into a cell: "+44 20 7946 0000
// ext. 12" becomes a formula showing #NAME?, "011919885912543" loses its leading zero, "04/03/2026" is
// read in the computer's date order without a word. Such fields are kept as text here, so that the
// conversion into a register can read them column by column (phones stay phones, a column's date order
// is decided from all its values and shown to the person).
import { parseDateText } from "./parseDate";
import { isRiskyText } from "./textSafety";

// Excel keeps 15 significant digits; a longer run of digits is a code, not a quantity.
const MAX_DIGITS = 15;
const PLAIN_NUMBER = /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;

/** A field that reads as something other than its text but must stay text (see the file comment). */
export function keepFieldAsText(field: string): boolean {
  const t = field.trim();
  if (t === "") return false;
  // "=" is how a file asks for a formula, as in Excel. A leading + - @ is not: "+44 20 7946 0000" is a
  // phone number (Excel would make it a formula showing #NAME?), "-" a dash. A negative number stays one;
  // a "+" stays text, since "+442079460000" is a phone number far more often than a positive number.
  if (t.startsWith("=")) return false;
  if (isRiskyText(field)) return !PLAIN_NUMBER.test(t) || t.startsWith("+");
  // Leading zeros are part of codes: phone numbers, part numbers, postcodes, employee ids ("0803").
  if (/^0\d/.test(t) && /^[\d\s]+$/.test(t)) return true;
  if ((t.match(/\d/g) ?? []).length > MAX_DIGITS && /^[\d\s]+$/.test(t)) return true;
  // A slash date that could be day-first or month-first: the column decides, never the field alone.
  return parseDateText(t).kind === "ambiguous";
}
