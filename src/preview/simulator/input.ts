// How Excel turns a value written through Range.values / Range.formulas into cell content:
// it parses the input as if typed (en-US), so "=x" becomes a formula and "12" a number.
import { EXCEL_ERRORS } from "../../core/cells/errorValues";
import { partsToSerial } from "../../core/cells/excelDates";
import type { Cell, CellValue } from "./cells";
import { invalidArgument } from "./errors";

/** Excel's error values, as the add-in's own code knows them (src/core). */
export const ERROR_VALUES: readonly string[] = EXCEL_ERRORS;

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32767;

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;

function parseNumber(text: string): number | null {
  const t = text.trim();
  if (!t || !/\d/.test(t) || !NUMBER.test(t)) return null;
  const n = Number(t.replace(/,/g, ""));
  return Number.isFinite(n) ? n : null;
}

type Parsed = { value: CellValue; numberFormat?: string; error?: boolean };

/**
 * Typed text that Excel (en-US) recognises as a number, percentage, currency, boolean, date or error.
 * The formula engine reads criteria ("<5/3/2011") and text in arithmetic the same way.
 */
export function parseTyped(text: string, date1904: boolean): Parsed | null {
  const t = text.trim();
  const upper = t.toUpperCase();
  if (ERROR_VALUES.includes(upper)) return { value: upper, error: true };
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  const n = parseNumber(t);
  if (n !== null) return { value: n };
  if (t.endsWith("%")) {
    const p = parseNumber(t.slice(0, -1));
    if (p !== null) return { value: p / 100, numberFormat: "0%" };
  }
  const money = /^(-?)\$(.+)$/.exec(t);
  if (money) {
    const m = parseNumber(money[2]);
    if (m !== null) return { value: money[1] ? -m : m, numberFormat: "$#,##0.00" };
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  const parts = iso
    ? [+iso[1], +iso[2], +iso[3], iso[4], iso[5], iso[6]]
    : us
      ? [+us[3], +us[1], +us[2], us[4], us[5], us[6]]
      : null;
  if (parts) {
    const [y, m, d, hh, mm, ss] = parts as [number, number, number, string?, string?, string?];
    const time = { hours: Number(hh ?? 0), minutes: Number(mm ?? 0), seconds: Number(ss ?? 0) };
    const serial = partsToSerial({ year: y, month: m, day: d, ...time }, date1904 ? 1904 : 1900);
    if (serial === null) return null;
    return { value: serial, numberFormat: hh === undefined ? "m/d/yyyy" : "m/d/yyyy h:mm" };
  }
  return null;
}

/**
 * The cell that results from writing `input` over `current` (Range.values or Range.formulas).
 * Returns undefined when the cell is to be left alone: a null in the written array skips the cell.
 * Rules (Excel): "=…" is a formula; "+…"/"-…" that is not a number is read as a formula too
 * (Range.values docs); "'…" stores the text after the apostrophe; a cell formatted "@" keeps text as text.
 */
export function interpretInput(
  input: unknown,
  current: Cell | undefined,
  date1904: boolean,
): Cell | undefined {
  if (input === null || input === undefined) return undefined;
  const base: Cell = { ...(current ?? { value: null }) };
  delete base.formula;
  delete base.error;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalidArgument("a cell value must be a finite number");
    return { ...base, value: input };
  }
  if (typeof input === "boolean") return { ...base, value: input };
  if (typeof input !== "string") throw invalidArgument(`unsupported cell value of type ${typeof input}`);
  if (input.length > MAX_CELL_TEXT) throw invalidArgument(`a cell holds at most ${MAX_CELL_TEXT} characters`);
  if (input === "") return { ...base, value: null };
  if (base.numberFormat === "@") return { ...base, value: input };
  if (input.startsWith("'")) return { ...base, value: input.slice(1) === "" ? null : input.slice(1) };
  if (input.startsWith("=") && input.length > 1) return { ...base, value: null, formula: input };
  const typed = parseTyped(input, date1904);
  if (typed) {
    const cell: Cell = { ...base, value: typed.value };
    if (typed.error) cell.error = true;
    if (typed.numberFormat && (base.numberFormat === undefined || base.numberFormat === "General")) {
      cell.numberFormat = typed.numberFormat;
    }
    return cell;
  }
  if ((input.startsWith("+") || input.startsWith("-")) && input.length > 1) {
    return { ...base, value: null, formula: `=${input}` };
  }
  return { ...base, value: input };
}

/** Range.valueTypes for one cell. */
export function valueType(cell: Cell | undefined): "Empty" | "String" | "Double" | "Boolean" | "Error" {
  if (!cell || cell.value === null || cell.value === "") return "Empty";
  if (cell.error) return "Error";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  return "String";
}
