// Move to another stage by the rules; a Hired, Rejected or Withdrawn candidate must be reopened first.
import { useState } from "react";
import { Button, Checkbox, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import {
  PIPELINE,
  REOPEN_STAGES,
  allowedMoves,
  isFinal,
  type Candidate,
  type Stage,
} from "../../../core/candidates";
import { Outcome, type OutcomeNote } from "../../components/Outcome";

const useStyles = makeStyles({ form: { display: "grid", gap: tokens.spacingVerticalS } });

export interface MoveStageProps {
  candidate: Candidate;
  onMove: (to: Stage, reopen: boolean) => Promise<OutcomeNote>;
}

export function MoveStage({ candidate, onMove }: MoveStageProps) {
  const styles = useStyles();
  const closed = candidate.stage !== null && isFinal(candidate.stage);
  const [reopen, setReopen] = useState(false);
  const choices = closed ? (reopen ? [...REOPEN_STAGES] : []) : allowedMoves(candidate.stage);
  const [to, setTo] = useState<string>("");
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<OutcomeNote | null>(null);
  // Unless the person picked another, offer the next step forward.
  const next = PIPELINE[PIPELINE.indexOf(candidate.stage ?? "Applied") + 1];
  const fallback = next && choices.includes(next) ? next : (choices[0] ?? null);
  const target = choices.includes(to as Stage) ? (to as Stage) : fallback;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!target) return;
    setBusy(true);
    setNote(await onMove(target, closed && reopen));
    setBusy(false);
    setReopen(false);
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} aria-label="Move to stage">
      {closed && (
        <Checkbox
          checked={reopen}
          onChange={(_, d) => setReopen(d.checked === true)}
          label={`Reopen: ${candidate.stage} is final; tick to put ${candidate.name} back into the pipeline`}
        />
      )}
      {choices.length > 0 && (
        <>
          <Field label="Move to stage">
            <Select value={target ?? ""} onChange={(_, d) => setTo(d.value)}>
              {choices.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
          </Field>
          <div>
            <Button type="submit" appearance="primary" disabled={busy || !target}>
              {closed ? "Reopen" : "Move"}
            </Button>
          </div>
        </>
      )}
      <Outcome note={note} />
    </form>
  );
}
