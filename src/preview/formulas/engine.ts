// The preview's formula engine: plugged into a SimWorkbook (setFormulaEvaluator), it keeps a dependency
// graph of the workbook's formulas (precedents from fast-formula-parser's DepParser) and, when cells
// change, recomputes only the formulas that depend on them, precedents first. Formulas on a cycle get
// Excel's circular-reference result (0) and are listed, instead of recursing forever.
import { formatAddress, type Rect } from "../simulator/address";
import type { Cell, CellValue } from "../simulator/cells";
import type { SheetModel } from "../simulator/model";
import type { FormulaEngineHook, SimWorkbook } from "../simulator/workbook";
import { sheetRules, type CellRules } from "./displayRules";
import { FormulaEvaluator, type EvaluatorOptions } from "./evaluator";
import { hasA1References, relativeShape } from "./shiftReferences";
import { hasStructuredRefs, type FormulaAt } from "./structuredRefs";

/** Excel's grid width; a cell's key is row × COLS + col. */
const COLS = 16384;
const keyOf = (row: number, col: number) => row * COLS + col;

// Functions whose result changes without any cell changing: Excel recalculates them every time. TODAY()
// alone changes only with the date, so formulas whose only such function it is are redone when it does.
const VOLATILE = /\b(NOW|RAND|RANDBETWEEN|OFFSET|INDIRECT)\s*\(/i;
const DAILY = /\bTODAY\s*\(/i;

interface FormulaNode {
  sheetId: string;
  row: number;
  col: number;
  formula: string;
  translated: string;
  precedents: { sheetId: string; rect: Rect }[];
  volatile: boolean;
  /** Uses TODAY() (and nothing volatile): recomputed when the date changes. */
  daily: boolean;
  /** Has structured references, so its translation changes when a table's shape does. */
  structured: boolean;
  /**
   * A calculated column's row whose precedents came from its column's first formula: translated only
   * when it is first evaluated (opening a file of saved values translates none of them).
   */
  lazy: boolean;
  /** The value and error flag the cell had when last seen, to tell a format change from a new value. */
  value: CellValue;
  error: boolean;
}

const isCell = (r: Rect) => r.r0 === r.r1 && r.c0 === r.c1;
const inRect = (r: Rect, row: number, col: number) =>
  row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1;

export class FormulaEngine implements FormulaEngineHook {
  /** How many formula evaluations have run (tests check recalculation touches only dependents). */
  evaluations = 0;
  private readonly evaluator: FormulaEvaluator;
  private workbook: SimWorkbook | null = null;
  private nodes = new Map<string, Map<number, FormulaNode>>();
  /** Dependents of single cells, by sheet and cell key. */
  private cellDependents = new Map<string, Map<number, Set<FormulaNode>>>();
  /** Dependents of multi-cell ranges, by the range's sheet. */
  private rangeDependents = new Map<string, Map<FormulaNode, Rect[]>>();
  private sheetSignature = "";
  private today = "";
  private tableSignature = "";
  private circular = new Set<FormulaNode>();
  /** Opened from a file with every saved value in place: the graph is built at the first change. */
  private graphDeferred = false;
  /** Formulas the library cannot compute (a function it lacks), with that function's name. */
  private unsupported = new Map<FormulaNode, string>();
  /**
   * Precedents of this-row-only formulas (a register's calculated column: [@[…]] and nothing else), by
   * sheet, column and formula text: the same on every row but for the row, so DepParser runs once per column.
   */
  private thisRowPrecedents = new Map<string, FormulaNode["precedents"]>();
  /**
   * Precedents of formulas made only of relative references and functions, by sheet and shape (see
   * relativeShape), with the cell they were found for: a shared formula's cells are parsed once.
   */
  private shapePrecedents = new Map<
    string,
    { row: number; col: number; precedents: FormulaNode["precedents"] }
  >();

  constructor(options: EvaluatorOptions = {}) {
    this.evaluator = new FormulaEvaluator(options);
  }

  recalculate(wb: SimWorkbook, full: boolean): void {
    this.evaluator.begin(wb);
    const sheetSignature = JSON.stringify([wb.sheets.map((s) => [s.id, s.name]), wb.names]);
    const tableSignature = JSON.stringify(
      wb.tables.map((t) => [
        t.name,
        t.sheetId,
        t.rect,
        t.showHeaders,
        t.showTotals,
        t.columns.map((c) => c.name),
      ]),
    );
    // A file whose every formula carries the value Excel saved shows those values: nothing is computed, so
    // the dependency graph (the most of opening a large workbook after reading it) waits for the first
    // change (buildDeferredGraph).
    if (full && wb.formulasFromFile && savedValuesSuffice(wb)) {
      wb.formulasFromFile = false;
      this.reset(wb);
      for (const sheet of wb.sheets) sheet.cells.takeChanges();
      this.graphDeferred = true;
      this.sheetSignature = sheetSignature;
      this.tableSignature = tableSignature;
      this.today = this.evaluator.today();
      return;
    }
    const reset = full || wb !== this.workbook || sheetSignature !== this.sheetSignature;
    if (reset) this.reset(wb);
    const deferred = !reset && this.graphDeferred;
    // After a reset every formula is analysed against the tables as they are: nothing to rebuild.
    const tablesChanged = !reset && tableSignature !== this.tableSignature;
    if (tablesChanged) this.thisRowPrecedents.clear();
    this.sheetSignature = sheetSignature;
    this.tableSignature = tableSignature;

    const today = this.evaluator.today();
    const newDay = today !== this.today;
    this.today = today;
    const seeds = new Set<FormulaNode>();
    let changed: { sheetId: string; row: number; col: number }[] = [];
    if (deferred) this.buildDeferredGraph(wb, seeds, changed, tablesChanged);
    else for (const sheet of wb.sheets) this.diffSheet(sheet, seeds, changed, reset);
    // A workbook read from a file shows the values Excel saved until something they read changes; only
    // formulas without a saved value (and volatile ones, which Excel recalculates on opening) are computed.
    if (full && wb.formulasFromFile) {
      wb.formulasFromFile = false;
      changed = [];
      for (const node of [...seeds])
        if (!node.volatile && wb.sheetById(node.sheetId)?.cells.get(node.row, node.col)?.value !== null)
          seeds.delete(node);
    }
    if (tablesChanged && !deferred) {
      for (const byKey of this.nodes.values())
        for (const node of [...byKey.values()])
          if (node.structured && !seeds.has(node) && this.rebuild(node)) seeds.add(node);
    }
    for (const byKey of this.nodes.values())
      for (const node of byKey.values()) if (node.volatile || (newDay && node.daily)) seeds.add(node);

    const dirty = this.dependentsClosure(seeds, changed);
    for (const group of this.evaluationOrder(dirty)) {
      const cyclic = group.length > 1 || this.precedentNodes(group[0]).includes(group[0]);
      for (const node of group) {
        if (cyclic) this.circular.add(node);
        else this.circular.delete(node);
        if (cyclic) this.store(node, 0);
        else this.storeEvaluated(node);
      }
    }
  }

  /** Formulas using a function the library lacks: "Sheet1!B2 (XLOOKUP)". */
  unsupportedFormulas(): string[] {
    const wb = this.workbook;
    if (!wb) return [];
    return [...this.unsupported].map(
      ([n, name]) =>
        `${formatAddress(wb.sheetById(n.sheetId)?.name ?? "", { r0: n.row, c0: n.col, r1: n.row, c1: n.col })} (${name})`,
    );
  }

  /** Cells on a circular reference ("Sheet1!A1"), as Excel's status bar lists them. */
  circularReferences(): string[] {
    const wb = this.workbook;
    if (!wb) return [];
    const order = (n: FormulaNode) => wb.sheets.findIndex((s) => s.id === n.sheetId);
    const sorted = [...this.circular].sort((a, b) => order(a) - order(b) || a.row - b.row || a.col - b.col);
    return sorted.map((n) =>
      formatAddress(wb.sheetById(n.sheetId)?.name ?? "", { r0: n.row, c0: n.col, r1: n.row, c1: n.col }),
    );
  }

  /** Evaluates a formula at a cell without storing it (conditional format rules). */
  evaluateAt(wb: SimWorkbook, formula: string, at: FormulaAt): CellValue {
    this.evaluator.begin(wb);
    return this.evaluator.evaluate(this.evaluator.translate(formula, at), at);
  }

  /** Conditional formats and list validation of one sheet, cell by cell, for one drawing of the grid. */
  displayRules(
    wb: SimWorkbook,
    sheetName: string,
  ): ((row: number, col: number) => CellRules | undefined) | undefined {
    const sheet = wb.sheetByName(sheetName);
    if (!sheet || (sheet.conditionalFormats.length === 0 && sheet.validations.length === 0)) return undefined;
    this.evaluator.begin(wb);
    return sheetRules({
      sheet,
      sheetByName: (name) => wb.sheetByName(name),
      tables: () => this.evaluator.tables(),
      evaluate: (formula, at) => this.evaluator.evaluate(this.evaluator.translate(formula, at), at),
    });
  }

  private reset(wb: SimWorkbook): void {
    this.workbook = wb;
    this.graphDeferred = false;
    this.nodes.clear();
    this.cellDependents.clear();
    this.rangeDependents.clear();
    this.circular.clear();
    this.unsupported.clear();
    this.thisRowPrecedents.clear();
    this.shapePrecedents.clear();
    this.tableSignature = "";
  }

  /**
   * Builds the graph the opening of a file left for later, from the cells as they are now, and takes the
   * cells changed since then as an ordinary change: changed formulas are seeds, every changed cell a
   * position whose dependants are recomputed. A formula's value as it was when opened is not known
   * here, so a changed formula cell is recomputed even when only its format changed (as Excel would).
   */
  private buildDeferredGraph(
    wb: SimWorkbook,
    seeds: Set<FormulaNode>,
    changed: { sheetId: string; row: number; col: number }[],
    tablesChanged: boolean,
  ): void {
    this.graphDeferred = false;
    for (const sheet of wb.sheets) {
      const keys = sheet.cells.takeChanges();
      sheet.cells.forEach((row, col, cell) => {
        if (cell.formula !== undefined) this.add(sheet, row, col, cell.formula, cell);
      });
      const byKey = this.nodes.get(sheet.id);
      for (const key of keys) {
        const node = byKey?.get(key);
        if (node) seeds.add(node);
        changed.push({ sheetId: sheet.id, row: Math.floor(key / COLS), col: key % COLS });
      }
    }
    // A table that grew or shrank since opening changes what its structured references cover; the
    // graph was built on the new shape, so the cells it lost are not among their precedents any more.
    if (tablesChanged)
      for (const byKey of this.nodes.values())
        for (const node of byKey.values()) if (node.structured) seeds.add(node);
  }

  /**
   * Finds the sheet's changed cells (all of them after a reset, else those its cell store says were set):
   * new or changed formulas become seeds, other changes positions.
   */
  private diffSheet(
    sheet: SheetModel,
    seeds: Set<FormulaNode>,
    changed: { sheetId: string; row: number; col: number }[],
    all: boolean,
  ): void {
    const keys = sheet.cells.takeChanges();
    if (all) {
      sheet.cells.forEach((row, col, cell) => {
        if (cell.formula !== undefined) seeds.add(this.add(sheet, row, col, cell.formula, cell));
      });
      return;
    }
    const byKey = this.nodes.get(sheet.id);
    for (const key of keys) {
      const row = Math.floor(key / COLS);
      const col = key % COLS;
      const cell = sheet.cells.get(row, col);
      const node = byKey?.get(key);
      const formula = cell?.formula;
      if (node && node.formula === formula) {
        // Same formula: a format change (or the engine's own store), unless its value was replaced.
        if (cell && node.value === cell.value && node.error === Boolean(cell.error)) continue;
        seeds.add(node);
        continue;
      }
      if (node) this.remove(node);
      if (formula !== undefined && cell) seeds.add(this.add(sheet, row, col, formula, cell));
      changed.push({ sheetId: sheet.id, row, col });
    }
  }

  private add(sheet: SheetModel, row: number, col: number, formula: string, cell: Cell): FormulaNode {
    const node: FormulaNode = {
      sheetId: sheet.id,
      row,
      col,
      formula,
      translated: "",
      precedents: [],
      volatile: false,
      daily: false,
      structured: hasStructuredRefs(formula),
      lazy: false,
      value: cell.value,
      error: Boolean(cell.error),
    };
    let byKey = this.nodes.get(sheet.id);
    if (!byKey) this.nodes.set(sheet.id, (byKey = new Map()));
    byKey.set(keyOf(row, col), node);
    this.analyse(node, sheet.name);
    return node;
  }

  /** Translates the formula and indexes its precedents. */
  private analyse(node: FormulaNode, sheetName: string): void {
    const wb = this.workbook as SimWorkbook;
    const at = { sheet: sheetName, row: node.row, col: node.col };
    const cacheKey = `${node.sheetId}\u0000${node.col}\u0000${node.formula}`;
    const cached = node.structured ? this.thisRowPrecedents.get(cacheKey) : undefined;
    node.lazy = cached !== undefined;
    // Without structured references there is nothing to translate but the leading "=".
    node.translated = cached
      ? ""
      : node.structured
        ? this.evaluator.translate(node.formula, at)
        : node.formula.replace(/^=/, "");
    // Structured references name tables and columns, never functions: the formula's own text will do.
    const text = cached ? node.formula : node.translated;
    node.volatile = VOLATILE.test(text);
    node.daily = DAILY.test(text);
    if (cached) {
      node.precedents = cached.map((p) => ({
        sheetId: p.sheetId,
        rect: { ...p.rect, r0: node.row, r1: node.row },
      }));
    } else if (!this.fromShape(node)) {
      node.precedents = this.evaluator.precedents(node.translated, at).flatMap((p) => {
        const sheet = wb.sheetByName(p.sheet);
        return sheet ? [{ sheetId: sheet.id, rect: p.rect }] : [];
      });
      if (!node.structured) {
        const shape = relativeShape(node.formula.replace(/^=/, ""), node.row, node.col);
        if (shape !== undefined)
          this.shapePrecedents.set(`${node.sheetId}\u0000${shape}`, {
            row: node.row,
            col: node.col,
            precedents: node.precedents,
          });
      }
      if (node.structured && this.readsOnlyItsRow(node, wb))
        this.thisRowPrecedents.set(cacheKey, node.precedents);
    }
    for (const p of node.precedents) {
      if (isCell(p.rect)) {
        let byKey = this.cellDependents.get(p.sheetId);
        if (!byKey) this.cellDependents.set(p.sheetId, (byKey = new Map()));
        const key = keyOf(p.rect.r0, p.rect.c0);
        let set = byKey.get(key);
        if (!set) byKey.set(key, (set = new Set()));
        set.add(node);
      } else {
        let byNode = this.rangeDependents.get(p.sheetId);
        if (!byNode) this.rangeDependents.set(p.sheetId, (byNode = new Map()));
        byNode.set(node, [...(byNode.get(node) ?? []), p.rect]);
      }
    }
  }

  /** Takes the precedents of a formula of the same shape found before, moved; false when there is none. */
  private fromShape(node: FormulaNode): boolean {
    if (node.structured) return false;
    const shape = relativeShape(node.formula.replace(/^=/, ""), node.row, node.col);
    const found = shape === undefined ? undefined : this.shapePrecedents.get(`${node.sheetId}\u0000${shape}`);
    if (!found) return false;
    const dr = node.row - found.row;
    const dc = node.col - found.col;
    const moved = found.precedents.map((p) => ({
      sheetId: p.sheetId,
      rect: { r0: p.rect.r0 + dr, r1: p.rect.r1 + dr, c0: p.rect.c0 + dc, c1: p.rect.c1 + dc },
    }));
    if (moved.some((p) => p.rect.r0 < 0 || p.rect.c0 < 0)) return false;
    node.precedents = moved;
    return true;
  }

  /** Every precedent is on the formula's own row, and none can come from an A1 reference or a name. */
  private readsOnlyItsRow(node: FormulaNode, wb: SimWorkbook): boolean {
    if (node.precedents.length === 0 || hasA1References(node.formula)) return false;
    if (
      !node.precedents.every(
        (p) => p.sheetId === node.sheetId && p.rect.r0 === node.row && p.rect.r1 === node.row,
      )
    )
      return false;
    const text = node.formula.toLowerCase();
    return !wb.names.some((n) => text.includes(n.name.toLowerCase()));
  }

  private unindex(node: FormulaNode): void {
    for (const p of node.precedents) {
      if (isCell(p.rect)) this.cellDependents.get(p.sheetId)?.get(keyOf(p.rect.r0, p.rect.c0))?.delete(node);
      else this.rangeDependents.get(p.sheetId)?.delete(node);
    }
  }

  private remove(node: FormulaNode): void {
    this.unindex(node);
    this.nodes.get(node.sheetId)?.delete(keyOf(node.row, node.col));
    this.circular.delete(node);
    this.unsupported.delete(node);
  }

  /**
   * Re-translates a formula with structured references after a table changed shape; true when its A1
   * form changed (a row added below a table leaves [@[Col]] formulas as they were: nothing to redo).
   */
  private rebuild(node: FormulaNode): boolean {
    const sheetName = this.workbook?.sheetById(node.sheetId)?.name ?? "";
    const at = { sheet: sheetName, row: node.row, col: node.col };
    if (node.lazy) {
      // Never translated: it reads only its own row, so it must be redone only if those cells moved.
      const before = JSON.stringify(node.precedents);
      this.unindex(node);
      this.analyse(node, sheetName);
      return JSON.stringify(node.precedents) !== before;
    }
    if (this.evaluator.translate(node.formula, at) === node.translated) return false;
    this.unindex(node);
    this.analyse(node, sheetName);
    return true;
  }

  private dependentsOf(sheetId: string, row: number, col: number): FormulaNode[] {
    const out = [...(this.cellDependents.get(sheetId)?.get(keyOf(row, col)) ?? [])];
    for (const [node, rects] of this.rangeDependents.get(sheetId) ?? [])
      if (rects.some((r) => inRect(r, row, col))) out.push(node);
    return out;
  }

  /** The seeds, the formulas reading a changed cell, and everything downstream of them. */
  private dependentsClosure(
    seeds: Set<FormulaNode>,
    changed: { sheetId: string; row: number; col: number }[],
  ): Set<FormulaNode> {
    const dirty = new Set<FormulaNode>();
    const queue = [...seeds];
    for (const c of changed) queue.push(...this.dependentsOf(c.sheetId, c.row, c.col));
    while (queue.length > 0) {
      const node = queue.pop() as FormulaNode;
      if (dirty.has(node) || !this.nodes.get(node.sheetId)?.has(keyOf(node.row, node.col))) continue;
      dirty.add(node);
      queue.push(...this.dependentsOf(node.sheetId, node.row, node.col));
    }
    return dirty;
  }

  /** The formula cells inside a node's precedents. */
  private precedentNodes(node: FormulaNode): FormulaNode[] {
    const out: FormulaNode[] = [];
    for (const { sheetId, rect } of node.precedents) {
      const byKey = this.nodes.get(sheetId);
      if (!byKey) continue;
      const area = (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
      if (area <= byKey.size) {
        for (let r = rect.r0; r <= rect.r1; r++)
          for (let c = rect.c0; c <= rect.c1; c++) {
            const n = byKey.get(keyOf(r, c));
            if (n) out.push(n);
          }
      } else for (const n of byKey.values()) if (inRect(rect, n.row, n.col)) out.push(n);
    }
    return out;
  }

  /**
   * The dirty formulas grouped into strongly connected components, each after the components it reads
   * from (Tarjan's algorithm, iterative so long chains cannot overflow the stack). A component of more
   * than one formula, or one that reads itself, is a circular reference.
   */
  private evaluationOrder(dirty: Set<FormulaNode>): FormulaNode[][] {
    const index = new Map<FormulaNode, number>();
    const low = new Map<FormulaNode, number>();
    const stack: FormulaNode[] = [];
    const onStack = new Set<FormulaNode>();
    const groups: FormulaNode[][] = [];
    let counter = 0;
    const open = (v: FormulaNode) => {
      index.set(v, counter);
      low.set(v, counter++);
      stack.push(v);
      onStack.add(v);
      return { v, edges: this.precedentNodes(v).filter((w) => dirty.has(w)), next: 0 };
    };
    for (const root of dirty) {
      if (index.has(root)) continue;
      const work = [open(root)];
      while (work.length > 0) {
        const frame = work[work.length - 1];
        if (frame.next < frame.edges.length) {
          const w = frame.edges[frame.next++];
          if (!index.has(w)) work.push(open(w));
          else if (onStack.has(w)) low.set(frame.v, Math.min(low.get(frame.v) ?? 0, index.get(w) ?? 0));
          continue;
        }
        work.pop();
        const v = frame.v;
        if (low.get(v) === index.get(v)) {
          const group: FormulaNode[] = [];
          let w: FormulaNode;
          do {
            w = stack.pop() as FormulaNode;
            onStack.delete(w);
            group.push(w);
          } while (w !== v);
          groups.push(group);
        }
        const parent = work[work.length - 1];
        if (parent) low.set(parent.v, Math.min(low.get(parent.v) ?? 0, low.get(v) ?? 0));
      }
    }
    return groups;
  }

  private evaluate(node: FormulaNode): CellValue {
    this.evaluations++;
    const sheet = this.workbook?.sheetById(node.sheetId);
    if (!sheet) return "#REF!";
    const at = { sheet: sheet.name, row: node.row, col: node.col };
    if (node.lazy) {
      node.translated = this.evaluator.translate(node.formula, at);
      node.lazy = false;
    }
    return this.evaluator.evaluate(node.translated, at);
  }

  /**
   * Stores the formula's value. A formula using a function the library lacks keeps the value it had
   * (e.g. the one saved in an opened file) rather than a #NAME? Excel would not show; the status bar
   * names it. With no value to keep it shows #NAME?.
   */
  private storeEvaluated(node: FormulaNode): void {
    const value = this.evaluate(node);
    const lacking = this.evaluator.lastUnsupported;
    if (!lacking) {
      this.unsupported.delete(node);
      this.store(node, value);
      return;
    }
    this.unsupported.set(node, lacking);
    const kept = this.workbook?.sheetById(node.sheetId)?.cells.get(node.row, node.col)?.value ?? null;
    if (kept === null) this.store(node, value);
  }

  private store(node: FormulaNode, value: CellValue): void {
    const wb = this.workbook;
    const sheet = wb?.sheetById(node.sheetId);
    if (!wb || !sheet) return;
    wb.storeFormulaValue(sheet, node.row, node.col, value);
    const cell = sheet.cells.get(node.row, node.col);
    node.value = cell?.value ?? null;
    node.error = Boolean(cell?.error);
  }
}

/**
 * Every formula has a saved value and none needs computing on opening (Excel recalculates volatile
 * functions, and TODAY() on a new day, when it opens a file).
 */
function savedValuesSuffice(wb: SimWorkbook): boolean {
  for (const sheet of wb.sheets) {
    let suffice = true;
    sheet.cells.forEach((_row, _col, cell) => {
      if (!suffice || cell.formula === undefined) return;
      if (cell.value === null || VOLATILE.test(cell.formula) || DAILY.test(cell.formula)) suffice = false;
    });
    if (!suffice) return false;
  }
  return true;
}

/** Plugs a new engine into the workbook (recalculating every formula) and returns it. */
export function attachFormulaEngine(wb: SimWorkbook, options: EvaluatorOptions = {}): FormulaEngine {
  const engine = new FormulaEngine(options);
  wb.setFormulaEvaluator(engine);
  return engine;
}
