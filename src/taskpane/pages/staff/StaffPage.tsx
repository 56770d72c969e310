// Staff: the people after the hire. A privacy notice, one person's details with the onboarding and
// offboarding checklists (Mark leaving, Mark left), the Training due list with an invitation draft,
// recording a training, the discipline case log (read only on request) and the staff rules. While the
// Staff register is missing: the shared register setup; Courses and Training likewise when first needed.
import { useState } from "react";
import { todaySerial } from "../../../core/cells/excelDates";
import type { PageProps } from "../../pages";
import { RegisterPageFrame, useRegisterPageStyles } from "../../components/RegisterPage";
import { PageLoadStatus } from "../../components/PageLoadStatus";
import { usePageData, watchTables } from "../../components/usePageData";
import { RegisterSetup } from "../registerSetup/RegisterSetup";
import { useArrivalTarget } from "../../components/arrival";
import { DisciplineSection } from "./DisciplineSection";
import { PrivacyNotice } from "./PrivacyNotice";
import { PeopleSection, TrainingSections, useAct } from "./StaffSections";
import { StaffRulesForm } from "./StaffRulesForm";
import { loadStaff, readSettings, writeStaffRules } from "./staffApi";

const readPage = () =>
  Promise.all([loadStaff(), readSettings()]).then(([view, settings]) => ({ view, settings }));
const WATCH = watchTables(["Staff", "Courses", "Training", "Equipment", "Checklists"]);
const isFound = (page: Awaited<ReturnType<typeof readPage>>) => page.view.found;

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
  const act = useAct(refresh);

  const body = () => {
    if (load.status !== "ready")
      return <PageLoadStatus load={load} reading="Reading the Staff register…" onRetry={refresh} />;
    const { view, settings } = load.data;
    if (!view.found) return <RegisterSetup registerId="staff" onReady={refresh} />;
    const shared = { view, settings, today, act, refresh };
    return (
      <>
        <PrivacyNotice />
        <PeopleSection
          {...shared}
          selected={selected}
          onSelect={setSelected}
          doneBy={doneBy}
          onDoneByChange={setDoneBy}
          headingRef={peopleHeading}
        />
        <TrainingSections
          {...shared}
          courses={{ holding: holdCourses, setHolding: setHoldCourses }}
          training={{ holding: holdTraining, setHolding: setHoldTraining }}
          dueHeading={dueHeading}
          recordHeading={recordHeading}
        />
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
