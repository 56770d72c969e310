import type { CellValue } from "../cells/types";

export type { CellValue } from "../cells/types";

/**
 * text/longText: free text; id: a register key such as INV-0001 (kept as text);
 * number: decimal; integer: whole number; currency: money with 2 decimals;
 * date / datetime: stored as Excel serial numbers; choice: one of `choices` or of another register's keys;
 * email, phone, url: text checked for shape; boolean: TRUE/FALSE.
 */
export type ColumnType =
  | "text"
  | "longText"
  | "id"
  | "number"
  | "integer"
  | "currency"
  | "date"
  | "datetime"
  | "choice"
  | "email"
  | "phone"
  | "url"
  | "boolean";

export type RegisterId =
  | "inventory"
  | "suppliers"
  | "purchaseOrders"
  | "callLog"
  | "equipment"
  | "serviceLog"
  | "candidates"
  | "staff"
  | "courses"
  | "training"
  | "checklists"
  | "discipline";

export interface ColumnDef {
  /** Stable camelCase identifier used in code and rows (never shown). */
  key: string;
  /**
   * The table header, exactly as the sheet shows it (tests/core/registers/definitions.test.ts lists them).
   */
  header: string;
  type: ColumnType;
  required?: boolean;
  /** Fixed list of allowed values (list validation in Excel, a dropdown in forms). */
  choices?: readonly string[];
  /** Allowed values are the keys of another register (e.g. Supplier ← Suppliers.Supplier). */
  choicesFrom?: { register: RegisterId; column: string };
  /** Other headers people really use for this column, matched when converting a sheet. */
  aliases?: readonly string[];
  /**
   * Choice columns: other words people write for a choice, read by meaning when a sheet is converted
   * ("Joined" for Hired, "Incoming" for Inbound). Keys are the choices.
   */
  valueAliases?: Readonly<Record<string, readonly string[]>>;
  /** Choice columns a yes/no column can feed ("Done?" → Status): the choices Yes and No stand for. */
  yesNo?: { yes: string; no: string };
  /**
   * The values are words, never plain numbers (a Unit is "box", not 12): a column of numbers under
   * this column's header is something else (a count of units), and is not matched to it.
   */
  words?: boolean;
  /** Excel number format code ("@" keeps text such as "0012" or "+44…" from turning into numbers). */
  numberFormat?: string;
  /** Column width in points. */
  width?: number;
  /**
   * For calculated columns: a native Excel formula over structured references (e.g. `=[@[On hand]]*2`),
   * so co-authors without the add-in still see correct values. Calculated columns are never typed into.
   */
  formula?: string;
  /** Smallest allowed value (numbers) — e.g. 0 for counts. */
  min?: number;
  /** When true, `min` itself is not allowed (pack size must be more than 0). */
  minExclusive?: boolean;
  max?: number;
  /** Values should not repeat (a candidate's email): repeats are reported as warnings. Keys are always unique. */
  unique?: boolean;
  /** One line of help: what the column is for, shown under a sheet column mapped onto it. */
  description?: string;
}

/**
 * A conditional format. `formula` is a template: each `{columnKey}` becomes the A1 reference of that
 * column in the first data row with the column absolute and the row relative (e.g. `$V2`), which is the
 * form Excel wants for conditional formats (they cannot contain structured references). Build the final
 * text with `conditionalFormula(def, cf, layout)`.
 */
export interface ConditionalFormatDef {
  name: string;
  formula: string;
  /** Fill colour, "#RRGGBB"; the text keeps its colour (see FILLS in columnDefaults.ts). */
  fill: string;
  /** The whole table row, or only these columns. */
  appliesTo: "row" | readonly string[];
}

export interface RegisterDef {
  id: RegisterId;
  /** Display name ("Purchase orders"). */
  name: string;
  /** Excel table name. */
  tableName: string;
  sheetName: string;
  /** The key column (first column). For PurchaseOrders the key is composite: see `keyColumns`. */
  keyColumn: string;
  /** Every column that together identifies a row; `[keyColumn]` unless the key is composite. */
  keyColumns: readonly string[];
  /**
   * Prefix of keys made by `nextId` ("INV-"). Absent when keys are not such a sequence: Suppliers (the
   * supplier's name, typed) and PurchaseOrders (PO-<year>-<sequence> from core/orders).
   */
  idPrefix?: string;
  columns: readonly ColumnDef[];
  /** In priority order: the first listed wins where two apply to the same cell. */
  conditionalFormats: readonly ConditionalFormatDef[];
}

/** One register row: values by column key (missing key = blank), plus columns the register does not know. */
export interface RegisterRow {
  values: Record<string, CellValue>;
  /** Extra (unmatched) sheet columns, by their table header. */
  extras: Record<string, CellValue>;
}
