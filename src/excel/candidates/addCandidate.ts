// Adding a candidate: checked (name, position, email, CV link), then in one Excel.run the register's
// Candidate IDs and emails are read as they are now (sync 1); an address already there is reported and
// nothing is written unless the person said to add anyway; otherwise the row goes below the body with
// the next Candidate ID, Stage Applied since today (sync 2; a third only to repair, rows/append.ts).
import { checkNewCandidate, rowsWithEmail, type NewCandidateInput } from "../../core/candidates";
import { todaySerial } from "../../core/cells/excelDates";
import { planAppend } from "../../core/registers/appendPlan";
import { candidates } from "../../core/registers/definitions/candidates";
import { shownKey } from "../../core/registers/keys";
import { rectAddress } from "../address";
import { ExcelActionError } from "../errors";
import { runExcel } from "../run";
import { queueAppend, queueAppendRead, queueColumns, requireNoTotals } from "../rows";
import { queueTableProbe, requirePlace } from "../tableProbe";

export type AddCandidateResult =
  | { added: true; key: string; address: string; notes: string[] }
  | { added: false; duplicates: { key: string; name: string }[] };

export async function addCandidate(
  input: NewCandidateInput,
  opts: { allowDuplicate?: boolean; now?: Date } = {},
): Promise<AddCandidateResult> {
  const errors = checkNewCandidate(input);
  if (errors.length) throw new ExcelActionError("invalid", errors.join(" "), "Correct the marked fields.");
  const today = todaySerial(opts.now ?? new Date());
  const text = (s?: string) => (s ?? "").trim() || null;
  const values = {
    name: input.name.trim(),
    email: text(input.email),
    phone: text(input.phone),
    position: input.position.trim(),
    source: text(input.source),
    cvLink: text(input.cvLink),
    appliedOn: today,
    stage: "Applied",
    stageSince: today,
  };
  return runExcel(`Adding rows to the ${candidates.name} register`, async (context) => {
    const probe = queueTableProbe(context, candidates);
    const read = queueAppendRead(probe, candidates, 1);
    const people = queueColumns(probe.table, candidates, ["name", "email"]);
    await context.sync();
    const place = requirePlace(candidates, probe.place());
    const state = read.state(place);
    if (!opts.allowDuplicate) {
      const { name, email } = people();
      const rows = (state.keys[0] ?? []).map((k, i) => ({
        key: String(k ?? "").trim(),
        values: { name: name[i] as string, email: email[i] as string },
      }));
      const same = rowsWithEmail(rows, input.email);
      if (same.length > 0) {
        return {
          added: false,
          duplicates: same.map((r) => ({ key: r.key, name: String(r.values.name ?? "") })),
        };
      }
    }
    requireNoTotals(candidates, place, "new rows", "add the candidate again");
    const plan = planAppend(candidates, [{ values }], state.keys);
    if (plan.toWrite.length === 0) {
      const why = plan.skipped.map((s) => s.reason).join("; ") || "no row was written";
      throw new ExcelActionError("invalid", `The candidate was not added: ${why}.`, "Try again.");
    }
    const append = queueAppend(probe, candidates, place, state, plan.toWrite);
    await context.sync();
    const outcome = await append.settle(context);
    const row = outcome.rows[0];
    const lastColumn = place.firstColumn + place.columnCount - 1;
    const notes = [...outcome.notes];
    const renamed = Object.entries(outcome.renamed);
    if (renamed.length)
      notes.push(
        `A co-author added a candidate at the same moment; ${renamed[0][0]} is now ${renamed[0][1]}.`,
      );
    return {
      added: true,
      key: shownKey(candidates, row.values),
      address: rectAddress(place.sheetName, row.sheetRow, place.firstColumn, row.sheetRow, lastColumn),
      notes,
    };
  });
}
