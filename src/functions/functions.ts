/// <reference types="custom-functions-runtime" />
// BACKOFFICE.* custom functions: thin wrappers over src/core/math. Every function here is declared in
// this one file because the metadata plugin reads functions.json from its JSDoc. Parameters are
// typed `unknown` (metadata type "any") so Excel passes blanks and text through and we can answer
// with #VALUE! and a message naming the argument, instead of Excel rejecting the call silently.
import * as core from "../core/math";
import { isMathError, type MathError } from "../core/math";
import { todaySerial } from "../core/cells/excelDates";
import { isBlank, num, opt, readRange, sameShape } from "./args";
import { excelError } from "./errors";

function toExcel<T>(value: T | MathError): T | CustomFunctions.Error {
  return isMathError(value) ? excelError(value) : value;
}

/**
 * Units to order: 0 while on hand plus on order is above the reorder point, else enough to refill to the maximum (at least the minimum order), rounded up to whole packs.
 * @customfunction REORDERQTY
 * @helpurl https://localhost:3000/functions-help.html#reorderqty
 * @param onHand Units on hand now; may be negative when back-ordered.
 * @param reorderPoint Stock level at or below which to reorder.
 * @param maxStock Stock level to refill to.
 * @param onOrder Units ordered and not yet received. Default 0.
 * @param packSize Units per pack; the result is a whole number of packs. Default 1.
 * @param minOrderQty Smallest quantity the supplier accepts. Default 0.
 * @returns Units to order, a multiple of packSize.
 * @remarks
 * How many units to order. While stock on hand plus stock on order is above the reorder point, 0.
 * Otherwise enough to bring it back up to the maximum stock (or to the reorder point, if that is
 * higher), at least the minimum order quantity, rounded **up** to whole packs.
 * @example =BACKOFFICE.REORDERQTY(14.5, 15, 30, 0, 10) → 20
 * @example =BACKOFFICE.REORDERQTY(8, 10, 40, 0, 6) → 36
 * @example =BACKOFFICE.REORDERQTY(15, 15, 30) → 15
 * @example =BACKOFFICE.REORDERQTY(16, 15, 30) → 0
 * @example =BACKOFFICE.REORDERQTY(5, 15, 30, 20) → 0
 * @example =BACKOFFICE.REORDERQTY(14, 15, 20, 0, 10, 25) → 30
 * @example =BACKOFFICE.REORDERQTY(8, 10, 40, 0, 0) → #NUM!
 * @exampleNote
 * The first example: 14.5 on hand is below 15, so refill 30 − 14.5 = 15.5 units, which takes two packs
 * of 10. Pack rounding is exact for decimal pack sizes too: 0.3 units in packs of 0.3 is one pack.
 */
export function reorderQty(
  onHand: unknown,
  reorderPoint: unknown,
  maxStock: unknown,
  onOrder?: unknown,
  packSize?: unknown,
  minOrderQty?: unknown,
): number | CustomFunctions.Error {
  return toExcel(
    core.reorderQty(
      num(onHand),
      num(reorderPoint),
      num(maxStock),
      opt(onOrder),
      opt(packSize),
      opt(minOrderQty),
    ),
  );
}

/**
 * Reorder point: average daily usage times the lead time in days, plus safety stock.
 * @customfunction REORDERPOINT
 * @helpurl https://localhost:3000/functions-help.html#reorderpoint
 * @param avgDailyUsage Average units used per day.
 * @param leadTimeDays Days from ordering to receiving.
 * @param safetyStock Extra units kept against surprises. Default 0.
 * @returns Stock level at which to reorder.
 * @remarks
 * The stock level at which to reorder: what you use while waiting for a delivery, plus safety stock.
 * avgDailyUsage × leadTimeDays + safetyStock.
 * @example =BACKOFFICE.REORDERPOINT(3, 9) → 27
 * @example =BACKOFFICE.REORDERPOINT(3, 9, 36) → 63
 * @example =BACKOFFICE.REORDERPOINT(3, -9) → #NUM!
 */
export function reorderPoint(
  avgDailyUsage: unknown,
  leadTimeDays: unknown,
  safetyStock?: unknown,
): number | CustomFunctions.Error {
  return toExcel(core.reorderPoint(num(avgDailyUsage), num(leadTimeDays), opt(safetyStock)));
}

/**
 * Safety stock for a service level: NORM.S.INV(serviceLevel) × √(leadTimeDays × usageStdDev² + avgDailyUsage² × leadTimeStdDev²).
 * @customfunction SAFETYSTOCK
 * @helpurl https://localhost:3000/functions-help.html#safetystock
 * @param usageStdDev Standard deviation of daily usage, in units (`STDEV.S` of daily usage).
 * @param leadTimeDays Average days from ordering to receiving.
 * @param serviceLevel Chance of not running out, strictly between 0 and 1, for example 0.95.
 * @param avgDailyUsage Average units used per day. Default 0.
 * @param leadTimeStdDev Standard deviation of the lead time, in days. Default 0.
 * @returns Units of safety stock.
 * @remarks
 * Safety stock that keeps the chance of running out during a delivery wait below 1 − serviceLevel:
 * z × √(leadTimeDays × usageStdDev² + avgDailyUsage² × leadTimeStdDev²), where z = NORM.S.INV(serviceLevel).
 * Leave out the last two arguments when the supplier's lead time does not vary.
 * @example =BACKOFFICE.SAFETYSTOCK(3, 9, 0.95, 10, 2) → 36.0745
 * @example =BACKOFFICE.SAFETYSTOCK(3, 9, 0.95) → 14.8037
 * @example =BACKOFFICE.SAFETYSTOCK(3, 9, 95) → #NUM!
 */
export function safetyStock(
  usageStdDev: unknown,
  leadTimeDays: unknown,
  serviceLevel: unknown,
  avgDailyUsage?: unknown,
  leadTimeStdDev?: unknown,
): number | CustomFunctions.Error {
  return toExcel(
    core.safetyStock(
      num(usageStdDev),
      num(leadTimeDays),
      num(serviceLevel),
      opt(avgDailyUsage),
      opt(leadTimeStdDev),
    ),
  );
}

/**
 * Economic order quantity: the square root of 2 × annualDemand × orderCost ÷ holdingCost.
 * @customfunction EOQ
 * @helpurl https://localhost:3000/functions-help.html#eoq
 * @param annualDemand Units used per year.
 * @param orderCost Cost of placing one order.
 * @param holdingCost Cost of keeping one unit in stock for a year; greater than 0.
 * @returns Units per order that minimise ordering plus holding cost.
 * @remarks
 * The economic order quantity: the order size that makes the yearly cost of ordering plus the yearly
 * cost of holding stock smallest. √(2 × annualDemand × orderCost ÷ holdingCost).
 * @example =BACKOFFICE.EOQ(1300, 8, 0.225) → 304.0468
 * @example =BACKOFFICE.EOQ(1000, 10, 0.5) → 200
 * @example =BACKOFFICE.EOQ(1000, 10, 0) → #NUM!
 */
export function eoq(
  annualDemand: unknown,
  orderCost: unknown,
  holdingCost: unknown,
): number | CustomFunctions.Error {
  return toExcel(core.eoq(num(annualDemand), num(orderCost), num(holdingCost)));
}

/**
 * Days the stock on hand lasts at the average daily usage: onHand ÷ avgDailyUsage.
 * @customfunction DAYSOFSUPPLY
 * @helpurl https://localhost:3000/functions-help.html#daysofsupply
 * @param onHand Units on hand now.
 * @param avgDailyUsage Average units used per day.
 * @returns Days of supply.
 * @remarks
 * How many days the stock on hand lasts at the average usage: onHand ÷ avgDailyUsage.
 * @example =BACKOFFICE.DAYSOFSUPPLY(30, 4) → 7.5
 * @example =BACKOFFICE.DAYSOFSUPPLY(30, 0) → #DIV/0!
 */
export function daysOfSupply(onHand: unknown, avgDailyUsage: unknown): number | CustomFunctions.Error {
  return toExcel(core.daysOfSupply(num(onHand), num(avgDailyUsage)));
}

/**
 * Stock status of an item: "Out of stock", "Reorder", "On order" or "OK".
 * @customfunction STOCKSTATUS
 * @helpurl https://localhost:3000/functions-help.html#stockstatus
 * @param onHand Units on hand now.
 * @param reorderPoint Stock level at or below which to reorder.
 * @param onOrder Units ordered and not yet received. Default 0.
 * @returns "Out of stock", "Reorder", "On order" or "OK".
 * @remarks
 * A word for the state of an item. With position = onHand + onOrder: "Out of stock" when the position
 * is at or below the reorder point and nothing is on hand; "Reorder" when the position is at or below
 * the reorder point; "On order" when stock on hand is at or below the reorder point but enough is on
 * order; otherwise "OK".
 * @example =BACKOFFICE.STOCKSTATUS(0, 10) → "Out of stock"
 * @example =BACKOFFICE.STOCKSTATUS(5, 10) → "Reorder"
 * @example =BACKOFFICE.STOCKSTATUS(5, 10, 10) → "On order"
 * @example =BACKOFFICE.STOCKSTATUS(11, 10) → "OK"
 */
export function stockStatus(
  onHand: unknown,
  reorderPoint: unknown,
  onOrder?: unknown,
): string | CustomFunctions.Error {
  return toExcel(core.stockStatus(num(onHand), num(reorderPoint), opt(onOrder)));
}

/**
 * Average daily usage: the quantities dated after asOf − days and up to asOf, summed, divided by days. Rows with a blank date or quantity are skipped.
 * @customfunction DAILYUSAGE
 * @helpurl https://localhost:3000/functions-help.html#dailyusage
 * @param dates Range of dates, one per usage record.
 * @param quantities Range of quantities used, the same size as dates.
 * @param asOf Last day of the period, for example `TODAY()`.
 * @param days Length of the period in days. Default 90.
 * @returns Units used per day.
 * @remarks
 * Average daily usage from a log of what was used: the quantities whose date falls in the `days` days
 * up to and including `asOf` (after asOf − days, up to asOf), summed and divided by `days`. Rows with an
 * empty date or quantity are skipped. The two ranges must be the same size; text in them gives `#VALUE!`
 * with the row and column of the cell.
 * @example =BACKOFFICE.DAILYUSAGE({45658; 45678; 45688}, {5; 30; 15}, DATE(2025,1,31), 30) → 1.5
 * @example =BACKOFFICE.DAILYUSAGE({45658; 45678; 45688}, {5; 30; 15}, DATE(2025,1,31)) → 0.5556
 * @example =BACKOFFICE.DAILYUSAGE({45658; 45678}, {5; 30; 15}, DATE(2025,1,31)) → #VALUE!
 * @exampleNote
 * In a workbook the first two arguments are usually columns of a table, such as
 * `=BACKOFFICE.DAILYUSAGE(Usage[Date], Usage[Qty], TODAY())`. The examples use array constants, where
 * Excel wants dates as numbers: 45658, 45678 and 45688 are 1, 21 and 31 January 2025. In the first,
 * 1 January is outside the 30 days that end on 31 January, so (30 + 15) ÷ 30 = 1.5.
 */
export function dailyUsage(
  dates: unknown[][],
  quantities: unknown[][],
  asOf: unknown,
  days?: unknown,
): number | CustomFunctions.Error {
  const dateCells = readRange(dates, "dates", "reject");
  if (isMathError(dateCells)) return excelError(dateCells);
  const quantityCells = readRange(quantities, "quantities", "reject");
  if (isMathError(quantityCells)) return excelError(quantityCells);
  const mismatch = sameShape(dateCells, "dates", quantityCells, "quantities");
  if (mismatch) return excelError(mismatch);
  return toExcel(core.dailyUsage(dateCells.cells, quantityCells.cells, num(asOf), opt(days)));
}

/**
 * Date the next service is due: lastService + intervalDays.
 * @customfunction NEXTSERVICE
 * @helpurl https://localhost:3000/functions-help.html#nextservice
 * @param lastService Date of the last service.
 * @param intervalDays Days between services.
 * @returns Date the next service is due (format the cell as a date).
 * @remarks
 * The date the next preventive service is due: lastService + intervalDays. Format the cell as a date.
 * @example =BACKOFFICE.NEXTSERVICE(DATE(2025,1,1), 90) → 45748 (1 April 2025)
 * @example =BACKOFFICE.NEXTSERVICE(DATE(2025,1,1), -90) → #NUM!
 */
export function nextService(lastService: unknown, intervalDays: unknown): number | CustomFunctions.Error {
  return toExcel(core.nextService(num(lastService), num(intervalDays)));
}

/**
 * Service status: "Overdue" when the due date has passed, "Due soon" within the warning days, otherwise "OK".
 * @customfunction SERVICESTATUS
 * @helpurl https://localhost:3000/functions-help.html#servicestatus
 * @param nextDue Date the next service is due.
 * @param asOf Today's date, for example `TODAY()`.
 * @param warnDays Days ahead that count as due soon. Default 14.
 * @returns "Overdue", "Due soon" or "OK".
 * @remarks
 * "Overdue" when the due date is before `asOf`; "Due soon" when it is within `warnDays` days of it
 * (due today counts as due soon); otherwise "OK".
 * @example =BACKOFFICE.SERVICESTATUS(DATE(2025,1,30), DATE(2025,1,31)) → "Overdue"
 * @example =BACKOFFICE.SERVICESTATUS(DATE(2025,2,10), DATE(2025,1,31)) → "Due soon"
 * @example =BACKOFFICE.SERVICESTATUS(DATE(2025,2,10), DATE(2025,1,31), 7) → "OK"
 */
export function serviceStatus(
  nextDue: unknown,
  asOf: unknown,
  warnDays?: unknown,
): string | CustomFunctions.Error {
  return toExcel(core.serviceStatus(num(nextDue), num(asOf), opt(warnDays)));
}

/**
 * Training status: "Never" when there is no completion date; otherwise the training expires renewMonths after completedOn (31 Jan + 1 month is 28 or 29 Feb) and is "Overdue" after that day, "Due soon" within the warning days, else "OK".
 * @customfunction TRAININGSTATUS
 * @helpurl https://localhost:3000/functions-help.html#trainingstatus
 * @param completedOn Date the training was completed; empty when never done.
 * @param renewMonths Whole months until it must be renewed (the course's Renew every (months)).
 * @param warnDays Days ahead that count as due soon. Default 30.
 * @param asOf The date to judge on, for example `TODAY()`. Default today.
 * @returns "OK", "Due soon", "Overdue" or "Never".
 * @remarks
 * Whether a person's training is still valid. It expires `renewMonths` calendar months after
 * `completedOn`, on the same day of the month, or on the month's last day when that month is shorter
 * (31 January + 1 month is 28 February, or 29 February in a leap year). "Overdue" after that day; "Due
 * soon" when it falls within `warnDays` days of `asOf` (expiring today counts as due soon); "Never" when
 * `completedOn` is empty; otherwise "OK". The Staff page's Training due list uses the same rule.
 * @example =BACKOFFICE.TRAININGSTATUS(DATE(2024,1,31), 36, 30, DATE(2025,1,1)) → "OK"
 * @example =BACKOFFICE.TRAININGSTATUS(DATE(2024,1,31), 12, 30, DATE(2025,1,1)) → "Due soon"
 * @example =BACKOFFICE.TRAININGSTATUS(DATE(2025,1,31), 1, 0, DATE(2025,3,1)) → "Overdue"
 * @example =BACKOFFICE.TRAININGSTATUS("", 12, 30, DATE(2025,1,1)) → "Never"
 * @example =BACKOFFICE.TRAININGSTATUS(DATE(2025,1,31), 0, 30, DATE(2025,3,1)) → #NUM!
 */
export function trainingStatus(
  completedOn: unknown,
  renewMonths: unknown,
  warnDays?: unknown,
  asOf?: unknown,
): string | CustomFunctions.Error {
  const day = isBlank(asOf) ? todaySerial(new Date()) : num(asOf);
  return toExcel(
    core.trainingStatus(isBlank(completedOn) ? null : num(completedOn), num(renewMonths), opt(warnDays), day),
  );
}

/**
 * Weighted average: Σ score × weight ÷ Σ weight over the scores that are numbers (blank or text scores are left out with their weight).
 * @customfunction WEIGHTEDSCORE
 * @helpurl https://localhost:3000/functions-help.html#weightedscore
 * @param scores Range of scores.
 * @param weights Range of weights, the same size as scores.
 * @returns Weighted score.
 * @remarks
 * A candidate's weighted score: Σ score × weight ÷ Σ weight, over the scores that are numbers. An empty
 * (or text) score is left out together with its weight, so a missing interview score does not count as
 * 0. An empty weight counts as 0. The two ranges must be the same size.
 * @example =BACKOFFICE.WEIGHTEDSCORE({4, 3, 5}, {0.5, 0.3, 0.2}) → 3.9
 * @example =BACKOFFICE.WEIGHTEDSCORE({4, "n/a", 5}, {0.5, 0.3, 0.2}) → 4.2857
 * @example =BACKOFFICE.WEIGHTEDSCORE({4, 3}, {0.5, 0.3, 0.2}) → #VALUE!
 */
export function weightedScore(scores: unknown[][], weights: unknown[][]): number | CustomFunctions.Error {
  const scoreCells = readRange(scores, "scores", "skip");
  if (isMathError(scoreCells)) return excelError(scoreCells);
  const weightCells = readRange(weights, "weights", "reject");
  if (isMathError(weightCells)) return excelError(weightCells);
  const mismatch = sameShape(scoreCells, "scores", weightCells, "weights");
  if (mismatch) return excelError(mismatch);
  return toExcel(core.weightedScore(scoreCells.cells, weightCells.cells));
}

// The shared runtime and the webpack build both load this module; only where Excel's custom
// functions runtime exists is there anything to register with.
if (typeof CustomFunctions !== "undefined") {
  CustomFunctions.associate("REORDERQTY", reorderQty);
  CustomFunctions.associate("REORDERPOINT", reorderPoint);
  CustomFunctions.associate("SAFETYSTOCK", safetyStock);
  CustomFunctions.associate("EOQ", eoq);
  CustomFunctions.associate("DAYSOFSUPPLY", daysOfSupply);
  CustomFunctions.associate("STOCKSTATUS", stockStatus);
  CustomFunctions.associate("DAILYUSAGE", dailyUsage);
  CustomFunctions.associate("NEXTSERVICE", nextService);
  CustomFunctions.associate("SERVICESTATUS", serviceStatus);
  CustomFunctions.associate("TRAININGSTATUS", trainingStatus);
  CustomFunctions.associate("WEIGHTEDSCORE", weightedScore);
}
