// "Add to Staff" on a Hired candidate: the Staff row is filled from the candidate's row (name, role from
// the position, email, phone), with Status Active, Start date today and the Candidate ID kept, so nothing
// is retyped. One Excel.run: sync 1 reads the candidate's row and the Staff register's keys and Candidate
// IDs (a candidate already added is refused, nothing written); sync 2 writes the row (a third only to
// repair, rows/append.ts).
import { todaySerial } from "../../core/cells/excelDates";
import { candidates, staff } from "../../core/registers/definitions";
import { planAppend } from "../../core/registers/appendPlan";
import { indexKeys, normKey, normShownKey } from "../../core/registers/keys";
import { ExcelActionError } from "../errors";
import { runExcel } from "../run";
import { queueAppend, queueAppendRead, queueColumns, requireNoTotals } from "../rows";
import { queueTableProbe, requirePlace } from "../tableProbe";

export interface AddedToStaff {
  staffId: string;
  name: string;
  notes: string[];
}

const CANDIDATE_FIELDS = ["candidateId", "name", "email", "phone", "position", "stage"] as const;

export async function addToStaff(candidateKey: string, now: Date = new Date()): Promise<AddedToStaff> {
  return runExcel("Adding the candidate to Staff", async (context) => {
    const cand = queueTableProbe(context, candidates);
    const people = queueColumns(cand.table, candidates, CANDIDATE_FIELDS);
    const probe = queueTableProbe(context, staff);
    const read = queueAppendRead(probe, staff, 1);
    const hiredFrom = queueColumns(probe.table, staff, ["candidateId", "name"]);
    await context.sync();
    requirePlace(candidates, cand.place());
    const place = requirePlace(staff, probe.place());
    const c = people();
    const at = indexKeys([c.candidateId]).get(normShownKey(candidateKey));
    if (!at || at.length !== 1)
      throw new ExcelActionError(
        "notFound",
        `${candidateKey} is not in the Candidates register (a co-author may have removed it); nothing was added.`,
        "Look at the candidates again.",
      );
    const i = at[0];
    const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
    if (text(c.stage[i]) !== "Hired")
      throw new ExcelActionError(
        "invalid",
        `${candidateKey} is at ${text(c.stage[i]) || "(no stage)"}, not Hired; nothing was added.`,
        "Move the candidate to Hired first.",
      );
    const already = hiredFrom().candidateId.findIndex((v) => normKey(v) === normKey(candidateKey));
    if (already >= 0)
      throw new ExcelActionError(
        "alreadyExists",
        `${text(c.name[i])} (${candidateKey}) is already on the Staff register; nothing was added.`,
        "Find them on the Staff page.",
      );
    requireNoTotals(staff, place, "the new person", "add them again");
    const state = read.state(place);
    const values = {
      name: text(c.name[i]),
      role: text(c.position[i]),
      email: text(c.email[i]) || null,
      phone: text(c.phone[i]) || null,
      startDate: todaySerial(now),
      status: "Active",
      candidateId: text(c.candidateId[i]),
    };
    const plan = planAppend(staff, [{ values }], state.keys);
    if (plan.toWrite.length === 0)
      throw new ExcelActionError(
        "invalid",
        "The person was not added: " + plan.skipped.map((s) => s.reason).join("; "),
        "Try again.",
      );
    const append = queueAppend(probe, staff, place, state, plan.toWrite);
    await context.sync();
    const outcome = await append.settle(context);
    const notes = [...outcome.notes];
    for (const [a, b] of Object.entries(outcome.renamed))
      notes.push(`A co-author added someone at the same moment; ${a} is now ${b}.`);
    return { staffId: String(outcome.rows[0].values.staffId), name: values.name, notes };
  });
}
