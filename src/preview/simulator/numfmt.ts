// Display text of a cell (Range.text) for the common number formats: General, fixed decimals,
// thousands separators, percentages, currency literals, "@" and date/time codes. Not every code
// Excel knows; unknown parts fall back to General.
import { MONTH_NAMES, serialToParts, type DateParts } from "../../core/cells/excelDates";
import type { CellValue } from "./cells";

/** General: up to 11 characters of a number, like Excel's default column display. */
function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  if (Math.abs(n) >= 1e11 || (Math.abs(n) < 1e-9 && n !== 0))
    return n
      .toExponential(5)
      .replace(/\.?0+e/, "E")
      .replace("e", "E");
  return String(Number(n.toPrecision(10)));
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The format with quoted text, escapes and [colour] tags removed, to look for codes. */
const codesOnly = (s: string): string =>
  s
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");

const isDateFormat = (s: string): boolean =>
  /[dyhs]/i.test(codesOnly(s)) || (/m/i.test(codesOnly(s)) && !/[0#]/.test(codesOnly(s)));

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/**
 * Calendar parts of a serial by the add-in's own date rules (src/core: the 1900 system's fictitious
 * 1900-02-29 included), with Excel's "day 0" for times without a date (0 ≤ serial < 1 shows 1/0/1900),
 * and the weekday (Excel counts serial 1 of the 1900 system as a Sunday, 0 of the 1904 system a Friday).
 */
function dateParts(serial: number, date1904: boolean): (DateParts & { weekday: number }) | null {
  const system = date1904 ? 1904 : 1900;
  const dayZero = !date1904 && serial >= 0 && serial < 1;
  const parts = serialToParts(dayZero ? serial + 1 : serial, system);
  if (!parts) return null;
  // The day the time rounds into (half a second before midnight is the next day, as serialToParts has it).
  const whole = Math.floor(serial + 0.5 / 86400);
  const weekday = (((whole + (date1904 ? 5 : 6)) % 7) + 7) % 7;
  return dayZero && whole === 0 ? { ...parts, day: 0, weekday } : { ...parts, weekday };
}

function formatDate(serial: number, format: string, date1904: boolean): string {
  const p = dateParts(serial, date1904);
  if (!p) return "#".repeat(11);
  const { hours: H, minutes: M, seconds: S } = p;
  const ampm = /AM\/PM/i.test(format);
  const pad = (n: number) => String(n).padStart(2, "0");
  const tokens = format.match(/"[^"]*"|\\.|AM\/PM|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|./gi) ?? [];
  let out = "";
  let lastWasHour = false;
  tokens.forEach((tok, i) => {
    const low = tok.toLowerCase();
    const nextIsSecond =
      tokens.slice(i + 1).some((t) => /^s+$/i.test(t)) && !tokens.slice(i + 1).some((t) => /^[hd]/i.test(t));
    if (tok.startsWith('"')) out += tok.slice(1, -1);
    else if (tok.startsWith("\\")) out += tok.slice(1);
    else if (low === "am/pm") out += H < 12 ? "AM" : "PM";
    else if (low === "yyyy") out += p.year;
    else if (low === "yy") out += pad(p.year % 100);
    else if (low === "mmmm") out += MONTH_NAMES[p.month - 1];
    else if (low === "mmm") out += MONTH_NAMES[p.month - 1].slice(0, 3);
    else if (low === "mm" || low === "m") {
      const minute = lastWasHour || nextIsSecond;
      const n = minute ? M : p.month;
      out += low === "mm" ? pad(n) : String(n);
    } else if (low === "dddd") out += DAYS[p.weekday];
    else if (low === "ddd") out += DAYS[p.weekday].slice(0, 3);
    else if (low === "dd") out += pad(p.day);
    else if (low === "d") out += p.day;
    else if (low === "hh" || low === "h") {
      const h = ampm ? H % 12 || 12 : H;
      out += low === "hh" ? pad(h) : String(h);
    } else if (low === "ss") out += pad(S);
    else if (low === "s") out += S;
    else out += tok;
    if (/^h+$/.test(low)) lastWasHour = true;
    else if (/^[a-z]/.test(low) && !/^m+$/.test(low)) lastWasHour = false;
  });
  return out;
}

function formatNumber(n: number, section: string): string {
  const codes = codesOnly(section);
  const percent = codes.includes("%");
  const value = percent ? n * 100 : n;
  const numPart = /[0#?,.]+/.exec(codes)?.[0] ?? "";
  const [intCodes, decCodes = ""] = numPart.split(".");
  const decimals = (decCodes.match(/[0#?]/g) ?? []).length;
  const grouping = intCodes.includes(",");
  const minInt = (intCodes.match(/0/g) ?? []).length;
  let body = Math.abs(value).toFixed(decimals);
  const [intDigits, dp] = body.split(".");
  let ip = intDigits;
  if (ip === "0" && minInt === 0) ip = "";
  ip = ip.padStart(minInt, "0");
  if (grouping) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  body = dp !== undefined ? `${ip}.${dp}` : ip;
  // Literals around the number: keep quoted text and plain characters like "$" or " units".
  let prefix = "";
  let suffix = "";
  let seenNumber = false;
  const tokens = section.match(/"[^"]*"|\\.|\[[^\]]*\]|[0#?,.]+|_.|\*.|./g) ?? [];
  for (const tok of tokens) {
    let lit = "";
    if (/^[0#?,.]+$/.test(tok)) {
      seenNumber = true;
      continue;
    }
    if (tok.startsWith('"')) lit = tok.slice(1, -1);
    else if (tok.startsWith("\\")) lit = tok.slice(1);
    else if (tok.startsWith("[") || tok.startsWith("*")) lit = "";
    else if (tok.startsWith("_")) lit = " ";
    else lit = tok;
    if (seenNumber) suffix += lit;
    else prefix += lit;
  }
  return prefix + body + suffix;
}

/** Range.text for one cell value under `format`. */
export function formatText(value: CellValue, format: string | undefined, date1904: boolean): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const fmt = format ?? "General";
  if (typeof value === "string") {
    const sections = splitSections(fmt);
    const textSection =
      sections[3] ?? (sections.length === 1 && sections[0].includes("@") ? sections[0] : undefined);
    return textSection ? textSection.replace(/"([^"]*)"/g, "$1").replace("@", value) : value;
  }
  if (fmt === "General" || fmt === "" || fmt === "@") return general(value);
  const sections = splitSections(fmt);
  let section = sections[0];
  let n = value;
  if (value < 0 && sections.length > 1) {
    section = sections[1];
    n = -value;
  } else if (value === 0 && sections.length > 2) section = sections[2];
  if (isDateFormat(section)) {
    if (value < 0) return "#".repeat(11);
    return formatDate(value, codesOnly(section) === section ? section : section, date1904);
  }
  if (!/[0#?]/.test(codesOnly(section))) return general(value);
  const text = formatNumber(n, section);
  return n < 0 ? `-${text}` : text;
}
