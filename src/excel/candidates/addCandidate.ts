// Adding a candidate: checked (name, position, email, CV link), then the register is read for the same
// email; a duplicate is reported and nothing is written unless the person said to add anyway. Stage
// Applied since today. readRegister (2 syncs) + appendRows (2 syncs).
import { checkNewCandidate, rowsWithEmail, type NewCandidateInput } from "../../core/candidates";
import { todaySerial } from "../../core/cells/excelDates";
import { candidates } from "../../core/registers/definitions/candidates";
import { appendRows } from "../appendRows";
import { ExcelActionError } from "../errors";
import { readRegister } from "../readRegister";

export type AddCandidateResult =
  | { added: true; key: string; address: string; notes: string[] }
  | { added: false; duplicates: { key: string; name: string }[] };

export async function addCandidate(
  input: NewCandidateInput,
  opts: { allowDuplicate?: boolean; now?: Date } = {},
): Promise<AddCandidateResult> {
  const errors = checkNewCandidate(input);
  if (errors.length) throw new ExcelActionError("invalid", errors.join(" "), "Correct the marked fields.");
  if (!opts.allowDuplicate && input.email.trim()) {
    const read = await readRegister(candidates, { checkLookups: false });
    const same = rowsWithEmail(read.rows, input.email);
    if (same.length > 0) {
      return {
        added: false,
        duplicates: same.map((r) => ({ key: r.key, name: String(r.values.name ?? "") })),
      };
    }
  }
  const today = todaySerial(opts.now ?? new Date());
  const text = (s?: string) => (s ?? "").trim() || null;
  const result = await appendRows(candidates, [
    {
      values: {
        name: input.name.trim(),
        email: text(input.email),
        phone: text(input.phone),
        position: input.position.trim(),
        source: text(input.source),
        cvLink: text(input.cvLink),
        appliedOn: today,
        stage: "Applied",
        stageSince: today,
      },
    },
  ]);
  const row = result.appended[0];
  if (!row) {
    throw new ExcelActionError(
      "invalid",
      `The candidate was not added: ${result.skipped.map((s) => s.reason).join("; ") || "no row was written"}.`,
      "Try again.",
    );
  }
  return { added: true, key: row.key, address: row.address, notes: result.notes };
}
