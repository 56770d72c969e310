// Score weights: stored in the workbook's settings and written into every row's Weighted score formula
// (writeScoreWeights), so co-authors without the add-in see the same scores.
import { useState } from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { parseNumberText } from "../../../core/cells/parseNumber";
import type { ScoreWeights } from "../../../core/registers/calculatedFormulas";
import { Outcome, type OutcomeNote } from "../../components/Outcome";

const useStyles = makeStyles({ form: { display: "grid", gap: tokens.spacingVerticalS } });
const LABELS: Record<keyof ScoreWeights, string> = {
  experience: "Weight: experience",
  skills: "Weight: skills",
  fit: "Weight: fit",
};
const KEYS = Object.keys(LABELS) as (keyof ScoreWeights)[];

export interface ScoreWeightsFormProps {
  weights: ScoreWeights;
  onSave: (weights: ScoreWeights) => Promise<OutcomeNote>;
}

export function ScoreWeightsForm({ weights, onSave }: ScoreWeightsFormProps) {
  const styles = useStyles();
  const [text, setText] = useState(
    () => Object.fromEntries(KEYS.map((k) => [k, String(weights[k])])) as Record<keyof ScoreWeights, string>,
  );
  const [note, setNote] = useState<OutcomeNote | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = Object.fromEntries(KEYS.map((k) => [k, parseNumberText(text[k])])) as Record<
      keyof ScoreWeights,
      number | null
    >;
    const bad = KEYS.filter((k) => parsed[k] === null || (parsed[k] as number) < 0);
    if (bad.length > 0) {
      setNote({
        intent: "error",
        text: `${bad.map((k) => LABELS[k]).join(", ")}: enter a number of 0 or more.`,
      });
      return;
    }
    const w = parsed as ScoreWeights;
    if (w.experience + w.skills + w.fit <= 0) {
      setNote({ intent: "error", text: "At least one weight must be above 0." });
      return;
    }
    setBusy(true);
    setNote(await onSave(w));
    setBusy(false);
  };

  return (
    <form className={styles.form} aria-label="Score weights" noValidate onSubmit={(e) => void submit(e)}>
      {KEYS.map((k) => (
        <Field key={k} label={LABELS[k]}>
          <Input
            inputMode="decimal"
            value={text[k]}
            onChange={(_, d) => setText((t) => ({ ...t, [k]: d.value }))}
          />
        </Field>
      ))}
      <div>
        <Button type="submit" disabled={busy}>
          Save weights
        </Button>
      </div>
      <Outcome note={note} />
    </form>
  );
}
