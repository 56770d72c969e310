// Reading one raw cell (as Range.values gives it, or as typed in a form) as a column's type.
// Nothing is changed silently: a usable value that needed converting comes back with a warning.
import type { ColumnDef } from "../registers/types";
import { closestOption } from "./closest";
import { isExcelError } from "./errorValues";
import { formatSerial, isValidSerial, dateToSerial, MONTH_NAMES } from "./excelDates";
import { parseDateText } from "./parseDate";
import { parseNumberText } from "./parseNumber";
import type {
  CellProblem,
  CellValue,
  CoerceResult,
  DateOrder,
  DateSystem,
  ProblemCode,
  Severity,
} from "./types";

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32_767;

export interface CoerceOptions {
  dateSystem?: DateSystem;
  /** How to read 03/04/2026; without it such dates are reported as ambiguous. */
  dateOrder?: DateOrder;
  /** Allowed values for a `choicesFrom` column (the other register's keys), when known. */
  choices?: readonly string[];
}

const problem = (
  code: ProblemCode,
  message: string,
  severity: Severity = "error",
  suggestion?: CellValue,
): CellProblem =>
  suggestion === undefined ? { code, message, severity } : { code, message, severity, suggestion };
const fail = (p: CellProblem): CoerceResult => ({ ok: false, problem: p });
const okWith = (value: CellValue, p?: CellProblem): CoerceResult =>
  p ? { ok: true, value, problem: p } : { ok: true, value };

/** How a value is quoted in messages: text in quotes, numbers as they are. */
export function show(raw: unknown): string {
  if (typeof raw === "string") return `"${raw.length > 60 ? raw.slice(0, 57) + "…" : raw}"`;
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (raw instanceof Date) return raw.toISOString();
  return String(raw);
}

export function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}

function longDate(serial: number, system: DateSystem): string {
  const [y, m, d] = formatSerial(serial, false, system)!.split("-").map(Number);
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

function checkRange(n: number, column: ColumnDef): CoerceResult | null {
  if (column.type === "integer" && !Number.isInteger(n))
    return fail(problem("notAWholeNumber", `${n} is not a whole number`, "error", Math.round(n)));
  if (column.min !== undefined && (n < column.min || (column.minExclusive && n === column.min))) {
    const message =
      column.min === 0
        ? column.minExclusive
          ? `${n} must be more than 0`
          : `${n} cannot be negative`
        : `${n} is below the smallest allowed value, ${column.min}`;
    return fail(problem("belowMin", message));
  }
  if (column.max !== undefined && n > column.max)
    return fail(problem("aboveMax", `${n} is above the largest allowed value, ${column.max}`));
  return null;
}

function toNumber(raw: unknown, column: ColumnDef): CoerceResult {
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return fail(problem("notANumber", `${show(raw)} is not a number`));
    return checkRange(raw, column) ?? okWith(raw);
  }
  if (typeof raw === "string") {
    const n = parseNumberText(raw);
    if (n === null) return fail(problem("notANumber", `${show(raw)} is not a number`));
    const bad = checkRange(n, column);
    if (bad) return bad;
    return okWith(n, problem("numberAsText", `${show(raw)} is a number stored as text (${n})`, "warning", n));
  }
  return fail(problem("notANumber", `${show(raw)} is not a number`));
}

function toDate(raw: unknown, column: ColumnDef, options: CoerceOptions): CoerceResult {
  const system = options.dateSystem ?? 1900;
  const withTime = column.type === "datetime";
  if (typeof raw === "number") {
    return isValidSerial(raw, system) ? okWith(raw) : fail(problem("notADate", `${raw} is not a date`));
  }
  if (raw instanceof Date) {
    const serial = dateToSerial(raw, system);
    return serial === null ? fail(problem("notADate", `${show(raw)} is not a date`)) : okWith(serial);
  }
  if (typeof raw !== "string") return fail(problem("notADate", `${show(raw)} is not a date`));
  const parsed = parseDateText(raw, system, options.dateOrder);
  if (parsed.kind === "ambiguous") {
    const a = formatSerial(parsed.monthFirst, false, system);
    const b = formatSerial(parsed.dayFirst, false, system);
    return fail(
      problem(
        "ambiguousDate",
        `${show(raw)} could be ${longDate(parsed.monthFirst, system)} or ${longDate(parsed.dayFirst, system)}; type it as ${a} or ${b}`,
      ),
    );
  }
  if (parsed.kind === "none") {
    // Written the other way round from the rest of its column (15/03/2026 in a month-first column).
    const otherWay = options.dateOrder ? parseDateText(raw, system) : parsed;
    if (otherWay.kind === "date") {
      const order = options.dateOrder === "dmy" ? "day-first" : "month-first";
      return fail(
        problem(
          "notADate",
          `${show(raw)} cannot be read ${order}, as this column's dates are; the other way round it is ${longDate(otherWay.serial, system)}`,
        ),
      );
    }
    const n = parseNumberText(raw);
    if (n !== null && isValidSerial(n, system)) {
      return okWith(
        n,
        problem(
          "dateAsText",
          `${show(raw)} is a date serial stored as text (${formatSerial(n, withTime, system)})`,
          "warning",
          n,
        ),
      );
    }
    return fail(problem("notADate", `${show(raw)} is not a date`));
  }
  const shown = formatSerial(parsed.serial, withTime, system);
  return okWith(
    parsed.serial,
    problem("dateAsText", `${show(raw)} is a date stored as text (${shown})`, "warning", parsed.serial),
  );
}

function toChoice(raw: unknown, column: ColumnDef, options: CoerceOptions): CoerceResult {
  const text = typeof raw === "string" ? raw : String(raw);
  const choices = column.choices ?? options.choices;
  if (!choices) return okWith(text);
  if (choices.includes(text)) return okWith(text);
  const squash = (s: string) => s.toLowerCase().replace(/[\s\-_]+/g, "");
  const same = choices.find((c) => squash(c) === squash(text));
  if (same)
    return okWith(
      same,
      problem("choiceCase", `${show(raw)} is written differently from "${same}"`, "warning", same),
    );
  const closest = closestOption(text, choices);
  const list = choices.length <= 8 ? `: ${choices.join(", ")}` : "";
  const hint = closest ? ` Did you mean "${closest}"?` : "";
  return fail(
    problem("unknownChoice", `${show(raw)} is not one of the choices${list}.${hint}`, "error", closest),
  );
}

// Shape checks only: a person types these, and the mail app has the final word.
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}$/;
const PHONE_CHARS = /^[\d\s+()\-./#*]*(?:(?:x|ext\.?|extension)\s*\d+)?$/i;
const URL_LIKE = /^(?:https?:\/\/\S+|www\.\S+\.\S+|mailto:\S+|file:\/\/\S+|\\\\\S+|[A-Za-z]:\\.*)$/i;

export const looksLikeEmail = (text: string) => EMAIL.test(text.trim());
export const looksLikeUrl = (text: string) => URL_LIKE.test(text.trim());
/** Phone-number characters ("+44 (0)20 7946-0000 ext. 12") with at least `minDigits` digits. */
export function looksLikePhone(text: string, minDigits = 3): boolean {
  const t = text.trim();
  return (t.match(/\d/g) ?? []).length >= minDigits && PHONE_CHARS.test(t);
}

function toText(raw: unknown, column: ColumnDef): CoerceResult {
  if (typeof raw === "number" && column.type === "phone") {
    return okWith(
      String(raw),
      problem(
        "numberInTextColumn",
        `${raw} is stored as a number, so a leading 0 or + may have been lost`,
        "warning",
        String(raw),
      ),
    );
  }
  const text = typeof raw === "string" ? raw : raw instanceof Date ? raw.toISOString() : show(raw);
  const t = text.trim();
  switch (column.type) {
    case "email":
      return EMAIL.test(t)
        ? okWith(text)
        : fail(problem("invalidEmail", `${show(raw)} is not an email address`));
    case "phone":
      if ((t.match(/\d/g) ?? []).length < 3 || !PHONE_CHARS.test(t)) {
        return okWith(
          text,
          problem("invalidPhone", `${show(raw)} does not look like a phone number`, "warning"),
        );
      }
      return okWith(text);
    case "url":
      return URL_LIKE.test(t)
        ? okWith(text)
        : okWith(text, problem("invalidUrl", `${show(raw)} does not look like a link`, "warning"));
    default:
      return okWith(text);
  }
}

function toBoolean(raw: unknown): CoerceResult {
  if (typeof raw === "boolean") return okWith(raw);
  if (typeof raw === "string") {
    const t = raw.trim().toLowerCase();
    if (["true", "yes", "y", "1", "x", "✓"].includes(t))
      return okWith(true, problem("notABoolean", `${show(raw)} read as TRUE`, "warning", true));
    if (["false", "no", "n", "0"].includes(t))
      return okWith(false, problem("notABoolean", `${show(raw)} read as FALSE`, "warning", false));
  }
  if (raw === 1 || raw === 0) return okWith(raw === 1);
  return fail(problem("notABoolean", `${show(raw)} is not yes or no (TRUE/FALSE)`));
}

/**
 * A raw cell read as the column's type: blank → null; numbers and dates as numbers (dates as serials);
 * text columns as strings. Calculated columns are not coerced (whatever Excel computed is kept).
 */
export function coerceCell(raw: unknown, column: ColumnDef, options: CoerceOptions = {}): CoerceResult {
  if (isBlank(raw)) return okWith(null);
  if (isExcelError(raw))
    return fail(problem("errorValue", `the cell shows the error ${String(raw).trim().toUpperCase()}`));
  if (column.formula !== undefined) return okWith(raw as CellValue);
  if (typeof raw === "string" && raw.length > MAX_CELL_TEXT) {
    return fail(
      problem(
        "tooLong",
        `the text is ${raw.length.toLocaleString("en-US")} characters; a cell holds at most 32,767`,
      ),
    );
  }
  switch (column.type) {
    case "number":
    case "integer":
    case "currency":
      return toNumber(raw, column);
    case "date":
    case "datetime":
      return toDate(raw, column, options);
    case "choice":
      return toChoice(raw, column, options);
    case "boolean":
      return toBoolean(raw);
    default:
      return toText(raw, column);
  }
}
