// Overview: one sheet of native formulas and charts over every register (Create or refresh), its
// figures here too, and "Copy as email" for the weekly report.
import { useCallback, useState } from "react";
import { Button, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import { draftOffers } from "../../../core/email/offers";
import { weeklyReportDraft } from "../../../core/overview/weeklyReport";
import { PageHeading } from "../../components/PageHeading";
import type { PageProps } from "../../pages";
import { DraftButtons } from "../../components/DraftButtons";
import { ActionError } from "../../components/ActionError";
import { PageLoadStatus } from "../../components/PageLoadStatus";
import { usePageData, watchTables } from "../../components/usePageData";
import { REGISTERS } from "../../../core/registers/definitions";
import {
  readHeadlines,
  readSettings,
  refreshOverview,
  type Headline,
  type OverviewResult,
  type WorkbookSettings,
} from "./overviewApi";

const useStyles = makeStyles({
  text: { margin: `0 0 ${tokens.spacingVerticalM} 0` },
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    marginBottom: tokens.spacingVerticalM,
  },
  stack: { display: "grid", gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalM },
  section: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase300,
  },
  figures: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "1fr auto",
    gap: `2px ${tokens.spacingHorizontalM}`,
  },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: "right" },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface OverviewPageProps extends PageProps {
  refresh?: () => Promise<OverviewResult>;
  loadHeadlines?: () => Promise<Headline[] | null>;
  loadSettings?: () => Promise<WorkbookSettings>;
  now?: () => Date;
}

// The figures are formulas over every register, so a co-author's edit to any of them can change them.
const WATCH = watchTables(REGISTERS.map((r) => r.tableName));

interface OverviewData {
  /** null: no Overview sheet yet. */
  headlines: Headline[] | null;
  /** For the weekly report's company and signature; null when they could not be read (the draft goes
   * without them). */
  settings: WorkbookSettings | null;
}

function bySection(headlines: readonly Headline[]): [string, Headline[]][] {
  const out = new Map<string, Headline[]>();
  for (const h of headlines) out.set(h.section, [...(out.get(h.section) ?? []), h]);
  return [...out];
}

/** What the last Create or Refresh did, and the figures it left out with why. */
function BuildOutcome({ result }: { result: OverviewResult | null }) {
  const styles = useStyles();
  const left = result?.sections.filter((s) => s.notes.length > 0) ?? [];
  return (
    <>
      {result && (
        <Notice intent="success">
          <MessageBarTitle>
            {result.created ? "Overview sheet created" : "Overview sheet refreshed"}
          </MessageBarTitle>
          {`${result.headlines.length} figures and ${result.charts} charts over your registers. No register was changed.`}
        </Notice>
      )}
      {left.length > 0 && (
        <Notice intent="info">
          <MessageBarTitle>Not on the sheet yet</MessageBarTitle>
          <ul className={styles.notes}>
            {left.flatMap((s) => s.notes.map((n) => <li key={`${s.id}:${n}`}>{`${s.title}: ${n}`}</li>))}
          </ul>
        </Notice>
      )}
    </>
  );
}

/** The sheet's headline figures, section by section, as Excel computed them. */
function Figures({ headlines }: { headlines: readonly Headline[] }) {
  const styles = useStyles();
  return bySection(headlines).map(([section, figures]) => (
    <div key={section}>
      <h3 className={styles.section}>{section}</h3>
      <dl className={styles.figures}>
        {figures.map((f) => (
          <div key={f.label} style={{ display: "contents" }}>
            <dt>{f.label}</dt>
            <dd className={styles.value}>{f.value === "" ? "–" : f.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  ));
}

/** The weekly report drafted from the figures, once "Copy as email" is pressed. */
function weeklyReport(
  headlines: Headline[] | null | undefined,
  settings: WorkbookSettings | null | undefined,
  date: Date,
) {
  if (!headlines) return null;
  return weeklyReportDraft({
    headlines,
    company: settings?.companyName,
    signature: settings?.signature,
    date,
  }).draft;
}

export default function OverviewPage({
  focusHeading,
  refresh = refreshOverview,
  loadHeadlines = readHeadlines,
  loadSettings = readSettings,
  now = () => new Date(),
}: OverviewPageProps) {
  const styles = useStyles();
  const read = useCallback(async (): Promise<OverviewData> => {
    const [headlines, settings] = await Promise.all([loadHeadlines(), loadSettings().catch(() => null)]);
    return { headlines, settings };
  }, [loadHeadlines, loadSettings]);
  const { load, data, busy, error, run, reload } = usePageData(read, { watch: WATCH });
  const [result, setResult] = useState<OverviewResult | null>(null);
  const [email, setEmail] = useState(false);
  const headlines = data?.headlines;

  // Building the sheet, then reading its figures back as Excel computed them: the result is told with
  // the figures on screen.
  const build = async () => {
    const made = await run(async () => {
      const built = await refresh();
      await reload();
      return built;
    });
    if (made) setResult(made);
  };
  const draft = email ? weeklyReport(headlines, data?.settings, now()) : null;

  return (
    <section aria-labelledby="overview-heading">
      <PageHeading id="overview-heading" focusOnMount={focusHeading}>
        Overview
      </PageHeading>
      <p className={styles.text}>
        One sheet of figures and charts over every register. They are Excel formulas and charts, so they stay
        up to date for everyone who opens the workbook, with or without the add-in.
      </p>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void build()}>
          {headlines ? "Refresh the Overview sheet" : "Create the Overview sheet"}
        </Button>
        <Button disabled={busy || !headlines || headlines.length === 0} onClick={() => setEmail(true)}>
          Copy as email
        </Button>
      </div>
      <div className={styles.stack} aria-live="polite">
        {busy && <Spinner size="small" label="Building the Overview sheet…" />}
        {error !== null && <ActionError error={error} />}
        <BuildOutcome result={result} />
      </div>
      {draft && <DraftButtons name="the weekly report" draft={draft} offers={draftOffers(draft)} />}
      <PageLoadStatus load={load} reading="Reading the Overview sheet…" onRetry={() => void reload()} />
      {headlines === null && (
        <Notice intent="info">There is no Overview sheet in this workbook yet. Create it above.</Notice>
      )}
      {headlines && <Figures headlines={headlines} />}
    </section>
  );
}
