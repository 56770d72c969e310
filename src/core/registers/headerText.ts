// Turning sheet header cells into comparable text.

/** A header cell as text: numbers and dates (which header rows sometimes hold) become their text. */
export function headerToText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.replace(/\s+/g, " ").trim();
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

// Words written several ways in headers; both sides of a comparison are rewritten the same way.
const SYNONYMS: [RegExp, string][] = [
  [/\b(number|num|nbr|nr)\b|#/g, " no "],
  [/\bquantity\b/g, " qty "],
  [/\be-?mail\b/g, " email "],
  [/&/g, " and "],
];

/** Case, space, accent and punctuation-insensitive form: "Serial No." and "serial number" → "serialno". */
export function normalizeHeader(text: string): string {
  let s = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  for (const [re, to] of SYNONYMS) s = s.replace(re, to);
  return s.replace(/[^a-z0-9]+/g, "");
}
