// "Training due": who needs which course by when (overdue, due within the days chosen, never done though
// their role requires it). Tick people and draft one invitation to a session for all of them: an email
// with invitation.ics, offered the usual ways (the interview invitation's machinery).
import { useMemo, useState } from "react";
import { Button, Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { trainingDue, trainingInvitationDraft, type DueItem } from "../../../core/staff";
import { InvitationDraft, invitationMade, type InvitationMade } from "../../components/InvitationDraft";
import { MeetingWhenFields, useMeetingWhen } from "../../components/MeetingWhen";
import { Outcome } from "../../components/Outcome";
import { localDateFromDayAndTime, showDate } from "../../components/dateInputs";
import type { StaffView, WorkbookSettings } from "./staffApi";

const useStyles = makeStyles({
  form: { display: "grid", gap: tokens.spacingVerticalS },
  list: { display: "grid", gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: "none" },
});

const itemKey = (i: DueItem) => `${i.staffId}|${i.course}`;

function statusText(i: DueItem): string {
  if (i.status === "Never") return "never done";
  const when = showDate(i.expiresOn);
  return i.status === "Overdue" ? `overdue since ${when}` : `due ${when}`;
}

export interface TrainingDueProps {
  view: StaffView;
  settings: WorkbookSettings;
  today: number;
}

interface DueListProps {
  due: DueItem[];
  ticked: string[];
  onTicked: (update: (ticked: string[]) => string[]) => void;
}

function DueList({ due, ticked, onTicked }: DueListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Training due">
      {due.map((i) => (
        <li key={itemKey(i)}>
          <Checkbox
            checked={ticked.includes(itemKey(i))}
            onChange={(_, d) =>
              onTicked((t) => (d.checked === true ? [...t, itemKey(i)] : t.filter((k) => k !== itemKey(i))))
            }
            label={`${i.name}: ${i.course}, ${statusText(i)}`}
          />
        </li>
      ))}
    </ul>
  );
}

interface InvitationFormProps {
  chosen: DueItem[];
  settings: WorkbookSettings;
  /** The draft made, or null when a new attempt starts. */
  onMade: (made: InvitationMade | null) => void;
}

/** The session's details and Draft invitation, for the ticked people of one course. */
function InvitationForm({ chosen, settings, onMade }: InvitationFormProps) {
  const styles = useStyles();
  const when = useMeetingWhen(120);
  const { day, time, length } = when;
  const [place, setPlace] = useState("");
  const [organizer, setOrganizer] = useState("");
  const [errors, setErrors] = useState<string[]>([]);
  const courseNames = [...new Set(chosen.map((i) => i.course))];

  const draft = (e: React.FormEvent) => {
    e.preventDefault();
    onMade(null);
    const found: string[] = [];
    if (chosen.length === 0) found.push("Tick the people to invite.");
    if (courseNames.length > 1)
      found.push(`Tick people for one course at a time (ticked: ${courseNames.join(", ")}).`);
    const start = localDateFromDayAndTime(day, time);
    if (!start) found.push("Enter the session's date and time.");
    const minutes = Number(length);
    if (found.length === 0 && start) {
      const r = trainingInvitationDraft({
        course: courseNames[0],
        start,
        durationMinutes: minutes,
        location: place.trim(),
        people: chosen.map((i) => ({ name: i.name, email: i.email })),
        organizer: { name: settings.companyName, email: organizer.trim() },
        signature: settings.signature,
        uid: `training-${courseNames[0]}-${day}-${time}@back-office`.replace(/\s+/g, "-"),
      });
      if (!r.ok) found.push(...r.errors);
      else {
        setErrors([]);
        onMade(invitationMade(r));
        return;
      }
    }
    setErrors(found);
  };

  return (
    <form className={styles.form} onSubmit={draft} aria-label="Draft a training invitation" noValidate>
      <MeetingWhenFields when={when} dateLabel="Session date" timeLabel="Session time" />
      <Field label="Place">
        <Input value={place} onChange={(_, d) => setPlace(d.value)} />
      </Field>
      <Field label="Your email (sends the invitation)" required>
        <Input type="email" value={organizer} onChange={(_, d) => setOrganizer(d.value)} />
      </Field>
      <div>
        <Button type="submit" appearance="primary">
          Draft invitation
        </Button>
      </div>
      {errors.length > 0 && <Outcome note={{ intent: "error", text: errors.join(" ") }} />}
    </form>
  );
}

export function TrainingDue({ view, settings, today }: TrainingDueProps) {
  const styles = useStyles();
  const [days, setDays] = useState(String(view.rules.trainingWarnDays));
  const within = /^\d{1,3}$/.test(days.trim()) ? Number(days) : view.rules.trainingWarnDays;
  const due = useMemo(
    () => trainingDue(view.people, view.courses, view.records, { asOf: today, withinDays: within }),
    [view, today, within],
  );
  const [ticked, setTicked] = useState<string[]>([]);
  const [made, setMade] = useState<InvitationMade | null>(null);
  const chosen = due.filter((i) => ticked.includes(itemKey(i)));
  const courseNames = [...new Set(chosen.map((i) => i.course))];

  return (
    <div className={styles.form}>
      <Field label="Due within (days)" hint="Overdue and never-done training is always listed.">
        <Input inputMode="numeric" value={days} onChange={(_, d) => setDays(d.value)} />
      </Field>
      {due.length === 0 ? (
        <p>No training is overdue or due within {within} days.</p>
      ) : (
        <DueList due={due} ticked={ticked} onTicked={setTicked} />
      )}
      {due.length > 0 && <InvitationForm chosen={chosen} settings={settings} onMade={setMade} />}
      {made && (
        <InvitationDraft label="Training invitation draft" name={courseNames[0] ?? "training"} made={made} />
      )}
    </div>
  );
}
