// Conditional formats cannot contain structured references, so their formulas are written in A1 form
// relative to the first data row: `{stockStatus}` in a definition becomes `$V2` when Stock status is
// column V and data starts on row 2 (column fixed with $, row relative so each row tests itself).
import { columnLetters } from "../cells/a1";
import type { TableColumn } from "./rows";
import type { ConditionalFormatDef, RegisterDef } from "./types";

export interface SheetPlacement {
  /** Column letter of each register column on the sheet. */
  letters: Record<string, string>;
  /** Sheet row number (1-based) of the table's first data row. */
  firstDataRow: number;
}

/** Where a table's columns sit: `layout` in sheet order starting at column `firstColumn` (0 = A), headers on `headerRow`. */
export function placementOf(layout: readonly TableColumn[], firstColumn = 0, headerRow = 1): SheetPlacement {
  const letters: Record<string, string> = {};
  layout.forEach((c, i) => {
    if (c.key) letters[c.key] = columnLetters(firstColumn + i);
  });
  return { letters, firstDataRow: headerRow + 1 };
}

/** The conditional format's formula for this placement. Throws if it names a column that is not placed. */
export function conditionalFormula(
  def: RegisterDef,
  cf: ConditionalFormatDef,
  where: SheetPlacement,
): string {
  return cf.formula.replace(/\{(\w+)\}/g, (_, key: string) => {
    const letter = where.letters[key];
    if (!letter)
      throw new Error(
        `${def.name}: the conditional format "${cf.name}" needs column ${key}, which is not on the sheet`,
      );
    return `$${letter}${where.firstDataRow}`;
  });
}

/** Column keys a conditional format applies to, in sheet order ("row" = every column of the layout). */
export function conditionalFormatColumns(cf: ConditionalFormatDef, layout: readonly TableColumn[]): number[] {
  if (cf.appliesTo === "row") return layout.map((_, i) => i);
  const keys = cf.appliesTo;
  return layout.flatMap((c, i) => (c.key && keys.includes(c.key) ? [i] : []));
}
