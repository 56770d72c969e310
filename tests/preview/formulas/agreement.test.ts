// The promise of docs/design.md ("Registers are data"): the registers' native formula columns and the
// BACKOFFICE functions compute the
// same figures. Each register table is built in a simulated workbook with its real column formulas,
// filled with random rows (blanks, zeros, pack sizes, fractions), evaluated by the preview's engine and
// compared cell by cell with core's rowCompute (which calls the same src/core/math as BACKOFFICE.*).
import fc from "fast-check";
import {
  candidates,
  computeCandidateRow,
  computeEquipmentRow,
  computeInventoryRow,
  computePurchaseOrderRow,
  equipment,
  inventory,
  purchaseOrders,
  type RegisterDef,
} from "../../../src/core/registers";
import { isMathError } from "../../../src/core/math";
import { attachFormulaEngine } from "../../../src/preview/formulas/engine";
import { SimWorkbook } from "../../../src/preview/simulator";
import { columnLetters } from "../../../src/preview/simulator/address";

const NOW = new Date(2026, 5, 10, 9, 0); // 10 June 2026
const TODAY = Math.round((Date.UTC(2026, 5, 10) - Date.UTC(1899, 11, 30)) / 86400000);

type Row = Record<string, string | number | boolean | null>;

/** Builds the register's table with `rows` (by column key; calculated columns get their formula). */
function evaluateRegister(def: RegisterDef, rows: Row[]): Row[] {
  const wb = new SimWorkbook();
  wb.addSheet(def.sheetName);
  const header = def.columns.map((c) => c.header);
  const body = rows.map((row) => def.columns.map((c) => (c.formula ? c.formula : (row[c.key] ?? null))));
  wb.setValues(def.sheetName, "A1", [header, ...body]);
  wb.addTable(def.sheetName, `A1:${columnLetters(header.length - 1)}${rows.length + 1}`);
  attachFormulaEngine(wb, { now: () => NOW });
  return rows.map((_, i) => {
    const out: Row = {};
    def.columns.forEach((c, j) => {
      if (c.formula) out[c.key] = wb.getCell(def.sheetName, i + 1, j).value;
    });
    return out;
  });
}

/** A core result as a cell shows it: an error as its code. */
const shown = (v: unknown) => (isMathError(v) ? v.error : v);

/** Equal, or for fractional numbers within 1e-9 relative (Excel and core may round differently). */
function agree(engine: unknown, core: unknown): boolean {
  if (typeof engine === "number" && typeof core === "number")
    return engine === core || Math.abs(engine - core) <= 1e-9 * Math.max(1, Math.abs(core));
  return engine === core;
}

function expectAgreement(
  def: RegisterDef,
  rows: Row[],
  compute: (row: Row) => Record<string, unknown>,
): void {
  const fromEngine = evaluateRegister(def, rows);
  rows.forEach((row, i) => {
    const expected = compute(row);
    for (const [key, value] of Object.entries(expected)) {
      if (!agree(fromEngine[i][key], shown(value))) {
        throw new Error(
          `${def.name} row ${i + 1} ${key}: engine ${JSON.stringify(fromEngine[i][key])}, core ${JSON.stringify(shown(value))}; inputs ${JSON.stringify(row)}`,
        );
      }
    }
  });
}

const blank = fc.constant(null);
/** Counts as people type them: whole numbers, zero, and some fractional quantities. */
const quantity = fc.oneof(
  blank,
  fc.constant(0),
  fc.integer({ min: 0, max: 200 }),
  fc.integer({ min: 0, max: 400 }).map((n) => n / 4),
  fc.integer({ min: 0, max: 50 }).map((n) => n / 10),
);
const packSize = fc.oneof(blank, fc.constantFrom(1, 2, 6, 10, 12, 24, 0.1, 0.25, 0.3, 1.5));
const money = fc.oneof(
  blank,
  fc.constant(0),
  fc.integer({ min: 0, max: 100000 }).map((n) => n / 100),
);

const RUNS = { numRuns: 25, seed: 20260610 };
const rowsOf = <T>(row: fc.Arbitrary<T>) => fc.array(row, { minLength: 1, maxLength: 30 });

describe("register calculated columns agree with core (and so with BACKOFFICE.*)", () => {
  test("Inventory: Reorder qty, Stock status, Stock value", () => {
    const row = fc.record({
      onHand: fc.oneof(quantity, fc.integer({ min: -20, max: -1 })),
      onOrder: quantity,
      reorderPoint: quantity,
      maxStock: quantity,
      packSize,
      minOrderQty: quantity,
      unitCost: money,
    });
    fc.assert(
      fc.property(rowsOf(row), (rows) => {
        expectAgreement(inventory, rows, (r) => ({ ...computeInventoryRow(r) }));
      }),
      RUNS,
    );
  });

  test("Purchase orders: Line total", () => {
    const row = fc.record({ qty: quantity, unitCost: money });
    fc.assert(
      fc.property(rowsOf(row), (rows) => {
        expectAgreement(purchaseOrders, rows, (r) => ({ ...computePurchaseOrderRow(r) }));
      }),
      RUNS,
    );
  });

  test("Equipment: Next service due and Service status, around today", () => {
    const date = fc.oneof(blank, fc.integer({ min: TODAY - 400, max: TODAY + 30 }));
    const meter = fc.oneof(blank, fc.constant(0), fc.integer({ min: 0, max: 200000 }));
    const row = fc.record({
      lastService: date,
      serviceEveryDays: fc.oneof(blank, fc.constantFrom(30, 90, 180, 365), fc.integer({ min: 0, max: 400 })),
      serviceEveryPages: fc.oneof(blank, fc.constantFrom(5000, 20000, 50000)),
      meterNow: meter,
      meterAtLastService: meter,
    });
    fc.assert(
      fc.property(rowsOf(row), (rows) => {
        expectAgreement(equipment, rows, (r) => ({ ...computeEquipmentRow(r, TODAY) }));
      }),
      RUNS,
    );
  });

  test("Candidates: Weighted score over the scores that are numbers", () => {
    const score = fc.oneof(
      blank,
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 10, max: 50 }).map((n) => n / 10),
      fc.constant("n/a"),
    );
    const row = fc.record({ scoreExperience: score, scoreSkills: score, scoreFit: score });
    fc.assert(
      fc.property(rowsOf(row), (rows) => {
        expectAgreement(candidates, rows, (r) => ({ ...computeCandidateRow(r) }));
      }),
      RUNS,
    );
  });
});
