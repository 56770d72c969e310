// The BACKOFFICE functions as the README's function reference documents them, as the tests hold the metadata
// and help pages to it.

export interface CatalogueEntry {
  /** The exported JavaScript function. */
  fn: string;
  /** Parameter names in order. */
  params: string[];
  optional: string[];
  /** Parameters that take a range (matrix). */
  ranges?: string[];
}

export const CATALOGUE: Record<string, CatalogueEntry> = {
  REORDERQTY: {
    fn: "reorderQty",
    params: ["onHand", "reorderPoint", "maxStock", "onOrder", "packSize", "minOrderQty"],
    optional: ["onOrder", "packSize", "minOrderQty"],
  },
  REORDERPOINT: {
    fn: "reorderPoint",
    params: ["avgDailyUsage", "leadTimeDays", "safetyStock"],
    optional: ["safetyStock"],
  },
  SAFETYSTOCK: {
    fn: "safetyStock",
    params: ["usageStdDev", "leadTimeDays", "serviceLevel", "avgDailyUsage", "leadTimeStdDev"],
    optional: ["avgDailyUsage", "leadTimeStdDev"],
  },
  EOQ: { fn: "eoq", params: ["annualDemand", "orderCost", "holdingCost"], optional: [] },
  DAYSOFSUPPLY: { fn: "daysOfSupply", params: ["onHand", "avgDailyUsage"], optional: [] },
  STOCKSTATUS: { fn: "stockStatus", params: ["onHand", "reorderPoint", "onOrder"], optional: ["onOrder"] },
  DAILYUSAGE: {
    fn: "dailyUsage",
    params: ["dates", "quantities", "asOf", "days"],
    optional: ["days"],
    ranges: ["dates", "quantities"],
  },
  NEXTSERVICE: { fn: "nextService", params: ["lastService", "intervalDays"], optional: [] },
  SERVICESTATUS: { fn: "serviceStatus", params: ["nextDue", "asOf", "warnDays"], optional: ["warnDays"] },
  TRAININGSTATUS: {
    fn: "trainingStatus",
    params: ["completedOn", "renewMonths", "warnDays", "asOf"],
    optional: ["warnDays", "asOf"],
  },
  WEIGHTEDSCORE: {
    fn: "weightedScore",
    params: ["scores", "weights"],
    optional: [],
    ranges: ["scores", "weights"],
  },
};
