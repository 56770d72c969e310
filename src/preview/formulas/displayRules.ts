// How a sheet's conditional formats and list validation show on its cells, as Excel draws them:
// a rule's fill/font where it holds (custom formulas read relative to each cell), and for list
// validation the choices offered and whether the value is one of them ("Circle invalid data").
import type { CellDisplayRules } from "../simulator/workbook";
import type { CellValue } from "../simulator/cells";
import type { ConditionalFormatModel, SheetModel, ValidationModel } from "../simulator/model";
import { compareValues } from "./compare";
import { inList, listChoices, type ListContext } from "./listValidation";
import { shiftReferences } from "./shiftReferences";
import type { FormulaAt } from "./structuredRefs";

/** What the grid draws for one cell (the simulator declares the shape its hook returns). */
export type CellRules = CellDisplayRules;

/** What the rules need from the engine and the workbook. */
export interface RulesContext extends ListContext {
  /** Evaluates a formula (leading = optional) as if it were in the cell `at`. */
  evaluate(formula: string, at: FormulaAt): CellValue;
}

/** A condition holds when the formula gives TRUE or a non-zero number (Excel's rule for CF formulas). */
const holds = (v: CellValue) => v === true || (typeof v === "number" && v !== 0);

const CELL_VALUE_OPERATORS: Record<string, (v: CellValue, a: CellValue, b: CellValue) => boolean> = {
  Between: (v, a, b) => compareValues(v, ">=", a) && compareValues(v, "<=", b),
  NotBetween: (v, a, b) => !(compareValues(v, ">=", a) && compareValues(v, "<=", b)),
  EqualTo: (v, a) => compareValues(v, "=", a),
  NotEqualTo: (v, a) => compareValues(v, "<>", a),
  GreaterThan: (v, a) => compareValues(v, ">", a),
  LessThan: (v, a) => compareValues(v, "<", a),
  GreaterThanOrEqual: (v, a) => compareValues(v, ">=", a),
  LessThanOrEqual: (v, a) => compareValues(v, "<=", a),
};

/** Whether one conditional format's rule holds at (row, col). Kinds the preview cannot draw never hold. */
function ruleHolds(ctx: RulesContext, cf: ConditionalFormatModel, row: number, col: number): boolean {
  const dr = row - cf.rect.r0;
  const dc = col - cf.rect.c0;
  const at = { sheet: ctx.sheet.name, row, col };
  if (cf.type === "Custom" && cf.formula) return holds(ctx.evaluate(shiftReferences(cf.formula, dr, dc), at));
  if (cf.type === "CellValue" && cf.rule) {
    const test = CELL_VALUE_OPERATORS[String(cf.rule.operator)];
    if (!test) return false;
    const operand = (f: unknown) =>
      typeof f === "string" && f !== ""
        ? ctx.evaluate(shiftReferences(f.startsWith("=") ? f : `=${f}`, dr, dc), at)
        : null;
    const cell = ctx.sheet.cells.get(row, col);
    if (cell?.error) return false;
    return test(cell?.value ?? null, operand(cf.rule.formula1), operand(cf.rule.formula2));
  }
  return false;
}

function validationAt(sheet: SheetModel, row: number, col: number): ValidationModel | undefined {
  return sheet.validations.find(
    (v) => row >= v.rect.r0 && row <= v.rect.r1 && col >= v.rect.c0 && col <= v.rect.c1,
  );
}

/**
 * A reader of one sheet's display rules for the cells of one render: list sources and rule results are
 * cached for its lifetime (the workbook does not change while a grid draws).
 */
export function sheetRules(ctx: RulesContext): (row: number, col: number) => CellRules | undefined {
  const lists = new Map<ValidationModel, string[] | null>();
  const { sheet } = ctx;
  // A row rule such as =$V5="Reorder" reads the same in every column of the row: evaluate it once.
  const results = new Map<string, CellValue>();
  const evaluate = ctx.evaluate;
  ctx = {
    ...ctx,
    evaluate: (formula, at) => {
      const key = `${at.row}\u0000${formula}`;
      let v = results.get(key);
      if (v === undefined) results.set(key, (v = evaluate(formula, at)));
      return v;
    },
  };
  return (row, col) => {
    let out: CellRules | undefined;
    const cfs = sheet.conditionalFormats.filter(
      (cf) => row >= cf.rect.r0 && row <= cf.rect.r1 && col >= cf.rect.c0 && col <= cf.rect.c1,
    );
    // Rules in priority order; a property set by an earlier rule wins, and stopIfTrue ends the list.
    for (const cf of cfs) {
      if (!ruleHolds(ctx, cf, row, col)) continue;
      out ??= {};
      out.fill ??= cf.format.fillColor;
      out.fontColor ??= cf.format.fontColor;
      out.bold ??= cf.format.bold;
      out.italic ??= cf.format.italic;
      if (cf.stopIfTrue) break;
    }
    const validation = validationAt(sheet, row, col);
    const list = validation?.rule.list as { source?: unknown } | undefined;
    if (validation && list && typeof list.source === "string") {
      let choices = lists.get(validation);
      if (choices === undefined) {
        const at = { sheet: sheet.name, row: validation.rect.r0, col: validation.rect.c0 };
        lists.set(validation, (choices = listChoices(ctx, list.source, at)));
      }
      if (choices !== null) {
        out ??= {};
        out.choices = choices;
        if (!inList(sheet.cells.get(row, col)?.value ?? null, choices, validation.ignoreBlanks))
          out.invalid = true;
      }
    }
    return out;
  };
}
