// Candidates: the pipeline per stage, one candidate's stage, interview (with the invitation
// draft), scores and letters, adding with the duplicate check, and the retention list. While the register
// is missing: the shared register setup.
import { useCallback, useState } from "react";
import type { NewCandidateInput, ScoreKey, Stage } from "../../../core/candidates";
import type { UpdateResult } from "../../../excel/updateRows";
import type { PageProps } from "../../pages";
import { RegisterPageFrame, useRegisterPageStyles } from "../../components/RegisterPage";
import { errorText } from "../../components/ActionError";
import { RegisterSetup } from "../registerSetup/RegisterSetup";
import { useArrivalTarget } from "../../components/arrival";
import { AddCandidate } from "./AddCandidate";
import { CandidateDetail } from "./CandidateDetail";
import { Outcome, type OutcomeNote } from "../../components/Outcome";
import { PipelineList } from "./PipelineList";
import { RetentionList } from "./RetentionList";
import { ScoreWeightsForm } from "./ScoreWeightsForm";
import {
  addCandidate,
  addToStaff,
  listRetained,
  loadCandidates,
  moveStage,
  readSettings,
  removeRetained,
  scheduleInterview,
  setScores,
  writeScoreWeights,
  type CandidatesView,
} from "./candidatesApi";
import { PageLoadStatus } from "../../components/PageLoadStatus";
import { usePageData, watchTables } from "../../components/usePageData";

/** The register and the settings its forms start from (score weights, interview length), read together. */
const readPage = () =>
  Promise.all([loadCandidates(), readSettings()]).then(([candidates, settings]) => ({
    candidates,
    settings,
  }));
const isFound = (page: { candidates: CandidatesView }) => page.candidates.found;
const WATCH = watchTables(["Candidates"]);

/** What to tell the person after a by-key write. */
function written(result: UpdateResult, key: string, done: string): OutcomeNote {
  if (result.updated.length > 0) return { intent: "success", text: done };
  if (result.notFound.length > 0)
    return {
      intent: "warning",
      text: `${key} is no longer in the register (a co-author may have deleted it).`,
    };
  return {
    intent: "warning",
    text: result.skipped.map((s) => s.reason).join(" ") || `${key} was not changed.`,
  };
}

const failed = (err: unknown): OutcomeNote => {
  const { message, whatToDo } = errorText(err);
  return { intent: "error", text: whatToDo ? `${message} ${whatToDo}` : message };
};

type PageData = Awaited<ReturnType<typeof readPage>>;
type Act = (run: () => Promise<UpdateResult>, key: string, done: string) => Promise<OutcomeNote>;

async function addedToStaff(key: string): Promise<OutcomeNote> {
  try {
    const r = await addToStaff(key);
    return {
      intent: "success",
      text: [
        `${r.name} is on the Staff register as ${r.staffId}. The Staff page shows the onboarding checklist.`,
        ...r.notes,
      ].join(" "),
    };
  } catch (err) {
    return failed(err);
  }
}

function PipelineSection({
  view,
  selected,
  onSelect,
}: {
  view: CandidatesView;
  selected: string | null;
  onSelect: (key: string | null) => void;
}) {
  const styles = useRegisterPageStyles();
  // Once the register exists, the person lands on the pipeline; its first candidate is the next Tab.
  const pipelineHeading = useArrivalTarget<HTMLHeadingElement>("candidates");
  return (
    <section className={styles.section} aria-labelledby="cand-pipeline-heading">
      <h3 id="cand-pipeline-heading" ref={pipelineHeading} tabIndex={-1} className={styles.h3}>
        Pipeline
      </h3>
      {view.duplicates.length > 0 && (
        <Outcome
          note={{
            intent: "warning",
            text:
              "Some emails are used by more than one candidate: " +
              view.duplicates.map((d) => `${d.email} (${d.keys.join(", ")})`).join("; ") +
              ".",
          }}
        />
      )}
      <PipelineList pipeline={view.pipeline} selected={selected} onSelect={onSelect} />
    </section>
  );
}

function CandidateSection({
  c,
  settings,
  act,
}: {
  c: CandidatesView["candidates"][number];
  settings: PageData["settings"];
  act: Act;
}) {
  const styles = useRegisterPageStyles();
  return (
    <section className={styles.section} aria-labelledby="cand-detail-heading">
      <h3 id="cand-detail-heading" className={styles.h3}>
        {c.name || c.key}
      </h3>
      <CandidateDetail
        key={c.key}
        candidate={c}
        settings={settings}
        onMove={(to: Stage, reopen: boolean) =>
          act(() => moveStage(c.key, to, { from: c.stage, reopen }), c.key, `${c.name} is now at ${to}.`)
        }
        onSchedule={(at: Date, interviewer: string) =>
          act(() => scheduleInterview(c.key, at, interviewer), c.key, `Interview set for ${c.name}.`)
        }
        onScores={(scores: Record<ScoreKey, number | null>) =>
          act(() => setScores(c.key, scores), c.key, `Scores saved for ${c.name}.`)
        }
        onAddToStaff={() => addedToStaff(c.key)}
      />
    </section>
  );
}

/** Add a candidate, Score weights and Retention: the sections that do not depend on the selection. */
function RegisterSections({ view, refresh }: { view: CandidatesView; refresh: () => void }) {
  const styles = useRegisterPageStyles();
  return (
    <>
      <section className={styles.section} aria-labelledby="cand-add-heading">
        <h3 id="cand-add-heading" className={styles.h3}>
          Add a candidate
        </h3>
        <AddCandidate
          onAdd={async (input: NewCandidateInput, allowDuplicate: boolean) => {
            const r = await addCandidate(input, { allowDuplicate });
            if (r.added) refresh();
            return r;
          }}
        />
      </section>
      <section className={styles.section} aria-labelledby="cand-weights-heading">
        <h3 id="cand-weights-heading" className={styles.h3}>
          Score weights
        </h3>
        <ScoreWeightsForm
          weights={view.weights}
          onSave={async (w) => {
            try {
              const { rowsUpdated } = await writeScoreWeights(w);
              refresh();
              return {
                intent: "success",
                text: `Weights saved; the Weighted score formula is updated in ${rowsUpdated} row${rowsUpdated === 1 ? "" : "s"}.`,
              };
            } catch (err) {
              return failed(err);
            }
          }}
        />
      </section>
      <section className={styles.section} aria-labelledby="cand-retention-heading">
        <h3 id="cand-retention-heading" className={styles.h3}>
          Retention
        </h3>
        <RetentionList
          list={() => listRetained()}
          remove={async (rows) => {
            const r = await removeRetained(rows);
            refresh();
            return r;
          }}
        />
      </section>
    </>
  );
}

export default function CandidatesPage({ focusHeading }: PageProps) {
  const { load, refresh } = usePageData(readPage, { watch: WATCH, watchWhile: isFound });
  const [selected, setSelected] = useState<string | null>(null);

  const act = useCallback(
    async (run: () => Promise<UpdateResult>, key: string, done: string) => {
      try {
        const note = written(await run(), key, done);
        refresh();
        return note;
      } catch (err) {
        return failed(err);
      }
    },
    [refresh],
  );

  const body = () => {
    if (load.status !== "ready") {
      return <PageLoadStatus load={load} reading="Reading the Candidates register…" onRetry={refresh} />;
    }
    const { candidates: view, settings } = load.data;
    if (!view.found) return <RegisterSetup registerId="candidates" onReady={refresh} />;
    const c = view.candidates.find((x) => x.key === selected) ?? null;
    return (
      <>
        <PipelineSection view={view} selected={selected} onSelect={setSelected} />
        {c && <CandidateSection c={c} settings={settings} act={act} />}
        <RegisterSections view={view} refresh={refresh} />
      </>
    );
  };

  return (
    <RegisterPageFrame id="candidates" title="Candidates" focusHeading={focusHeading}>
      {body()}
    </RegisterPageFrame>
  );
}
