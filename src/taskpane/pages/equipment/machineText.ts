// How a machine's service state reads on the page.
import { formatSerial } from "../../../core/cells/excelDates";
import type { MachineSchedule } from "../../../core/equipment/schedule";

const plural = (n: number, one: string) => `${n.toLocaleString("en-US")} ${one}${n === 1 ? "" : "s"}`;

export function dueText(s: MachineSchedule): string {
  if (s.nextDue === null) {
    return s.pagesLeft !== null ? `Not due yet: ${plural(s.pagesLeft, "page")} to go` : "No service interval";
  }
  const date = formatSerial(s.nextDue) ?? "";
  if (s.dueBy === "pages" && s.daysLeft === 0)
    return `Due now: ${plural(s.pagesSince ?? 0, "page")} since the last service`;
  if (s.daysLeft !== null && s.daysLeft < 0) return `Overdue by ${plural(-s.daysLeft, "day")} (due ${date})`;
  if (s.daysLeft === 0) return `Due today (${date})`;
  return `Due in ${plural(s.daysLeft ?? 0, "day")} (${date})`;
}

/** A number typed by a person ("418,300", "418 300"); null when blank; NaN when not a number. */
export function parseTypedNumber(text: string): number | null {
  const t = text.replace(/[\s,]/g, "");
  if (t === "") return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
}
