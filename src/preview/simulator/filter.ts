// Table column filters (Excel.Filter): values and custom criteria hide the body rows that fail them.
import type { SimContext } from "./context";
import { invalidArgument } from "./errors";
import { copyData, type SheetModel, type TableModel } from "./model";
import { formatText } from "./numfmt";
import { defineProps, SimObject } from "./proxy";
import type { SimWorkbook } from "./workbook";

export interface ColumnRef {
  table: TableModel;
  sheet: SheetModel;
  index: number;
}

/** One criterion of a custom filter: "=x", "<>x", ">5", "<=2024", with * and ? wildcards for text. */
function passesCriterion(criterion: string, value: unknown, text: string): boolean {
  const m = /^(<>|>=|<=|=|>|<)?(.*)$/.exec(criterion) as RegExpExecArray;
  const op = m[1] ?? "=";
  const operand = m[2];
  const num = Number(operand);
  if (operand !== "" && Number.isFinite(num) && typeof value === "number") {
    return op === "="
      ? value === num
      : op === "<>"
        ? value !== num
        : op === ">"
          ? value > num
          : op === ">="
            ? value >= num
            : op === "<"
              ? value < num
              : value <= num;
  }
  if (op === "=" || op === "<>") {
    const pattern = new RegExp(
      `^${operand
        .replace(/[.+^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*")
        .replace(/\?/g, ".")}$`,
      "i",
    );
    const hit = pattern.test(text);
    return op === "=" ? hit : !hit;
  }
  const a = text.toLowerCase();
  const b = operand.toLowerCase();
  return op === ">" ? a > b : op === ">=" ? a >= b : op === "<" ? a < b : a <= b;
}

export function passes(criteria: Record<string, unknown>, value: unknown, text: string): boolean {
  const blank = value === null || value === undefined || value === "";
  switch (criteria.filterOn) {
    case "Values": {
      if (blank) return criteria.blanks === true;
      const values = (criteria.values as unknown[] | undefined) ?? [];
      return values.some((v) => typeof v === "string" && v.toLowerCase() === text.toLowerCase());
    }
    case "Custom": {
      const one = passesCriterion(String(criteria.criterion1 ?? ""), value, text);
      if (criteria.criterion2 === undefined) return one;
      const two = passesCriterion(String(criteria.criterion2), value, text);
      return criteria.operator === "Or" ? one || two : one && two;
    }
    default:
      return true;
  }
}

/** Hides the body rows of `table` that fail any column filter; shows the others. */
export function applyTableFilters(wb: SimWorkbook, table: TableModel): void {
  const sheet = wb.sheetById(table.sheetId);
  if (!sheet) return;
  const first = table.rect.r0 + 1;
  const last = table.rect.r1 - (table.showTotals ? 1 : 0);
  for (let r = first; r <= last; r++) {
    const visible = table.columns.every((col, i) => {
      const criteria = table.filters[col.id];
      if (!criteria) return true;
      const cell = sheet.cells.get(r, table.rect.c0 + i);
      return passes(
        criteria,
        cell?.value ?? null,
        formatText(cell?.value ?? null, cell?.numberFormat, wb.date1904),
      );
    });
    if (visible) delete sheet.hiddenRows[r];
    else sheet.hiddenRows[r] = true;
  }
  wb.record({ sheetId: sheet.id, rect: { ...table.rect, r0: first, r1: last }, changeType: "FormatChanged" });
}

export const isFiltered = (t: TableModel): boolean => Object.keys(t.filters).length > 0;

export class SimFilter extends SimObject<ColumnRef> {
  declare criteria: Record<string, unknown> | null;

  constructor(
    context: SimContext,
    path: string,
    private readonly _locate: () => ColumnRef | null,
  ) {
    super(context, path);
  }

  override _target(): ColumnRef | null {
    return this._locate();
  }

  private _set(method: string, criteria: Record<string, unknown> | null): void {
    this._call(method, [criteria], ({ table, index }) => {
      const id = table.columns[index].id;
      if (criteria) table.filters[id] = copyData(criteria);
      else delete table.filters[id];
      applyTableFilters(this.context._workbook, table);
    });
  }

  apply(criteria: Record<string, unknown>): void {
    if (!criteria || typeof criteria !== "object") throw invalidArgument("filter criteria must be an object");
    this._set("apply", criteria);
  }

  applyValuesFilter(values: unknown[]): void {
    const texts = values.filter((v) => typeof v === "string");
    this._set("applyValuesFilter", { filterOn: "Values", values: texts, blanks: texts.includes("") });
  }

  applyCustomFilter(criteria1: string, criteria2?: string, oper?: string): void {
    const c: Record<string, unknown> = { filterOn: "Custom", criterion1: criteria1 };
    if (criteria2 !== undefined) {
      c.criterion2 = criteria2;
      c.operator = oper ?? "And";
    }
    this._set("applyCustomFilter", c);
  }

  clear(): void {
    this._set("clear", null);
  }
}

defineProps<ColumnRef>(SimFilter, {
  criteria: { get: ({ table, index }) => copyData(table.filters[table.columns[index].id] ?? null) },
});
