// Excel.AutoFilter on a worksheet: a filtered range (header row first) whose failing rows are hidden.
import { intersect, parseAddress, rectCols, type Rect } from "./address";
import type { SimContext } from "./context";
import { invalidArgument, SimError } from "./errors";
import { passes } from "./filter";
import { copyData, type SheetModel } from "./model";
import { formatText } from "./numfmt";
import { defineProps, SimObject } from "./proxy";
import type { SimRange } from "./range";
import type { SimWorkbook } from "./workbook";

/** Hides the rows under the AutoFilter's header that fail a criterion; shows the rest. */
function refilter(wb: SimWorkbook, sheet: SheetModel): void {
  const af = sheet.autoFilter;
  if (!af) return;
  for (let r = af.rect.r0 + 1; r <= af.rect.r1; r++) {
    const visible = Object.entries(af.criteria).every(([offset, criteria]) => {
      const cell = sheet.cells.get(r, af.rect.c0 + Number(offset));
      return passes(
        criteria,
        cell?.value ?? null,
        formatText(cell?.value ?? null, cell?.numberFormat, wb.date1904),
      );
    });
    if (visible) delete sheet.hiddenRows[r];
    else sheet.hiddenRows[r] = true;
  }
  wb.record({ sheetId: sheet.id, rect: af.rect, changeType: "FormatChanged" });
}

export class SimAutoFilter extends SimObject<SheetModel> {
  declare enabled: boolean;
  declare isDataFiltered: boolean;
  declare criteria: Record<string, unknown>[];

  constructor(
    context: SimContext,
    path: string,
    private readonly _locate: () => SheetModel | null,
  ) {
    super(context, path);
  }

  override _target(): SheetModel | null {
    return this._locate();
  }

  /** Turns the AutoFilter on for `range` (and optionally filters one of its columns). */
  apply(range: SimRange | string, columnIndex?: number, criteria?: Record<string, unknown>): void {
    const desc = typeof range === "string" ? range : range._path;
    this._call("apply", [desc, columnIndex ?? null, criteria ?? null], (sheet) => {
      const wb = this.context._workbook;
      const rect: Rect | undefined =
        typeof range === "string" ? parseAddress(range)?.rect : range._target()?.rect;
      if (!rect) throw invalidArgument(`"${desc}" is not a range for a filter`);
      if (wb.tablesOn(sheet.id).some((t) => intersect(t.rect, rect))) {
        throw new SimError(
          "InvalidOperation",
          "A table has its own filter; the sheet's AutoFilter can't overlap it.",
        );
      }
      if (!sheet.autoFilter || sheet.autoFilter.rect.r0 !== rect.r0 || sheet.autoFilter.rect.c0 !== rect.c0) {
        for (
          let r = (sheet.autoFilter?.rect.r0 ?? 0) + 1;
          sheet.autoFilter && r <= sheet.autoFilter.rect.r1;
          r++
        ) {
          delete sheet.hiddenRows[r];
        }
        sheet.autoFilter = { rect, criteria: {} };
      } else sheet.autoFilter.rect = rect;
      if (columnIndex !== undefined && criteria) {
        if (columnIndex < 0 || columnIndex >= rectCols(rect))
          throw invalidArgument("columnIndex is outside the range");
        sheet.autoFilter.criteria[columnIndex] = copyData(criteria);
      }
      refilter(wb, sheet);
    });
  }

  clearCriteria(): void {
    this._call("clearCriteria", [], (sheet) => {
      if (!sheet.autoFilter) return;
      sheet.autoFilter.criteria = {};
      refilter(this.context._workbook, sheet);
    });
  }

  clearColumnCriteria(columnIndex: number): void {
    this._call("clearColumnCriteria", [columnIndex], (sheet) => {
      if (!sheet.autoFilter) return;
      delete sheet.autoFilter.criteria[columnIndex];
      refilter(this.context._workbook, sheet);
    });
  }

  reapply(): void {
    this._call("reapply", [], (sheet) => refilter(this.context._workbook, sheet));
  }

  remove(): void {
    this._call("remove", [], (sheet) => {
      if (!sheet.autoFilter) return;
      sheet.autoFilter.criteria = {};
      refilter(this.context._workbook, sheet);
      sheet.autoFilter = null;
    });
  }

  getRangeOrNullObject(): SimRange {
    return this.context.workbook
      ._rangeFrom(`${this._path}.getRangeOrNullObject()`, () => {
        const s = this._target();
        return s?.autoFilter ? { sheet: s, rect: s.autoFilter.rect } : null;
      })
      ._probeNull();
  }
}

defineProps<SheetModel>(SimAutoFilter, {
  enabled: { get: (s) => s.autoFilter !== null },
  isDataFiltered: { get: (s) => !!s.autoFilter && Object.keys(s.autoFilter.criteria).length > 0 },
  criteria: {
    get: (s) => {
      const af = s.autoFilter;
      if (!af) return [];
      return Array.from({ length: rectCols(af.rect) }, (_, i) =>
        copyData(af.criteria[i] ?? { filterOn: "Custom" }),
      );
    },
  },
});
