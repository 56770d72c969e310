// The shapes the simulated workbook is made of (plain data, no client logic).
import type { Rect } from "./address";
import type { Cell, CellStore } from "./cells";

export type CellStyle = Omit<Cell, "value" | "formula" | "error">;

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** Everything of a sheet except its cells: copied whole when a sync may need rolling back. */
export interface SheetMeta {
  id: string;
  name: string;
  visibility: Visibility;
  merges: Rect[];
  frozenRows: number;
  frozenCols: number;
  /** Column widths in points, by 0-based column; absent means the default width. */
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  /** Formats set on entire columns, which cells without their own setting show. */
  columnStyles: Record<number, CellStyle>;
  validations: ValidationModel[];
  conditionalFormats: ConditionalFormatModel[];
  tabColor: string;
  showGridlines: boolean;
  /** Hidden rows and columns (0-based), whether hidden by hand or by a filter. */
  hiddenRows: Record<number, true>;
  hiddenCols: Record<number, true>;
  /** The sheet's AutoFilter (header row first), criteria by column offset within it. */
  autoFilter: { rect: Rect; criteria: Record<number, Record<string, unknown>> } | null;
  /** Charts floating over the sheet, in z-order. */
  charts: ChartModel[];
  pageLayout: PageLayoutModel;
}

/** Cells a chart reads: a rectangle of a sheet, followed by id so a renamed sheet keeps its charts. */
export interface ChartRef {
  sheetId: string;
  rect: Rect;
}

/**
 * One series of a chart. A chart made through the API reads its cells live; one read from a file also
 * has the values the file cached, shown when its cells are on no sheet of this workbook.
 */
export interface ChartSeriesModel {
  name: string;
  nameRef?: ChartRef;
  categories?: ChartRef;
  values?: ChartRef;
  cachedCategories?: (string | number)[];
  cachedValues?: (number | null)[];
}

export interface ChartModel {
  id: string;
  name: string;
  /** An Excel.ChartType value ("ColumnClustered", "Pie", …). */
  type: string;
  title: string;
  titleVisible: boolean;
  legendVisible: boolean;
  legendPosition: string;
  /** Category axis reversed (bars read top to bottom in the data's order). */
  reverseCategories: boolean;
  /** The cells it covers, top-left and bottom-right (0-based), as a drawing anchor in a file. */
  from: { row: number; col: number };
  to: { row: number; col: number };
  seriesBy: "Rows" | "Columns";
  series: ChartSeriesModel[];
}

/** Print settings (Excel.PageLayout). */
export interface PageLayoutModel {
  printArea: Rect | null;
  orientation: "Portrait" | "Landscape";
  /** { scale } or { horizontalFitToPages, verticalFitToPages } as set. */
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally: boolean;
  printGridlines: boolean;
  /** Header and footer texts of every page (defaultForAllPages), by position ("centerHeader"…). */
  headerFooter: Record<string, string>;
}

export interface SheetModel extends SheetMeta {
  cells: CellStore;
}

export interface ValidationModel {
  rect: Rect;
  /** The rule as set through DataValidation.rule, e.g. { list: { inCellDropDown, source } }. */
  rule: Record<string, unknown>;
  ignoreBlanks: boolean;
  errorAlert?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
}

export interface ConditionalFormatModel {
  id: string;
  rect: Rect;
  type: string;
  /** For "Custom": the rule formula. */
  formula?: string;
  /** Other rule kinds keep their rule object as set. */
  rule?: Record<string, unknown>;
  format: { fillColor?: string; fontColor?: string; bold?: boolean; italic?: boolean; numberFormat?: string };
  stopIfTrue: boolean;
}

export interface TableColumnModel {
  id: number;
  name: string;
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  /** The whole table, header row included. */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  columns: TableColumnModel[];
  nextColumnId: number;
  /** Filter criteria by column id (Excel.FilterCriteria as set). */
  filters: Record<number, Record<string, unknown>>;
}

/** A defined name: `formula` is "=Sheet1!$A$1:$B$4" for a range, or a constant formula such as "=0.95". */
export interface NameModel {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export type ChangeType =
  | "RangeEdited"
  | "RowInserted"
  | "RowDeleted"
  | "ColumnInserted"
  | "ColumnDeleted"
  | "CellInserted"
  | "CellDeleted"
  | "FormatChanged"
  | "SheetAdded"
  | "SheetDeleted"
  | "SheetRenamed"
  | "TableAdded"
  | "TableDeleted"
  | "SettingsChanged";

/** One change applied by a sync, used for events and grid re-rendering. */
export interface ChangeRecord {
  sheetId?: string;
  sheetName?: string;
  rect?: Rect;
  changeType: ChangeType;
}

/**
 * A deep copy of plain data (what a round trip to Excel would give). JSON rather than structuredClone,
 * which jsdom test environments lack.
 */
export function copyData<T>(x: T): T {
  return x === undefined ? x : (JSON.parse(JSON.stringify(x)) as T);
}

/**
 * Where a Range object points. Inside Excel.run, Office.js tracks every Range automatically, so the
 * range keeps pointing at the same cells as rows and columns are inserted or deleted (by anyone).
 */
export interface Anchor {
  sheetId: string;
  rect: Rect;
  /** Its cells were deleted. */
  gone: boolean;
}
