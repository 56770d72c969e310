// Excel.Worksheet, WorksheetCollection and WorksheetFreezePanes.
import { MAX_COLS, MAX_ROWS, parseAddress, type Rect } from "./address";
import { SimAutoFilter } from "./autofilter";
import { SimChartCollection } from "./charts";
import type { SimContext } from "./context";
import { invalidArgument, itemNotFound, SimError } from "./errors";
import { SimEventSource } from "./events";
import type { SheetModel, Visibility } from "./model";
import { SimPageLayout } from "./page-layout";
import { callForResult, defineProps, SimCollection, SimObject } from "./proxy";
import { SimRange } from "./range";
import { SimTableCollection } from "./table";
import type { SimWorkbook } from "./workbook";

const ENTIRE: Rect = { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 };

/** Excel's rules for sheet names: 1–31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function checkSheetName(wb: SimWorkbook, name: unknown, except?: SheetModel): string {
  if (typeof name !== "string" || name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name)) {
    throw invalidArgument(`"${String(name)}" is not a valid sheet name`);
  }
  if (name.startsWith("'") || name.endsWith("'"))
    throw invalidArgument("a sheet name can't start or end with '");
  const other = wb.sheetByName(name);
  if (other && other !== except) {
    throw new SimError(
      "ItemAlreadyExists",
      `A resource with the same name or identifier already exists. (${name})`,
    );
  }
  return name;
}

export class SimWorksheet extends SimObject<SheetModel> {
  private _id: string | undefined;
  declare id: string;
  declare name: string;
  declare position: number;
  declare visibility: Visibility;
  declare tabColor: string;
  declare showGridlines: boolean;

  constructor(
    context: SimContext,
    path: string,
    private readonly _locate: () => SheetModel | null,
  ) {
    super(context, path);
  }

  /** Found once (by name, id or position), then followed by id so a rename doesn't lose it. */
  override _target(): SheetModel | null {
    if (this._id) {
      const s = this.context._workbook.sheetById(this._id);
      if (!s) throw itemNotFound(`worksheet ${this._path} was deleted`);
      return s;
    }
    const s = this._locate();
    if (s) this._id = s.id;
    return s;
  }

  get tables(): SimTableCollection {
    return this._child(
      "tables",
      () => new SimTableCollection(this.context, `${this._path}.tables`, () => this._target()),
    );
  }

  get freezePanes(): SimFreezePanes {
    return this._child(
      "freezePanes",
      () => new SimFreezePanes(this.context, `${this._path}.freezePanes`, () => this._target()),
    );
  }

  get charts(): SimChartCollection {
    return this._child(
      "charts",
      () => new SimChartCollection(this.context, `${this._path}.charts`, () => this._target()),
    );
  }

  get pageLayout(): SimPageLayout {
    return this._child(
      "pageLayout",
      () => new SimPageLayout(this.context, `${this._path}.pageLayout`, () => this._target()),
    );
  }

  get autoFilter(): SimAutoFilter {
    return this._child(
      "autoFilter",
      () => new SimAutoFilter(this.context, `${this._path}.autoFilter`, () => this._target()),
    );
  }

  get onChanged(): SimEventSource {
    return new SimEventSource(
      this.context,
      "WorksheetChanged",
      () => this._target()?.id,
      `${this._path}.onChanged`,
    );
  }

  private _range(name: string, args: unknown[], rect: (s: SheetModel) => Rect | null): SimRange {
    return new SimRange(
      this.context,
      `${this._path}.${name}(${args.map((a) => JSON.stringify(a ?? null)).join(",")})`,
      () => {
        const s = this._target();
        if (!s) return null;
        const r = rect(s);
        return r ? { sheet: s, rect: r } : null;
      },
    );
  }

  getRange(address?: string): SimRange {
    return this._range("getRange", address === undefined ? [] : [address], (s) => {
      if (address === undefined || address === "") return ENTIRE;
      const p = parseAddress(address);
      if (!p) throw invalidArgument(`"${address}" is not a valid address`);
      if (p.sheet !== undefined && p.sheet.toLowerCase() !== s.name.toLowerCase()) {
        throw invalidArgument(`"${address}" is on another sheet`);
      }
      return p.rect;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    return this._range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], () => {
      const rect = {
        r0: startRow,
        c0: startColumn,
        r1: startRow + rowCount - 1,
        c1: startColumn + columnCount - 1,
      };
      const ok =
        [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) &&
        rowCount > 0 &&
        columnCount > 0;
      if (!ok || rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS) {
        throw invalidArgument("the indexes fall outside the sheet");
      }
      return rect;
    });
  }

  getCell(row: number, column: number): SimRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** The used range; a blank sheet gives A1, as in Excel. */
  getUsedRange(valuesOnly = false): SimRange {
    return this._range(
      "getUsedRange",
      [valuesOnly],
      (s) => s.cells.bounds(valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return this._range("getUsedRangeOrNullObject", [valuesOnly], (s) =>
      s.cells.bounds(valuesOnly),
    )._probeNull();
  }

  activate(): void {
    this._call("activate", [], (s) => {
      if (s.visibility !== "Visible")
        throw new SimError("InvalidOperation", "A hidden sheet can't be activated.");
      this.context._workbook.selections.set(this.context._clientName, {
        sheetId: s.id,
        rect: { r0: 0, c0: 0, r1: 0, c1: 0 },
      });
      this.context._workbook.notifySelectionChanged(s.id);
    });
  }

  delete(): void {
    this._call("delete", [], (s) => {
      const wb = this.context._workbook;
      const visible = wb.sheets.filter((x) => x.visibility === "Visible");
      if (visible.length === 1 && visible[0] === s) {
        throw new SimError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      wb.sheets = wb.sheets.filter((x) => x !== s);
      wb.tables = wb.tables.filter((t) => t.sheetId !== s.id);
      wb.markFormulasDirty();
      wb.record({ sheetName: s.name, changeType: "SheetDeleted" });
    });
  }

  calculate(_markAllDirty?: boolean): void {
    this._call("calculate", [], () => {
      this.context._workbook.markFormulasDirty();
      this.context._workbook.recalculate();
    });
  }
}

defineProps<SheetModel>(
  SimWorksheet,
  {
    id: { get: (s) => s.id },
    name: {
      get: (s) => s.name,
      set: (s, v, self: SimWorksheet) => {
        const wb = self.context._workbook;
        const old = s.name;
        s.name = checkSheetName(wb, v, s);
        wb.record({ sheetId: s.id, sheetName: old, changeType: "SheetRenamed" });
      },
    },
    position: {
      get: (s, self: SimWorksheet) => self.context._workbook.sheets.indexOf(s),
      set: (s, v, self: SimWorksheet) => {
        const wb = self.context._workbook;
        if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v >= wb.sheets.length) {
          throw invalidArgument("position is outside the workbook's sheets");
        }
        wb.sheets = wb.sheets.filter((x) => x !== s);
        wb.sheets.splice(v, 0, s);
        wb.record({ sheetId: s.id, changeType: "SheetRenamed" });
      },
    },
    visibility: {
      get: (s) => s.visibility,
      set: (s, v, self: SimWorksheet) => {
        const wb = self.context._workbook;
        if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw invalidArgument("visibility");
        if (v !== "Visible" && wb.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) {
          throw new SimError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
        }
        s.visibility = v;
        wb.record({ sheetId: s.id, changeType: "SheetRenamed" });
      },
    },
    showGridlines: {
      get: (s) => s.showGridlines,
      set: (s, v) => {
        s.showGridlines = v === true;
      },
    },
    tabColor: {
      get: (s) => s.tabColor,
      set: (s, v) => {
        s.tabColor = v === "" ? "" : String(v);
      },
    },
  },
  ["tables", "freezePanes", "autoFilter", "charts", "pageLayout"],
);

export class SimWorksheetCollection extends SimCollection<SimWorkbook, SimWorksheet> {
  override _target(): SimWorkbook {
    return this.context._workbook;
  }

  _byLocator(path: string, locate: () => SheetModel | null): SimWorksheet {
    return new SimWorksheet(this.context, path, locate);
  }

  override _list(wb: SimWorkbook): SimWorksheet[] {
    return wb.sheets.map((s) =>
      this._byLocator(`${this._path}.getItem(${JSON.stringify(s.id)})`, () => wb.sheetById(s.id) ?? null),
    );
  }

  private _find(key: string): SheetModel | undefined {
    const wb = this.context._workbook;
    return wb.sheetByName(key) ?? wb.sheetById(key);
  }

  getItem(key: string): SimWorksheet {
    return this._byLocator(`${this._path}.getItem(${JSON.stringify(key)})`, () => {
      const s = this._find(key);
      if (!s) throw itemNotFound(`worksheet "${key}"`);
      return s;
    });
  }

  getItemOrNullObject(key: string): SimWorksheet {
    return this._byLocator(
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      () => this._find(key) ?? null,
    )._probeNull();
  }

  /** Adds a sheet at the end ("Sheet<n>" when no name is given). */
  add(name?: string): SimWorksheet {
    let createdId: string | undefined;
    this._queue({ path: this._path, call: "add", args: [name ?? null] }, () => {
      const wb = this.context._workbook;
      let n = wb.sheets.length + 1;
      while (name === undefined && wb.sheetByName(`Sheet${n}`)) n++;
      const finalName = checkSheetName(wb, name ?? `Sheet${n}`);
      const s = wb.createSheet(finalName);
      createdId = s.id;
      wb.record({ sheetId: s.id, sheetName: s.name, changeType: "SheetAdded" });
    });
    return this._byLocator(`${this._path}.add(${JSON.stringify(name ?? null)})`, () =>
      createdId ? (this.context._workbook.sheetById(createdId) ?? null) : null,
    );
  }

  getActiveWorksheet(): SimWorksheet {
    return this._byLocator(`${this._path}.getActiveWorksheet()`, () => {
      const wb = this.context._workbook;
      const sel = wb.selectionOf(this.context._clientName);
      const s = sel && wb.sheetById(sel.sheetId);
      if (!s) throw itemNotFound("active worksheet");
      return s;
    });
  }

  getFirst(visibleOnly = false): SimWorksheet {
    return this._byLocator(`${this._path}.getFirst(${visibleOnly})`, () => {
      const s = this.context._workbook.sheets.find((x) => !visibleOnly || x.visibility === "Visible");
      if (!s) throw itemNotFound("first worksheet");
      return s;
    });
  }

  getCount(visibleOnly = false): { value: number } {
    return callForResult(
      this,
      "getCount",
      [visibleOnly],
      (wb) => wb.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length,
    );
  }

  get onChanged(): SimEventSource {
    return new SimEventSource(
      this.context,
      "WorksheetCollectionChanged",
      () => undefined,
      `${this._path}.onChanged`,
    );
  }
}

export class SimFreezePanes extends SimObject<SheetModel> {
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

  private _set(method: string, args: unknown[], fn: (s: SheetModel) => void): void {
    this._call(method, args, (s) => {
      fn(s);
      this.context._workbook.record({ sheetId: s.id, changeType: "FormatChanged" });
    });
  }

  freezeRows(count = 1): void {
    this._set("freezeRows", [count], (s) => {
      s.frozenRows = count;
      s.frozenCols = 0;
    });
  }

  freezeColumns(count = 1): void {
    this._set("freezeColumns", [count], (s) => {
      s.frozenCols = count;
      s.frozenRows = 0;
    });
  }

  /** Freezes the rows above and columns left of the given range's bottom-right cell, plus that cell. */
  freezeAt(frozenRange: SimRange | string): void {
    this._set("freezeAt", [typeof frozenRange === "string" ? frozenRange : frozenRange._path], (s) => {
      const rect =
        typeof frozenRange === "string" ? parseAddress(frozenRange)?.rect : frozenRange._target()?.rect;
      if (!rect) throw invalidArgument("freezeAt needs a range");
      s.frozenRows = rect.r1 === MAX_ROWS - 1 ? 0 : rect.r1 + 1;
      s.frozenCols = rect.c1 === MAX_COLS - 1 ? 0 : rect.c1 + 1;
    });
  }

  unfreeze(): void {
    this._set("unfreeze", [], (s) => {
      s.frozenRows = 0;
      s.frozenCols = 0;
    });
  }

  private _location(nullable: boolean): SimRange {
    const name = nullable ? "getLocationOrNullObject" : "getLocation";
    const range = new SimRange(this.context, `${this._path}.${name}()`, () => {
      const s = this._target();
      if (!s) return null;
      if (!s.frozenRows && !s.frozenCols) {
        if (nullable) return null;
        throw itemNotFound("no frozen panes");
      }
      const rect = {
        r0: 0,
        c0: 0,
        r1: s.frozenRows ? s.frozenRows - 1 : MAX_ROWS - 1,
        c1: s.frozenCols ? s.frozenCols - 1 : MAX_COLS - 1,
      };
      return { sheet: s, rect };
    });
    return nullable ? range._probeNull() : range;
  }

  getLocation(): SimRange {
    return this._location(false);
  }

  getLocationOrNullObject(): SimRange {
    return this._location(true);
  }
}

defineProps<SheetModel>(SimFreezePanes, {});
