// Save as .xlsx: the workbook written into the package it was opened from (or an empty one), with only
// what changed replaced (package/writePackage.ts). Formulas carry their last computed value as the
// cached result, so Excel and other readers show values before recalculating.
import type { SimWorkbook } from "../simulator";
import { packageSource } from "./package/source";
import { planSave, type SavePlan } from "./package/savePlan";
import { writePackage } from "./package/writePackage";

export interface SavedWorkbook {
  bytes: Uint8Array;
  /** What the file could not hold, one sentence each. */
  notes: string[];
  plan: SavePlan;
}

/** What saving would keep and drop, before anything is written (the page asks when something would go). */
export async function saveWouldDrop(wb: SimWorkbook): Promise<SavePlan> {
  const source = packageSource(wb);
  if (!source) return { kept: [], dropped: [] };
  return planSave(wb, source.pkg, source.baseline);
}

export async function writeXlsx(wb: SimWorkbook): Promise<SavedWorkbook> {
  const { bytes, plan } = await writePackage(wb, packageSource(wb) ?? null);
  return { bytes, notes: plan.dropped.map((d) => d.message), plan };
}
