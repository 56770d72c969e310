// "Schedule interview": date, time, length, interviewer, place or meeting link. Checks everything, makes
// the invitation draft (core interviewInvitationDraft, invitation.ics attached), then writes Interview at
// and Interviewer; the draft is offered the four usual ways plus the .ics on its own.
import { useState } from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { checkInterviewTime, parseLength, type Candidate } from "../../../core/candidates";
import { interviewInvitationDraft } from "../../../core/calendar/interviewDraft";
import { InvitationDraft, invitationMade, type InvitationMade } from "../../components/InvitationDraft";
import { MeetingWhenFields, useMeetingWhen } from "../../components/MeetingWhen";
import { Outcome, type OutcomeNote } from "../../components/Outcome";
import type { WorkbookSettings } from "./candidatesApi";
import { templateFor } from "./candidatesApi";

const useStyles = makeStyles({ form: { display: "grid", gap: tokens.spacingVerticalS } });

export interface ScheduleInterviewProps {
  candidate: Candidate;
  settings: WorkbookSettings;
  /** Writes Interview at and Interviewer; resolves to what to tell the person. */
  onSchedule: (at: Date, interviewer: string) => Promise<OutcomeNote>;
  now?: () => Date;
}

/** "2026-12-02" + "14:30" as local wall-clock time. */
function localDate(day: string, time: string): Date | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const t = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!d || !t) return undefined;
  return new Date(+d[1], +d[2] - 1, +d[3], +t[1], +t[2]);
}

interface InterviewFields {
  day: string;
  time: string;
  length: string;
  interviewer: string;
  place: string;
  link: string;
  organizer: string;
}

/** The interview's start and invitation draft, or everything that stops them, said all at once. */
function checkedInterview(
  candidate: Candidate,
  settings: WorkbookSettings,
  f: InterviewFields,
  now: Date,
):
  | { ok: true; start: Date; draft: Extract<ReturnType<typeof interviewInvitationDraft>, { ok: true }> }
  | { ok: false; errors: string[] } {
  const start = localDate(f.day, f.time);
  const minutes = parseLength(f.length);
  const found: string[] = [];
  const when = checkInterviewTime(start, now);
  if (when) found.push(when);
  if (minutes === null) found.push("Enter the length in minutes, for example 45.");
  if (!f.place.trim() && !f.link.trim()) found.push("Enter a place or a meeting link.");
  if (!candidate.position) found.push(`${candidate.name} has no position in the register; add it first.`);
  if (found.length > 0 || !start || minutes === null) return { ok: false, errors: found };
  const draft = interviewInvitationDraft({
    start,
    durationMinutes: minutes,
    title: `Interview: ${candidate.name}, ${candidate.position}`,
    location: f.place,
    meetingLink: f.link,
    organizer: { name: f.interviewer || settings.companyName, email: f.organizer.trim() },
    attendee: { name: candidate.name, email: candidate.email },
    uid: `${candidate.key}-interview@back-office`,
    candidate: candidate.name,
    position: candidate.position,
    company: settings.companyName,
    signature: settings.signature,
    interviewer: f.interviewer.trim() || undefined,
    template: templateFor(settings, "interviewInvitation"),
  });
  if (!draft.ok) return { ok: false, errors: draft.errors };
  return { ok: true, start, draft };
}

export function ScheduleInterview({ candidate, settings, onSchedule, now }: ScheduleInterviewProps) {
  const styles = useStyles();
  const when = useMeetingWhen(45);
  const { day, time, length } = when;
  const [interviewer, setInterviewer] = useState(candidate.interviewer);
  const [place, setPlace] = useState("");
  const [link, setLink] = useState("");
  const [organizer, setOrganizer] = useState("");
  const [errors, setErrors] = useState<string[]>([]);
  const [note, setNote] = useState<OutcomeNote | null>(null);
  const [made, setMade] = useState<InvitationMade | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setNote(null);
    setMade(null);
    const fields = { day, time, length, interviewer, place, link, organizer };
    const checked = checkedInterview(candidate, settings, fields, now?.() ?? new Date());
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors([]);
    setBusy(true);
    const written = await onSchedule(checked.start, interviewer);
    setBusy(false);
    setNote(written);
    if (written.intent !== "error") {
      setMade(invitationMade(checked.draft));
    }
  };

  return (
    <div>
      <form
        className={styles.form}
        onSubmit={(e) => void submit(e)}
        aria-label="Schedule interview"
        noValidate
      >
        <MeetingWhenFields when={when} dateLabel="Date" timeLabel="Time" />
        <Field label="Interviewer">
          <Input value={interviewer} onChange={(_, d) => setInterviewer(d.value)} />
        </Field>
        <Field label="Place">
          <Input value={place} onChange={(_, d) => setPlace(d.value)} />
        </Field>
        <Field label="Meeting link" hint="https://…, for an online interview">
          <Input type="url" value={link} onChange={(_, d) => setLink(d.value)} />
        </Field>
        <Field label="Your email (sends the invitation)" required>
          <Input type="email" value={organizer} onChange={(_, d) => setOrganizer(d.value)} />
        </Field>
        <div>
          <Button type="submit" appearance="primary" disabled={busy}>
            Schedule and draft invitation
          </Button>
        </div>
        {errors.length > 0 && <Outcome note={{ intent: "error", text: errors.join(" ") }} />}
        <Outcome note={note} />
      </form>
      {made && <InvitationDraft label="Invitation draft" name={candidate.name} made={made} />}
    </div>
  );
}
