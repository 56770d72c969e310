// One candidate: details, CV link, move stage, schedule interview, scores, offer and rejection drafts.
// Keyed by candidate in the page so every form starts from that candidate's values.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Candidate, ScoreKey, Stage } from "../../../core/candidates";
import { openInBrowser } from "../../components/draftActions";
import { dateTimeText, dayText } from "./format";
import { AddToStaff } from "./AddToStaff";
import { LetterDrafts } from "./LetterDrafts";
import { MoveStage } from "./MoveStage";
import type { OutcomeNote } from "../../components/Outcome";
import { ScheduleInterview } from "./ScheduleInterview";
import { ScoreForm } from "./ScoreForm";
import type { WorkbookSettings } from "./candidatesApi";

const useStyles = makeStyles({
  box: { display: "grid", gap: tokens.spacingVerticalM },
  h4: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  facts: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
  },
  dd: { margin: 0, overflowWrap: "anywhere" },
  pair: { display: "contents" },
});

export interface CandidateDetailProps {
  candidate: Candidate;
  settings: WorkbookSettings;
  onMove: (to: Stage, reopen: boolean) => Promise<OutcomeNote>;
  onSchedule: (at: Date, interviewer: string) => Promise<OutcomeNote>;
  onScores: (scores: Record<ScoreKey, number | null>) => Promise<OutcomeNote>;
  /** Adds a Hired candidate to the Staff register, filled from their row. */
  onAddToStaff?: () => Promise<OutcomeNote>;
}

export function CandidateDetail({
  candidate: c,
  settings,
  onMove,
  onSchedule,
  onScores,
  onAddToStaff,
}: CandidateDetailProps) {
  const styles = useStyles();
  const facts: [string, string][] = [
    ["ID", c.key],
    ["Position", c.position || "(none: add it in the register)"],
    ["Email", c.email],
    ["Stage", `${c.stage ?? "(blank)"}${c.stageSince !== null ? ` since ${dayText(c.stageSince)}` : ""}`],
    [
      "Interview",
      c.interviewAt !== null ? `${dateTimeText(c.interviewAt)}, ${c.interviewer}` : "not scheduled",
    ],
  ];
  const cvOk = /^https?:\/\//i.test(c.cvLink);
  return (
    <div className={styles.box}>
      <dl className={styles.facts}>
        {facts.map(([k, v]) => (
          <div key={k} className={styles.pair}>
            <dt>{k}</dt>
            <dd className={styles.dd}>{v}</dd>
          </div>
        ))}
      </dl>
      {cvOk && (
        <div>
          <Button onClick={() => openInBrowser(c.cvLink)}>Open CV</Button>
        </div>
      )}
      {c.stage === "Hired" && onAddToStaff && (
        <section aria-labelledby="cand-staff">
          <h4 id="cand-staff" className={styles.h4}>
            Staff
          </h4>
          <AddToStaff name={c.name} onAdd={onAddToStaff} />
        </section>
      )}
      <section aria-labelledby="cand-move">
        <h4 id="cand-move" className={styles.h4}>
          Stage
        </h4>
        <MoveStage candidate={c} onMove={onMove} />
      </section>
      <section aria-labelledby="cand-schedule">
        <h4 id="cand-schedule" className={styles.h4}>
          Schedule interview
        </h4>
        <ScheduleInterview candidate={c} settings={settings} onSchedule={onSchedule} />
      </section>
      <section aria-labelledby="cand-scores">
        <h4 id="cand-scores" className={styles.h4}>
          Scores
        </h4>
        <ScoreForm candidate={c} onSave={onScores} />
      </section>
      <section aria-labelledby="cand-letters">
        <h4 id="cand-letters" className={styles.h4}>
          Letters
        </h4>
        <LetterDrafts candidate={c} settings={settings} />
      </section>
    </div>
  );
}
