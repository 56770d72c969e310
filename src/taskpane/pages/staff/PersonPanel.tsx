// One person: their details, the onboarding checklist while they are new, "Mark leaving" with the notice
// date (the offboarding checklist lists the equipment to collect), and "Mark left" once they have gone.
import { useState } from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import {
  heldBy,
  offboardingChecklist,
  onboardingChecklist,
  requiredForRole,
  type ChecklistItem,
  type ChecklistKind,
  type StaffMember,
} from "../../../core/staff";
import { Outcome, type OutcomeNote } from "../../components/Outcome";
import { serialFromDateInput, showDate } from "../../components/dateInputs";
import { ChecklistView } from "./ChecklistView";
import { ReferenceLetter } from "./ReferenceLetter";
import type { StaffView, WorkbookSettings } from "./staffApi";

const useStyles = makeStyles({
  box: { display: "grid", gap: tokens.spacingVerticalM },
  form: { display: "grid", gap: tokens.spacingVerticalS },
  facts: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
  },
  dd: { margin: 0, overflowWrap: "anywhere" },
  pair: { display: "contents" },
});

/** People who started within this many days get their onboarding checklist shown. */
const NEW_FOR_DAYS = 90;

export interface PersonPanelProps {
  person: StaffMember;
  view: StaffView;
  settings: WorkbookSettings;
  today: number;
  onLeaving: (noticeGivenOn: number, leavingDate: number | null) => Promise<OutcomeNote>;
  onLeft: () => Promise<OutcomeNote>;
  /** Ticks or unticks an item; an error note when the workbook refused, else null. */
  onTick: (
    kind: ChecklistKind,
    item: ChecklistItem,
    done: boolean,
    doneBy: string,
  ) => Promise<OutcomeNote | null>;
  onChecklistsReady: () => void;
  /** The name saved as Done by, kept by the page so it is typed once, not once per person. */
  doneBy: string;
  onDoneByChange: (name: string) => void;
}

function personFacts(p: StaffMember): [string, string][] {
  const facts: [string, string][] = [
    ["Staff ID", p.key],
    ["Role", p.role],
    ["Email", p.email],
    ["Status", p.status ?? "(blank)"],
    ["Started", showDate(p.startDate)],
  ];
  if (p.leavingDate !== null) facts.push(["Leaving date", showDate(p.leavingDate)]);
  if (p.retainUntil !== null) facts.push(["Retain until", showDate(p.retainUntil)]);
  return facts;
}

function PersonFacts({ person }: { person: StaffMember }) {
  const styles = useStyles();
  return (
    <dl className={styles.facts}>
      {personFacts(person).map(([k, v]) => (
        <div key={k} className={styles.pair}>
          <dt>{k}</dt>
          <dd className={styles.dd}>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

interface LeavingFormProps {
  name: string;
  busy: boolean;
  /** The dates as read from the fields; null for the last working day when left empty. */
  onSubmit: (noticeGivenOn: number, leavingDate: number | null) => void;
  onInvalid: (note: OutcomeNote) => void;
}

function LeavingForm({ name, busy, onSubmit, onInvalid }: LeavingFormProps) {
  const styles = useStyles();
  const [given, setGiven] = useState("");
  const [last, setLast] = useState("");
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const g = serialFromDateInput(given);
    const l = last.trim() ? serialFromDateInput(last) : null;
    if (g === null || (last.trim() && l === null)) {
      onInvalid({
        intent: "error",
        text: "Enter the dates as shown by the date fields (the notice date is needed).",
      });
      return;
    }
    onSubmit(g, l);
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-label={`Mark ${name} as leaving`}>
      <Field label="Notice given on" required>
        <Input type="date" value={given} onChange={(_, d) => setGiven(d.value)} />
      </Field>
      <Field label="Last working day" hint="Leave empty to work it out from the notice period (Staff rules).">
        <Input type="date" value={last} onChange={(_, d) => setLast(d.value)} />
      </Field>
      <div>
        <Button type="submit" disabled={busy}>
          Mark leaving
        </Button>
      </div>
    </form>
  );
}

export function PersonPanel({
  person: p,
  view,
  settings,
  today,
  onLeaving,
  onLeft,
  onTick,
  onChecklistsReady,
  doneBy,
  onDoneByChange,
}: PersonPanelProps) {
  const styles = useStyles();
  const [note, setNote] = useState<OutcomeNote | null>(null);
  const [busy, setBusy] = useState(false);
  const isNew = p.status === "Active" && p.startDate !== null && today - p.startDate <= NEW_FOR_DAYS;
  const held = heldBy(view.equipment, p);
  const checklist = (kind: ChecklistKind, items: ChecklistItem[]) => (
    <>
      {view.checklistsFound && (
        <Field label="Your name (saved as Done by)">
          <Input value={doneBy} onChange={(_, d) => onDoneByChange(d.value)} />
        </Field>
      )}
      <ChecklistView
        kind={kind}
        staffId={p.key}
        items={items}
        view={view}
        onSetUp={onChecklistsReady}
        onTick={async (item, done) => {
          const r = await onTick(kind, item, done, doneBy);
          setNote(r);
        }}
      />
    </>
  );
  // Mark leaving and Mark left share the busy state and the note under them.
  const run = (action: () => Promise<OutcomeNote>) => {
    setBusy(true);
    void action().then((n) => {
      setBusy(false);
      setNote(n);
    });
  };

  return (
    <div className={styles.box}>
      <PersonFacts person={p} />
      {isNew &&
        checklist(
          "Onboarding",
          onboardingChecklist({
            requiredCourses: view.courses.filter((c) => requiredForRole(c, p.role)).map((c) => c.course),
            probationEnds: null,
          }),
        )}
      {(p.status === "Active" || p.status === "On leave") && (
        <LeavingForm
          name={p.name}
          busy={busy}
          onSubmit={(g, l) => run(() => onLeaving(g, l))}
          onInvalid={setNote}
        />
      )}
      {p.status === "Leaving" && (
        <>
          {checklist("Offboarding", offboardingChecklist({ equipment: held, lastWorkingDay: p.leavingDate }))}
          <div>
            <Button disabled={busy} onClick={() => run(onLeft)}>
              Mark left
            </Button>
          </div>
        </>
      )}
      <Outcome note={note} />
      {(p.status === "Leaving" || p.status === "Left") && <ReferenceLetter person={p} settings={settings} />}
    </div>
  );
}
