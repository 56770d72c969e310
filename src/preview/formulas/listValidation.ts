// List validation as Excel judges it: the values a list source offers, and whether a cell's value is
// one of them. Apart from the formula engine (no fast-formula-parser here), so the simulator's
// DataValidation.valid and the grid's "Circle invalid data" give the same verdict.
import { parseAddress } from "../simulator/address";
import type { CellValue } from "../simulator/cells";
import type { SheetModel } from "../simulator/model";
import type { SimWorkbook } from "../simulator/workbook";
import { translateStructuredRefs, type FormulaAt, type TableShape } from "./structuredRefs";

/** What reading a list source needs from the workbook. */
export interface ListContext {
  sheet: SheetModel;
  sheetByName(name: string): SheetModel | undefined;
  tables(): TableShape[];
}

/** The tables of a workbook in the shape structured-reference translation needs. */
export function tableShapes(wb: SimWorkbook): TableShape[] {
  return wb.tables.flatMap((t) => {
    const sheet = wb.sheetById(t.sheetId);
    if (!sheet) return [];
    return [
      {
        name: t.name,
        sheet: sheet.name,
        rect: t.rect,
        showHeaders: t.showHeaders,
        showTotals: t.showTotals,
        columns: t.columns.map((c) => c.name),
      },
    ];
  });
}

/** A list context for one sheet of a workbook. */
export function workbookListContext(wb: SimWorkbook, sheet: SheetModel): ListContext {
  let shapes: TableShape[] | undefined;
  return {
    sheet,
    sheetByName: (name) => wb.sheetByName(name),
    tables: () => (shapes ??= tableShapes(wb)),
  };
}

/**
 * The values a list source offers: "a,b,c", =A1:A5, =Sheet!$A$2:$A$9, or =INDIRECT("Table[Column]").
 * Null when the source names nothing there is (a register not set up yet): no list to offer, and no
 * value can be called off-list against it.
 */
export function listChoices(ctx: ListContext, source: string, at: FormulaAt): string[] | null {
  if (!source.startsWith("="))
    return source
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  let ref = source.slice(1).trim();
  const indirect = /^INDIRECT\(\s*"((?:[^"]|"")*)"\s*\)$/i.exec(ref);
  if (indirect) ref = indirect[1].replace(/""/g, '"');
  const parsed = parseAddress(translateStructuredRefs(ref, at, ctx.tables()));
  const sheet = parsed && (parsed.sheet ? ctx.sheetByName(parsed.sheet) : ctx.sheet);
  if (!parsed || !sheet) return null;
  const out: string[] = [];
  const { r0, c0, r1, c1 } = parsed.rect;
  // Whole columns: only the rows that have something.
  const last = Math.min(r1, sheet.cells.bounds(true)?.r1 ?? -1);
  for (let r = r0; r <= last; r++)
    for (let c = c0; c <= c1; c++) {
      const v = sheet.cells.get(r, c)?.value;
      if (v !== null && v !== undefined && v !== "")
        out.push(typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));
    }
  return out;
}

/** Whether a value satisfies a list: one of the choices, ignoring case as Excel does; a blank passes when the rule ignores blanks. */
export function inList(value: CellValue, choices: readonly string[], ignoreBlanks: boolean): boolean {
  if (value === null || value === "") return ignoreBlanks;
  const text = typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
  return choices.some((c) => c.toLowerCase() === text.toLowerCase());
}
