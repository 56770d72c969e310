// Score weights: read from the workbook's settings, and written together with the Weighted score
// column's native formula so the two never disagree (2 syncs: where the column is, then the write).
import { weightsOrDefault } from "../../core/candidates";
import { weightedScoreFormula, type ScoreWeights } from "../../core/registers/calculatedFormulas";
import { candidates } from "../../core/registers/definitions/candidates";
import { ExcelActionError } from "../errors";
import { runExcel } from "../run";

export const SCORE_WEIGHTS_KEY = "BackOffice.scoreWeights";
const HEADER = candidates.columns.find((c) => c.key === "weightedScore")!.header;

export async function readScoreWeights(): Promise<ScoreWeights> {
  return runExcel("Reading the score weights", async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(SCORE_WEIGHTS_KEY).load("value");
    await context.sync();
    return weightsOrDefault(item.isNullObject ? undefined : item.value);
  });
}

/** Stores the weights and rewrites the Weighted score formula in every row (if the register exists). */
export async function writeScoreWeights(weights: ScoreWeights): Promise<{ rowsUpdated: number }> {
  const formula = weightedScoreFormula(weights); // throws RangeError on a negative or non-number weight
  if (weights.experience + weights.skills + weights.fit <= 0) {
    throw new ExcelActionError("invalid", "At least one weight must be above 0.", "Enter the weights again.");
  }
  return runExcel("Saving the score weights", async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(candidates.tableName);
    const column = table.columns.getItemOrNullObject(HEADER);
    const body = column.getDataBodyRange().load("rowCount");
    await context.sync();
    context.workbook.settings.add(SCORE_WEIGHTS_KEY, { ...weights });
    let rowsUpdated = 0;
    if (!table.isNullObject && !column.isNullObject) {
      rowsUpdated = body.rowCount;
      body.formulas = Array.from({ length: rowsUpdated }, () => [formula]);
    }
    await context.sync();
    return { rowsUpdated };
  });
}
