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

export class CellStore {
  private rows = new Map<number, Map<number, Cell>>();
  /** While set, every change records the previous cell so it can be undone. */
  journal: JournalEntry[] | null = null;

  get(r: number, c: number): Cell | undefined {
    return this.rows.get(r)?.get(c);
  }

  /** Stores a copy of `cell`; a cell with neither content nor format is removed. */
  set(r: number, c: number, cell: Cell | undefined): void {
    const before = this.get(r, c);
    if (this.journal) this.journal.push([r, c, before]);
    const keep = cell && (hasContent(cell) || hasFormat(cell));
    if (!keep) {
      const row = this.rows.get(r);
      row?.delete(c);
      if (row && row.size === 0) this.rows.delete(r);
      return;
    }
    let row = this.rows.get(r);
    if (!row) this.rows.set(r, (row = new Map()));
    row.set(c, { ...cell });
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
