import type { ColumnDef, ColumnType } from "./types";

// Number formats and widths (points) by type, so a definition line only says what is special.
// Free text stays "General": a "@" cell longer than 255 characters shows ##### in Excel.
// IDs and phones are "@" so that "0012" and "+44 20…" stay text.
const DEFAULTS: Record<ColumnType, { numberFormat: string; width: number }> = {
  text: { numberFormat: "General", width: 110 },
  longText: { numberFormat: "General", width: 240 },
  id: { numberFormat: "@", width: 75 },
  number: { numberFormat: "General", width: 70 },
  integer: { numberFormat: "0", width: 70 },
  currency: { numberFormat: "#,##0.00", width: 75 },
  date: { numberFormat: "yyyy-mm-dd", width: 80 },
  datetime: { numberFormat: "yyyy-mm-dd hh:mm", width: 110 },
  choice: { numberFormat: "General", width: 95 },
  email: { numberFormat: "General", width: 170 },
  phone: { numberFormat: "@", width: 105 },
  url: { numberFormat: "General", width: 170 },
  boolean: { numberFormat: "General", width: 60 },
};

/** A column with the type's default number format and width; `more` overrides or adds. */
export function col(key: string, header: string, type: ColumnType, more: Partial<ColumnDef> = {}): ColumnDef {
  return { key, header, type, ...DEFAULTS[type], ...more };
}

/** A calculated column (formula over structured references); never required, never typed into. */
export function calc(
  key: string,
  header: string,
  type: ColumnType,
  formula: string,
  more: Partial<ColumnDef> = {},
): ColumnDef {
  return { key, header, type, ...DEFAULTS[type], formula, ...more };
}

/** Columns whose values people type (not calculated). */
export function isCalculated(column: ColumnDef): boolean {
  return column.formula !== undefined;
}

// Fills for conditional formats: the fills of Excel's own "Bad", "Neutral" and "Good" cell styles, and
// soft tints. The text keeps its own (black) colour: on these light fills it reads better than the
// styles' dark red, brown and green, and each font colour cost a register's creation about 270 request
// bytes (docs/performance.md, Results).
export const FILLS = {
  red: { fill: "#FFC7CE" },
  amber: { fill: "#FFEB9C" },
  green: { fill: "#C6EFCE" },
  blue: { fill: "#DDEBF7" },
  lilac: { fill: "#E4DFEC" },
  grey: { fill: "#EDEDED" },
} as const;
