// Excel.Workbook and Excel.Application as seen from one request context.
import type { SimContext } from "./context";
import { itemNotFound } from "./errors";
import { SimEventSource } from "./events";
import { defineProps, SimObject } from "./proxy";
import { SimNamedItemCollection } from "./names";
import { SimRange, type RangeRef } from "./range";
import { SimSettingCollection } from "./settings";
import { SimTableCollection } from "./table";
import type { SimWorkbook } from "./workbook";
import { SimWorksheetCollection } from "./worksheet";

export class SimApplication extends SimObject<SimWorkbook> {
  declare calculationMode: string;

  override _target(): SimWorkbook {
    return this.context._workbook;
  }

  calculate(_calculationType?: string): void {
    this._call("calculate", [], (wb) => {
      wb.markFormulasDirty();
      wb.recalculate();
    });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    // Nothing to suspend in the simulator; kept so add-in code runs unchanged.
  }
}

// Formulas are recalculated after every change, i.e. Automatic; the mode is reported, not settable.
defineProps<SimWorkbook>(SimApplication, { calculationMode: { get: () => "Automatic" } });

export class SimWorkbookProxy extends SimObject<SimWorkbook> {
  declare name: string;

  constructor(context: SimContext) {
    super(context, "workbook");
  }

  override _target(): SimWorkbook {
    return this.context._workbook;
  }

  get worksheets(): SimWorksheetCollection {
    return this._child("worksheets", () => new SimWorksheetCollection(this.context, "workbook.worksheets"));
  }

  get tables(): SimTableCollection {
    return this._child("tables", () => new SimTableCollection(this.context, "workbook.tables"));
  }

  get settings(): SimSettingCollection {
    return this._child("settings", () => new SimSettingCollection(this.context, "workbook.settings"));
  }

  get names(): SimNamedItemCollection {
    return this._child("names", () => new SimNamedItemCollection(this.context, "workbook.names"));
  }

  get application(): SimApplication {
    return this._child("application", () => new SimApplication(this.context, "workbook.application"));
  }

  get onSelectionChanged(): SimEventSource {
    return new SimEventSource(
      this.context,
      "SelectionChanged",
      () => undefined,
      "workbook.onSelectionChanged",
    );
  }

  /** A range proxy located by `locate` at sync time (used by objects that hand out ranges). */
  _rangeFrom(path: string, locate: () => RangeRef | null): SimRange {
    return new SimRange(this.context, path, locate);
  }

  /** This client's selection (each co-author has their own). */
  getSelectedRange(): SimRange {
    return this._rangeFrom("workbook.getSelectedRange()", () => {
      const wb = this.context._workbook;
      const sel = wb.selectionOf(this.context._clientName);
      const sheet = sel && wb.sheetById(sel.sheetId);
      if (!sel || !sheet) throw itemNotFound("selection");
      return { sheet, rect: sel.rect };
    });
  }

  getActiveCell(): SimRange {
    return this._rangeFrom("workbook.getActiveCell()", () => {
      const wb = this.context._workbook;
      const sel = wb.selectionOf(this.context._clientName);
      const sheet = sel && wb.sheetById(sel.sheetId);
      if (!sel || !sheet) throw itemNotFound("active cell");
      return { sheet, rect: { r0: sel.rect.r0, c0: sel.rect.c0, r1: sel.rect.r0, c1: sel.rect.c0 } };
    });
  }
}

defineProps<SimWorkbook>(SimWorkbookProxy, { name: { get: () => "Book1.xlsx" } }, [
  "worksheets",
  "tables",
  "settings",
  "application",
]);
