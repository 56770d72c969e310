// Excel.RangeFormat, RangeFont and RangeFill: cell styles, column widths and row heights.
import { rectCols, rectRows } from "./address";
import type { SimContext } from "./context";
import { invalidArgument } from "./errors";
import { formatText } from "./numfmt";
import { defineProps, SimObject } from "./proxy";
import {
  autofitWidth,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  effectiveCell,
  uniformStyle,
  writeStyle,
  type RangeRef,
} from "./range-ops";

const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
};

/** Excel reports colours as "#RRGGBB" (upper case) and accepts a few names. */
export function normalizeColor(v: unknown): string {
  if (typeof v !== "string") throw invalidArgument("a colour must be a string like #FF0000");
  const hex = /^#?([0-9a-f]{6})$/i.exec(v.trim());
  if (hex) return `#${hex[1].toUpperCase()}`;
  const named = NAMED[v.trim().toLowerCase()];
  if (named) return named;
  throw invalidArgument(`"${v}" is not a colour`);
}

const asBool = (v: unknown): boolean => {
  if (typeof v !== "boolean") throw invalidArgument("expected true or false");
  return v;
};

abstract class RangePart extends SimObject<RangeRef> {
  constructor(
    context: SimContext,
    path: string,
    protected readonly _locate: () => RangeRef | null,
  ) {
    super(context, path);
  }

  override _target(): RangeRef | null {
    return this._locate();
  }
}

export class SimRangeFont extends RangePart {
  declare bold: boolean | null;
  declare italic: boolean | null;
  declare color: string | null;
  declare name: string;
  declare size: number;
}

defineProps<RangeRef>(SimRangeFont, {
  bold: {
    get: (ref) => uniformStyle(ref, "bold", false),
    set: (ref, v, self: SimRangeFont) => writeStyle(self.context._workbook, ref, "bold", v, asBool),
  },
  italic: {
    get: (ref) => uniformStyle(ref, "italic", false),
    set: (ref, v, self: SimRangeFont) => writeStyle(self.context._workbook, ref, "italic", v, asBool),
  },
  color: {
    get: (ref) => uniformStyle(ref, "fontColor", "#000000"),
    set: (ref, v, self: SimRangeFont) =>
      writeStyle(self.context._workbook, ref, "fontColor", v, normalizeColor),
  },
  // Font face and size are not modelled: the defaults are reported and writes are accepted.
  name: { get: () => "Calibri", set: () => undefined },
  size: { get: () => 11, set: () => undefined },
});

export class SimRangeFill extends RangePart {
  declare color: string | null;

  clear(): void {
    this._call("clear", [], (ref) => {
      for (const [r, c, cell] of [...ref.sheet.cells.within(ref.rect)]) {
        const next = { ...cell };
        delete next.fill;
        ref.sheet.cells.set(r, c, next);
      }
      this.context._workbook.record({ sheetId: ref.sheet.id, rect: ref.rect, changeType: "FormatChanged" });
    });
  }
}

defineProps<RangeRef>(SimRangeFill, {
  color: {
    get: (ref) => uniformStyle(ref, "fill", "#FFFFFF"),
    set: (ref, v, self: SimRangeFill) => writeStyle(self.context._workbook, ref, "fill", v, normalizeColor),
  },
});

function uniform<T>(values: T[]): T | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

export class SimRangeFormat extends RangePart {
  declare columnWidth: number | null;
  declare rowHeight: number | null;
  declare wrapText: boolean | null;
  declare horizontalAlignment: string | null;

  get font(): SimRangeFont {
    return this._child("font", () => new SimRangeFont(this.context, `${this._path}.font`, this._locate));
  }

  get fill(): SimRangeFill {
    return this._child("fill", () => new SimRangeFill(this.context, `${this._path}.fill`, this._locate));
  }

  /** Widths to fit each column's longest display text within the range (an estimate of Excel's). */
  autofitColumns(): void {
    this._call("autofitColumns", [], (ref) => {
      const { sheet, rect } = ref;
      const date1904 = this.context._workbook.date1904;
      const longest = new Map<number, { chars: number; bold: boolean }>();
      for (const [r, c] of sheet.cells.within(rect)) {
        const cell = effectiveCell(sheet, r, c);
        const text = formatText(cell?.value ?? null, cell?.numberFormat, date1904);
        const prev = longest.get(c);
        if (!prev || text.length > prev.chars) longest.set(c, { chars: text.length, bold: !!cell?.bold });
      }
      for (const [c, { chars, bold }] of longest) {
        sheet.columnWidths[c] = chars === 0 ? DEFAULT_COLUMN_WIDTH : autofitWidth(chars, bold);
      }
      this.context._workbook.record({ sheetId: sheet.id, rect, changeType: "FormatChanged" });
    });
  }

  autofitRows(): void {
    this._call("autofitRows", [], () => undefined);
  }
}

defineProps<RangeRef>(
  SimRangeFormat,
  {
    columnWidth: {
      get: ({ sheet, rect }) =>
        uniform(
          Array.from(
            { length: Math.min(rectCols(rect), 16384) },
            (_, i) => sheet.columnWidths[rect.c0 + i] ?? DEFAULT_COLUMN_WIDTH,
          ),
        ),
      set: ({ sheet, rect }, v, self: SimRangeFormat) => {
        if (typeof v !== "number" || !(v >= 0))
          throw invalidArgument("columnWidth must be a number of points");
        for (let c = rect.c0; c <= rect.c1; c++) sheet.columnWidths[c] = v;
        self.context._workbook.record({ sheetId: sheet.id, rect, changeType: "FormatChanged" });
      },
    },
    rowHeight: {
      get: ({ sheet, rect }) =>
        uniform(
          Array.from(
            { length: Math.min(rectRows(rect), 100000) },
            (_, i) => sheet.rowHeights[rect.r0 + i] ?? DEFAULT_ROW_HEIGHT,
          ),
        ),
      set: ({ sheet, rect }, v, self: SimRangeFormat) => {
        if (typeof v !== "number" || !(v >= 0)) throw invalidArgument("rowHeight must be a number of points");
        for (let r = rect.r0; r <= rect.r1; r++) sheet.rowHeights[r] = v;
        self.context._workbook.record({ sheetId: sheet.id, rect, changeType: "FormatChanged" });
      },
    },
    wrapText: {
      get: (ref) => uniformStyle(ref, "wrap", false),
      set: (ref, v, self: SimRangeFormat) => writeStyle(self.context._workbook, ref, "wrap", v, asBool),
    },
    horizontalAlignment: {
      get: (ref) => uniformStyle(ref, "horizontalAlignment", "General"),
      set: (ref, v, self: SimRangeFormat) =>
        writeStyle(self.context._workbook, ref, "horizontalAlignment", v),
    },
  },
  ["font", "fill"],
);
