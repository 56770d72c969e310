// How the engine's answer for each formula compares with the value Excel saved for it, formula by
// formula (each read with the saved values of the cells it reads): for `npm run inspect` and the
// fidelity tests. A formula using a function the engine lacks counts as "cached only".
import { formatAddress } from "../simulator/address";
import type { CellValue } from "../simulator/cells";
import type { SimWorkbook } from "../simulator/workbook";
import { FormulaEvaluator, type EvaluatorOptions } from "./evaluator";

export interface FormulaAgreement {
  total: number;
  agree: number;
  cachedOnly: number;
  differ: number;
  /** The formulas that differ: where, the saved value and the engine's. */
  differences: { address: string; formula: string; saved: CellValue; computed: CellValue }[];
  /** The functions the engine lacks, with how many formulas use each. */
  lacking: Record<string, number>;
}

/** Equal as Excel shows them: numbers to the 15 significant digits a file keeps. */
export function sameValue(saved: CellValue, computed: CellValue): boolean {
  if (typeof saved === "number" && typeof computed === "number")
    return saved === computed || Math.abs(saved - computed) <= 1e-12 * Math.max(1, Math.abs(saved));
  return saved === computed;
}

export function compareWithSaved(wb: SimWorkbook, options: EvaluatorOptions = {}): FormulaAgreement {
  const evaluator = new FormulaEvaluator(options);
  evaluator.begin(wb);
  const out: FormulaAgreement = {
    total: 0,
    agree: 0,
    cachedOnly: 0,
    differ: 0,
    differences: [],
    lacking: {},
  };
  for (const sheet of wb.sheets)
    for (const [row, col, cell] of sheet.cells.entries()) {
      if (cell.formula === undefined) continue;
      out.total++;
      const at = { sheet: sheet.name, row, col };
      const computed = evaluator.evaluate(evaluator.translate(cell.formula, at), at);
      const lacking = evaluator.lastUnsupported;
      if (lacking) {
        out.cachedOnly++;
        out.lacking[lacking] = (out.lacking[lacking] ?? 0) + 1;
      } else if (sameValue(cell.value, computed)) out.agree++;
      else {
        out.differ++;
        out.differences.push({
          address: formatAddress(sheet.name, { r0: row, c0: col, r1: row, c1: col }),
          formula: cell.formula,
          saved: cell.value,
          computed,
        });
      }
    }
  return out;
}
