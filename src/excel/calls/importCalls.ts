// Importing a call export (CSV): the preview reads the log and plans (core planCallImport); Add reads the
// log again and plans again, so a call a co-author logged in between is not added twice, then writes
// every new row in one appendRows (one write request: all rows or none).
import { planCallImport, type CallImportOptions, type CallImportPlan } from "../../core/calls/callImport";
import { callLog } from "../../core/registers/definitions/callLog";
import { appendRows, type AppendResult } from "../appendRows";
import { ExcelActionError } from "../errors";
import { readRegister } from "../readRegister";

async function plan(csv: string, options: CallImportOptions): Promise<CallImportPlan & { found: boolean }> {
  const read = await readRegister(callLog, { checkLookups: false });
  const existing = read.rows.map((r) => ({ key: r.key, row: r.row, values: r.values }));
  return { ...planCallImport(csv, existing, options), found: read.found };
}

/** What an import would add, skip and why; writes nothing. */
export async function previewCallImport(
  csv: string,
  options: CallImportOptions = {},
): Promise<CallImportPlan & { found: boolean }> {
  return plan(csv, options);
}

export interface CallImportResult {
  plan: CallImportPlan;
  added: AppendResult["appended"];
  notes: string[];
}

/** Adds the file's new calls, all at once; refuses (writing nothing) while any line cannot be read. */
export async function addCallImport(csv: string, options: CallImportOptions = {}): Promise<CallImportResult> {
  const p = await plan(csv, options);
  if (!p.found) {
    throw new ExcelActionError(
      "notFound",
      "There is no Call log register in this workbook.",
      "Create the Call log first, then import the file.",
    );
  }
  if (!p.ok) {
    const first =
      p.fileErrors[0] ?? (p.lineErrors[0] && `line ${p.lineErrors[0].line}: ${p.lineErrors[0].message}`);
    throw new ExcelActionError(
      "invalid",
      `Nothing was imported: ${first}`,
      "Correct the file and choose it again.",
    );
  }
  if (p.toAdd.length === 0) return { plan: p, added: [], notes: [] };
  const result = await appendRows(
    callLog,
    p.toAdd.map((r) => ({ values: r.values })),
  );
  return { plan: p, added: result.appended, notes: result.notes };
}
