// What the grid and the workbook view read from the simulated workbook (the part of SimWorkbook they use).
import type { ChartView } from "../simulator";
import type { CellDisplayRules } from "../simulator/workbook";
import type { CellLike } from "./cellText";
import type { SheetInfoLike } from "./sheetLayout";

/** How a cell's rules change its look: conditional format colours, and off-list values. */
export type CellRulesLike = CellDisplayRules;

/** The part of SimWorkbook the grid reads. */
export interface GridSource {
  usedSize(sheet: string): { rows: number; cols: number };
  getCell(
    sheet: string,
    row: number,
    col: number,
  ): (CellLike & { bold?: boolean; fill?: string; fontColor?: string; error?: boolean }) | undefined;
  sheetInfo(sheet: string): SheetInfoLike;
  /** Conditional formats and list validation, cell by cell, for one drawing (SimWorkbook.displayRules). */
  displayRules?(sheet: string): ((row: number, col: number) => CellRulesLike | undefined) | undefined;
  /** Charts over the sheet, with their data as it stands (SimWorkbook.charts). */
  charts?(sheet: string): ChartView[];
}
