// The cell store of one sheet: sparse rows of cells, with an undo journal so a failed sync can roll back.
import type { Rect } from "./address";

export type CellValue = string | number | boolean | null;

export interface Cell {
  /** null for an empty cell (Excel's API reports it as ""). */
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  /** The value is an error such as "#N/A" (valueTypes reports "Error"). */
  error?: boolean;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontalAlignment?: string;
  hyperlink?: { address?: string; documentReference?: string; screenTip?: string; textToDisplay?: string };
}

const hasContent = (c: Cell): boolean => c.value !== null || c.formula !== undefined;
const hasFormat = (c: Cell): boolean =>
  c.numberFormat !== undefined ||
  c.bold !== undefined ||
  c.italic !== undefined ||
  c.fontColor !== undefined ||
  c.fill !== undefined ||
  c.wrap !== undefined ||
  c.horizontalAlignment !== undefined ||
  c.hyperlink !== undefined;

export type JournalEntry = [r: number, c: number, previous: Cell | undefined];

/** Excel's grid width: a cell's key in `takeChanges` is row × CHANGE_KEY_COLS + col. */
export const CHANGE_KEY_COLS = 16384;

/** A store's cells as they were when its `snapshot` was taken, by key row × CHANGE_KEY_COLS + col. */
export class CellSnapshot {
  constructor(private readonly rows: Map<number, Map<number, Cell>>) {}

  get(key: number): Cell | undefined {
    return this.rows.get(Math.floor(key / CHANGE_KEY_COLS))?.get(key % CHANGE_KEY_COLS);
  }

  *keys(): Generator<number> {
    for (const [r, row] of this.rows) for (const c of row.keys()) yield r * CHANGE_KEY_COLS + c;
  }
}

export class CellStore {
  private rows = new Map<number, Map<number, Cell>>();
  /** While set, every change records the previous cell so it can be undone. */
  journal: JournalEntry[] | null = null;
  /** Cells set since the last `takeChanges` (a formula engine recomputes from these, not from a scan). */
  private changes = new Set<number>();
  /** Rows the last snapshot shares: copied before their first change, so the snapshot keeps them as they were. */
  private shared: Set<Map<number, Cell>> | null = null;

  get(r: number, c: number): Cell | undefined {
    return this.rows.get(r)?.get(c);
  }

  /** Stores a copy of `cell`; a cell with neither content nor format is removed. */
  set(r: number, c: number, cell: Cell | undefined): void {
    if (this.journal) this.journal.push([r, c, this.get(r, c)]);
    this.changes.add(r * CHANGE_KEY_COLS + c);
    const keep = cell && (hasContent(cell) || hasFormat(cell));
    if (!keep) {
      const row = this.writableRow(r);
      row?.delete(c);
      if (row && row.size === 0) this.rows.delete(r);
      return;
    }
    let row = this.writableRow(r);
    if (!row) this.rows.set(r, (row = new Map()));
    row.set(c, { ...cell });
  }

  /**
   * Stores a cell read from a file as it is (the object becomes the store's: the reader makes a new one
   * per cell, so no copy is needed); nothing is journaled or recorded as changed.
   */
  load(r: number, c: number, cell: Cell): void {
    let row = this.writableRow(r);
    if (!row) this.rows.set(r, (row = new Map()));
    row.set(c, cell);
  }

  /**
   * The cells as they are now, kept as they are whatever happens to the store later. Cheap: rows are
   * shared until the store first changes one (only one snapshot is kept so; a new one replaces it).
   */
  snapshot(): CellSnapshot {
    this.shared = new Set(this.rows.values());
    return new CellSnapshot(new Map(this.rows));
  }

  private writableRow(r: number): Map<number, Cell> | undefined {
    const row = this.rows.get(r);
    if (!row || !this.shared?.has(row)) return row;
    this.shared.delete(row);
    const copy = new Map(row);
    this.rows.set(r, copy);
    return copy;
  }

  /** Applies a change to one cell, starting from its current state (or an empty cell). */
  update(r: number, c: number, change: (cell: Cell) => Cell): void {
    this.set(r, c, change({ ...(this.get(r, c) ?? { value: null }) }));
  }

  undo(entries: JournalEntry[]): void {
    const saved = this.journal;
    this.journal = null;
    for (let i = entries.length - 1; i >= 0; i--) {
      const [r, c, prev] = entries[i];
      this.set(r, c, prev);
    }
    this.journal = saved;
  }

  /** The keys of the cells set (added, changed or removed) since the last call, and forgets them. */
  takeChanges(): Set<number> {
    const out = this.changes;
    this.changes = new Set();
    return out;
  }

  /** Calls `fn` for every stored cell, in no particular order (quicker than `entries` for a whole sheet). */
  forEach(fn: (r: number, c: number, cell: Cell) => void): void {
    for (const [r, row] of this.rows) for (const [c, cell] of row) fn(r, c, cell);
  }

  /** Every stored cell, in no particular order. */
  *entries(): Generator<[number, number, Cell]> {
    for (const [r, row] of this.rows) for (const [c, cell] of row) yield [r, c, cell];
  }

  /** Stored cells inside `rect`. */
  *within(rect: Rect): Generator<[number, number, Cell]> {
    const rowCount = rect.r1 - rect.r0 + 1;
    if (rowCount < this.rows.size) {
      for (let r = rect.r0; r <= rect.r1; r++) {
        const row = this.rows.get(r);
        if (row) for (const [c, cell] of row) if (c >= rect.c0 && c <= rect.c1) yield [r, c, cell];
      }
      return;
    }
    for (const [r, c, cell] of this.entries()) {
      if (r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1) yield [r, c, cell];
    }
  }

  /** The bounding rectangle of cells with content (and, unless valuesOnly, of formatted cells too). */
  bounds(valuesOnly: boolean): Rect | null {
    let out: Rect | null = null;
    for (const [r, c, cell] of this.entries()) {
      if (valuesOnly && !hasContent(cell)) continue;
      if (!out) out = { r0: r, r1: r, c0: c, c1: c };
      else {
        if (r < out.r0) out.r0 = r;
        if (r > out.r1) out.r1 = r;
        if (c < out.c0) out.c0 = c;
        if (c > out.c1) out.c1 = c;
      }
    }
    return out;
  }
}
