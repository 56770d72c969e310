// Excel.Table, TableCollection, TableColumn(Collection) and TableRow(Collection).
import { formatAddress, parseAddress, rectCols, rectRows, type Rect } from "./address";
import type { SimContext } from "./context";
import { invalidArgument, itemNotFound, SimError } from "./errors";
import { SimEventSource } from "./events";
import { applyTableFilters, isFiltered, SimFilter, type ColumnRef } from "./filter";
import type { SheetModel, TableModel } from "./model";
import { callForResult, defineProps, SimCollection, SimObject } from "./proxy";
import { SimRange } from "./range";
import { clearRange, gridInput, readGrid, writeContent } from "./range-ops";
import { shiftCells } from "./shift";
import {
  calculatedColumns,
  carryNumberFormats,
  createTableModel,
  fillCalculated,
  normalizeHeaders,
  stretchRules,
  renameTableReferences,
} from "./tables";
import type { SimWorkbook } from "./workbook";
import type { SimWorksheet } from "./worksheet";

interface TableRef {
  table: TableModel;
  sheet: SheetModel;
}

const q = (v: unknown) => JSON.stringify(v ?? null);

function refOf(wb: SimWorkbook, table: TableModel): TableRef {
  const sheet = wb.sheetById(table.sheetId);
  if (!sheet) throw itemNotFound(`the sheet of table ${table.name}`);
  return { table, sheet };
}

/** First and last row of the data body (the header and any totals row excluded). */
function bodyRows(t: TableModel): [number, number] {
  return [t.rect.r0 + (t.showHeaders ? 1 : 0), t.rect.r1 - (t.showTotals ? 1 : 0)];
}

/** Excel's rules for a table name: a letter, _ or \ first, then letters, digits, _ . \; not a cell address. */
function checkTableName(wb: SimWorkbook, name: unknown, except: TableModel): string {
  if (typeof name !== "string" || !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || name.length > 255) {
    throw invalidArgument(`"${String(name)}" is not a valid table name`);
  }
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr][0-9]*[Cc][0-9]*$/.test(name)) {
    throw invalidArgument(`"${name}" looks like a cell reference`);
  }
  const other = wb.tableByName(name);
  const clash = wb.names.some((n) => n.name.toLowerCase() === name.toLowerCase());
  if ((other && other !== except) || clash) {
    throw new SimError(
      "ItemAlreadyExists",
      `A resource with the same name or identifier already exists. (${name})`,
    );
  }
  return name;
}

export class SimTable extends SimObject<TableRef> {
  private _id: string | undefined;
  declare id: string;
  declare name: string;
  declare showHeaders: boolean;
  declare showTotals: boolean;
  declare style: string;

  constructor(
    context: SimContext,
    path: string,
    private readonly _locate: () => TableModel | null,
  ) {
    super(context, path);
  }

  override _target(): TableRef | null {
    const wb = this.context._workbook;
    if (this._id) {
      const t = wb.tableById(this._id);
      if (!t) throw itemNotFound(`table ${this._path} no longer exists`);
      return refOf(wb, t);
    }
    const t = this._locate();
    if (!t) return null;
    this._id = t.id;
    return refOf(wb, t);
  }

  private _range(name: string, rect: (t: TableModel) => Rect | null): SimRange {
    return new SimRange(this.context, `${this._path}.${name}()`, () => {
      const ref = this._target();
      if (!ref) return null;
      const r = rect(ref.table);
      if (!r) throw itemNotFound(`${name}: the table has no such row`);
      return { sheet: ref.sheet, rect: r };
    });
  }

  getRange(): SimRange {
    return this._range("getRange", (t) => t.rect);
  }

  getHeaderRowRange(): SimRange {
    return this._range("getHeaderRowRange", (t) => (t.showHeaders ? { ...t.rect, r1: t.rect.r0 } : null));
  }

  getDataBodyRange(): SimRange {
    return this._range("getDataBodyRange", (t) => {
      const [a, b] = bodyRows(t);
      return { ...t.rect, r0: a, r1: b };
    });
  }

  getTotalRowRange(): SimRange {
    return this._range("getTotalRowRange", (t) => (t.showTotals ? { ...t.rect, r0: t.rect.r1 } : null));
  }

  get columns(): SimTableColumnCollection {
    return this._child(
      "columns",
      () => new SimTableColumnCollection(this.context, `${this._path}.columns`, () => this._target()),
    );
  }

  get rows(): SimTableRowCollection {
    return this._child(
      "rows",
      () => new SimTableRowCollection(this.context, `${this._path}.rows`, () => this._target()),
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

  get sort(): { apply(fields: { key: number; ascending?: boolean }[], matchCase?: boolean): void } {
    return { apply: (fields, matchCase) => this._sort(fields, matchCase === true) };
  }

  get onChanged(): SimEventSource {
    return new SimEventSource(
      this.context,
      "TableChanged",
      () => this._target()?.table.id,
      `${this._path}.onChanged`,
    );
  }

  /** Moves the table to `address` (same header row); columns follow the new width. */
  resize(newRange: SimRange | string): void {
    this._call("resize", [typeof newRange === "string" ? newRange : newRange._path], ({ table, sheet }) => {
      let rect: Rect | undefined;
      if (typeof newRange === "string") {
        const p = parseAddress(newRange);
        if (!p || (p.sheet !== undefined && p.sheet.toLowerCase() !== sheet.name.toLowerCase())) {
          throw invalidArgument(`"${newRange}" is not an address on the table's sheet`);
        }
        rect = p.rect;
      } else rect = newRange._target()?.rect;
      if (!rect) throw invalidArgument("resize needs a range");
      if (rect.r0 !== table.rect.r0 || rect.r1 <= rect.r0) {
        throw invalidArgument("the header row must stay where it is and the table needs a body row");
      }
      const wb = this.context._workbook;
      if (
        wb
          .tablesOn(sheet.id)
          .some(
            (o) =>
              o !== table &&
              !(o.rect.r1 < rect.r0 || o.rect.r0 > rect.r1 || o.rect.c1 < rect.c0 || o.rect.c0 > rect.c1),
          )
      ) {
        throw new SimError("InvalidOperation", "A table can't overlap another table.");
      }
      const keep = table.columns.slice(Math.max(0, rect.c0 - table.rect.c0));
      const cols = Array.from({ length: rectCols(rect) }, (_, i) => {
        const c = rect.c0 + i;
        const inOld = c >= table.rect.c0 && c <= table.rect.c1;
        return inOld
          ? (keep.shift() ?? { id: table.nextColumnId++, name: "" })
          : { id: table.nextColumnId++, name: "" };
      });
      table.columns = cols;
      stretchRules(sheet, table, rect.r1 - (table.showTotals ? 1 : 0));
      table.rect = rect;
      normalizeHeaders(wb, table);
      wb.record({ sheetId: sheet.id, rect, changeType: "RangeEdited" });
    });
  }

  convertToRange(): SimRange {
    const rangeRef: { sheet?: SheetModel; rect?: Rect } = {};
    this._call("convertToRange", [], ({ table, sheet }) => {
      rangeRef.sheet = sheet;
      rangeRef.rect = table.rect;
      const wb = this.context._workbook;
      wb.tables = wb.tables.filter((t) => t !== table);
      wb.record({ sheetId: sheet.id, rect: table.rect, changeType: "TableDeleted" });
    });
    return new SimRange(this.context, `${this._path}.convertToRange()`, () =>
      rangeRef.sheet && rangeRef.rect ? { sheet: rangeRef.sheet, rect: rangeRef.rect } : null,
    );
  }

  /** Deletes the table and its cells' contents and formats. */
  delete(): void {
    this._call("delete", [], ({ table, sheet }) => {
      const wb = this.context._workbook;
      wb.tables = wb.tables.filter((t) => t !== table);
      clearRange(wb, { sheet, rect: table.rect }, "All");
      wb.record({ sheetId: sheet.id, rect: table.rect, changeType: "TableDeleted" });
    });
  }

  clearFilters(): void {
    this._call("clearFilters", [], ({ table }) => {
      table.filters = {};
      applyTableFilters(this.context._workbook, table);
    });
  }

  reapplyFilters(): void {
    this._call("reapplyFilters", [], ({ table }) => applyTableFilters(this.context._workbook, table));
  }

  /** TableSort.apply: reorders the body rows by the given column indexes (stable; blanks last). */
  private _sort(fields: { key: number; ascending?: boolean }[], matchCase: boolean): void {
    this._call("sort.apply", [fields, matchCase], ({ table, sheet }) => {
      const [a, b] = bodyRows(table);
      const width = rectCols(table.rect);
      const rows = Array.from({ length: b - a + 1 }, (_, i) =>
        Array.from({ length: width }, (_, j) => sheet.cells.get(a + i, table.rect.c0 + j)),
      );
      const norm = (v: unknown) => (typeof v === "string" && !matchCase ? v.toLowerCase() : v);
      const rank = (v: unknown) =>
        typeof v === "number" ? 0 : typeof v === "string" ? 1 : typeof v === "boolean" ? 2 : 3;
      rows.sort((x, y) => {
        for (const f of fields) {
          if (f.key < 0 || f.key >= width) throw invalidArgument(`sort key ${f.key} is outside the table`);
          const vx = norm(x[f.key]?.value ?? null);
          const vy = norm(y[f.key]?.value ?? null);
          if (vx === vy) continue;
          if (vx === null || vy === null) return vx === null ? 1 : -1; // blanks last either way
          const dir = f.ascending === false ? -1 : 1;
          const rx = rank(vx);
          const ry = rank(vy);
          if (rx !== ry) return (rx - ry) * dir;
          return ((vx as number | string) < (vy as number | string) ? -1 : 1) * dir;
        }
        return 0;
      });
      rows.forEach((row, i) => row.forEach((cell, j) => sheet.cells.set(a + i, table.rect.c0 + j, cell)));
      const wb = this.context._workbook;
      wb.markFormulasDirty();
      wb.record({ sheetId: sheet.id, rect: { ...table.rect, r0: a, r1: b }, changeType: "RangeEdited" });
    });
  }
}

defineProps<TableRef>(
  SimTable,
  {
    id: { get: ({ table }) => table.id },
    name: {
      get: ({ table }) => table.name,
      set: ({ table }, v, self: SimTable) => {
        const name = checkTableName(self.context._workbook, v, table);
        if (name !== table.name) renameTableReferences(self.context._workbook, table.name, name);
        table.name = name;
      },
    },
    showHeaders: { get: ({ table }) => table.showHeaders },
    showTotals: {
      get: ({ table }) => table.showTotals,
      set: ({ table, sheet }, v, self: SimTable) => {
        const on = v === true;
        if (on === table.showTotals) return;
        table.showTotals = on;
        table.rect = { ...table.rect, r1: table.rect.r1 + (on ? 1 : -1) };
        if (!on)
          clearRange(
            self.context._workbook,
            { sheet, rect: { ...table.rect, r0: table.rect.r1 + 1, r1: table.rect.r1 + 1 } },
            "All",
          );
      },
    },
    style: {
      get: ({ table }) => table.style,
      set: ({ table }, v) => {
        if (typeof v !== "string") throw invalidArgument("style must be a string");
        table.style = v;
      },
    },
  },
  ["columns", "rows", "worksheet"],
);

type Scope = { sheet: SheetModel | null };

/** workbook.tables (every table) or worksheet.tables (that sheet's). */
export class SimTableCollection extends SimCollection<Scope, SimTable> {
  constructor(
    context: SimContext,
    path: string,
    private readonly _sheet?: () => SheetModel | null,
  ) {
    super(context, path);
  }

  override _target(): Scope | null {
    if (!this._sheet) return { sheet: null };
    const s = this._sheet();
    return s ? { sheet: s } : null;
  }

  private _all(scope: Scope): TableModel[] {
    const wb = this.context._workbook;
    return scope.sheet ? wb.tablesOn(scope.sheet.id) : wb.tables;
  }

  override _list(scope: Scope): SimTable[] {
    return this._all(scope).map((t) => this._byId(t.id));
  }

  private _byId(id: string): SimTable {
    return new SimTable(
      this.context,
      `${this._path}.getItem(${q(id)})`,
      () => this.context._workbook.tableById(id) ?? null,
    );
  }

  private _find(key: string): TableModel | undefined {
    const scope = this._target();
    if (!scope) return undefined;
    const low = key.toLowerCase();
    return this._all(scope).find((t) => t.name.toLowerCase() === low || t.id === key);
  }

  getItem(key: string): SimTable {
    return new SimTable(this.context, `${this._path}.getItem(${q(key)})`, () => {
      const t = this._find(key);
      if (!t) throw itemNotFound(`table "${key}"`);
      return t;
    });
  }

  getItemOrNullObject(key: string): SimTable {
    return new SimTable(
      this.context,
      `${this._path}.getItemOrNullObject(${q(key)})`,
      () => this._find(key) ?? null,
    )._probeNull();
  }

  getItemAt(index: number): SimTable {
    return new SimTable(this.context, `${this._path}.getItemAt(${index})`, () => {
      const scope = this._target();
      const t = scope ? this._all(scope)[index] : undefined;
      if (!t) throw itemNotFound(`table at ${index}`);
      return t;
    });
  }

  getCount(): { value: number } {
    return callForResult(this, "getCount", [], (scope) => this._all(scope).length);
  }

  /** Creates a table; headers that are blank or repeated are renamed as Excel does. */
  add(address: SimRange | string, hasHeaders: boolean): SimTable {
    let createdId: string | undefined;
    const addrDesc = typeof address === "string" ? address : address._path;
    this._call("add", [addrDesc, hasHeaders], (scope) => {
      const wb = this.context._workbook;
      let sheet: SheetModel | undefined;
      let rect: Rect | undefined;
      if (typeof address === "string") {
        const p = parseAddress(address);
        if (!p) throw invalidArgument(`"${address}" is not a valid address`);
        const active = wb.selectionOf(this.context._clientName);
        sheet =
          p.sheet !== undefined
            ? wb.sheetByName(p.sheet)
            : (scope.sheet ?? (active && wb.sheetById(active.sheetId)));
        if (scope.sheet && sheet !== scope.sheet) throw invalidArgument(`"${address}" is not on this sheet`);
        rect = p.rect;
      } else {
        const r = address._target();
        sheet = r?.sheet;
        rect = r?.rect;
      }
      if (!sheet || !rect) throw itemNotFound(`the range for the table (${addrDesc})`);
      const t = createTableModel(wb, sheet, rect, hasHeaders);
      createdId = t.id;
      wb.record({ sheetId: sheet.id, rect: t.rect, changeType: "TableAdded" });
    });
    return new SimTable(this.context, `${this._path}.add(${q(addrDesc)})`, () =>
      createdId ? (this.context._workbook.tableById(createdId) ?? null) : null,
    );
  }
}

defineProps<Scope>(SimTableCollection, {});

export class SimTableColumn extends SimObject<ColumnRef> {
  declare id: number;
  declare index: number;
  declare name: string;
  declare values: unknown[][];

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

  private _range(name: string, rows: (t: TableModel) => [number, number] | null): SimRange {
    return new SimRange(this.context, `${this._path}.${name}()`, () => {
      const ref = this._target();
      if (!ref) return null;
      const rr = rows(ref.table);
      if (!rr) throw itemNotFound(`${name}: the table has no such row`);
      const c = ref.table.rect.c0 + ref.index;
      return { sheet: ref.sheet, rect: { r0: rr[0], r1: rr[1], c0: c, c1: c } };
    });
  }

  getRange(): SimRange {
    return this._range("getRange", (t) => [t.rect.r0, t.rect.r1]);
  }

  getDataBodyRange(): SimRange {
    return this._range("getDataBodyRange", (t) => bodyRows(t));
  }

  getHeaderRowRange(): SimRange {
    return this._range("getHeaderRowRange", (t) => (t.showHeaders ? [t.rect.r0, t.rect.r0] : null));
  }

  getTotalRowRange(): SimRange {
    return this._range("getTotalRowRange", (t) => (t.showTotals ? [t.rect.r1, t.rect.r1] : null));
  }

  get filter(): SimFilter {
    return this._child(
      "filter",
      () => new SimFilter(this.context, `${this._path}.filter`, () => this._target()),
    );
  }

  delete(): void {
    this._call("delete", [], ({ table, sheet, index }) => {
      if (rectCols(table.rect) === 1)
        throw new SimError("InvalidOperation", "A table needs at least one column.");
      const c = table.rect.c0 + index;
      const wb = this.context._workbook;
      shiftCells(wb, sheet, { r0: table.rect.r0, r1: table.rect.r1, c0: c, c1: c }, "Left");
      wb.record({ sheetId: sheet.id, rect: { ...table.rect, c0: c, c1: c }, changeType: "CellDeleted" });
    });
  }
}

const columnRect = ({ table, index }: ColumnRef): Rect => ({
  ...table.rect,
  c0: table.rect.c0 + index,
  c1: table.rect.c0 + index,
});

defineProps<ColumnRef>(
  SimTableColumn,
  {
    id: { get: ({ table, index }) => table.columns[index].id },
    index: { get: ({ index }) => index },
    name: {
      get: ({ table, index }) => table.columns[index].name,
      set: (ref, v, self: SimTableColumn) => {
        if (typeof v !== "string") throw invalidArgument("a column name must be text");
        const wb = self.context._workbook;
        writeContent(
          wb,
          { sheet: ref.sheet, rect: { ...columnRect(ref), r1: ref.table.rect.r0 } },
          [[`'${v}`]],
          "name",
        );
      },
    },
    values: {
      get: (ref) => readGrid({ sheet: ref.sheet, rect: columnRect(ref) }, (c) => c?.value ?? ""),
      set: (ref, v, self: SimTableColumn) =>
        writeContent(self.context._workbook, { sheet: ref.sheet, rect: columnRect(ref) }, v, "values"),
    },
  },
  ["filter"],
);

export class SimTableColumnCollection extends SimCollection<TableRef, SimTableColumn> {
  constructor(
    context: SimContext,
    path: string,
    private readonly _table: () => TableRef | null,
  ) {
    super(context, path);
  }

  override _target(): TableRef | null {
    return this._table();
  }

  /** A column proxy that follows the column's id (so it survives columns added before it). */
  private _byId(path: string, find: (ref: TableRef) => number | null, nullable: boolean): SimTableColumn {
    let id: number | undefined;
    return new SimTableColumn(this.context, path, () => {
      const ref = this._target();
      if (!ref) return null;
      let index = id === undefined ? find(ref) : ref.table.columns.findIndex((c) => c.id === id);
      if (index === -1) index = null;
      if (index === null) {
        if (nullable) return null;
        throw itemNotFound(path);
      }
      id = ref.table.columns[index].id;
      return { ...ref, index };
    });
  }

  override _list(ref: TableRef): SimTableColumn[] {
    return ref.table.columns.map((c) =>
      this._byId(
        `${this._path}.getItem(${c.id})`,
        (r) => r.table.columns.findIndex((x) => x.id === c.id),
        false,
      ),
    );
  }

  private static find(key: string | number) {
    return (ref: TableRef): number | null => {
      const low = String(key).toLowerCase();
      const i = ref.table.columns.findIndex(
        (c) => c.name.toLowerCase() === low || String(c.id) === String(key),
      );
      return i === -1 ? null : i;
    };
  }

  getItem(key: string | number): SimTableColumn {
    return this._byId(`${this._path}.getItem(${q(key)})`, SimTableColumnCollection.find(key), false);
  }

  getItemOrNullObject(key: string | number): SimTableColumn {
    return this._byId(
      `${this._path}.getItemOrNullObject(${q(key)})`,
      SimTableColumnCollection.find(key),
      true,
    )._probeNull();
  }

  getItemAt(index: number): SimTableColumn {
    return this._byId(
      `${this._path}.getItemAt(${index})`,
      (r) => (index >= 0 && index < r.table.columns.length ? index : null),
      false,
    );
  }

  getCount(): { value: number } {
    return callForResult(this, "getCount", [], (ref) => ref.table.columns.length);
  }

  /** Adds a column at `index` (end when null); `values` is the whole column, header first. */
  add(index?: number | null, values?: unknown, name?: string): SimTableColumn {
    let createdId: number | undefined;
    this._call("add", [index ?? null, values ?? null, name ?? null], ({ table, sheet }) => {
      const wb = this.context._workbook;
      const width = rectCols(table.rect);
      const at = index === null || index === undefined || index === -1 ? width : index;
      if (at < 0 || at > width) throw invalidArgument(`column index ${at} is outside the table`);
      const col = table.rect.c0 + at;
      const band = { r0: table.rect.r0, r1: table.rect.r1, c0: col, c1: col };
      if (at === width) {
        const right = [...sheet.cells.within(band)].length > 0;
        if (right) shiftCells(wb, sheet, band, "Right");
        table.rect = { ...table.rect, c1: table.rect.c1 + 1 };
        table.columns.push({ id: table.nextColumnId++, name: "" });
      } else shiftCells(wb, sheet, band, "Right");
      createdId = table.columns[at].id;
      if (values !== undefined && values !== null) {
        const height = rectRows(table.rect);
        const grid = Array.isArray(values) ? values : [[values]];
        const full = grid.length === height ? grid : grid.length === height - 1 ? [[null], ...grid] : grid;
        gridInput(full, band, "values");
        writeContent(wb, { sheet, rect: band }, full, "values");
      }
      if (name !== undefined && name !== null) {
        writeContent(wb, { sheet, rect: { ...band, r1: band.r0 } }, [[`'${name}`]], "name");
      }
      normalizeHeaders(wb, table);
      wb.record({ sheetId: sheet.id, rect: band, changeType: "CellInserted" });
    });
    return this._byId(
      `${this._path}.add(${q(index)})`,
      (r) => {
        const i = r.table.columns.findIndex((c) => c.id === createdId);
        return i === -1 ? null : i;
      },
      false,
    );
  }
}

defineProps<TableRef>(SimTableColumnCollection, {});

interface RowRef extends TableRef {
  row: number;
}

/** A TableRow is a physical position in the table (Microsoft: it does not follow the data). */
export class SimTableRow extends SimObject<RowRef> {
  declare index: number;
  declare values: unknown[][];

  constructor(
    context: SimContext,
    path: string,
    private readonly _locate: () => RowRef | null,
  ) {
    super(context, path);
  }

  override _target(): RowRef | null {
    return this._locate();
  }

  getRange(): SimRange {
    return new SimRange(this.context, `${this._path}.getRange()`, () => {
      const r = this._target();
      return r ? { sheet: r.sheet, rect: { ...r.table.rect, r0: r.row, r1: r.row } } : null;
    });
  }

  delete(): void {
    this._call("delete", [], ({ table, sheet, row }) => {
      const wb = this.context._workbook;
      shiftCells(wb, sheet, { ...table.rect, r0: row, r1: row }, "Up");
      wb.record({ sheetId: sheet.id, rect: { ...table.rect, r0: row, r1: row }, changeType: "RowDeleted" });
    });
  }
}

defineProps<RowRef>(SimTableRow, {
  index: { get: ({ table, row }) => row - bodyRows(table)[0] },
  values: {
    get: ({ sheet, table, row }) =>
      readGrid({ sheet, rect: { ...table.rect, r0: row, r1: row } }, (c) => c?.value ?? ""),
    set: ({ sheet, table, row }, v, self: SimTableRow) =>
      writeContent(self.context._workbook, { sheet, rect: { ...table.rect, r0: row, r1: row } }, v, "values"),
  },
});

export class SimTableRowCollection extends SimCollection<TableRef, SimTableRow> {
  constructor(
    context: SimContext,
    path: string,
    private readonly _table: () => TableRef | null,
  ) {
    super(context, path);
  }

  override _target(): TableRef | null {
    return this._table();
  }

  private _at(path: string, index: () => number): SimTableRow {
    return new SimTableRow(this.context, path, () => {
      const ref = this._target();
      if (!ref) return null;
      const [a, b] = bodyRows(ref.table);
      const i = index();
      if (i < 0 || a + i > b) throw itemNotFound(`table row ${i}`);
      return { ...ref, row: a + i };
    });
  }

  override _list(ref: TableRef): SimTableRow[] {
    const [a, b] = bodyRows(ref.table);
    return Array.from({ length: b - a + 1 }, (_, i) => this._at(`${this._path}.getItemAt(${i})`, () => i));
  }

  getItemAt(index: number): SimTableRow {
    return this._at(`${this._path}.getItemAt(${index})`, () => index);
  }

  getCount(): { value: number } {
    return callForResult(this, "getCount", [], (ref) => {
      const [a, b] = bodyRows(ref.table);
      return b - a + 1;
    });
  }

  /**
   * Inserts rows (at the end when index is null or -1), shifting cells below the table down.
   * Microsoft advises against TableRowCollection.add on co-authored workbooks; the add-in writes new rows
   * below the table instead. Implemented here so code and tests can show the difference.
   */
  add(index?: number | null, values?: unknown, alwaysInsert = true): SimTableRow {
    let first: number | undefined;
    this._call("add", [index ?? null, values ?? null, alwaysInsert], ({ table, sheet }) => {
      if (isFiltered(table)) {
        throw new SimError(
          "InsertDeleteConflict",
          "Rows can't be inserted or deleted while the table is filtered.",
        );
      }
      const wb = this.context._workbook;
      const grid =
        values === undefined || values === null ? [[]] : Array.isArray(values) ? values : [[values]];
      const n = Math.max(1, grid.length);
      const [a, b] = bodyRows(table);
      const count = b - a + 1;
      const at = index === null || index === undefined || index === -1 ? count : index;
      if (at < 0 || at > count) throw invalidArgument(`row index ${at} is outside the table`);
      const formulas = calculatedColumns(sheet, table);
      const startRow = a + at;
      const band = { r0: startRow, r1: startRow + n - 1, c0: table.rect.c0, c1: table.rect.c1 };
      const before = table.rect;
      shiftCells(wb, sheet, band, "Down");
      // Rows inserted inside the table (or above a totals row) already stretched it; at the very end they did not.
      if (at === count && !table.showTotals) table.rect = { ...table.rect, r1: table.rect.r1 + n };
      if (at === count) stretchRules(sheet, table, b + n, before);
      // The row above the new ones (the one below when they go first) lends them its number formats.
      const inserted = Array.from({ length: n }, (_, i) => startRow + i);
      carryNumberFormats(sheet, table, at > 0 ? startRow - 1 : startRow + n, inserted);
      if (values !== undefined && values !== null) writeContent(wb, { sheet, rect: band }, grid, "values");
      fillCalculated(wb, sheet, formulas, inserted);
      first = at;
      wb.record({ sheetId: sheet.id, rect: band, changeType: "RowInserted" });
    });
    return this._at(`${this._path}.add(${q(index)})`, () => first ?? -1);
  }

  deleteRowsAt(index: number, count = 1): void {
    this._call("deleteRowsAt", [index, count], ({ table, sheet }) => {
      if (isFiltered(table)) {
        throw new SimError(
          "InsertDeleteConflict",
          "Rows can't be inserted or deleted while the table is filtered.",
        );
      }
      const [a, b] = bodyRows(table);
      if (index < 0 || a + index + count - 1 > b) throw invalidArgument("rows outside the table");
      const wb = this.context._workbook;
      const rect = { ...table.rect, r0: a + index, r1: a + index + count - 1 };
      shiftCells(wb, sheet, rect, "Up");
      wb.record({ sheetId: sheet.id, rect, changeType: "RowDeleted" });
    });
  }
}

defineProps<TableRef>(SimTableRowCollection, {});

export const tableAddress = (sheet: SheetModel, t: TableModel): string => formatAddress(sheet.name, t.rect);
