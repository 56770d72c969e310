// Rules between columns of one row that the column types alone cannot express (the bad input
// docs/equipment.md lists).
// Each sees coerced values (numbers, date serials) and returns problems without the row prefix.
import type { ProblemCode, Severity } from "../cells/types";
import { formatSerial } from "../cells/excelDates";
import type { CellValue, RegisterId } from "./types";

export interface RowCheckProblem {
  column: string;
  code: ProblemCode;
  severity: Severity;
  message: string;
}

export interface RowCheckContext {
  /** Today's date serial; checks about the future are skipped without it. */
  today?: number;
}

type Check = (v: Record<string, CellValue>, ctx: RowCheckContext) => RowCheckProblem[];
const num = (v: CellValue | undefined): number | null =>
  typeof v === "number" && Number.isFinite(v) ? v : null;

const notInFuture =
  (column: string, label: string): Check =>
  (v, ctx) => {
    const d = num(v[column]);
    if (d === null || ctx.today === undefined || Math.floor(d) <= ctx.today) return [];
    return [
      {
        column,
        code: "futureDate",
        severity: "warning",
        message: `${label} ${formatSerial(d)} is in the future`,
      },
    ];
  };

const notBefore =
  (later: string, laterLabel: string, earlier: string, earlierLabel: string): Check =>
  (v) => {
    const a = num(v[later]);
    const b = num(v[earlier]);
    if (a === null || b === null || Math.floor(a) >= Math.floor(b)) return [];
    return [
      {
        column: later,
        code: "datesOutOfOrder",
        severity: "error",
        message: `${laterLabel} ${formatSerial(a)} is before ${earlierLabel} ${formatSerial(b)}`,
      },
    ];
  };

const CHECKS: Partial<Record<RegisterId, Check[]>> = {
  equipment: [
    (v) => {
      const now = num(v.meterNow);
      const last = num(v.meterAtLastService);
      if (now === null || last === null || now >= last) return [];
      return [
        {
          column: "meterNow",
          code: "meterBelowLast",
          severity: "error",
          message: `the meter reading ${now} is lower than the reading at the last service (${last})`,
        },
      ];
    },
    notInFuture("lastService", "the last service date"),
    (v) => {
      if (v.status === "Retired" || num(v.serviceEveryDays) !== null || num(v.serviceEveryPages) !== null)
        return [];
      return [
        {
          column: "serviceEveryDays",
          code: "noServiceInterval",
          severity: "warning",
          message: "no service interval (days or pages), so no service will ever fall due",
        },
      ];
    },
  ],
  serviceLog: [
    notInFuture("openedOn", "the opening date"),
    notBefore("closedOn", "the closing date", "openedOn", "the opening date"),
  ],
  purchaseOrders: [notBefore("receivedOn", "the receiving date", "date", "the order date")],
  callLog: [notBefore("doneAt", "Done at", "receivedAt", "Received at")],
  staff: [
    notBefore("probationEnds", "the probation end", "startDate", "the start date"),
    notBefore("leavingDate", "the leaving date", "startDate", "the start date"),
  ],
  courses: [
    (v) =>
      num(v.renewMonths) !== null
        ? []
        : [
            {
              column: "renewMonths",
              code: "noServiceInterval",
              severity: "warning",
              message: "no renewal period (months), so the training's expiry cannot be worked out",
            },
          ],
  ],
  training: [
    notInFuture("completedOn", "the completion date"),
    notBefore("expiresOn", "the expiry date", "completedOn", "the completion date"),
  ],
  discipline: [
    notBefore("meetingAt", "the meeting", "openedOn", "the opening date"),
    notBefore("appealBy", "the appeal date", "openedOn", "the opening date"),
    notBefore("outcomeOn", "the outcome letter", "openedOn", "the opening date"),
    notBefore("appealBy", "the appeal date", "outcomeOn", "the outcome letter"),
  ],
};

export function rowChecks(
  register: RegisterId,
  values: Record<string, CellValue>,
  ctx: RowCheckContext,
): RowCheckProblem[] {
  return (CHECKS[register] ?? []).flatMap((check) => check(values, ctx));
}
