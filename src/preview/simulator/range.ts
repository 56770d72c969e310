// Excel.Range: a rectangle of one sheet, located at sync time and then kept.
import {
  bounding,
  formatAddress,
  intersect,
  isEntireColumns,
  isEntireRows,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
  rectCols,
  rectRows,
  type Rect,
} from "./address";
import type { SimContext } from "./context";
import { invalidArgument, itemNotFound, SimError } from "./errors";
import type { Anchor } from "./model";
import {
  getCellProperties,
  setCellProperties,
  setColumnProperties,
  setRowProperties,
} from "./cell-properties";
import { SimConditionalFormats } from "./conditional-formats";
import { SimRangeFormat } from "./formats";
import { SimDataValidation } from "./validation";
import { findInRect, type SearchCriteria } from "./find";
import { valueType } from "./input";
import { formatText } from "./numfmt";
import { callForResult, defineProps, SimCollection, SimObject } from "./proxy";
import {
  clearRange,
  hiddenState,
  setHidden,
  writeHyperlink,
  mergeRange,
  readGrid,
  unmergeRange,
  writeContent,
  writeStyle,
  type RangeRef,
} from "./range-ops";
import { shiftCells, type ShiftDirection } from "./shift";
import { normalizeHeaders } from "./tables";
import { dispatchSelection } from "./events";
import type { SimWorksheet } from "./worksheet";

export type { RangeRef } from "./range-ops";

const arg = (a: unknown): string => JSON.stringify(a ?? null);

function checkRect(rect: Rect): Rect {
  if (
    rect.r0 < 0 ||
    rect.c0 < 0 ||
    rect.r1 >= MAX_ROWS ||
    rect.c1 >= MAX_COLS ||
    rect.r1 < rect.r0 ||
    rect.c1 < rect.c0
  ) {
    throw invalidArgument("the range would fall outside the sheet");
  }
  return rect;
}

export class SimRange extends SimObject<RangeRef> {
  private _anchor: Anchor | undefined;
  declare values: unknown[][];
  declare formulas: unknown[][];
  declare formulasLocal: unknown[][];
  declare numberFormat: unknown[][];
  declare numberFormatLocal: unknown[][];
  declare text: string[][];
  declare valueTypes: string[][];
  declare address: string;
  declare addressLocal: string;
  declare rowIndex: number;
  declare columnIndex: number;
  declare rowCount: number;
  declare columnCount: number;
  declare cellCount: number;
  declare isEntireRow: boolean;
  declare isEntireColumn: boolean;
  declare rowHidden: boolean | null;
  declare columnHidden: boolean | null;
  declare hidden: boolean;
  declare hyperlink: Excel.RangeHyperlink | null;

  constructor(
    context: SimContext,
    path: string,
    private readonly _locate: () => RangeRef | null,
  ) {
    super(context, path);
  }

  /**
   * Located once (the first sync that uses it), then the same cells: Office.js tracks Range objects
   * inside Excel.run, so they follow rows and columns inserted or deleted before them, by anyone.
   */
  override _target(): RangeRef | null {
    const anchor = this._anchor;
    if (anchor) {
      if (anchor.gone) throw new SimError("InvalidReference", `The cells of ${this._path} were deleted.`);
      const sheet = this.context._workbook.sheetById(anchor.sheetId);
      if (!sheet) throw itemNotFound(`the sheet of ${this._path} no longer exists`);
      return { sheet, rect: anchor.rect };
    }
    const ref = this._locate();
    if (ref) {
      this._anchor = { sheetId: ref.sheet.id, rect: ref.rect, gone: false };
      this.context._anchor(this._anchor);
    }
    return ref;
  }

  private _derive(name: string, args: unknown[], fn: (ref: RangeRef) => Rect | null): SimRange {
    return new SimRange(this.context, `${this._path}.${name}(${args.map(arg).join(",")})`, () => {
      const ref = this._target();
      if (!ref) return null;
      const rect = fn(ref);
      return rect ? { sheet: ref.sheet, rect: checkRect(rect) } : null;
    });
  }

  /** Another range argument (a Range or an address on this range's sheet), resolved at sync. */
  private _other(other: SimRange | string, ref: RangeRef): Rect {
    if (typeof other === "string") {
      const p = parseAddress(other);
      if (!p) throw invalidArgument(`bad address "${other}"`);
      return p.rect;
    }
    const o = other._target();
    if (!o) throw itemNotFound(other._path);
    if (o.sheet.id !== ref.sheet.id) throw invalidArgument("the ranges are on different sheets");
    return o.rect;
  }

  get format(): SimRangeFormat {
    return this._child(
      "format",
      () => new SimRangeFormat(this.context, `${this._path}.format`, () => this._target()),
    );
  }

  get dataValidation(): SimDataValidation {
    return this._child(
      "dataValidation",
      () => new SimDataValidation(this.context, `${this._path}.dataValidation`, () => this._target()),
    );
  }

  get conditionalFormats(): SimConditionalFormats {
    return this._child(
      "conditionalFormats",
      () => new SimConditionalFormats(this.context, `${this._path}.conditionalFormats`, () => this._target()),
    );
  }

  get worksheet(): SimWorksheet {
    return this._child("worksheet", () =>
      this.context.workbook.worksheets._byLocator(
        `${this._path}.worksheet`,
        () => this._target()?.sheet ?? null,
      ),
    );
  }

  getCell(row: number, column: number): SimRange {
    return this._derive("getCell", [row, column], ({ rect }) => ({
      r0: rect.r0 + row,
      c0: rect.c0 + column,
      r1: rect.r0 + row,
      c1: rect.c0 + column,
    }));
  }

  getRow(row: number): SimRange {
    return this._derive("getRow", [row], ({ rect }) => {
      if (row < 0 || row >= rectRows(rect)) throw invalidArgument(`row ${row} is outside the range`);
      return { ...rect, r0: rect.r0 + row, r1: rect.r0 + row };
    });
  }

  getColumn(column: number): SimRange {
    return this._derive("getColumn", [column], ({ rect }) => {
      if (column < 0 || column >= rectCols(rect))
        throw invalidArgument(`column ${column} is outside the range`);
      return { ...rect, c0: rect.c0 + column, c1: rect.c0 + column };
    });
  }

  getLastRow(): SimRange {
    return this._derive("getLastRow", [], ({ rect }) => ({ ...rect, r0: rect.r1 }));
  }

  getLastColumn(): SimRange {
    return this._derive("getLastColumn", [], ({ rect }) => ({ ...rect, c0: rect.c1 }));
  }

  getLastCell(): SimRange {
    return this._derive("getLastCell", [], ({ rect }) => ({
      r0: rect.r1,
      c0: rect.c1,
      r1: rect.r1,
      c1: rect.c1,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this._derive("getResizedRange", [deltaRows, deltaColumns], ({ rect }) => ({
      ...rect,
      r1: rect.r1 + deltaRows,
      c1: rect.c1 + deltaColumns,
    }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): SimRange {
    return this._derive("getAbsoluteResizedRange", [numRows, numColumns], ({ rect }) => ({
      ...rect,
      r1: rect.r0 + numRows - 1,
      c1: rect.c0 + numColumns - 1,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this._derive("getOffsetRange", [rowOffset, columnOffset], ({ rect }) => ({
      r0: rect.r0 + rowOffset,
      r1: rect.r1 + rowOffset,
      c0: rect.c0 + columnOffset,
      c1: rect.c1 + columnOffset,
    }));
  }

  getRowsAbove(count = 1): SimRange {
    return this._derive("getRowsAbove", [count], ({ rect }) => ({
      ...rect,
      r0: rect.r0 - count,
      r1: rect.r0 - 1,
    }));
  }

  getRowsBelow(count = 1): SimRange {
    return this._derive("getRowsBelow", [count], ({ rect }) => ({
      ...rect,
      r0: rect.r1 + 1,
      r1: rect.r1 + count,
    }));
  }

  getColumnsBefore(count = 1): SimRange {
    return this._derive("getColumnsBefore", [count], ({ rect }) => ({
      ...rect,
      c0: rect.c0 - count,
      c1: rect.c0 - 1,
    }));
  }

  getColumnsAfter(count = 1): SimRange {
    return this._derive("getColumnsAfter", [count], ({ rect }) => ({
      ...rect,
      c0: rect.c1 + 1,
      c1: rect.c1 + count,
    }));
  }

  getEntireRow(): SimRange {
    return this._derive("getEntireRow", [], ({ rect }) => ({ ...rect, c0: 0, c1: MAX_COLS - 1 }));
  }

  getEntireColumn(): SimRange {
    return this._derive("getEntireColumn", [], ({ rect }) => ({ ...rect, r0: 0, r1: MAX_ROWS - 1 }));
  }

  getIntersection(other: SimRange | string): SimRange {
    return this._derive("getIntersection", [typeof other === "string" ? other : other._path], (ref) => {
      const x = intersect(ref.rect, this._other(other, ref));
      if (!x) throw itemNotFound("the ranges do not intersect");
      return x;
    });
  }

  getIntersectionOrNullObject(other: SimRange | string): SimRange {
    return this._derive(
      "getIntersectionOrNullObject",
      [typeof other === "string" ? other : other._path],
      (ref) => intersect(ref.rect, this._other(other, ref)),
    )._probeNull();
  }

  getBoundingRect(other: SimRange | string): SimRange {
    return this._derive("getBoundingRect", [typeof other === "string" ? other : other._path], (ref) =>
      bounding(ref.rect, this._other(other, ref)),
    );
  }

  getUsedRange(valuesOnly = false): SimRange {
    return this._derive("getUsedRange", [valuesOnly], ({ sheet, rect }) => {
      const used = sheet.cells.bounds(valuesOnly);
      const x = used && intersect(used, rect);
      if (!x) throw itemNotFound("the range is empty");
      return x;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return this._derive("getUsedRangeOrNullObject", [valuesOnly], ({ sheet, rect }) => {
      const used = sheet.cells.bounds(valuesOnly);
      return used && intersect(used, rect);
    })._probeNull();
  }

  /** Range.find: the first cell matching `text` (ItemNotFound when there is none). */
  find(text: string, criteria: SearchCriteria = {}): SimRange {
    return this._find("find", text, criteria, false);
  }

  /** Range.findOrNullObject: like find, a null object when nothing matches. */
  findOrNullObject(text: string, criteria: SearchCriteria = {}): SimRange {
    return this._find("findOrNullObject", text, criteria, true)._probeNull();
  }

  private _find(name: string, text: string, criteria: SearchCriteria, nullable: boolean): SimRange {
    return this._derive(name, [text, criteria], ({ sheet, rect }) => {
      const hit = findInRect(sheet, rect, text, criteria);
      if (hit) return { r0: hit.r, c0: hit.c, r1: hit.r, c1: hit.c };
      if (nullable) return null;
      throw itemNotFound(`"${text}" was not found`);
    });
  }

  getMergedAreasOrNullObject(): SimRangeAreas {
    const areas = new SimRangeAreas(this.context, `${this._path}.getMergedAreasOrNullObject()`, () => {
      const ref = this._target();
      if (!ref) return null;
      const found = ref.sheet.merges.filter((m) => intersect(m, ref.rect));
      return found.length ? { sheet: ref.sheet, rects: found } : null;
    });
    return areas._probeNull();
  }

  select(): void {
    this._call("select", [], (ref) => {
      const wb = this.context._workbook;
      wb.selections.set(this.context._clientName, { sheetId: ref.sheet.id, rect: ref.rect });
      dispatchSelection(wb, this.context._clientName);
    });
  }

  activate(): void {
    this.select();
  }

  clear(applyTo: string = "All"): void {
    this._call("clear", [applyTo], (ref) => clearRange(this.context._workbook, ref, applyTo));
  }

  delete(shift: string): void {
    this._call("delete", [shift], (ref) => this._shift(ref, shift === "Left" ? "Left" : "Up"));
  }

  /** Inserts cells where this range is (it moves on with its cells); returns the inserted cells. */
  insert(shift: string): SimRange {
    let inserted: RangeRef | undefined;
    this._call("insert", [shift], (ref) => {
      inserted = { ...ref };
      this._shift(ref, shift === "Right" ? "Right" : "Down");
    });
    return new SimRange(this.context, `${this._path}.insert(${arg(shift)})`, () => inserted ?? null);
  }

  private _shift(ref: RangeRef, requested: ShiftDirection): void {
    const wb = this.context._workbook;
    const rows = isEntireRows(ref.rect);
    const cols = isEntireColumns(ref.rect) && !rows;
    const dir: ShiftDirection = rows
      ? requested === "Down" || requested === "Right"
        ? "Down"
        : "Up"
      : cols
        ? requested === "Down" || requested === "Right"
          ? "Right"
          : "Left"
        : requested;
    const touched = shiftCells(wb, ref.sheet, ref.rect, dir);
    for (const t of touched) normalizeHeaders(wb, t);
    const inserted = dir === "Down" || dir === "Right";
    const changeType = rows
      ? inserted
        ? "RowInserted"
        : "RowDeleted"
      : cols
        ? inserted
          ? "ColumnInserted"
          : "ColumnDeleted"
        : inserted
          ? "CellInserted"
          : "CellDeleted";
    wb.record({ sheetId: ref.sheet.id, rect: ref.rect, changeType });
  }

  merge(across = false): void {
    this._call("merge", [across], (ref) => mergeRange(this.context._workbook, ref, across));
  }

  unmerge(): void {
    this._call("unmerge", [], (ref) => unmergeRange(this.context._workbook, ref));
  }

  calculate(): void {
    this._call("calculate", [], () => {
      this.context._workbook.markFormulasDirty();
      this.context._workbook.recalculate();
    });
  }

  setCellProperties(cellPropertiesData: Excel.SettableCellProperties[][]): void {
    this._call("setCellProperties", [cellPropertiesData], (ref) =>
      setCellProperties(this.context._workbook, ref, cellPropertiesData),
    );
  }

  setColumnProperties(columnPropertiesData: Excel.SettableColumnProperties[]): void {
    this._call("setColumnProperties", [columnPropertiesData], (ref) =>
      setColumnProperties(this.context._workbook, ref, columnPropertiesData),
    );
  }

  setRowProperties(rowPropertiesData: Excel.SettableRowProperties[]): void {
    this._call("setRowProperties", [rowPropertiesData], (ref) =>
      setRowProperties(this.context._workbook, ref, rowPropertiesData),
    );
  }

  getCellProperties(cellPropertiesLoadOptions: Excel.CellPropertiesLoadOptions): {
    value: Excel.CellProperties[][];
  } {
    return callForResult(
      this,
      "getCellProperties",
      [cellPropertiesLoadOptions],
      (ref) => getCellProperties(ref, cellPropertiesLoadOptions) as Excel.CellProperties[][],
    );
  }

  getCellCount(): { value: number } {
    return callForResult(this, "getCellCount", [], ({ rect }) => rectRows(rect) * rectCols(rect));
  }
}

const formulaOf = (cell: { value: unknown; formula?: string } | undefined): unknown =>
  cell?.formula ?? cell?.value ?? "";

defineProps<RangeRef>(
  SimRange,
  {
    address: { get: ({ sheet, rect }) => formatAddress(sheet.name, rect) },
    addressLocal: { get: ({ sheet, rect }) => formatAddress(sheet.name, rect) },
    rowIndex: { get: ({ rect }) => rect.r0 },
    columnIndex: { get: ({ rect }) => rect.c0 },
    rowCount: { get: ({ rect }) => rectRows(rect) },
    columnCount: { get: ({ rect }) => rectCols(rect) },
    cellCount: { get: ({ rect }) => rectRows(rect) * rectCols(rect) },
    isEntireRow: { get: ({ rect }) => isEntireRows(rect) },
    isEntireColumn: { get: ({ rect }) => isEntireColumns(rect) },
    values: {
      get: (ref) => readGrid(ref, (c) => c?.value ?? ""),
      set: (ref, v, self: SimRange) => writeContent(self.context._workbook, ref, v, "values"),
    },
    formulas: {
      get: (ref) => readGrid(ref, formulaOf),
      set: (ref, v, self: SimRange) => writeContent(self.context._workbook, ref, v, "formulas"),
    },
    formulasLocal: {
      get: (ref) => readGrid(ref, formulaOf),
      set: (ref, v, self: SimRange) => writeContent(self.context._workbook, ref, v, "formulasLocal"),
    },
    numberFormat: {
      get: (ref) => readGrid(ref, (c) => c?.numberFormat ?? "General"),
      set: (ref, v, self: SimRange) => writeStyle(self.context._workbook, ref, "numberFormat", v, asFormat),
    },
    numberFormatLocal: {
      get: (ref) => readGrid(ref, (c) => c?.numberFormat ?? "General"),
      set: (ref, v, self: SimRange) => writeStyle(self.context._workbook, ref, "numberFormat", v, asFormat),
    },
    text: {
      get: (ref, self: SimRange) => {
        const date1904 = self.context._workbook.date1904;
        return readGrid(ref, (c) => formatText(c?.value ?? null, c?.numberFormat, date1904));
      },
    },
    valueTypes: { get: (ref) => readGrid(ref, (c) => valueType(c)) },
    rowHidden: {
      get: ({ sheet, rect }) => hiddenState(sheet.hiddenRows, rect.r0, rect.r1),
      set: ({ sheet, rect }, v, self: SimRange) => {
        setHidden(sheet.hiddenRows, rect.r0, rect.r1, v);
        self.context._workbook.record({ sheetId: sheet.id, rect, changeType: "FormatChanged" });
      },
    },
    columnHidden: {
      get: ({ sheet, rect }) => hiddenState(sheet.hiddenCols, rect.c0, rect.c1),
      set: ({ sheet, rect }, v, self: SimRange) => {
        setHidden(sheet.hiddenCols, rect.c0, rect.c1, v);
        self.context._workbook.record({ sheetId: sheet.id, rect, changeType: "FormatChanged" });
      },
    },
    // True when every cell is in a hidden row or column.
    hidden: {
      get: ({ sheet, rect }) =>
        hiddenState(sheet.hiddenRows, rect.r0, rect.r1) === true ||
        hiddenState(sheet.hiddenCols, rect.c0, rect.c1) === true,
    },
    hyperlink: {
      get: ({ sheet, rect }) => {
        const link = sheet.cells.get(rect.r0, rect.c0)?.hyperlink;
        return link ? { ...link } : null;
      },
      set: (ref, v, self: SimRange) => writeHyperlink(self.context._workbook, ref, v),
    },
  },
  ["format", "dataValidation", "conditionalFormats", "worksheet"],
);

function asFormat(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v !== "string") throw invalidArgument("a number format must be a string");
  return v;
}

/** Excel.RangeAreas, as returned by getMergedAreasOrNullObject. */
export class SimRangeAreas extends SimObject<{ sheet: RangeRef["sheet"]; rects: Rect[] }> {
  declare address: string;
  declare areaCount: number;
  declare cellCount: number;

  constructor(
    context: SimContext,
    path: string,
    private readonly _locate: () => { sheet: RangeRef["sheet"]; rects: Rect[] } | null,
  ) {
    super(context, path);
  }

  override _target(): { sheet: RangeRef["sheet"]; rects: Rect[] } | null {
    return this._locate();
  }

  get areas(): SimRangeList {
    return this._child(
      "areas",
      () => new SimRangeList(this.context, `${this._path}.areas`, () => this._target()),
    );
  }
}

defineProps<{ sheet: RangeRef["sheet"]; rects: Rect[] }>(
  SimRangeAreas,
  {
    address: { get: ({ sheet, rects }) => rects.map((r) => formatAddress(sheet.name, r)).join(",") },
    areaCount: { get: ({ rects }) => rects.length },
    cellCount: { get: ({ rects }) => rects.reduce((n, r) => n + rectRows(r) * rectCols(r), 0) },
  },
  ["areas"],
);

/** Excel.RangeCollection (the areas of a RangeAreas). */
export class SimRangeList extends SimCollection<{ sheet: RangeRef["sheet"]; rects: Rect[] }, SimRange> {
  constructor(
    context: SimContext,
    path: string,
    private readonly _locate: () => { sheet: RangeRef["sheet"]; rects: Rect[] } | null,
  ) {
    super(context, path);
  }

  override _target(): { sheet: RangeRef["sheet"]; rects: Rect[] } | null {
    return this._locate();
  }

  override _list(t: { sheet: RangeRef["sheet"]; rects: Rect[] }): SimRange[] {
    return t.rects.map(
      (rect, i) =>
        new SimRange(this.context, `${this._path}.getItemAt(${i})`, () => ({ sheet: t.sheet, rect })),
    );
  }

  getItemAt(index: number): SimRange {
    return new SimRange(this.context, `${this._path}.getItemAt(${index})`, () => {
      const t = this._target();
      if (!t) return null;
      const rect = t.rects[index];
      if (!rect) throw itemNotFound(`area ${index}`);
      return { sheet: t.sheet, rect };
    });
  }

  getCount(): { value: number } {
    return callForResult(this, "getCount", [], (t) => t.rects.length);
  }
}
