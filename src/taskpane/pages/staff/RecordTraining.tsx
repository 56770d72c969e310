// Record a completed training: the person and course are chosen from the registers, so an unknown Staff ID
// or course cannot be typed; what the workbook refuses (no renewal period, a future date) is shown as said.
import { useState } from "react";
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { Outcome, type OutcomeNote } from "../../components/Outcome";
import { serialFromDateInput } from "../../components/dateInputs";
import { PersonSelect } from "./PersonSelect";
import type { StaffView } from "./staffApi";

const useStyles = makeStyles({ form: { display: "grid", gap: tokens.spacingVerticalS } });

export interface RecordTrainingProps {
  view: StaffView;
  onRecord: (input: {
    staffId: string;
    course: string;
    completedOn: number | null;
    certificateLink: string;
  }) => Promise<OutcomeNote>;
}

export function RecordTraining({ view, onRecord }: RecordTrainingProps) {
  const styles = useStyles();
  const people = view.people.filter((p) => p.status !== "Left");
  const [staffId, setStaffId] = useState("");
  const [course, setCourse] = useState("");
  const [on, setOn] = useState("");
  const [link, setLink] = useState("");
  const [note, setNote] = useState<OutcomeNote | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await onRecord({
      staffId,
      course,
      completedOn: serialFromDateInput(on),
      certificateLink: link,
    });
    setBusy(false);
    setNote(r);
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} aria-label="Record training" noValidate>
      <PersonSelect label="Person" people={people} value={staffId} onChange={setStaffId} />
      <Field label="Course" required>
        <Select value={course} onChange={(_, d) => setCourse(d.value)}>
          <option value="">Choose…</option>
          {view.courses.map((c) => (
            <option key={c.course} value={c.course}>
              {c.course}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Completed on" required>
        <Input type="date" value={on} onChange={(_, d) => setOn(d.value)} />
      </Field>
      <Field label="Certificate link" hint="https://…, where the certificate is kept">
        <Input type="url" value={link} onChange={(_, d) => setLink(d.value)} />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabled={busy}>
          Record training
        </Button>
      </div>
      <Outcome note={note} />
    </form>
  );
}
