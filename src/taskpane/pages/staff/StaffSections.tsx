// The Staff page's sections over the registers it read: People (one person's panel, with its leaving and
// checklist actions) and Training (Training due and Record training, each with its register's setup).
// The page keeps the state that must outlive a re-read (who is shown, the Done by name, setups held).
import { useCallback, type Ref } from "react";
import { Field, Select } from "@fluentui/react-components";
import type { ChecklistItem, ChecklistKind, StaffMember } from "../../../core/staff";
import { useRegisterPageStyles } from "../../components/RegisterPage";
import { errorText } from "../../components/ActionError";
import type { OutcomeNote } from "../../components/Outcome";
import { showDate } from "../../components/dateInputs";
import { RegisterSetup } from "../registerSetup/RegisterSetup";
import { PersonPanel } from "./PersonPanel";
import { RecordTraining } from "./RecordTraining";
import { TrainingDue } from "./TrainingDue";
import {
  markLeaving,
  markLeft,
  recordTraining,
  setChecklistTick,
  type StaffView,
  type WorkbookSettings,
} from "./staffApi";

export const failed = (err: unknown): OutcomeNote => {
  const { message, whatToDo } = errorText(err);
  return { intent: "error", text: whatToDo ? `${message} ${whatToDo}` : message };
};

/** Runs a workbook action, re-reads the page after it, and says how it went. */
export type Act = (run: () => Promise<string>) => Promise<OutcomeNote>;

export function useAct(refresh: () => void): Act {
  return useCallback(
    async (run) => {
      try {
        const text = await run();
        refresh();
        return { intent: "success", text };
      } catch (err) {
        return failed(err);
      }
    },
    [refresh],
  );
}

/** A checklist tick for `person`: a note when the workbook refused or said something, else null. */
function useTick(person: StaffMember, refresh: () => void) {
  return useCallback(
    async (kind: ChecklistKind, item: ChecklistItem, done: boolean, doneBy: string) => {
      try {
        const r = await setChecklistTick({
          staffId: person.key,
          checklist: kind,
          itemId: item.id,
          item: item.text,
          done,
          doneBy,
        });
        refresh();
        return r.notes.length ? ({ intent: "warning", text: r.notes.join(" ") } as const) : null;
      } catch (err) {
        return failed(err);
      }
    },
    [person.key, refresh],
  );
}

interface ShownPersonProps {
  person: StaffMember;
  view: StaffView;
  settings: WorkbookSettings;
  today: number;
  doneBy: string;
  onDoneByChange: (name: string) => void;
  act: Act;
  refresh: () => void;
}

function ShownPerson({ person, act, refresh, ...rest }: ShownPersonProps) {
  const onTick = useTick(person, refresh);
  return (
    <PersonPanel
      {...rest}
      person={person}
      onLeaving={(given, last) =>
        act(async () => {
          const r = await markLeaving(person.key, { noticeGivenOn: given, leavingDate: last });
          return `${person.name} is leaving; last working day ${showDate(r.leavingDate)}. The offboarding checklist is below.`;
        })
      }
      onChecklistsReady={refresh}
      onTick={onTick}
      onLeft={() =>
        act(async () => {
          const r = await markLeft(person.key);
          return `${person.name} has left. The record stays until ${showDate(r.retainUntil)}, then may be removed.`;
        })
      }
    />
  );
}

export interface PeopleSectionProps extends Omit<ShownPersonProps, "person"> {
  selected: string;
  onSelect: (key: string) => void;
  headingRef: Ref<HTMLHeadingElement>;
}

export function PeopleSection({ selected, onSelect, headingRef, ...rest }: PeopleSectionProps) {
  const styles = useRegisterPageStyles();
  const person = rest.view.people.find((p) => p.key === selected) ?? null;
  return (
    <section className={styles.section} aria-labelledby="staff-people-heading">
      <h3 id="staff-people-heading" ref={headingRef} tabIndex={-1} className={styles.h3}>
        People
      </h3>
      <Field label="Show person">
        <Select value={selected} onChange={(_, d) => onSelect(d.value)}>
          <option value="">Choose…</option>
          {rest.view.people.map((p) => (
            <option key={p.key} value={p.key}>
              {p.name} ({p.key}), {p.status ?? "no status"}
            </option>
          ))}
        </Select>
      </Field>
      {person && <ShownPerson key={person.key} person={person} {...rest} />}
    </section>
  );
}

/** A register's setup held on screen while it shows a conversion's result (see RegisterSetup's onHold). */
export interface Hold {
  holding: boolean;
  setHolding: (holding: boolean) => void;
}

export interface TrainingSectionsProps {
  view: StaffView;
  settings: WorkbookSettings;
  today: number;
  act: Act;
  refresh: () => void;
  courses: Hold;
  training: Hold;
  dueHeading: Ref<HTMLHeadingElement>;
  recordHeading: Ref<HTMLHeadingElement>;
}

function HeldSetup({
  registerId,
  hold,
  refresh,
}: {
  registerId: "courses" | "training";
  hold: Hold;
  refresh: () => void;
}) {
  return (
    <RegisterSetup
      registerId={registerId}
      onHold={hold.setHolding}
      onReady={() => {
        hold.setHolding(false);
        refresh();
      }}
    />
  );
}

export function TrainingSections(props: TrainingSectionsProps) {
  const { view, settings, today, act, refresh, courses, training } = props;
  const styles = useRegisterPageStyles();
  return (
    <>
      <section className={styles.section} aria-labelledby="staff-due-heading">
        <h3 id="staff-due-heading" ref={props.dueHeading} tabIndex={-1} className={styles.h3}>
          Training due
        </h3>
        {!view.coursesFound || courses.holding ? (
          <HeldSetup registerId="courses" hold={courses} refresh={refresh} />
        ) : (
          <TrainingDue view={view} settings={settings} today={today} />
        )}
      </section>
      {view.coursesFound && !courses.holding && (
        <section className={styles.section} aria-labelledby="staff-record-heading">
          <h3 id="staff-record-heading" ref={props.recordHeading} tabIndex={-1} className={styles.h3}>
            Record training
          </h3>
          {!view.trainingFound || training.holding ? (
            <HeldSetup registerId="training" hold={training} refresh={refresh} />
          ) : (
            <RecordTraining
              view={view}
              onRecord={(input) =>
                act(async () => {
                  const r = await recordTraining(input);
                  return `Recorded as ${r.recordId}; it expires on ${showDate(r.expiresOn)}.`;
                })
              }
            />
          )}
        </section>
      )}
    </>
  );
}
