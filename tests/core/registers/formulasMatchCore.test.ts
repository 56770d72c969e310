import fc from "fast-check";
import { isMathError } from "../../../src/core/math";
import { weightedScoreFormula } from "../../../src/core/registers/calculatedFormulas";
import { candidates, equipment, inventory, purchaseOrders } from "../../../src/core/registers/definitions";
import {
  computeCandidateRow,
  computeEquipmentRow,
  computeInventoryRow,
  computePurchaseOrderRow,
} from "../../../src/core/registers/rowCompute";
import type { RegisterDef } from "../../../src/core/registers/types";
import { evaluate } from "./support/miniFormula";

// Each native formula, evaluated on a row, equals the core computation of the same row.
type Cell = number | string | null;
const formula = (def: RegisterDef, key: string) => def.columns.find((c) => c.key === key)!.formula!;
const byHeader = (def: RegisterDef, values: Record<string, Cell>) =>
  Object.fromEntries(def.columns.map((c) => [c.header, values[c.key] ?? null]));
const same = (fromFormula: unknown, fromCore: unknown) => {
  if (isMathError(fromCore))
    return expect(typeof fromFormula === "object" || typeof fromFormula === "number").toBe(true);
  if (typeof fromCore === "number") return expect(fromFormula as number).toBeCloseTo(fromCore, 9);
  return expect(fromFormula).toBe(fromCore);
};

// Decimal-looking quantities as people type them (two decimals at most), or blank.
const qty = (max: number) =>
  fc.oneof(
    fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100),
    fc.constant(null),
  );
const whole = (min: number, max: number) => fc.oneof(fc.integer({ min, max }), fc.constant(null));

describe("native formulas compute what core computes", () => {
  it("Inventory: Reorder qty, Stock status, Stock value", () => {
    // Small pools make ties (on hand = reorder point, position = reorder point) and float-prone packs common.
    const pool = fc.constantFrom<Cell>(null, 0, 0.1, 0.2, 0.3, 0.6, 0.7, 1, 2, 5, 6, 10, 14.5, 15, 16, 30);
    const row = fc.record({
      onHand: fc.oneof(pool, fc.constantFrom(-2, -0.5), qty(200)),
      reorderPoint: fc.oneof(pool, qty(100)),
      maxStock: fc.oneof(pool, qty(300)),
      onOrder: fc.oneof(pool, qty(50)),
      packSize: fc.oneof(fc.constantFrom(1, 6, 10, 12, 0.1, 0.2, 0.3, 0.7, 2.5), fc.constant(null)),
      minOrderQty: fc.oneof(pool, whole(0, 60)),
      unitCost: qty(50),
    });
    fc.assert(
      fc.property(row, (values) => {
        const cells = byHeader(inventory, values);
        const core = computeInventoryRow(values);
        same(evaluate(formula(inventory, "reorderQty"), cells, 0), core.reorderQty);
        same(evaluate(formula(inventory, "stockStatus"), cells, 0), core.stockStatus);
        same(evaluate(formula(inventory, "stockValue"), cells, 0), core.stockValue);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    [{ onHand: 14.5, reorderPoint: 15, maxStock: 30, onOrder: 0, packSize: 10 }, 20, "Reorder"],
    [{ onHand: 8, reorderPoint: 10, maxStock: 40, onOrder: 0, packSize: 6 }, 36, "Reorder"],
    [{ onHand: 15, reorderPoint: 15, maxStock: 30 }, 15, "Reorder"],
    [{ onHand: 16, reorderPoint: 15, maxStock: 30 }, 0, "OK"],
    [{ onHand: 0, reorderPoint: 5, maxStock: 0.3, packSize: 0.3 }, 5.1, "Out of stock"],
    [{ onHand: 0.1, reorderPoint: 0.3, maxStock: 0.3, onOrder: 0, packSize: 0.2 }, 0.2, "Reorder"],
    [{ onHand: 2, reorderPoint: 5, maxStock: 10, onOrder: 6 }, 0, "On order"],
    [{ onHand: 5, reorderPoint: 5, maxStock: 10, onOrder: 3 }, 0, "On order"],
    [{ onHand: 0, reorderPoint: 0, maxStock: 0.3, packSize: 0.1 }, 0.3, "Out of stock"],
    [{ onHand: null, reorderPoint: 5 }, "", ""],
  ])("the reference's examples and edge rows: %j → %s, %s", (values, expectedQty, expectedStatus) => {
    const cells = byHeader(inventory, values as Record<string, Cell>);
    const fromFormula = evaluate(formula(inventory, "reorderQty"), cells, 0);
    if (typeof expectedQty === "number") expect(fromFormula as number).toBeCloseTo(expectedQty, 9);
    else expect(fromFormula).toBe(expectedQty);
    expect(evaluate(formula(inventory, "stockStatus"), cells, 0)).toBe(expectedStatus);
    const core = computeInventoryRow(values as Record<string, Cell>);
    same(fromFormula, core.reorderQty);
  });

  it("0.1 + 0.2 units of a 0.3 pack is one pack, in the formula too", () => {
    const cells = byHeader(inventory, {
      onHand: 0,
      reorderPoint: 0,
      maxStock: 0,
      minOrderQty: null,
      packSize: 0.3,
      onOrder: 0,
    });
    // need = max(0.1 + 0.2, …): exercise the rounding through Min order qty written as a sum.
    const f = formula(inventory, "reorderQty").replace(
      'IF([@[Min order qty]]="",0,[@[Min order qty]])',
      "(0.1+0.2)",
    );
    expect(evaluate(f, cells, 0) as number).toBeCloseTo(0.3, 12);
  });

  it("a blank input row shows blanks, not errors", () => {
    for (const [def, keys] of [
      [inventory, ["reorderQty", "stockStatus", "stockValue"]],
      [purchaseOrders, ["lineTotal"]],
      [equipment, ["nextServiceDue"]],
      [candidates, ["weightedScore"]],
    ] as const) {
      for (const key of keys) expect(evaluate(formula(def, key), byHeader(def, {}), 46095)).toBe("");
    }
  });

  it("PurchaseOrders: Line total", () => {
    fc.assert(
      fc.property(fc.record({ qty: qty(100), unitCost: qty(100) }), (values) => {
        same(
          evaluate(formula(purchaseOrders, "lineTotal"), byHeader(purchaseOrders, values), 0),
          computePurchaseOrderRow(values).lineTotal,
        );
      }),
    );
  });

  it("Equipment: Next service due and Service status, by days or pages, whichever first", () => {
    const today = 46095;
    const row = fc.record({
      lastService: fc.oneof(fc.integer({ min: today - 400, max: today }), fc.constant(null)),
      serviceEveryDays: whole(1, 365),
      meterAtLastService: fc.oneof(whole(0, 100000), fc.constant(5000)),
      // Often exactly at, one short of, or one past the page interval.
      meterNow: fc.oneof(whole(0, 150000), fc.constantFrom(20000, 19999, 20001, 25000)),
      serviceEveryPages: fc.oneof(whole(1, 50000), fc.constantFrom(15000, 14999, 15001)),
    });
    fc.assert(
      fc.property(row, (values) => {
        const cells = byHeader(equipment, values);
        const core = computeEquipmentRow(values, today);
        const due = evaluate(formula(equipment, "nextServiceDue"), cells, today);
        same(due, core.nextServiceDue);
        const status = evaluate(
          formula(equipment, "serviceStatus"),
          { ...cells, "Next service due": due as number | string },
          today,
        );
        same(status, core.serviceStatus);
      }),
      { numRuns: 1000 },
    );
  });

  it("Equipment examples: pages reached means due today; days decide otherwise", () => {
    const today = 46095;
    const calc = (values: Record<string, Cell>) => {
      const cells = byHeader(equipment, values);
      const due = evaluate(formula(equipment, "nextServiceDue"), cells, today);
      return [
        due,
        evaluate(formula(equipment, "serviceStatus"), { ...cells, "Next service due": due as Cell }, today),
      ];
    };
    expect(calc({ lastService: today - 100, serviceEveryDays: 90 })).toEqual([today - 10, "Overdue"]);
    expect(calc({ lastService: today - 80, serviceEveryDays: 90 })).toEqual([today + 10, "Due soon"]);
    expect(calc({ lastService: today - 10, serviceEveryDays: 90 })).toEqual([today + 80, "OK"]);
    expect(
      calc({
        lastService: today - 10,
        serviceEveryDays: 90,
        meterNow: 25000,
        meterAtLastService: 5000,
        serviceEveryPages: 20000,
      }),
    ).toEqual([today, "Due soon"]);
    expect(calc({ meterNow: 24999, meterAtLastService: 5000, serviceEveryPages: 20000 })).toEqual(["", ""]);
  });

  it("Candidates: Weighted score over the scores that are numbers, with default and custom weights", () => {
    const score = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null), fc.constant("n/a"));
    const weights = fc.record({
      experience: fc.integer({ min: 0, max: 10 }).map((n) => n / 10),
      skills: fc.integer({ min: 0, max: 10 }).map((n) => n / 10),
      fit: fc.integer({ min: 1, max: 10 }).map((n) => n / 10),
    });
    fc.assert(
      fc.property(
        fc.record({ scoreExperience: score, scoreSkills: score, scoreFit: score }),
        weights,
        (values, w) => {
          const cells = byHeader(candidates, values);
          same(evaluate(weightedScoreFormula(w), cells, 0), computeCandidateRow(values, w).weightedScore);
        },
      ),
    );
    const cells = byHeader(candidates, { scoreExperience: 5, scoreSkills: 3, scoreFit: null });
    expect(evaluate(formula(candidates, "weightedScore"), cells, 0)).toBeCloseTo(4, 12);
    expect(() => weightedScoreFormula({ experience: -1, skills: 1, fit: 1 })).toThrow(RangeError);
  });
});
