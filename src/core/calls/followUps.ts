// Open follow-ups, overdue first. Order: calls whose Follow-up by is before today, then the rest; within
// each, the earliest Follow-up by first (none last), then Urgent before Normal before Low, then the
// earliest received.
import type { CellValue } from "../cells/types";

export interface CallRow {
  /** Call ID. */
  key: string;
  /** 1-based sheet row, for "go to". */
  row: number;
  values: Record<string, CellValue>;
}

export interface FollowUp extends CallRow {
  overdue: boolean;
  /** Whole days past the Follow-up by day (0 when not overdue). */
  daysOverdue: number;
}

const PRIORITY_RANK: Record<string, number> = { urgent: 0, normal: 1, low: 2 };

const num = (v: CellValue | undefined): number | null =>
  typeof v === "number" && Number.isFinite(v) ? v : null;
const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v).trim());

/**
 * A call still waiting on someone: Status Open; or no Status but a Follow-up by day (a row typed in the
 * sheet, or a converted sheet that had no status column: someone asked for a follow-up and nothing says
 * it happened). A blank Status without a follow-up day is history, not a to-do.
 */
export function isOpenCall(values: Record<string, CellValue>): boolean {
  const s = text(values.status).toLowerCase();
  return s === "open" || (s === "" && num(values.followUpBy) !== null);
}

/** Overdue as the register's conditional format says: Open, with a Follow-up by day before today. */
export function isOverdue(values: Record<string, CellValue>, today: number): boolean {
  const due = num(values.followUpBy);
  return isOpenCall(values) && due !== null && Math.floor(due) < Math.floor(today);
}

/** The open calls, sorted overdue first; `today` is today's date serial (core todaySerial). */
export function openFollowUps(rows: readonly CallRow[], today: number): FollowUp[] {
  const day = Math.floor(today);
  const out: FollowUp[] = rows
    .filter((r) => isOpenCall(r.values))
    .map((r) => {
      const due = num(r.values.followUpBy);
      const overdue = due !== null && Math.floor(due) < day;
      return { ...r, overdue, daysOverdue: overdue ? day - Math.floor(due!) : 0 };
    });
  const rank = (v: CellValue | undefined) => PRIORITY_RANK[text(v).toLowerCase()] ?? 1;
  return out.sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    const da = num(a.values.followUpBy);
    const db = num(b.values.followUpBy);
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      if (Math.floor(da) !== Math.floor(db)) return da - db;
    }
    const p = rank(a.values.priority) - rank(b.values.priority);
    if (p !== 0) return p;
    return (num(a.values.receivedAt) ?? Infinity) - (num(b.values.receivedAt) ?? Infinity);
  });
}
