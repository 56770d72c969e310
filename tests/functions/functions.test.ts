import fc from "fast-check";
import { associations, shown } from "./customFunctionsStandIn";
import * as fns from "../../src/functions/functions";
import { todaySerial } from "../../src/core/cells/excelDates";

const valueError = (name: string) => ({ code: "#VALUE!", message: expect.stringContaining(name) });
const numError = (name: string) => ({ code: "#NUM!", message: expect.stringContaining(name) });

// Shapes Excel passes for an empty cell or an omitted argument.
const BLANKS = [null, undefined, ""];
// Values that are not numbers, as Excel passes them for `any` parameters.
const NOT_NUMBERS: unknown[] = ["12", "abc", true, false, Number.NaN, Infinity, -Infinity, [[1]], {}];

describe("registration", () => {
  it("associates every BACKOFFICE id with its exported function", () => {
    expect(Object.fromEntries(associations)).toEqual({
      REORDERQTY: fns.reorderQty,
      REORDERPOINT: fns.reorderPoint,
      SAFETYSTOCK: fns.safetyStock,
      EOQ: fns.eoq,
      DAYSOFSUPPLY: fns.daysOfSupply,
      STOCKSTATUS: fns.stockStatus,
      DAILYUSAGE: fns.dailyUsage,
      NEXTSERVICE: fns.nextService,
      SERVICESTATUS: fns.serviceStatus,
      TRAININGSTATUS: fns.trainingStatus,
      WEIGHTEDSCORE: fns.weightedScore,
    });
  });
});

describe("REORDERQTY", () => {
  it("gives the reference's worked examples", () => {
    expect(fns.reorderQty(14.5, 15, 30, 0, 10)).toBe(20);
    expect(fns.reorderQty(8, 10, 40, 0, 6)).toBe(36);
    expect(fns.reorderQty(15, 15, 30)).toBe(15);
    expect(fns.reorderQty(16, 15, 30)).toBe(0);
  });

  it.each(BLANKS)("takes the defaults for blank optional arguments (%p)", (blank) => {
    expect(fns.reorderQty(14.5, 15, 30, blank, blank, blank)).toBe(16);
    expect(fns.reorderQty(14.5, 15, 30, blank, 10, blank)).toBe(20);
    expect(fns.reorderQty(8, 10, 40, 0, blank, 50)).toBe(50);
  });

  it.each(BLANKS)("is #VALUE! for a blank required argument (%p)", (blank) => {
    expect(shown(fns.reorderQty(blank, 15, 30))).toEqual({
      code: "#VALUE!",
      message: "onHand must be a number",
    });
    expect(shown(fns.reorderQty(1, blank, 30))).toEqual(valueError("reorderPoint"));
    expect(shown(fns.reorderQty(1, 15, blank))).toEqual(valueError("maxStock"));
  });

  it.each(NOT_NUMBERS)("is #VALUE! naming the argument for %p", (bad) => {
    expect(shown(fns.reorderQty(bad, 15, 30))).toEqual(valueError("onHand"));
    expect(shown(fns.reorderQty(1, 15, 30, bad))).toEqual(valueError("onOrder"));
    expect(shown(fns.reorderQty(1, 15, 30, 0, bad))).toEqual(valueError("packSize"));
    expect(shown(fns.reorderQty(1, 15, 30, 0, 1, bad))).toEqual(valueError("minOrderQty"));
  });

  it("is #NUM! out of domain", () => {
    expect(shown(fns.reorderQty(1, 15, 30, 0, 0))).toEqual(numError("packSize"));
    expect(shown(fns.reorderQty(1, 15, 30, 0, -10))).toEqual(numError("packSize"));
    expect(shown(fns.reorderQty(1, 15, 30, -1))).toEqual(numError("onOrder"));
    expect(shown(fns.reorderQty(1, -15, 30))).toEqual(numError("reorderPoint"));
    expect(shown(fns.reorderQty(1, 15, 30, 0, 1, -5))).toEqual(numError("minOrderQty"));
  });
});

describe("REORDERPOINT", () => {
  it("computes usage × lead time + safety stock, safety stock defaulting to 0", () => {
    expect(fns.reorderPoint(3, 9, 36)).toBe(63);
    for (const blank of BLANKS) expect(fns.reorderPoint(3, 9, blank)).toBe(27);
  });

  it("reports bad arguments", () => {
    expect(shown(fns.reorderPoint("3", 9))).toEqual(valueError("avgDailyUsage"));
    expect(shown(fns.reorderPoint(3, null))).toEqual(valueError("leadTimeDays"));
    expect(shown(fns.reorderPoint(3, -9))).toEqual(numError("leadTimeDays"));
    expect(shown(fns.reorderPoint(3, 9, true))).toEqual(valueError("safetyStock"));
  });
});

describe("SAFETYSTOCK", () => {
  it("gives the reference's example and takes defaults for blanks", () => {
    expect(fns.safetyStock(3, 9, 0.95, 10, 2)).toBeCloseTo(36.0744, 3);
    // With no lead-time variation: 1.6448536269514722 × 3 × √9.
    expect(fns.safetyStock(3, 9, 0.95, null, "")).toBeCloseTo(14.80368264256325, 12);
    expect(fns.safetyStock(3, 9, 0.95)).toBe(fns.safetyStock(3, 9, 0.95, 0, 0));
  });

  it("is #NUM! for a service level not strictly between 0 and 1", () => {
    for (const level of [0, 1, -0.5, 95])
      expect(shown(fns.safetyStock(3, 9, level))).toEqual(numError("serviceLevel"));
  });

  it("is #VALUE! for a service level typed as text such as 95%", () => {
    expect(shown(fns.safetyStock(3, 9, "95%"))).toEqual(valueError("serviceLevel"));
    expect(shown(fns.safetyStock(3, 9, null))).toEqual(valueError("serviceLevel"));
  });

  it("is #NUM! for a negative lead time", () => {
    expect(shown(fns.safetyStock(3, -1, 0.95))).toEqual(numError("leadTimeDays"));
  });
});

describe("EOQ", () => {
  it("gives the reference's and the textbook example", () => {
    expect(fns.eoq(1300, 8, 0.225)).toBe(304.0467800264368);
    expect(fns.eoq(1000, 10, 0.5)).toBe(200);
  });

  it("is #NUM! for holding cost ≤ 0 and #VALUE! for text", () => {
    expect(shown(fns.eoq(1000, 10, 0))).toEqual(numError("holdingCost"));
    expect(shown(fns.eoq(1000, 10, -1))).toEqual(numError("holdingCost"));
    expect(shown(fns.eoq(1000, "ten", 0.5))).toEqual(valueError("orderCost"));
    expect(shown(fns.eoq(undefined, 10, 0.5))).toEqual(valueError("annualDemand"));
  });
});

describe("DAYSOFSUPPLY", () => {
  it("divides on hand by usage", () => {
    expect(fns.daysOfSupply(30, 4)).toBe(7.5);
  });

  it("is #DIV/0! for zero usage", () => {
    expect(shown(fns.daysOfSupply(30, 0))).toEqual({
      code: "#DIV/0!",
      message: expect.stringContaining("avgDailyUsage"),
    });
  });

  it("is #VALUE! for a blank usage (not a silent #DIV/0!)", () => {
    expect(shown(fns.daysOfSupply(30, null))).toEqual(valueError("avgDailyUsage"));
  });
});

describe("STOCKSTATUS", () => {
  it("gives each status", () => {
    expect(fns.stockStatus(0, 10)).toBe("Out of stock");
    expect(fns.stockStatus(5, 10)).toBe("Reorder");
    expect(fns.stockStatus(5, 10, 10)).toBe("On order");
    expect(fns.stockStatus(11, 10, "")).toBe("OK");
  });

  it("reports bad arguments", () => {
    expect(shown(fns.stockStatus("five", 10))).toEqual(valueError("onHand"));
    expect(shown(fns.stockStatus(5, 10, -3))).toEqual(numError("onOrder"));
  });
});

describe("DAILYUSAGE", () => {
  const asOf = 45688; // 31 Jan 2025
  const dates = [[asOf - 100], [asOf - 10], [asOf], [null], [asOf - 1]];
  const quantities = [[500], [30], [15], [99], [""]];

  it("averages the last 90 days by default, skipping blank rows", () => {
    expect(fns.dailyUsage(dates, quantities, asOf)).toBe(45 / 90);
    expect(fns.dailyUsage(dates, quantities, asOf, null)).toBe(45 / 90);
    expect(fns.dailyUsage(dates, quantities, asOf, 101)).toBe(545 / 101);
  });

  it("accepts rows laid out across columns as long as both ranges match", () => {
    expect(fns.dailyUsage([[asOf, asOf - 1]], [[3, 6]], asOf, 3)).toBe(3);
  });

  it("is #VALUE! when the two ranges differ in shape", () => {
    expect(shown(fns.dailyUsage([[asOf], [asOf]], [[1], [2], [3]], asOf))).toEqual({
      code: "#VALUE!",
      message: "dates (2×1) and quantities (3×1) must be the same size",
    });
    expect(shown(fns.dailyUsage([[asOf, asOf]], [[1], [2]], asOf))).toEqual(valueError("same size"));
  });

  it("is #VALUE! naming the cell for text in a range", () => {
    expect(shown(fns.dailyUsage([[asOf], ["2025-01-30"]], [[1], [2]], asOf))).toEqual({
      code: "#VALUE!",
      message: "dates row 2, column 1 is not a number",
    });
    expect(shown(fns.dailyUsage([[asOf]], [[true]], asOf))).toEqual(valueError("quantities row 1, column 1"));
  });

  it("reports bad scalar arguments", () => {
    expect(shown(fns.dailyUsage(dates, quantities, "today"))).toEqual(valueError("asOf"));
    expect(shown(fns.dailyUsage(dates, quantities, asOf, 0))).toEqual(numError("days"));
    expect(shown(fns.dailyUsage([[1, 2], [3]], [[1, 2], [3]], asOf))).toEqual(valueError("rectangular"));
  });
});

describe("NEXTSERVICE", () => {
  it("adds the interval", () => {
    expect(fns.nextService(45658, 90)).toBe(45748);
  });

  it("reports bad arguments", () => {
    expect(shown(fns.nextService(null, 90))).toEqual(valueError("lastService"));
    expect(shown(fns.nextService(45658, -90))).toEqual(numError("intervalDays"));
  });
});

describe("SERVICESTATUS", () => {
  it("gives each status, warning 14 days ahead by default", () => {
    expect(fns.serviceStatus(45687, 45688)).toBe("Overdue");
    expect(fns.serviceStatus(45688 + 14, 45688)).toBe("Due soon");
    expect(fns.serviceStatus(45688 + 14, 45688, "")).toBe("Due soon");
    expect(fns.serviceStatus(45688 + 15, 45688)).toBe("OK");
    expect(fns.serviceStatus(45688 + 15, 45688, 30)).toBe("Due soon");
  });

  it("reports bad arguments", () => {
    expect(shown(fns.serviceStatus(45688, 45688, -1))).toEqual(numError("warnDays"));
    expect(shown(fns.serviceStatus("soon", 45688))).toEqual(valueError("nextDue"));
  });
});

describe("TRAININGSTATUS", () => {
  // 45688 is 31 Jan 2025; 12 months on is 31 Jan 2026 (46053), one month on is 28 Feb 2025 (45716).
  it("gives each status, warning 30 days ahead by default", () => {
    expect(fns.trainingStatus(45688, 12, undefined, 46053 - 31)).toBe("OK");
    expect(fns.trainingStatus(45688, 12, "", 46053 - 30)).toBe("Due soon");
    expect(fns.trainingStatus(45688, 12, 30, 46053)).toBe("Due soon");
    expect(fns.trainingStatus(45688, 12, 30, 46054)).toBe("Overdue");
    expect(fns.trainingStatus(45688, 1, 0, 45716)).toBe("Due soon");
    expect(fns.trainingStatus(45688, 1, 0, 45717)).toBe("Overdue");
  });

  it.each(BLANKS)("is Never when completedOn is blank (%p)", (blank) => {
    expect(fns.trainingStatus(blank, 12, 30, 46000)).toBe("Never");
  });

  it("judges on today when asOf is left out", () => {
    const today = todaySerial(new Date());
    // Completed today, renewed yearly: a year away, so OK; completed 13 months ago: Overdue.
    expect(fns.trainingStatus(today, 12)).toBe("OK");
    expect(fns.trainingStatus(today - 400, 12)).toBe("Overdue");
  });

  it("reports bad arguments", () => {
    expect(shown(fns.trainingStatus("last year", 12))).toEqual(valueError("completedOn"));
    expect(shown(fns.trainingStatus(45688, null, 30, 45700))).toEqual(valueError("renewMonths"));
    expect(shown(fns.trainingStatus(45688, 0, 30, 45700))).toEqual(numError("renewMonths"));
    expect(shown(fns.trainingStatus(45688, 12, -1, 45700))).toEqual(numError("warnDays"));
  });
});

describe("WEIGHTEDSCORE", () => {
  it("weighs a candidate's three scores", () => {
    expect(fns.weightedScore([[4, 3, 5]], [[0.5, 0.3, 0.2]])).toBeCloseTo(3.9, 12);
  });

  it("leaves out blank and text scores with their weight", () => {
    expect(fns.weightedScore([[4, null, 2]], [[1, 5, 1]])).toBe(3);
    expect(fns.weightedScore([[4, "", 2]], [[1, 5, 1]])).toBe(3);
    expect(fns.weightedScore([[4, "n/a", 2]], [[1, 5, 1]])).toBe(3);
  });

  it("is #DIV/0! when no score is given, #VALUE! for mismatched ranges or text weights", () => {
    expect(shown(fns.weightedScore([[null, null]], [[1, 1]]))).toEqual({
      code: "#DIV/0!",
      message: expect.any(String),
    });
    expect(shown(fns.weightedScore([[1, 2]], [[1], [2]]))).toEqual({
      code: "#VALUE!",
      message: "scores (1×2) and weights (2×1) must be the same size",
    });
    expect(shown(fns.weightedScore([[1, 2]], [[1, "half"]]))).toEqual(valueError("weights row 1, column 2"));
    expect(shown(fns.weightedScore([[1, 2]], [[1, -1]]))).toEqual(numError("weights"));
  });
});

describe("every function", () => {
  const scalarFunctions: Array<[string, (...args: unknown[]) => unknown, number]> = [
    ["REORDERQTY", fns.reorderQty as (...args: unknown[]) => unknown, 6],
    ["REORDERPOINT", fns.reorderPoint as (...args: unknown[]) => unknown, 3],
    ["SAFETYSTOCK", fns.safetyStock as (...args: unknown[]) => unknown, 5],
    ["EOQ", fns.eoq as (...args: unknown[]) => unknown, 3],
    ["DAYSOFSUPPLY", fns.daysOfSupply as (...args: unknown[]) => unknown, 2],
    ["STOCKSTATUS", fns.stockStatus as (...args: unknown[]) => unknown, 3],
    ["NEXTSERVICE", fns.nextService as (...args: unknown[]) => unknown, 2],
    ["SERVICESTATUS", fns.serviceStatus as (...args: unknown[]) => unknown, 3],
    ["TRAININGSTATUS", fns.trainingStatus as (...args: unknown[]) => unknown, 4],
  ];
  const cellValue = fc.oneof(
    fc.double(),
    fc.integer({ min: -10, max: 100 }),
    fc.constantFrom(null, undefined, "", 0, 1, 0.5),
    fc.string(),
    fc.boolean(),
  );
  const isAnswer = (r: unknown) =>
    (typeof r === "number" && Number.isFinite(r)) ||
    typeof r === "string" ||
    (typeof shown(r) === "object" && /^#(VALUE!|NUM!|DIV\/0!)$/.test((shown(r) as { code: string }).code));

  it.each(scalarFunctions)(
    "%s never throws and always answers a finite number, a status or an Excel error",
    (_, fn, n) => {
      fc.assert(
        fc.property(fc.array(cellValue, { minLength: n, maxLength: n }), (args) => isAnswer(fn(...args))),
      );
    },
  );

  it.each([
    ["DAILYUSAGE", fns.dailyUsage as (...args: unknown[]) => unknown],
    ["WEIGHTEDSCORE", fns.weightedScore as (...args: unknown[]) => unknown],
  ])("%s never throws on any ranges", (_, fn) => {
    const range = fc.oneof(
      fc.array(fc.array(cellValue, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
      cellValue,
    );
    fc.assert(fc.property(range, range, cellValue, cellValue, (a, b, c, d) => isAnswer(fn(a, b, c, d))));
  });
});
