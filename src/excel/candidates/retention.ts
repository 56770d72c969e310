// Retention: candidates past Retain until, listed with a fingerprint of every cell (1 sync); removal of
// exactly the confirmed rows (2 syncs: re-read, then delete). A row changed since the list was shown, or
// no longer there, is not deleted and is reported; no other row is touched.
import { isPastRetention, planRemoval, rowFingerprint, type ShownRow } from "../../core/candidates";
import { todaySerial } from "../../core/cells/excelDates";
import { candidates } from "../../core/registers/definitions/candidates";
import { ExcelActionError } from "../errors";
import { runExcel } from "../run";
import { columnIndex, queueTableProbe, requirePlace } from "../tableProbe";

export interface RetainedCandidate extends ShownRow {
  name: string;
  position: string;
  retainUntil: number;
}

function queueBody(context: Excel.RequestContext) {
  const table = context.workbook.tables.getItemOrNullObject(candidates.tableName);
  return table.getDataBodyRange().load("values");
}

export async function listRetained(now: Date = new Date()): Promise<RetainedCandidate[]> {
  return runExcel("Listing candidates past Retain until", async (context) => {
    const probe = queueTableProbe(context, candidates);
    const body = queueBody(context);
    await context.sync();
    const place = requirePlace(candidates, probe.place());
    const [k, r, n, p] = ["candidateId", "retainUntil", "name", "position"].map((c) => columnIndex(place, c));
    if (r < 0) return [];
    const today = todaySerial(now);
    return (body.values as unknown[][])
      .filter((cells) => isPastRetention(cells[r], today) && String(cells[k] ?? "").trim() !== "")
      .map((cells) => ({
        key: String(cells[k]).trim(),
        fingerprint: rowFingerprint(cells),
        name: n < 0 ? "" : String(cells[n] ?? ""),
        position: p < 0 ? "" : String(cells[p] ?? ""),
        retainUntil: cells[r] as number,
      }));
  });
}

export interface RemoveResult {
  removed: string[];
  changed: string[];
  missing: string[];
}

export async function removeRetained(confirmed: readonly ShownRow[]): Promise<RemoveResult> {
  if (confirmed.length === 0) return { removed: [], changed: [], missing: [] };
  return runExcel("Removing candidates past Retain until", async (context) => {
    const probe = queueTableProbe(context, candidates);
    const body = queueBody(context);
    await context.sync();
    const place = requirePlace(candidates, probe.place());
    const k = columnIndex(place, "candidateId");
    if (k < 0) {
      throw new ExcelActionError(
        "notFound",
        "The Candidates table has no Candidate ID column.",
        "Add it first.",
      );
    }
    const plan = planRemoval(confirmed, body.values as unknown[][], k);
    const table = probe.table;
    // Highest index first: each deletion leaves the rows above it where they were.
    for (const i of plan.deleteIndexes) table.rows.getItemAt(i).delete();
    if (plan.deleteIndexes.length > 0) await context.sync();
    return { removed: plan.removed, changed: plan.changed, missing: plan.missing };
  });
}
