// Recording a case's decision: the outcome, the date of the outcome letter, and the dates the staff rules
// give from it (appeal by, when a warning lapses), shown filled in and left to change. Whatever the
// workbook refuses (dates out of order, a case gone or changed by a co-author) is shown as said.
import { useState } from "react";
import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { isWarning, outcomeDefaults } from "../../../core/staff";
import { Outcome, type OutcomeNote } from "../../components/Outcome";
import { dateInputValue, serialFromDateInput } from "../../components/dateInputs";
import type { CaseRow, StaffRules } from "./staffApi";

const useStyles = makeStyles({ form: { display: "grid", gap: tokens.spacingVerticalS } });

export interface OutcomeValues {
  outcome: string;
  outcomeOn: number;
  appealBy: number | null;
  warningExpires: number | null;
}

export function CaseOutcomeForm({
  c,
  rules,
  today,
  onRecord,
}: {
  c: CaseRow;
  rules: Pick<StaffRules, "appealDays" | "warningMonths">;
  today: number;
  onRecord: (values: OutcomeValues) => Promise<OutcomeNote | null>;
}) {
  const styles = useStyles();
  const [outcome, setOutcome] = useState(c.outcome);
  const [letterOn, setLetterOn] = useState(dateInputValue(c.outcomeOn ?? today));
  // Until the person changes them, Appeal by and Warning expires on follow the letter's date.
  const [appeal, setAppeal] = useState<string | null>(null);
  const [expires, setExpires] = useState<string | null>(null);
  const [note, setNote] = useState<OutcomeNote | null>(null);
  const [busy, setBusy] = useState(false);
  const on = serialFromDateInput(letterOn);
  const defaults = on === null ? null : outcomeDefaults(c.kind, on, rules);
  const appealShown = appeal ?? (defaults ? dateInputValue(defaults.appealBy) : "");
  const warning = isWarning(c.kind);
  const expiresShown =
    expires ?? (defaults?.warningExpires != null ? dateInputValue(defaults.warningExpires) : "");

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const appealBy = appealShown.trim() ? serialFromDateInput(appealShown) : null;
    const warningExpires = warning && expiresShown.trim() ? serialFromDateInput(expiresShown) : null;
    if (
      on === null ||
      (appealShown.trim() && appealBy === null) ||
      (warning && expiresShown.trim() && warningExpires === null)
    ) {
      setNote({
        intent: "error",
        text: "Enter the date of the outcome letter, and the other dates as the date fields show them.",
      });
      return;
    }
    setBusy(true);
    const r = await onRecord({ outcome, outcomeOn: on, appealBy, warningExpires });
    setBusy(false);
    setNote(r);
  };

  return (
    <form
      className={styles.form}
      onSubmit={(e) => void submit(e)}
      aria-label={`Record the outcome of ${c.caseId}`}
      noValidate
    >
      <Field label="Outcome" required hint="What was decided and why, as the letter will say it">
        <Textarea value={outcome} onChange={(_, d) => setOutcome(d.value)} />
      </Field>
      <Field label="Outcome letter dated" required>
        <Input type="date" value={letterOn} onChange={(_, d) => setLetterOn(d.value)} />
      </Field>
      <Field
        label="Appeal by"
        hint={`${rules.appealDays} days after the letter unless you change it (Staff rules)`}
      >
        <Input type="date" value={appealShown} onChange={(_, d) => setAppeal(d.value)} />
      </Field>
      {warning && (
        <Field
          label="Warning expires on"
          hint={`${rules.warningMonths} months after the letter unless you change it (Staff rules)`}
        >
          <Input type="date" value={expiresShown} onChange={(_, d) => setExpires(d.value)} />
        </Field>
      )}
      <div>
        <Button type="submit" appearance="primary" disabled={busy}>
          Record outcome
        </Button>
      </div>
      <Outcome note={note} />
    </form>
  );
}
