// The shapes of the Overview: sections declared as data (sections.ts), what the workbook holds (facts,
// read at refresh) and the plan of cells and charts that planOverview makes from both (plan.ts).
import type { RegisterDef, RegisterId } from "../registers/types";

/** `r(inventory, "stockStatus")` → `Inventory[Stock status]`: a whole register column, structured. */
export type ColumnRef = (register: RegisterDef, key: string) => string;

/** Workbook settings a figure depends on, read at refresh. */
export interface OverviewSettings {
  /** How many days ahead training counts as due (the staff rules, src/excel/staff/rules.ts). */
  trainingWarnDays: number;
}

/** One headline figure: a native formula over register columns (never the add-in's own functions). */
export interface FigureDef {
  label: string | ((settings: OverviewSettings) => string);
  formula: (r: ColumnRef, settings: OverviewSettings) => string;
  /** Excel number format of the value ("0", "#,##0.00"). */
  format?: string;
}

/** Where a table row's label comes from. */
export type BlockRows =
  /** Fixed labels, e.g. the statuses of a choice column. */
  | { kind: "fixed"; labels: readonly string[] }
  /** The distinct values of a register column as read at refresh (blank ones as `blankLabel`). */
  | { kind: "distinct"; register: RegisterDef; column: string; blankLabel: string }
  /** One row per day, the last `days` days up to today (labels are date formulas, so they move on). */
  | { kind: "days"; days: number };

/** What a value cell's formula knows about its row. */
export interface RowContext {
  /** 0-based position among the block's rows (fixed labels in their order). */
  index: number;
  /** The row's label cell, column absolute (`$A12`): a day's date for `days` rows. */
  labelCell: string;
  /**
   * A COUNTIFS/SUMIFS criterion matching exactly the row's value (wildcards escaped, `=` first), as a
   * formula string literal; for `days` rows, undefined.
   */
  criterion?: string;
  /**
   * The row's value as a formula string literal (`"Acme"`, `""` for the blank row), for comparisons
   * such as `Inventory[[Supplier]]="Acme"` (case ignored, no wildcards); for `days` rows, undefined.
   */
  value?: string;
}

export type OverviewChartType = "BarClustered" | "BarStacked" | "ColumnClustered" | "ColumnStacked" | "Pie";

export interface BlockDef {
  title: string;
  /** Header of the label column. */
  labelHeader: string;
  rows: BlockRows;
  columns: readonly {
    header: string;
    format?: string;
    formula: (r: ColumnRef, row: RowContext, settings: OverviewSettings) => string;
  }[];
  /** A native chart over the block's cells (labels and values). */
  chart?: {
    type: OverviewChartType;
    title: string;
    /** "Columns": each value column a series, rows are categories; "Rows": each row a series. */
    seriesBy: "Columns" | "Rows";
    /** Bars read top to bottom in the table's order (a funnel's first stage on top). */
    reverseCategories?: boolean;
    /** Chart only the first n value columns (the rest stay in the table). */
    valueColumns?: number;
  };
  /** Shown in place of the table when it has no rows. */
  emptyText: string;
}

export interface SectionDef {
  id: string;
  /** As the sheet shows it; sheet.ts SECTION_PAGES says which task pane page Home's card opens. */
  title: string;
  /** The section appears when at least one of these registers exists. */
  registers: readonly RegisterDef[];
  /** Other registers its figures read, which alone do not make it appear (Staff's Courses and Training). */
  alsoReads?: readonly RegisterDef[];
  /** Headline figures, on Home and in the weekly email too. */
  figures: readonly FigureDef[];
  blocks: readonly BlockDef[];
}

/** A register table found in the workbook. */
export interface FoundTable {
  tableName: string;
  headers: readonly string[];
}

/** What refresh reads before planning: which registers exist, their headers, and distinct values. */
export interface OverviewFacts {
  tables: Partial<Record<RegisterId | string, FoundTable>>;
  /** Values of the columns `distinct` rows need, by `distinctKey(register, column)`, in sheet order. */
  columnValues: Record<string, readonly unknown[]>;
  /** Absent: the defaults (training due within 30 days). */
  settings?: OverviewSettings;
}

export interface PlannedChart {
  name: string;
  title: string;
  type: OverviewChartType;
  /** The chart's data on the Overview sheet, labels included ("A12:D42"). */
  source: string;
  seriesBy: "Columns" | "Rows";
  reverseCategories: boolean;
  /** One series needs no legend (the title says what it is); a pie's legend names its slices. */
  legend: "None" | "Bottom" | "Right";
  /** Top-left and bottom-right cells it covers ("E11", "H30"). */
  from: string;
  to: string;
}

export interface SectionOutcome {
  id: string;
  title: string;
  page: string;
  shown: boolean;
  /** Why figures or the whole section are missing (a register or a column the workbook lacks). */
  notes: string[];
}

export interface OverviewPlan {
  sheetName: string;
  /** Every cell from A1 to `lastCell`, as written through Range.formulas (text is literal, never a formula). */
  cells: (string | number)[][];
  /** Number formats of the same rectangle. */
  numberFormats: string[][];
  lastCell: string;
  /** Column widths in points, from column A. */
  columnWidths: number[];
  /** Ranges drawn as headings: the title, section titles, block titles and headers. */
  titleRange: string;
  sectionRanges: string[];
  headerRanges: string[];
  charts: PlannedChart[];
  printArea: string;
  /** The "At a glance" rows (section, figure, value) Home and the weekly email read. */
  glanceRange: string;
  sections: SectionOutcome[];
}
