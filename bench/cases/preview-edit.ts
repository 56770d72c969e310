// One cell edited in the preview, as a person types it in the grid, in a workbook of 10,000 formulas:
// an Inventory register of 3,334 rows (its three calculated columns) and a total of its stock value.
// The edit must recompute only what depends on the cell (the row's three formulas and the total): the
// run fails if the engine recomputed anything else. Reports the count and the time.
import { inventory } from "../../src/core/registers/definitions";
import { attachFormulaEngine, type FormulaEngine } from "../../src/preview/formulas/engine";
import type { SimWorkbook } from "../../src/preview/simulator";
import { perSize, type BenchCase, type CaseContext } from "../harness";
import { inventoryWorkbook } from "./register-read";

interface Ctx extends CaseContext {
  wb: SimWorkbook;
  engine: FormulaEngine;
  /** The A1 address of the On hand cell edited, and of the total. */
  cell: string;
  total: string;
  runs: number;
}

const FORMULAS = 10_000;
const column = (key: string) => inventory.columns.findIndex((c) => c.key === key);
const letter = (i: number) => String.fromCharCode(65 + i);

const workbookWith = perSize((formulas: number): Ctx => {
  const calculated = inventory.columns.filter((c) => c.formula).length;
  const rows = Math.ceil((formulas - 1) / calculated);
  const { wb } = inventoryWorkbook(rows);
  const width = inventory.columns.length;
  const total = `${letter(width + 1)}1`;
  wb.setValues("Inventory", total, [[`=SUM(Inventory[Stock value])`]]);
  const engine = attachFormulaEngine(wb);
  const cell = `${letter(column("onHand"))}${Math.floor(rows / 2) + 2}`;
  return { wb, engine, cell, total, runs: 0, dataBytes: 1 };
});

const benchCase: BenchCase<Ctx> = {
  name: "preview edit one cell, 10,000 formulas",
  sizes: [FORMULAS],
  smokeSize: 301,
  targets: {
    maxMs: 50,
    showEvaluations: "formulas recomputed",
    label: "preview: one cell edit, 10,000 formulas",
  },
  setup: (n) => workbookWith(n),
  run: (ctx) => {
    const before = ctx.engine.evaluations;
    const totalBefore = ctx.wb.getValues("Inventory", ctx.total)[0][0];
    ctx.wb.setValues("Inventory", ctx.cell, [[10 + (ctx.runs++ % 50)]]);
    const recomputed = ctx.engine.evaluations - before;
    // On hand feeds Reorder qty, Stock status and Stock value of its row; Stock value feeds the total.
    if (recomputed !== 4)
      throw new Error(`the edit recomputed ${recomputed} formulas, not the 4 that depend on it`);
    if (ctx.runs > 1 && ctx.wb.getValues("Inventory", ctx.total)[0][0] === totalBefore)
      throw new Error("the total did not follow the edit");
    return { evaluations: recomputed };
  },
};
export default benchCase;
