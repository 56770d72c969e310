// Excel.ConditionalFormatCollection on a range, and the Custom / CellValue conditional formats.
import { contains, formatRect, intersect, subtract } from "./address";
import type { SimContext } from "./context";
import { invalidArgument, itemNotFound } from "./errors";
import { normalizeColor } from "./formats";
import { copyData, type ConditionalFormatModel, type SheetModel } from "./model";
import { callForResult, defineProps, SimCollection, SimObject } from "./proxy";
import type { RangeRef } from "./range-ops";

const TYPES = [
  "Custom",
  "CellValue",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
];

interface CfRef {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

abstract class CfPart extends SimObject<CfRef> {
  constructor(
    context: SimContext,
    path: string,
    protected readonly _locate: () => CfRef | null,
  ) {
    super(context, path);
  }

  override _target(): CfRef | null {
    return this._locate();
  }
}

const changed = (self: SimObject, { sheet, cf }: CfRef) =>
  self.context._workbook.record({ sheetId: sheet.id, rect: cf.rect, changeType: "FormatChanged" });

export class SimCfRule extends CfPart {
  declare formula: string | null;
  declare formulaLocal: string | null;
}

const setFormula = (ref: CfRef, v: unknown, self: SimObject) => {
  if (typeof v !== "string" || !v.startsWith("="))
    throw invalidArgument("a conditional format formula starts with =");
  ref.cf.formula = v;
  changed(self, ref);
};

defineProps<CfRef>(SimCfRule, {
  formula: { get: ({ cf }) => cf.formula ?? null, set: (r, v, self: SimCfRule) => setFormula(r, v, self) },
  formulaLocal: {
    get: ({ cf }) => cf.formula ?? null,
    set: (r, v, self: SimCfRule) => setFormula(r, v, self),
  },
});

export class SimCfFill extends CfPart {
  declare color: string | null;

  clear(): void {
    this._call("clear", [], (ref) => {
      delete ref.cf.format.fillColor;
      changed(this, ref);
    });
  }
}

defineProps<CfRef>(SimCfFill, {
  color: {
    get: ({ cf }) => cf.format.fillColor ?? null,
    set: (ref, v, self: SimCfFill) => {
      ref.cf.format.fillColor = normalizeColor(v);
      changed(self, ref);
    },
  },
});

export class SimCfFont extends CfPart {
  declare bold: boolean | null;
  declare italic: boolean | null;
  declare color: string | null;
}

defineProps<CfRef>(SimCfFont, {
  bold: {
    get: ({ cf }) => cf.format.bold ?? null,
    set: (ref, v, self: SimCfFont) => {
      ref.cf.format.bold = v === true;
      changed(self, ref);
    },
  },
  italic: {
    get: ({ cf }) => cf.format.italic ?? null,
    set: (ref, v, self: SimCfFont) => {
      ref.cf.format.italic = v === true;
      changed(self, ref);
    },
  },
  color: {
    get: ({ cf }) => cf.format.fontColor ?? null,
    set: (ref, v, self: SimCfFont) => {
      ref.cf.format.fontColor = normalizeColor(v);
      changed(self, ref);
    },
  },
});

export class SimCfFormat extends CfPart {
  declare numberFormat: string | null;

  get fill(): SimCfFill {
    return this._child("fill", () => new SimCfFill(this.context, `${this._path}.fill`, this._locate));
  }

  get font(): SimCfFont {
    return this._child("font", () => new SimCfFont(this.context, `${this._path}.font`, this._locate));
  }
}

defineProps<CfRef>(
  SimCfFormat,
  {
    numberFormat: {
      get: ({ cf }) => cf.format.numberFormat ?? null,
      set: (ref, v, self: SimCfFormat) => {
        ref.cf.format.numberFormat = String(v);
        changed(self, ref);
      },
    },
  },
  ["fill", "font"],
);

/** Custom (formula) conditional format: `.rule.formula` and `.format`. */
export class SimCustomCf extends CfPart {
  get rule(): SimCfRule {
    return this._child("rule", () => new SimCfRule(this.context, `${this._path}.rule`, this._locate));
  }

  get format(): SimCfFormat {
    return this._child("format", () => new SimCfFormat(this.context, `${this._path}.format`, this._locate));
  }
}

defineProps<CfRef>(SimCustomCf, {}, ["rule", "format"]);

/** Cell-value conditional format: `.rule` is an object { formula1, formula2?, operator }. */
export class SimCellValueCf extends CfPart {
  declare rule: Record<string, unknown> | null;

  get format(): SimCfFormat {
    return this._child("format", () => new SimCfFormat(this.context, `${this._path}.format`, this._locate));
  }
}

defineProps<CfRef>(
  SimCellValueCf,
  {
    rule: {
      get: ({ cf }) => (cf.rule ? copyData(cf.rule) : null),
      set: (ref, v, self: SimCellValueCf) => {
        if (!v || typeof v !== "object") throw invalidArgument("a cell value rule is an object");
        ref.cf.rule = copyData(v) as Record<string, unknown>;
        changed(self, ref);
      },
    },
  },
  ["format"],
);

export class SimConditionalFormat extends CfPart {
  declare id: string;
  declare type: string;
  declare priority: number;
  declare stopIfTrue: boolean;

  get custom(): SimCustomCf {
    return this._child("custom", () => new SimCustomCf(this.context, `${this._path}.custom`, this._locate));
  }

  get cellValue(): SimCellValueCf {
    return this._child(
      "cellValue",
      () => new SimCellValueCf(this.context, `${this._path}.cellValue`, this._locate),
    );
  }

  delete(): void {
    this._call("delete", [], ({ sheet, cf }) => {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x.id !== cf.id);
      this.context._workbook.record({ sheetId: sheet.id, rect: cf.rect, changeType: "FormatChanged" });
    });
  }

  getRange(): import("./range").SimRange {
    return this.context.workbook._rangeFrom(`${this._path}.getRange()`, () => {
      const t = this._target();
      return t ? { sheet: t.sheet, rect: t.cf.rect } : null;
    });
  }
}

defineProps<CfRef>(
  SimConditionalFormat,
  {
    id: { get: ({ cf }) => cf.id },
    type: { get: ({ cf }) => cf.type },
    priority: { get: ({ sheet, cf }) => sheet.conditionalFormats.indexOf(cf) },
    stopIfTrue: {
      get: ({ cf }) => cf.stopIfTrue,
      set: (ref, v, self: SimConditionalFormat) => {
        ref.cf.stopIfTrue = v === true;
        changed(self, ref);
      },
    },
  },
  ["custom", "cellValue"],
);

/** The conditional formats that apply to (intersect) a range. */
export class SimConditionalFormats extends SimCollection<RangeRef, SimConditionalFormat> {
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

  private _item(path: string, find: () => CfRef | null): SimConditionalFormat {
    return new SimConditionalFormat(this.context, path, find);
  }

  override _list({ sheet, rect }: RangeRef): SimConditionalFormat[] {
    return sheet.conditionalFormats
      .filter((cf) => intersect(cf.rect, rect))
      .map((cf) =>
        this._item(`${this._path}.getItem(${JSON.stringify(cf.id)})`, () =>
          byId(this.context, sheet.id, cf.id),
        ),
      );
  }

  add(type: string): SimConditionalFormat {
    if (!TYPES.includes(type)) throw invalidArgument(`unknown conditional format type "${type}"`);
    let created: { sheetId: string; id: string } | undefined;
    this._call("add", [type], ({ sheet, rect }) => {
      const wb = this.context._workbook;
      const cf: ConditionalFormatModel = {
        id: `{CF-${++wb.counters.cf}}`,
        rect,
        type,
        format: {},
        stopIfTrue: false,
      };
      sheet.conditionalFormats.push(cf);
      created = { sheetId: sheet.id, id: cf.id };
      wb.record({ sheetId: sheet.id, rect, changeType: "FormatChanged" });
    });
    return this._item(`${this._path}.add(${JSON.stringify(type)})`, () =>
      created ? byId(this.context, created.sheetId, created.id) : null,
    );
  }

  /** Removes conditional formatting from the range (areas outside it keep theirs). */
  clearAll(): void {
    this._call("clearAll", [], ({ sheet, rect }) => {
      sheet.conditionalFormats = sheet.conditionalFormats.flatMap((cf) =>
        contains(rect, cf.rect)
          ? []
          : subtract(cf.rect, rect).map((r, i) => ({
              ...cf,
              rect: r,
              id: i === 0 ? cf.id : `${cf.id}.${formatRect(r)}`,
            })),
      );
      this.context._workbook.record({ sheetId: sheet.id, rect, changeType: "FormatChanged" });
    });
  }

  getCount(): { value: number } {
    return callForResult(
      this,
      "getCount",
      [],
      ({ sheet, rect }) => sheet.conditionalFormats.filter((cf) => intersect(cf.rect, rect)).length,
    );
  }

  getItem(id: string): SimConditionalFormat {
    return this._item(`${this._path}.getItem(${JSON.stringify(id)})`, () => {
      const ref = this._target();
      if (!ref) return null;
      const cf = ref.sheet.conditionalFormats.find((x) => x.id === id);
      if (!cf) throw itemNotFound(`conditional format ${id}`);
      return { sheet: ref.sheet, cf };
    });
  }

  getItemAt(index: number): SimConditionalFormat {
    return this._item(`${this._path}.getItemAt(${index})`, () => {
      const ref = this._target();
      if (!ref) return null;
      const cf = ref.sheet.conditionalFormats.filter((x) => intersect(x.rect, ref.rect))[index];
      if (!cf) throw itemNotFound(`conditional format at ${index}`);
      return { sheet: ref.sheet, cf };
    });
  }
}

function byId(context: SimContext, sheetId: string, id: string): CfRef {
  const sheet = context._workbook.sheetById(sheetId);
  const cf = sheet?.conditionalFormats.find((x) => x.id === id);
  if (!sheet || !cf) throw itemNotFound(`conditional format ${id}`);
  return { sheet, cf };
}
