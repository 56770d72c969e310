// Discipline: read only when the person asks (its cases are never shown anywhere else), a case log with
// the fair-process steps and what to do at each, the invitation and outcome letters drafted, and a form
// to open a case. The Discipline register is best kept in a separate workbook (PrivacyNotice).
import { useRef, useState } from "react";
import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { DISCIPLINE_KINDS, DISCIPLINE_STEPS } from "../../../core/registers/definitions/discipline";
import { draftOffers } from "../../../core/email/offers";
import {
  STEP_GUIDANCE,
  disciplineInvitationDraft,
  disciplineOutcomeDraft,
  nextStep,
  type DisciplineStep,
  type StaffMember,
} from "../../../core/staff";
import { DraftButtons } from "../../components/DraftButtons";
import { errorText } from "../../components/ActionError";
import { Outcome, type OutcomeNote } from "../../components/Outcome";
import { RegisterSetup } from "../registerSetup/RegisterSetup";
import { useArrive } from "../../components/arrival";
import { serialFromDateInput, serialFromDayAndTime, showDate } from "../../components/dateInputs";
import { CaseOutcomeForm } from "./CaseOutcomeForm";
import { PersonSelect } from "./PersonSelect";
import {
  advanceCase,
  loadCases,
  openCase,
  recordOutcome,
  type CaseRow,
  type StaffRules,
  type WorkbookSettings,
} from "./staffApi";

const useStyles = makeStyles({
  box: { display: "grid", gap: tokens.spacingVerticalM },
  form: { display: "grid", gap: tokens.spacingVerticalS },
  card: { display: "grid", gap: tokens.spacingVerticalXS },
  h4: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "grid", gap: tokens.spacingVerticalM },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

const failed = (err: unknown): OutcomeNote => {
  const { message, whatToDo } = errorText(err);
  return { intent: "error", text: whatToDo ? `${message} ${whatToDo}` : message };
};

type Cases = { found: boolean; cases: CaseRow[] } | null;

interface CaseCardProps {
  c: CaseRow;
  person?: StaffMember;
  settings: WorkbookSettings;
  rules: StaffRules;
  today: number;
  onChanged: () => Promise<void>;
}

/** The case's invitation and outcome letters, drafted from its row and the person's. */
function caseLetters(c: CaseRow, person: StaffMember | undefined, settings: WorkbookSettings) {
  const letter = {
    to: person?.email ?? "",
    name: person?.name ?? c.staffId,
    kind: c.kind,
    reason: c.reason,
    outcome: c.outcome,
    meetingAt: c.meetingAt,
    appealBy: c.appealBy,
    warningExpires: c.warningExpires,
    signature: settings.signature,
  };
  return {
    invitation: disciplineInvitationDraft(letter).draft,
    outcome: disciplineOutcomeDraft(letter).draft,
  };
}

/** The fair-process steps, each done, next or to do (the Step column names the last one done). */
function CaseSteps({ c, next }: { c: CaseRow; next: DisciplineStep | null }) {
  const styles = useStyles();
  const doneUpTo = DISCIPLINE_STEPS.findIndex((s) => s === (c.step as DisciplineStep));
  return (
    <>
      <ol className={styles.steps} aria-label={`Steps of ${c.caseId}`}>
        {DISCIPLINE_STEPS.map((s, i) => (
          <li key={s}>
            {s}: {i <= doneUpTo ? "done" : s === next ? "next" : "to do"}
          </li>
        ))}
      </ol>
      {next && (
        <span>
          Next: {next}. {STEP_GUIDANCE[next]}
        </span>
      )}
    </>
  );
}

/** Records the outcome; on success says so, closes the form, re-reads and focuses the letter's label. */
function useRecordOutcome(
  c: CaseRow,
  done: { setNote: (n: OutcomeNote) => void; close: () => void; onChanged: () => Promise<void> },
  letterLabel: React.RefObject<HTMLSpanElement | null>,
) {
  return async (values: Parameters<typeof recordOutcome>[1]): Promise<OutcomeNote | null> => {
    try {
      const r = await recordOutcome(c.caseId, values, c.outcome);
      const lapse = r.warningExpires !== null ? `; the warning expires on ${showDate(r.warningExpires)}` : "";
      done.setNote({
        intent: "success",
        text: `${c.caseId}: outcome recorded (step: ${r.step}). Appeal by ${showDate(r.appealBy)}${lapse}. Send the outcome letter below, then mark “Confirmed in writing” done.`,
      });
      done.close();
      await done.onChanged();
      letterLabel.current?.focus();
      return null;
    } catch (err) {
      return failed(err);
    }
  };
}

function CaseCard({ c, person, settings, rules, today, onChanged }: CaseCardProps) {
  const styles = useStyles();
  const [note, setNote] = useState<OutcomeNote | null>(null);
  const [recording, setRecording] = useState(false);
  const letterLabel = useRef<HTMLSpanElement>(null);
  const next = nextStep(c.step || null);
  const { invitation, outcome } = caseLetters(c, person, settings);
  const onRecord = useRecordOutcome(c, { setNote, close: () => setRecording(false), onChanged }, letterLabel);
  const who = person ? `${person.name} (${c.staffId})` : c.staffId;
  return (
    <li className={styles.card} aria-label={`Case ${c.caseId}`}>
      <h4 className={styles.h4}>
        {c.caseId}: {c.kind}, {who}
      </h4>
      <span>
        Opened {showDate(c.openedOn)}
        {c.meetingAt !== null && `, meeting ${showDate(c.meetingAt, true)}`}
        {c.warningExpires !== null && `. Warning expires on ${showDate(c.warningExpires)}`}
      </span>
      <CaseSteps c={c} next={next} />
      {next && (
        <div>
          <Button
            size="small"
            onClick={() =>
              void advanceCase(c.caseId, c.step).then(
                () => {
                  setNote({ intent: "success", text: `${c.caseId}: ${next} done.` });
                  void onChanged();
                },
                (err: unknown) => setNote(failed(err)),
              )
            }
          >
            Mark “{next}” done
          </Button>
        </div>
      )}
      <span>Invitation to the meeting</span>
      <DraftButtons name={`${c.caseId} invitation`} draft={invitation} offers={draftOffers(invitation)} />
      <div>
        <Button size="small" aria-expanded={recording} onClick={() => setRecording((r) => !r)}>
          {c.outcome ? "Change the outcome" : "Record the outcome"}
        </Button>
      </div>
      {recording && <CaseOutcomeForm c={c} rules={rules} today={today} onRecord={onRecord} />}
      <Outcome note={note} />
      {c.outcome ? (
        <>
          <span ref={letterLabel} tabIndex={-1}>
            Outcome letter
          </span>
          <DraftButtons name={`${c.caseId} outcome`} draft={outcome} offers={draftOffers(outcome)} />
        </>
      ) : (
        <span>Record the outcome to draft the outcome letter.</span>
      )}
    </li>
  );
}

interface OpenCaseFormProps {
  people: StaffMember[];
  today: number;
  setNote: (note: OutcomeNote) => void;
  /** Re-reads the cases once one is opened. */
  onOpened: () => Promise<void>;
}

function OpenCaseForm({ people, today, setNote, onOpened }: OpenCaseFormProps) {
  const styles = useStyles();
  const [staffId, setStaffId] = useState("");
  const [kind, setKind] = useState<string>(DISCIPLINE_KINDS[0]);
  const [opened, setOpened] = useState(showDate(today));
  const [reason, setReason] = useState("");
  const [mDay, setMDay] = useState("");
  const [mTime, setMTime] = useState("");
  const [companion, setCompanion] = useState("");

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const meetingAt = mDay.trim() || mTime.trim() ? serialFromDayAndTime(mDay, mTime) : null;
    if ((mDay.trim() || mTime.trim()) && meetingAt === null) {
      setNote({ intent: "error", text: "Enter both the meeting's date and time, or neither." });
      return;
    }
    try {
      const r = await openCase({
        staffId,
        openedOn: serialFromDateInput(opened),
        kind,
        reason,
        meetingAt,
        companion,
      });
      setNote({
        intent: "success",
        text: `${r.caseId} opened.${r.warningExpires !== null ? ` Warning expires on ${showDate(r.warningExpires)}.` : ""}`,
      });
      setReason("");
      await onOpened();
    } catch (err) {
      setNote(failed(err));
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} aria-label="Open a case" noValidate>
      <PersonSelect label="Person (Staff ID)" people={people} value={staffId} onChange={setStaffId} />
      <Field label="Kind" required>
        <Select value={kind} onChange={(_, d) => setKind(d.value)}>
          {DISCIPLINE_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Opened on" required>
        <Input type="date" value={opened} onChange={(_, d) => setOpened(d.value)} />
      </Field>
      <Field label="Reason" required>
        <Textarea value={reason} onChange={(_, d) => setReason(d.value)} />
      </Field>
      <Field label="Meeting date">
        <Input type="date" value={mDay} onChange={(_, d) => setMDay(d.value)} />
      </Field>
      <Field label="Meeting time">
        <Input type="time" value={mTime} onChange={(_, d) => setMTime(d.value)} />
      </Field>
      <Field label="Companion" hint="A colleague or union representative they bring">
        <Input value={companion} onChange={(_, d) => setCompanion(d.value)} />
      </Field>
      <div>
        <Button type="submit" appearance="primary">
          Open case
        </Button>
      </div>
    </form>
  );
}

export function DisciplineSection({
  people,
  settings,
  rules,
  today,
}: {
  people: StaffMember[];
  settings: WorkbookSettings;
  rules: StaffRules;
  today: number;
}) {
  const styles = useStyles();
  const [cases, setCases] = useState<Cases>(null);
  const [note, setNote] = useState<OutcomeNote | null>(null);
  // "Show discipline cases" goes away as the cases are shown: focus goes to the section's heading (the
  // Staff page marks it), not to the page body.
  const arrive = useArrive();

  const read = () => loadCases().then(setCases, (err: unknown) => setNote(failed(err)));

  if (cases === null)
    return (
      <div className={styles.box}>
        <p>Discipline cases are shown only when you ask, and never in any summary.</p>
        <div>
          <Button
            onClick={() => {
              arrive("discipline");
              void read();
            }}
          >
            Show discipline cases
          </Button>
        </div>
        <Outcome note={note} />
      </div>
    );
  if (!cases.found) return <RegisterSetup registerId="discipline" onReady={() => void read()} />;

  return (
    <div className={styles.box}>
      <ul className={styles.list} aria-label="Discipline cases">
        {cases.cases.map((c) => (
          <CaseCard
            key={c.caseId}
            c={c}
            person={people.find((p) => p.key.toUpperCase() === c.staffId.toUpperCase())}
            settings={settings}
            rules={rules}
            today={today}
            onChanged={read}
          />
        ))}
      </ul>
      <OpenCaseForm people={people} today={today} setNote={setNote} onOpened={read} />
      <Outcome note={note} />
    </div>
  );
}
