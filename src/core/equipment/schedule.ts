// When each machine is next due for preventive service, and whose warranty is about to end. The due
// date is core's computeEquipmentRow, the same figure as the register's native Next service due and
// Service status formulas (calculatedFormulas.ts), so the page and the sheet never disagree.
import { isMathError } from "../math";
import { computeEquipmentRow } from "../registers/rowCompute";
import { DEFAULT_WARN_DAYS } from "../registers/calculatedFormulas";
import type { CellValue } from "../registers/types";

type Values = Record<string, CellValue | undefined>;

export type DueState = "Overdue" | "Due soon" | "OK" | "Not scheduled";

export interface MachineSchedule {
  /** Date serial of the next preventive service; null when no rule applies (or the inputs are not numbers). */
  nextDue: number | null;
  state: DueState;
  /** Which rule set the date: days after the last service, or pages printed since. */
  dueBy: "days" | "pages" | null;
  /** Days until due (negative: overdue by that many days). */
  daysLeft: number | null;
  /** Pages printed since the last service, and how many are left before the page interval is reached. */
  pagesSince: number | null;
  pagesLeft: number | null;
}

const num = (v: CellValue | undefined): number | null =>
  typeof v === "number" && Number.isFinite(v) ? v : null;

/** Next service: Last service + Service every (days), or today once Meter now − Meter at last service ≥ Service every (pages), whichever first. */
export function machineSchedule(
  v: Values,
  today: number,
  warnDays: number = DEFAULT_WARN_DAYS,
): MachineSchedule {
  const c = computeEquipmentRow(v, today, warnDays);
  const nextDue = c.nextServiceDue === "" || isMathError(c.nextServiceDue) ? null : c.nextServiceDue;
  const state: DueState =
    nextDue === null || c.serviceStatus === "" || isMathError(c.serviceStatus)
      ? "Not scheduled"
      : c.serviceStatus;
  const now = num(v.meterNow);
  const atLast = num(v.meterAtLastService);
  const everyPages = num(v.serviceEveryPages);
  const pagesSince = now !== null && atLast !== null ? now - atLast : null;
  const pagesLeft = pagesSince !== null && everyPages !== null ? everyPages - pagesSince : null;
  const last = num(v.lastService);
  const everyDays = num(v.serviceEveryDays);
  const byDays = last !== null && everyDays !== null ? last + everyDays : null;
  let dueBy: MachineSchedule["dueBy"] = null;
  if (nextDue !== null) dueBy = byDays !== null && byDays <= nextDue ? "days" : "pages";
  return {
    nextDue,
    state,
    dueBy,
    daysLeft: nextDue === null ? null : Math.floor(nextDue) - Math.floor(today),
    pagesSince,
    pagesLeft,
  };
}

/** The warranty ends today or within the next `warnDays` days (the register's "Warranty ending" highlight). */
export function warrantyEnding(
  warrantyUntil: CellValue | undefined,
  today: number,
  warnDays: number = DEFAULT_WARN_DAYS,
): boolean {
  const w = num(warrantyUntil);
  return w !== null && w >= today && w <= today + warnDays;
}

const RANK: Record<DueState, number> = { Overdue: 0, "Due soon": 1, OK: 2, "Not scheduled": 3 };

/** Overdue first (longest overdue first), then due soon (soonest first), then the rest by date, unscheduled last. */
export function compareByUrgency(a: MachineSchedule, b: MachineSchedule): number {
  const r = RANK[a.state] - RANK[b.state];
  if (r !== 0) return r;
  return (a.nextDue ?? Infinity) - (b.nextDue ?? Infinity);
}
