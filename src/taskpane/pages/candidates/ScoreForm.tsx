// Three labelled 1–5 scores; the Weighted score column's formula does the rest.
import { useState } from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { SCORE_LABELS, parseScore, type Candidate, type ScoreKey } from "../../../core/candidates";
import { Outcome, type OutcomeNote } from "../../components/Outcome";

const useStyles = makeStyles({
  form: { display: "grid", gap: tokens.spacingVerticalS },
  text: { margin: 0 },
});
const KEYS = Object.keys(SCORE_LABELS) as ScoreKey[];
const shown = (v: number | null) => (v === null ? "" : String(v));

export interface ScoreFormProps {
  candidate: Candidate;
  onSave: (scores: Record<ScoreKey, number | null>) => Promise<OutcomeNote>;
}

export function ScoreForm({ candidate, onSave }: ScoreFormProps) {
  const styles = useStyles();
  const [text, setText] = useState<Record<ScoreKey, string>>(() => ({
    scoreExperience: shown(candidate.scores.scoreExperience),
    scoreSkills: shown(candidate.scores.scoreSkills),
    scoreFit: shown(candidate.scores.scoreFit),
  }));
  const [errors, setErrors] = useState<Partial<Record<ScoreKey, string>>>({});
  const [note, setNote] = useState<OutcomeNote | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const values = {} as Record<ScoreKey, number | null>;
    const bad: Partial<Record<ScoreKey, string>> = {};
    for (const k of KEYS) {
      const r = parseScore(text[k], SCORE_LABELS[k]);
      if ("error" in r) bad[k] = r.error;
      else values[k] = r.value;
    }
    setErrors(bad);
    if (Object.keys(bad).length > 0) {
      setNote(null);
      return;
    }
    setBusy(true);
    setNote(await onSave(values));
    setBusy(false);
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} aria-label="Scores" noValidate>
      {KEYS.map((k) => (
        <Field
          key={k}
          label={`${SCORE_LABELS[k]} (1–5)`}
          validationState={errors[k] ? "error" : "none"}
          validationMessage={errors[k]}
        >
          <Input
            inputMode="decimal"
            value={text[k]}
            onChange={(_, d) => setText((t) => ({ ...t, [k]: d.value }))}
          />
        </Field>
      ))}
      <p className={styles.text}>
        Weighted score: {candidate.weightedScore === null ? "none yet" : candidate.weightedScore.toFixed(2)}
      </p>
      <div>
        <Button type="submit" appearance="primary" disabled={busy}>
          Save scores
        </Button>
      </div>
      <Outcome note={note} />
    </form>
  );
}
