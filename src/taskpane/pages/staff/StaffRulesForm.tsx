// The staff rules every co-author's dates follow: notice period, how long a warning stays live, how long a
// leaver's record is kept, how far ahead training counts as due and how long an appeal may take.
import { useState } from "react";
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { Outcome, type OutcomeNote } from "../../components/Outcome";
import type { StaffRules } from "./staffApi";

const useStyles = makeStyles({ form: { display: "grid", gap: tokens.spacingVerticalS } });

const whole = (s: string) => (/^\d{1,3}$/.test(s.trim()) ? Number(s) : null);

export function StaffRulesForm({
  rules,
  onSave,
}: {
  rules: StaffRules;
  onSave: (r: StaffRules) => Promise<OutcomeNote>;
}) {
  const styles = useStyles();
  const [amount, setAmount] = useState(String(rules.notice.amount));
  const [unit, setUnit] = useState<string>(rules.notice.unit);
  const [months, setMonths] = useState(String(rules.warningMonths));
  const [years, setYears] = useState(String(rules.retentionYears));
  const [days, setDays] = useState(String(rules.trainingWarnDays));
  const [appeal, setAppeal] = useState(String(rules.appealDays));
  const [note, setNote] = useState<OutcomeNote | null>(null);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const a = whole(amount);
    const y = whole(years);
    const d = whole(days);
    const ap = whole(appeal);
    if (a === null || y === null || d === null || d > 365 || ap === null || ap > 365) {
      setNote({
        intent: "error",
        text: "Enter whole numbers: notice, years to keep, and days (0 to 365).",
      });
      return;
    }
    setNote(
      await onSave({
        notice: { amount: a, unit: unit === "months" ? "months" : "weeks" },
        warningMonths: months === "6" ? 6 : 12,
        retentionYears: y,
        trainingWarnDays: d,
        appealDays: ap,
      }),
    );
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} aria-label="Staff rules" noValidate>
      <Field label="Notice period">
        <Input inputMode="numeric" value={amount} onChange={(_, d) => setAmount(d.value)} />
      </Field>
      <Field label="Notice period unit">
        <Select value={unit} onChange={(_, d) => setUnit(d.value)}>
          <option value="weeks">weeks</option>
          <option value="months">months</option>
        </Select>
      </Field>
      <Field label="A warning stays live for">
        <Select value={months} onChange={(_, d) => setMonths(d.value)}>
          <option value="6">6 months</option>
          <option value="12">12 months</option>
        </Select>
      </Field>
      <Field label="Keep a leaver's record for (years)">
        <Input inputMode="numeric" value={years} onChange={(_, d) => setYears(d.value)} />
      </Field>
      <Field label="Training counts as due (days ahead)">
        <Input inputMode="numeric" value={days} onChange={(_, d) => setDays(d.value)} />
      </Field>
      <Field label="Appeal within (days after the outcome letter)">
        <Input inputMode="numeric" value={appeal} onChange={(_, d) => setAppeal(d.value)} />
      </Field>
      <div>
        <Button type="submit">Save rules</Button>
      </div>
      <Outcome note={note} />
    </form>
  );
}
