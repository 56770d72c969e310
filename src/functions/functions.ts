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
 * @param onHand Units on hand now (may be negative when back-ordered).
 * @param reorderPoint Stock level at or below which to reorder.
 * @param maxStock Stock level to refill to.
 * @param onOrder Units ordered and not yet received. Default 0.
 * @param packSize Units per pack; the result is a whole number of packs. Default 1.
 * @param minOrderQty Smallest quantity the supplier accepts. Default 0.
 * @returns Units to order, a multiple of packSize.
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
 * @param usageStdDev Standard deviation of daily usage, in units.
 * @param leadTimeDays Average days from ordering to receiving.
 * @param serviceLevel Chance of not running out during a lead time, between 0 and 1 (for example 0.95).
 * @param avgDailyUsage Average units used per day (only matters when the lead time varies). Default 0.
 * @param leadTimeStdDev Standard deviation of the lead time, in days. Default 0.
 * @returns Units of safety stock.
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
 * @param holdingCost Cost of keeping one unit in stock for a year (greater than 0).
 * @returns Units per order that minimise ordering plus holding cost.
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
 * @param avgDailyUsage Average units used per day (#DIV/0! when 0).
 * @returns Days of supply.
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
 * @param dates Range of dates (one per usage record).
 * @param quantities Range of quantities used, the same size as dates.
 * @param asOf Last day of the period (a date, for example TODAY()).
 * @param days Length of the period in days. Default 90.
 * @returns Units used per day.
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
 */
export function nextService(lastService: unknown, intervalDays: unknown): number | CustomFunctions.Error {
  return toExcel(core.nextService(num(lastService), num(intervalDays)));
}

/**
 * Service status: "Overdue" when the due date has passed, "Due soon" within the warning days, otherwise "OK".
 * @customfunction SERVICESTATUS
 * @helpurl https://localhost:3000/functions-help.html#servicestatus
 * @param nextDue Date the next service is due.
 * @param asOf Today's date (for example TODAY()).
 * @param warnDays Days ahead that count as due soon. Default 14.
 * @returns "Overdue", "Due soon" or "OK".
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
 * @param completedOn Date the training was completed (blank: never done).
 * @param renewMonths Months until it must be renewed (the course's Renew every).
 * @param warnDays Days ahead that count as due soon. Default 30.
 * @param asOf The date to judge on, for example TODAY(). Default today.
 * @returns "OK", "Due soon", "Overdue" or "Never".
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
 * @param weights Range of weights, the same size as scores (a blank weight counts as 0).
 * @returns Weighted score.
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
