// The file-level sections about taking the file through the preview: what Save would keep and drop, how
// the engine's answer for each formula compares with the value Excel saved, and (--save-copy) the file
// Save would write after opening it, with no edit.
import { writeFileSync } from "node:fs";
import { compareWithSaved } from "../../src/preview/formulas/agreement";
import { attachFormulaEngine } from "../../src/preview/formulas/engine";
import { writeXlsx } from "../../src/preview/files/writeXlsx";
import type { FileInput } from "./report";

export async function saveSection(input: FileInput): Promise<Record<string, unknown>> {
  const { workbook, format } = await input.open();
  // Save in the preview runs with the live engine plugged in; it keeps the values Excel saved.
  attachFormulaEngine(workbook);
  const { bytes, plan } = await writeXlsx(workbook);
  if (input.options.saveCopy) writeFileSync(input.options.saveCopy, bytes);
  if (format === "csv" || format === "txt") return { save: { kept: [], dropped: [] } };
  return { save: { kept: plan.kept, dropped: [...new Set(plan.dropped.map((d) => d.kind))] } };
}

export async function formulasSection(input: FileInput): Promise<Record<string, unknown>> {
  const { workbook } = await input.open();
  const { total, agree, cachedOnly, differ } = compareWithSaved(workbook);
  return { formulas: { total, agree, cachedOnly, differ } };
}
