// Excel.DataValidation on a range: list (and other) rules kept per rectangle of a sheet.
import { inList, listChoices, workbookListContext } from "../formulas/listValidation";
import { contains, intersect, subtract, type Rect } from "./address";
import type { SimContext } from "./context";
import { invalidArgument } from "./errors";
import { copyData, type SheetModel, type ValidationModel } from "./model";
import { defineProps, SimObject } from "./proxy";
import type { RangeRef } from "./range-ops";
import type { SimWorkbook } from "./workbook";

const RULE_TYPES: Record<string, string> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

/** Checks a DataValidationRule: exactly one kind, and a list needs a source. */
function checkRule(rule: unknown): Record<string, unknown> {
  if (!rule || typeof rule !== "object") throw invalidArgument("a data validation rule must be an object");
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !RULE_TYPES[keys[0]]) {
    throw invalidArgument(
      "a data validation rule needs exactly one of list, wholeNumber, decimal, date, time, textLength, custom",
    );
  }
  const body = (rule as Record<string, unknown>)[keys[0]] as Record<string, unknown> | undefined;
  if (!body || typeof body !== "object") throw invalidArgument(`the ${keys[0]} rule must be an object`);
  if (keys[0] === "list") {
    const source = body.source;
    if (typeof source !== "string" || source.trim() === "")
      throw invalidArgument("a list rule needs a source");
    return { list: { inCellDropDown: body.inCellDropDown !== false, source } };
  }
  return copyData({ [keys[0]]: body });
}

/** The validations covering `rect`: a rule only when one rule covers all of it. */
function covering(sheet: SheetModel, rect: Rect): { one?: ValidationModel; mixed: boolean } {
  const hits = sheet.validations.filter((v) => intersect(v.rect, rect));
  if (hits.length === 0) return { mixed: false };
  const first = hits[0];
  const same = hits.every((h) => JSON.stringify(h.rule) === JSON.stringify(first.rule));
  const covered =
    subtractAll(
      rect,
      hits.map((h) => h.rect),
    ).length === 0;
  return same && covered ? { one: first, mixed: false } : { mixed: true };
}

function subtractAll(rect: Rect, holes: Rect[]): Rect[] {
  let parts = [rect];
  for (const h of holes) parts = parts.flatMap((p) => subtract(p, h));
  return parts;
}

/** Removes validation from `rect`, keeping it on the rest of each validated area. */
function removeFrom(sheet: SheetModel, rect: Rect): void {
  sheet.validations = sheet.validations.flatMap((v) =>
    contains(rect, v.rect) ? [] : subtract(v.rect, rect).map((r) => ({ ...v, rect: r })),
  );
}

function update(ref: RangeRef, self: SimDataValidation, change: (v: ValidationModel) => void): void {
  const { sheet, rect } = ref;
  const hits = sheet.validations.filter((v) => intersect(v.rect, rect));
  if (hits.length === 0) throw invalidArgument("set a rule before its other settings");
  for (const h of hits) change(h);
  self.context._workbook.record({ sheetId: sheet.id, rect, changeType: "FormatChanged" });
}

/**
 * Whether the values of `rect` satisfy their validation, by the rule the grid's "Circle invalid data" uses
 * (formulas/listValidation). Only list rules are judged; the other kinds (whole number, decimal, date,
 * time, text length, custom) can take formulas and pass here. Cells without a rule pass.
 */
function validity(wb: SimWorkbook, { sheet, rect }: RangeRef): boolean | null {
  let passed = false;
  let failed = false;
  const used = sheet.cells.bounds(true);
  const lists = new Map<ValidationModel, string[] | null>();
  const ctx = workbookListContext(wb, sheet);
  for (const v of sheet.validations) {
    const list = v.rule.list as { source?: unknown } | undefined;
    const area = intersect(v.rect, rect);
    if (!area) continue;
    if (!list || typeof list.source !== "string") {
      passed = true;
      continue;
    }
    let choices = lists.get(v);
    if (choices === undefined) {
      choices = listChoices(ctx, list.source, { sheet: sheet.name, row: v.rect.r0, col: v.rect.c0 });
      lists.set(v, choices);
    }
    // A source that names nothing (a register not set up yet) checks nothing.
    if (choices === null) {
      passed = true;
      continue;
    }
    // Only the used part is read cell by cell; the rest of a large range is blank.
    const filled = used && intersect(area, used);
    if (!filled || !contains(filled, area)) {
      if (inList(null, choices, v.ignoreBlanks)) passed = true;
      else failed = true;
    }
    if (filled) {
      for (let r = filled.r0; r <= filled.r1; r++)
        for (let c = filled.c0; c <= filled.c1; c++) {
          if (inList(sheet.cells.get(r, c)?.value ?? null, choices, v.ignoreBlanks)) passed = true;
          else failed = true;
        }
    }
    if (passed && failed) return null;
  }
  if (
    subtractAll(
      rect,
      sheet.validations.map((v) => v.rect),
    ).length > 0
  )
    passed = true;
  return passed && failed ? null : !failed;
}

export class SimDataValidation extends SimObject<RangeRef> {
  declare rule: Record<string, unknown> | null;
  declare type: string;
  declare ignoreBlanks: boolean | null;
  declare errorAlert: Record<string, unknown> | null;
  declare prompt: Record<string, unknown> | null;
  /** True when every value passes its rule, false when none does, null when some do (Excel's meaning). */
  declare valid: boolean | null;

  constructor(
    context: SimContext,
    path: string,
    private readonly _locate: () => RangeRef | null,
  ) {
    super(context, path);
  }

  override _target(): RangeRef | null {
    return this._locate();
  }

  clear(): void {
    this._call("clear", [], (ref) => {
      removeFrom(ref.sheet, ref.rect);
      this.context._workbook.record({ sheetId: ref.sheet.id, rect: ref.rect, changeType: "FormatChanged" });
    });
  }
}

defineProps<RangeRef>(SimDataValidation, {
  rule: {
    get: ({ sheet, rect }) => {
      const c = covering(sheet, rect);
      return c.one ? copyData(c.one.rule) : c.mixed ? null : {};
    },
    set: ({ sheet, rect }, v, self: SimDataValidation) => {
      const rule = checkRule(v);
      removeFrom(sheet, rect);
      sheet.validations.push({ rect, rule, ignoreBlanks: true });
      self.context._workbook.record({ sheetId: sheet.id, rect, changeType: "FormatChanged" });
    },
  },
  type: {
    get: ({ sheet, rect }) => {
      const c = covering(sheet, rect);
      if (c.mixed) return "Inconsistent";
      return c.one ? RULE_TYPES[Object.keys(c.one.rule)[0]] : "None";
    },
  },
  ignoreBlanks: {
    get: ({ sheet, rect }) => covering(sheet, rect).one?.ignoreBlanks ?? null,
    set: (ref, v, self: SimDataValidation) => update(ref, self, (m) => (m.ignoreBlanks = v === true)),
  },
  errorAlert: {
    get: ({ sheet, rect }) => covering(sheet, rect).one?.errorAlert ?? null,
    set: (ref, v, self: SimDataValidation) =>
      update(ref, self, (m) => (m.errorAlert = copyData(v) as Record<string, unknown>)),
  },
  prompt: {
    get: ({ sheet, rect }) => covering(sheet, rect).one?.prompt ?? null,
    set: (ref, v, self: SimDataValidation) =>
      update(ref, self, (m) => (m.prompt = copyData(v) as Record<string, unknown>)),
  },
  valid: { get: (ref, self: SimDataValidation) => validity(self.context._workbook, ref) },
});
