// Staff: the people after the hire. A privacy notice, one person's details with the onboarding and
// offboarding checklists (Mark leaving, Mark left), the Training due list with an invitation draft,
// recording a training, the discipline case log (read only on request) and the staff rules. While the
// Staff register is missing: the shared register setup; Courses and Training likewise when first needed.
import { useCallback, useState } from "react";
import { Field, Select } from "@fluentui/react-components";
import { todaySerial } from "../../../core/cells/excelDates";
import type { PageProps } from "../../pages";
import { RegisterPageFrame, useRegisterPageStyles } from "../../components/RegisterPage";
import { errorText } from "../../components/ActionError";
import { PageLoadStatus } from "../../components/PageLoadStatus";
import { usePageData, watchTables } from "../../components/usePageData";
import { RegisterSetup } from "../registerSetup/RegisterSetup";
import { useArrivalTarget } from "../../components/arrival";
import type { OutcomeNote } from "../../components/Outcome";
import { DisciplineSection } from "./DisciplineSection";
import { PersonPanel } from "./PersonPanel";
import { PrivacyNotice } from "./PrivacyNotice";
import { RecordTraining } from "./RecordTraining";
import { StaffRulesForm } from "./StaffRulesForm";
import { TrainingDue } from "./TrainingDue";
import { showDate } from "../../components/dateInputs";
import {
  loadStaff,
  markLeaving,
  markLeft,
  readSettings,
  recordTraining,
  setChecklistTick,
  writeStaffRules,
} from "./staffApi";

const readPage = () =>
  Promise.all([loadStaff(), readSettings()]).then(([view, settings]) => ({ view, settings }));
const WATCH = watchTables(["Staff", "Courses", "Training", "Equipment", "Checklists"]);
const isFound = (page: Awaited<ReturnType<typeof readPage>>) => page.view.found;

const failed = (err: unknown): OutcomeNote => {
  const { message, whatToDo } = errorText(err);
  return { intent: "error", text: whatToDo ? `${message} ${whatToDo}` : message };
};

export default function StaffPage({ focusHeading }: PageProps) {
  const styles = useRegisterPageStyles();
  const { load, refresh } = usePageData(readPage, { watch: WATCH, watchWhile: isFound });
  const [selected, setSelected] = useState("");
  // Excel's API does not say who is signed in, and workbook settings are shared by every co-author, so
  // the name saved as Done by is typed; it is kept for the session, whoever's checklist is shown.
  const [doneBy, setDoneBy] = useState("");
  // While a sheet is being converted into Courses or Training the setup stays on screen (its result and
  // problems), though the re-read after the write already finds the register.
  const [holdCourses, setHoldCourses] = useState(false);
  const [holdTraining, setHoldTraining] = useState(false);
  const today = todaySerial(new Date());
  // Once a register is set up (or the discipline cases are shown), focus goes to the section it opens.
  const peopleHeading = useArrivalTarget<HTMLHeadingElement>("staff");
  const dueHeading = useArrivalTarget<HTMLHeadingElement>("courses");
  const recordHeading = useArrivalTarget<HTMLHeadingElement>("training");
  const disciplineHeading = useArrivalTarget<HTMLHeadingElement>("discipline");

  const act = useCallback(
    async (run: () => Promise<string>): Promise<OutcomeNote> => {
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

  const body = () => {
    if (load.status !== "ready")
      return <PageLoadStatus load={load} reading="Reading the Staff register…" onRetry={refresh} />;
    const { view, settings } = load.data;
    if (!view.found) return <RegisterSetup registerId="staff" onReady={refresh} />;
    const person = view.people.find((p) => p.key === selected) ?? null;
    return (
      <>
        <PrivacyNotice />
        <section className={styles.section} aria-labelledby="staff-people-heading">
          <h3 id="staff-people-heading" ref={peopleHeading} tabIndex={-1} className={styles.h3}>
            People
          </h3>
          <Field label="Show person">
            <Select value={selected} onChange={(_, d) => setSelected(d.value)}>
              <option value="">Choose…</option>
              {view.people.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.name} ({p.key}), {p.status ?? "no status"}
                </option>
              ))}
            </Select>
          </Field>
          {person && (
            <PersonPanel
              key={person.key}
              person={person}
              view={view}
              settings={settings}
              today={today}
              onLeaving={(given, last) =>
                act(async () => {
                  const r = await markLeaving(person.key, { noticeGivenOn: given, leavingDate: last });
                  return `${person.name} is leaving; last working day ${showDate(r.leavingDate)}. The offboarding checklist is below.`;
                })
              }
              onChecklistsReady={refresh}
              doneBy={doneBy}
              onDoneByChange={setDoneBy}
              onTick={async (kind, item, done, doneBy) => {
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
                  return r.notes.length ? { intent: "warning", text: r.notes.join(" ") } : null;
                } catch (err) {
                  return failed(err);
                }
              }}
              onLeft={() =>
                act(async () => {
                  const r = await markLeft(person.key);
                  return `${person.name} has left. The record stays until ${showDate(r.retainUntil)}, then may be removed.`;
                })
              }
            />
          )}
        </section>
        <section className={styles.section} aria-labelledby="staff-due-heading">
          <h3 id="staff-due-heading" ref={dueHeading} tabIndex={-1} className={styles.h3}>
            Training due
          </h3>
          {!view.coursesFound || holdCourses ? (
            <RegisterSetup
              registerId="courses"
              onHold={setHoldCourses}
              onReady={() => {
                setHoldCourses(false);
                refresh();
              }}
            />
          ) : (
            <TrainingDue view={view} settings={settings} today={today} />
          )}
        </section>
        {view.coursesFound && !holdCourses && (
          <section className={styles.section} aria-labelledby="staff-record-heading">
            <h3 id="staff-record-heading" ref={recordHeading} tabIndex={-1} className={styles.h3}>
              Record training
            </h3>
            {!view.trainingFound || holdTraining ? (
              <RegisterSetup
                registerId="training"
                onHold={setHoldTraining}
                onReady={() => {
                  setHoldTraining(false);
                  refresh();
                }}
              />
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
        <section className={styles.section} aria-labelledby="staff-discipline-heading">
          <h3 id="staff-discipline-heading" ref={disciplineHeading} tabIndex={-1} className={styles.h3}>
            Discipline
          </h3>
          <DisciplineSection people={view.people} settings={settings} rules={view.rules} today={today} />
        </section>
        <section className={styles.section} aria-labelledby="staff-rules-heading">
          <h3 id="staff-rules-heading" className={styles.h3}>
            Staff rules
          </h3>
          <StaffRulesForm
            rules={view.rules}
            onSave={(rules) =>
              act(async () => {
                await writeStaffRules(rules);
                return "Staff rules saved.";
              })
            }
          />
        </section>
      </>
    );
  };

  return (
    <RegisterPageFrame id="staff" title="Staff" focusHeading={focusHeading}>
      {body()}
    </RegisterPageFrame>
  );
}
