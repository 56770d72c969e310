// The calculated columns computed in core for one row: the same figures as the native formulas in
// calculatedFormulas.ts (which Excel computes in the sheet) and as the BACKOFFICE functions (src/core/math).
// Blank inputs give "" as the formulas do. Inputs must be numbers (validation reports text in number
// columns); anything else gives the #VALUE! MathError, where Excel's own result may differ.
import {
  isMathError,
  mathError,
  nextService,
  reorderQty,
  serviceStatus,
  stockStatus,
  weightedScore,
  type MathError,
  type ServiceStatus,
  type StockStatus,
} from "../math";
import { DEFAULT_SCORE_WEIGHTS, DEFAULT_WARN_DAYS, type ScoreWeights } from "./calculatedFormulas";
import type { CellValue } from "./types";

type Values = Record<string, CellValue | undefined>;
export type Computed<T> = T | "" | MathError;

const blank = (v: CellValue | undefined) => v === null || v === undefined || v === "";

function numberOr(v: CellValue | undefined, fallback: number): number | MathError {
  if (blank(v)) return fallback;
  return typeof v === "number" && Number.isFinite(v)
    ? v
    : mathError("#VALUE!", `${String(v)} is not a number`);
}

function numbers(...xs: (number | MathError)[]): number[] | MathError {
  const bad = xs.find(isMathError);
  return bad ?? (xs as number[]);
}

export interface InventoryComputed {
  reorderQty: Computed<number>;
  stockStatus: Computed<StockStatus>;
  stockValue: Computed<number>;
}

/** Reorder qty, Stock status and Stock value of an Inventory row (blank Max stock = Reorder point). */
export function computeInventoryRow(v: Values): InventoryComputed {
  let qty: Computed<number> = "";
  let status: Computed<StockStatus> = "";
  if (!blank(v.onHand) && !blank(v.reorderPoint)) {
    const n = numbers(
      numberOr(v.onHand, 0),
      numberOr(v.reorderPoint, 0),
      numberOr(v.maxStock, typeof v.reorderPoint === "number" ? v.reorderPoint : 0),
      numberOr(v.onOrder, 0),
      numberOr(v.packSize, 1),
      numberOr(v.minOrderQty, 0),
    );
    if (isMathError(n)) {
      qty = n;
      status = n;
    } else {
      const [onHand, rop, max, onOrder, pack, moq] = n;
      qty = reorderQty(onHand, rop, max, onOrder, pack, moq);
      status = stockStatus(onHand, rop, onOrder);
    }
  }
  let value: Computed<number> = "";
  if (!blank(v.onHand) && !blank(v.unitCost)) {
    const n = numbers(numberOr(v.onHand, 0), numberOr(v.unitCost, 0));
    value = isMathError(n) ? n : n[0] * n[1];
  }
  return { reorderQty: qty, stockStatus: status, stockValue: value };
}

/** Line total of a purchase order line: Qty × Unit cost. */
export function computePurchaseOrderRow(v: Values): { lineTotal: Computed<number> } {
  if (blank(v.qty) || blank(v.unitCost)) return { lineTotal: "" };
  const n = numbers(numberOr(v.qty, 0), numberOr(v.unitCost, 0));
  return { lineTotal: isMathError(n) ? n : n[0] * n[1] };
}

export interface EquipmentComputed {
  nextServiceDue: Computed<number>;
  serviceStatus: Computed<ServiceStatus>;
}

/**
 * Next service due and Service status of an Equipment row, as of `today` (a date serial): by days,
 * Last service + Service every (days); by pages, today once Meter now − Meter at last service reaches
 * Service every (pages); the earlier of the two.
 */
export function computeEquipmentRow(
  v: Values,
  today: number,
  warnDays: number = DEFAULT_WARN_DAYS,
): EquipmentComputed {
  let byDays: Computed<number> = "";
  if (!blank(v.lastService) && !blank(v.serviceEveryDays)) {
    const n = numbers(numberOr(v.lastService, 0), numberOr(v.serviceEveryDays, 0));
    byDays = isMathError(n) ? n : nextService(n[0], n[1]);
  }
  let byPages: Computed<number> = "";
  if (!blank(v.meterNow) && !blank(v.meterAtLastService) && !blank(v.serviceEveryPages)) {
    const n = numbers(
      numberOr(v.meterNow, 0),
      numberOr(v.meterAtLastService, 0),
      numberOr(v.serviceEveryPages, 0),
    );
    byPages = isMathError(n) ? n : n[0] - n[1] >= n[2] ? today : "";
  }
  let due: Computed<number>;
  if (isMathError(byDays)) due = byDays;
  else if (isMathError(byPages)) due = byPages;
  else if (byDays === "") due = byPages;
  else if (byPages === "") due = byDays;
  else due = Math.min(byDays, byPages);
  const status: Computed<ServiceStatus> =
    due === "" || isMathError(due) ? due : serviceStatus(due, today, warnDays);
  return { nextServiceDue: due, serviceStatus: status };
}

/** Weighted score of a Candidates row over the scores that are numbers; "" when none is. */
export function computeCandidateRow(
  v: Values,
  weights: ScoreWeights = DEFAULT_SCORE_WEIGHTS,
): { weightedScore: Computed<number> } {
  const scores = [v.scoreExperience, v.scoreSkills, v.scoreFit].map((s) =>
    typeof s === "number" && Number.isFinite(s) ? s : null,
  );
  if (scores.every((s) => s === null)) return { weightedScore: "" };
  return { weightedScore: weightedScore(scores, [weights.experience, weights.skills, weights.fit]) };
}
