// SimWorkbook: the simulated workbook's data, independent of any client, with seeding helpers for the
// preview and tests. Clients (createExcel) change it only inside their sync(), in a transaction.
import { formatAddress, formatRect, parseAddress, type Rect } from "./address";
import { CellStore, type Cell, type CellValue, type JournalEntry } from "./cells";
import { dispatchChanges } from "./events";
import { ERROR_VALUES } from "./input";
import {
  copyData,
  type Anchor,
  type ChangeRecord,
  type NameModel,
  type SheetMeta,
  type SheetModel,
  type TableModel,
} from "./model";
import { chartViews, type ChartView } from "./chart-data";
import { formatText } from "./numfmt";
import { createTableModel } from "./tables";

export type FormulaEvaluator = (
  formula: string,
  at: { sheet: string; row: number; col: number },
  workbook: SimWorkbook,
) => CellValue;

/**
 * A formula engine that tracks dependencies itself (src/preview/formulas): the workbook tells it when
 * something changed, and it stores the values it computes with `storeFormulaValue`.
 */
export interface FormulaEngineHook {
  /** Brings formula values up to date: what changed since its last call, or every formula when `full`. */
  recalculate(workbook: SimWorkbook, full: boolean): void;
  /** Cells on a circular reference ("Sheet1!A1"), as Excel's status bar names them. */
  circularReferences?(): string[];
  /** Formulas the engine cannot compute, with the function it lacks ("Sheet1!B2 (XLOOKUP)"). */
  unsupportedFormulas?(): string[];
  /** How conditional formats and list validation show on a sheet's cells (for the preview grid). */
  displayRules?(
    workbook: SimWorkbook,
    sheet: string,
  ): ((row: number, col: number) => CellDisplayRules | undefined) | undefined;
}

/** A cell's look from conditional formats, and its list validation: choices and whether it is off-list. */
export interface CellDisplayRules {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  /** The cell has list validation: the values it offers. */
  choices?: string[];
  /** The value is not in the list (blank cells pass when the rule ignores blanks). */
  invalid?: boolean;
}

export interface WorkbookChange {
  sheet: string;
  kind: string;
}

export type EventKind =
  "WorksheetChanged" | "WorksheetCollectionChanged" | "TableChanged" | "SettingsChanged" | "SelectionChanged";

export interface EventRegistration {
  id: number;
  clientId: string;
  kind: EventKind;
  targetId?: string;
  handler: (args: unknown) => unknown;
}

interface Snapshot {
  sheets: SheetMeta[];
  cells: CellStore[];
  journals: JournalEntry[][];
  tables: TableModel[];
  names: NameModel[];
  settings: Map<string, string>;
  date1904: boolean;
  counters: { sheet: number; table: number; cf: number; chart: number };
  anchors: Map<Anchor, { rect: Rect; gone: boolean }>;
}

export interface CellView {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  text: string;
  bold?: boolean;
  fontColor?: string;
  fill?: string;
  error?: boolean;
}

const DEFAULT_CLIENT = "local";

export class SimWorkbook {
  /** Sheets in tab order. */
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  /** Defined names (workbook scope). */
  names: NameModel[] = [];
  /** Settings as JSON text, so every read is a fresh copy like a round trip. */
  settings = new Map<string, string>();
  date1904 = false;
  /**
   * The formula cells hold the values Excel saved (a workbook read from a file): the first full
   * recalculation keeps them, and a formula is computed once something it reads changes.
   */
  formulasFromFile = false;
  /** Per client name: the selected range and active sheet (co-authors each have their own). */
  selections = new Map<string, { sheetId: string; rect: Rect }>();
  counters = { sheet: 0, table: 0, cf: 0, chart: 0 };
  registrations: EventRegistration[] = [];
  /** Locations of live Range objects of every client, moved by inserts and deletes. */
  anchors = new Set<Anchor>();
  private nextRegistration = 1;
  private evaluator: FormulaEvaluator | FormulaEngineHook | null = null;
  private fullRecalcPending = false;
  private listeners = new Set<(change: WorkbookChange) => void>();
  private snapshot: Snapshot | null = null;
  /** Changes made in the current transaction (or by seeding), for events. */
  pendingChanges: ChangeRecord[] = [];
  private formulasDirty = false;

  // ---- seeding and reading helpers (preview, tests) ----

  addSheet(name: string): string {
    if (this.sheetByName(name)) throw new Error(`A sheet named "${name}" already exists.`);
    this.createSheet(name);
    this.notifyOutsideSync([{ sheetName: name, changeType: "SheetAdded" }]);
    return name;
  }

  /** Writes raw values from `topLeftA1`; strings starting with "=" are stored as formulas. */
  setValues(sheet: string, topLeftA1: string, rows: unknown[][]): void {
    const s = this.requireSheet(sheet);
    const at = this.rectOf(topLeftA1);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        s.cells.update(at.r0 + i, at.c0 + j, (cell) => {
          delete cell.formula;
          delete cell.error;
          if (typeof v === "string" && v.startsWith("=") && v.length > 1)
            return { ...cell, formula: v, value: null };
          const value = v === undefined || v === "" ? null : (v as CellValue);
          if (typeof value === "string" && ERROR_VALUES.includes(value)) cell.error = true;
          return { ...cell, value };
        });
      }),
    );
    this.formulasDirty = true;
    this.recalculate();
    const width = Math.max(1, ...rows.map((r) => r.length));
    const rect = { r0: at.r0, c0: at.c0, r1: at.r0 + Math.max(rows.length, 1) - 1, c1: at.c0 + width - 1 };
    this.notifyOutsideSync([{ sheetId: s.id, sheetName: s.name, rect, changeType: "RangeEdited" }]);
  }

  /** Like Range.values: empty cells read as "". */
  getValues(sheet: string, rangeA1: string): CellValue[][] {
    const s = this.requireSheet(sheet);
    const r = this.rectOf(rangeA1);
    const out: CellValue[][] = [];
    for (let i = r.r0; i <= r.r1; i++) {
      const row: CellValue[] = [];
      for (let j = r.c0; j <= r.c1; j++) row.push(s.cells.get(i, j)?.value ?? "");
      out.push(row);
    }
    return out;
  }

  /** One cell (0-based); value is null when empty. */
  getCell(sheet: string, row: number, col: number): CellView {
    const s = this.requireSheet(sheet);
    const c = s.cells.get(row, col);
    const out: CellView = {
      value: c?.value ?? null,
      text: formatText(c?.value ?? null, c?.numberFormat, this.date1904),
    };
    if (c?.formula !== undefined) out.formula = c.formula;
    if (c?.numberFormat !== undefined) out.numberFormat = c.numberFormat;
    if (c?.bold !== undefined) out.bold = c.bold;
    if (c?.fontColor !== undefined) out.fontColor = c.fontColor;
    if (c?.fill !== undefined) out.fill = c.fill;
    if (c?.error) out.error = true;
    return out;
  }

  /**
   * Seeds one cell (0-based) with exactly what is given: e.g. a formula with the value a saved file would
   * have cached for it, or an error value. Missing fields are cleared.
   */
  setCell(
    sheet: string,
    row: number,
    col: number,
    cell: { value: CellValue; formula?: string; numberFormat?: string; error?: boolean },
  ): void {
    const s = this.requireSheet(sheet);
    const next: Cell = { value: cell.value };
    if (cell.formula !== undefined) next.formula = cell.formula;
    if (cell.numberFormat !== undefined) next.numberFormat = cell.numberFormat;
    const isError = typeof cell.value === "string" && ERROR_VALUES.includes(cell.value);
    if (cell.error ?? isError) next.error = true;
    const keep = s.cells.get(row, col);
    s.cells.set(row, col, { ...keep, ...next, ...(next.error ? {} : { error: undefined }) });
    const rect = { r0: row, c0: col, r1: row, c1: col };
    this.notifyOutsideSync([{ sheetId: s.id, sheetName: s.name, rect, changeType: "RangeEdited" }]);
  }

  setNumberFormat(sheet: string, rangeA1: string, format: string): void {
    const s = this.requireSheet(sheet);
    const r = this.rectOf(rangeA1);
    for (let i = r.r0; i <= r.r1; i++)
      for (let j = r.c0; j <= r.c1; j++) s.cells.update(i, j, (c) => ({ ...c, numberFormat: format }));
    this.notifyOutsideSync([{ sheetId: s.id, sheetName: s.name, rect: r, changeType: "FormatChanged" }]);
  }

  /** Seeds a column width in points (0-based column), as Range.format.columnWidth sets it. */
  setColumnWidth(sheet: string, column: number, points: number): void {
    const s = this.requireSheet(sheet);
    s.columnWidths[column] = points;
    this.notifyOutsideSync([{ sheetId: s.id, sheetName: s.name, changeType: "FormatChanged" }]);
  }

  /** Seeds cell styles over a range (bold, fill and font colours as "#RRGGBB"). */
  setStyle(
    sheet: string,
    rangeA1: string,
    style: { bold?: boolean; fill?: string; fontColor?: string; wrap?: boolean },
  ): void {
    const s = this.requireSheet(sheet);
    const r = this.rectOf(rangeA1);
    for (let i = r.r0; i <= r.r1; i++)
      for (let j = r.c0; j <= r.c1; j++) s.cells.update(i, j, (c) => ({ ...c, ...style }));
    this.notifyOutsideSync([{ sheetId: s.id, sheetName: s.name, rect: r, changeType: "FormatChanged" }]);
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** Rows and columns from A1 to the last used cell (values or formats), merges and tables included. */
  usedSize(sheet: string): { rows: number; cols: number } {
    const s = this.requireSheet(sheet);
    const rects = [s.cells.bounds(false), ...s.merges, ...this.tablesOn(s.id).map((t) => t.rect)];
    let rows = 0;
    let cols = 0;
    for (const r of rects) {
      if (!r) continue;
      rows = Math.max(rows, r.r1 + 1);
      cols = Math.max(cols, r.c1 + 1);
    }
    return { rows, cols };
  }

  /** The charts over a sheet, with their series as they stand now (for drawing). */
  charts(sheet: string): ChartView[] {
    return chartViews(this.requireSheet(sheet), this.sheets, this.date1904);
  }

  tableNames(): string[] {
    return this.tables.map((t) => t.name);
  }

  /** Seeds a table over `rangeA1` (header row included); returns its name. */
  addTable(sheet: string, rangeA1: string, name?: string): string {
    const s = this.requireSheet(sheet);
    const t = createTableModel(this, s, this.rectOf(rangeA1), true);
    if (name) t.name = name;
    this.notifyOutsideSync([{ sheetId: s.id, sheetName: s.name, rect: t.rect, changeType: "TableAdded" }]);
    return t.name;
  }

  mergeCells(sheet: string, rangeA1: string): void {
    const s = this.requireSheet(sheet);
    const r = this.rectOf(rangeA1);
    s.merges = s.merges.filter((m) => !(m.r0 <= r.r1 && r.r0 <= m.r1 && m.c0 <= r.c1 && r.c0 <= m.c1));
    s.merges.push(r);
    this.notifyOutsideSync([{ sheetId: s.id, sheetName: s.name, rect: r, changeType: "FormatChanged" }]);
  }

  /** Layout facts a grid view needs about one sheet. */
  sheetInfo(sheet: string): {
    id: string;
    visibility: string;
    frozenRows: number;
    frozenCols: number;
    merges: string[];
    columnWidths: Record<number, number>;
    tables: { name: string; address: string }[];
  } {
    const s = this.requireSheet(sheet);
    return {
      id: s.id,
      visibility: s.visibility,
      frozenRows: s.frozenRows,
      frozenCols: s.frozenCols,
      merges: s.merges.map(formatRect),
      columnWidths: { ...s.columnWidths },
      tables: this.tablesOn(s.id).map((t) => ({ name: t.name, address: formatAddress(s.name, t.rect) })),
    };
  }

  getSetting(key: string): unknown {
    const raw = this.settings.get(key);
    return raw === undefined ? undefined : JSON.parse(raw);
  }

  setSetting(key: string, value: unknown): void {
    this.settings.set(key, JSON.stringify(value));
    this.notifyOutsideSync([{ changeType: "SettingsChanged" }]);
  }

  /** The selection of one co-author (default: the preview's own client, "local"). */
  setSelection(sheet: string, rangeA1: string, clientName = DEFAULT_CLIENT): void {
    const s = this.requireSheet(sheet);
    this.selections.set(clientName, { sheetId: s.id, rect: this.rectOf(rangeA1) });
  }

  getSelection(clientName = DEFAULT_CLIENT): { sheet: string; address: string } | null {
    const sel = this.selectionOf(clientName);
    const s = sel && this.sheetById(sel.sheetId);
    return s && sel ? { sheet: s.name, address: formatRect(sel.rect) } : null;
  }

  /** Called after every sync (and seeding) that changed something, once per sheet and kind. */
  subscribe(listener: (change: WorkbookChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Plugs in a formula engine (a per-cell function, re-run on every formula at each change, or an engine
   * with its own dependency graph) and recalculates everything; null restores the default (a formula
   * cell keeps its last value).
   */
  setFormulaEvaluator(fn: FormulaEvaluator | FormulaEngineHook | null): void {
    this.evaluator = fn;
    this.recalculateAll();
  }

  /** Recalculates every formula (a workbook was loaded; Excel's full calculation). */
  recalculateAll(): void {
    this.formulasDirty = true;
    this.fullRecalcPending = true;
    this.recalculate();
  }

  /**
   * Conditional formats and list validation of one sheet as the grid draws them, read cell by cell while
   * the workbook does not change; undefined when nothing applies or no engine that can tell is plugged in.
   */
  displayRules(sheet: string): ((row: number, col: number) => CellDisplayRules | undefined) | undefined {
    const evaluator = this.evaluator;
    return evaluator && typeof evaluator !== "function" ? evaluator.displayRules?.(this, sheet) : undefined;
  }

  /** Cells on a circular reference, when the plugged-in engine tracks them. */
  circularReferences(): string[] {
    const evaluator = this.evaluator;
    return evaluator && typeof evaluator !== "function" ? (evaluator.circularReferences?.() ?? []) : [];
  }

  /** Formulas the plugged-in engine cannot compute (they keep their last value). */
  unsupportedFormulas(): string[] {
    const evaluator = this.evaluator;
    return evaluator && typeof evaluator !== "function" ? (evaluator.unsupportedFormulas?.() ?? []) : [];
  }

  /** Writes a formula's computed value into its cell (keeping its formula and formats). */
  storeFormulaValue(sheet: SheetModel, row: number, col: number, value: CellValue): void {
    const cell = sheet.cells.get(row, col);
    if (!cell || cell.formula === undefined) return;
    const next: Cell = { ...cell, value };
    if (typeof value === "string" && ERROR_VALUES.includes(value)) next.error = true;
    else delete next.error;
    if (next.value !== cell.value || next.error !== cell.error) sheet.cells.set(row, col, next);
  }

  // ---- lookups used by the clients ----

  sheetByName(name: string): SheetModel | undefined {
    const low = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === low);
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  tableByName(name: string): TableModel | undefined {
    const low = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === low);
  }

  tableById(id: string): TableModel | undefined {
    return this.tables.find((t) => t.id === id);
  }

  tablesOn(sheetId: string): TableModel[] {
    return this.tables.filter((t) => t.sheetId === sheetId);
  }

  selectionOf(clientName: string): { sheetId: string; rect: Rect } | undefined {
    const sel = this.selections.get(clientName);
    if (sel && this.sheetById(sel.sheetId)) return sel;
    const first = this.sheets.find((s) => s.visibility === "Visible") ?? this.sheets[0];
    return first ? { sheetId: first.id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } } : undefined;
  }

  createSheet(name: string, position?: number): SheetModel {
    const sheet: SheetModel = {
      id: `{SHEET-${++this.counters.sheet}}`,
      name,
      visibility: "Visible",
      merges: [],
      frozenRows: 0,
      frozenCols: 0,
      columnWidths: {},
      rowHeights: {},
      columnStyles: {},
      validations: [],
      conditionalFormats: [],
      tabColor: "",
      showGridlines: true,
      hiddenRows: {},
      hiddenCols: {},
      autoFilter: null,
      charts: [],
      pageLayout: {
        printArea: null,
        orientation: "Portrait",
        zoom: { scale: 100 },
        centerHorizontally: false,
        printGridlines: false,
        headerFooter: {},
      },
      cells: new CellStore(),
    };
    if (this.snapshot) sheet.cells.journal = [];
    if (position === undefined || position >= this.sheets.length) this.sheets.push(sheet);
    else this.sheets.splice(Math.max(0, position), 0, sheet);
    return sheet;
  }

  markFormulasDirty(): void {
    this.formulasDirty = true;
  }

  /**
   * Brings formula values up to date if an evaluator is plugged in and something changed: an engine
   * hook works out what depends on the change; a plain function is re-run on every formula cell.
   */
  recalculate(): void {
    const evaluator = this.evaluator;
    if (!evaluator || !this.formulasDirty) return;
    this.formulasDirty = false;
    const full = this.fullRecalcPending;
    this.fullRecalcPending = false;
    if (typeof evaluator !== "function") {
      evaluator.recalculate(this, full);
      return;
    }
    for (const s of this.sheets) {
      const formulaCells = [...s.cells.entries()].filter(([, , c]) => c.formula !== undefined);
      for (const [r, c, cell] of formulaCells)
        this.storeFormulaValue(
          s,
          r,
          c,
          evaluator(cell.formula as string, { sheet: s.name, row: r, col: c }, this),
        );
    }
  }

  // ---- transactions (one per sync) ----

  begin(): void {
    this.pendingChanges = [];
    this.snapshot = {
      sheets: this.sheets.map(({ cells: _cells, ...meta }) => copyData(meta)),
      cells: this.sheets.map((s) => s.cells),
      journals: this.sheets.map((s) => (s.cells.journal = [])),
      tables: copyData(this.tables),
      names: copyData(this.names),
      settings: new Map(this.settings),
      date1904: this.date1904,
      counters: { ...this.counters },
      anchors: new Map([...this.anchors].map((a) => [a, { rect: a.rect, gone: a.gone }])),
    };
  }

  /** Keeps what the transaction did. */
  commit(): ChangeRecord[] {
    for (const s of this.sheets) s.cells.journal = null;
    for (const s of this.snapshot?.cells ?? []) s.journal = null;
    this.snapshot = null;
    const changes = this.pendingChanges;
    this.pendingChanges = [];
    return changes;
  }

  /** Undoes everything since begin(). */
  rollback(): void {
    const snap = this.snapshot;
    if (!snap) return;
    snap.cells.forEach((store, i) => {
      const journal = store.journal ?? snap.journals[i];
      store.undo(journal);
      store.journal = null;
    });
    this.sheets = snap.sheets.map((meta, i) => ({ ...meta, cells: snap.cells[i] }));
    this.tables = snap.tables;
    this.names = snap.names;
    this.settings = snap.settings;
    this.date1904 = snap.date1904;
    this.counters = snap.counters;
    for (const [a, saved] of snap.anchors) Object.assign(a, saved);
    this.snapshot = null;
    this.pendingChanges = [];
  }

  record(change: ChangeRecord): void {
    this.pendingChanges.push(change);
  }

  // ---- events ----

  register(reg: Omit<EventRegistration, "id">): EventRegistration {
    const full = { ...reg, id: this.nextRegistration++ };
    this.registrations.push(full);
    return full;
  }

  unregister(id: number): void {
    this.registrations = this.registrations.filter((r) => r.id !== id);
  }

  /** Tells grid listeners about changes, once per sheet and kind. */
  notifyListeners(changes: ChangeRecord[]): void {
    const seen = new Set<string>();
    for (const ch of changes) {
      const sheet = ch.sheetName ?? (ch.sheetId ? this.sheetById(ch.sheetId)?.name : undefined) ?? "";
      const key = `${sheet}\u0000${ch.changeType}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const l of [...this.listeners]) l({ sheet, kind: ch.changeType });
    }
  }

  /**
   * An add-in moved a selection (Range.select, Worksheet.activate): the grid shows it, so listeners hear
   * of it too (the grid's own clicks call setSelection and re-render themselves, so that stays silent).
   */
  notifySelectionChanged(sheetId: string): void {
    const sheet = this.sheetById(sheetId)?.name ?? "";
    for (const l of [...this.listeners]) l({ sheet, kind: "SelectionChanged" });
  }

  /**
   * Seeding stands for a person editing the workbook in Excel (the preview grid's edits come this way):
   * grid listeners hear of it, and event handlers too — "Local" for the preview's own client.
   */
  private notifyOutsideSync(changes: ChangeRecord[]): void {
    dispatchChanges(this, changes, DEFAULT_CLIENT);
  }

  requireSheet(name: string): SheetModel {
    const s = this.sheetByName(name);
    if (!s) throw new Error(`No sheet named "${name}".`);
    return s;
  }

  private rectOf(a1: string): Rect {
    const p = parseAddress(a1);
    if (!p) throw new Error(`Bad address "${a1}".`);
    return p.rect;
  }
}
