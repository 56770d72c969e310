// Home: which registers this workbook has, each with a way to open its page.
import { lazy, Suspense, useMemo, useState } from "react";
import { Badge, Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../components/Notice";
import { registerById } from "../../core/registers/definitions";
import { loadRegisters as defaultLoadRegisters, type FoundRegister } from "../api";
import { navigation } from "../navigation";
import type { Headline } from "../../core/overview/sheet";
import { neededRegisters, PAGES, type PageProps } from "../pages";
import { PageHeading } from "../components/PageHeading";
import { PageLoadStatus } from "../components/PageLoadStatus";
import { usePageData, watchTables } from "../components/usePageData";
import { useWatch } from "../components/useWatch";

// The Overview's figure cards load after Home itself, keeping the task pane's first load small.
const HeadlineCards = lazy(() => import("./HeadlineCards"));

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalS },
  item: {
    padding: tokens.spacingVerticalS + " " + tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: "grid",
    gap: tokens.spacingVerticalXS,
  },
  itemTop: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  name: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, flexGrow: 1 },
  text: { margin: 0, color: tokens.colorNeutralForeground2 },
  status: { margin: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  intro: { marginBottom: tokens.spacingVerticalS },
  toolbar: { display: "flex", justifyContent: "flex-end", marginBottom: tokens.spacingVerticalS },
});

export interface HomePageProps extends PageProps {
  /** The Overview sheet's figures (null without one); defaults to the workbook's (src/excel/overview). */
  loadHeadlines?: () => Promise<Headline[] | null>;
}

function describe(label: string, found: FoundRegister): string {
  const rows = found.rowCount === 1 ? "1 row" : `${found.rowCount} rows`;
  return `${label}: table ${found.tableName} on sheet "${found.sheetName}", ${rows}.`;
}

/** One page that works on registers: whether its tables are found, and the button that opens it. */
function RegisterPageItem({
  page,
  byTable,
  navigate,
}: {
  page: (typeof PAGES)[number];
  byTable: Map<string, FoundRegister>;
  navigate: NonNullable<HomePageProps["navigate"]>;
}) {
  const styles = useStyles();
  // Excel compares table names without regard to case.
  const needed = neededRegisters(page);
  const tables = [...needed.filter((id) => !page.registers.includes(id)), ...page.registers].map((id) => {
    const def = registerById(id);
    return {
      name: def.tableName,
      label: def.name,
      needed: needed.includes(id),
      found: byTable.get(def.tableName.toLowerCase()),
    };
  });
  // Ready means what the page shows: its work, not its register setup.
  const ready = tables.every((t) => !t.needed || t.found);
  return (
    <li className={styles.item} aria-label={page.label}>
      <div className={styles.itemTop}>
        <h3 className={styles.name}>{page.label}</h3>
        <Badge appearance="tint" color={ready ? "success" : "informative"}>
          {ready ? "Ready" : "Not set up"}
        </Badge>
      </div>
      <p className={styles.text}>{page.summary}</p>
      {tables.map((t) => (
        <p key={t.name} className={styles.status}>
          {t.found
            ? describe(t.label, t.found)
            : `${t.label}: no ${t.name} table in this workbook yet.` +
              (t.needed ? "" : ` ${page.label} creates it when first needed.`)}
        </p>
      ))}
      <div className={styles.actions}>
        <Button appearance={ready ? "primary" : "secondary"} onClick={() => navigate(page.id)}>
          {`Open ${page.label}`}
        </Button>
      </div>
    </li>
  );
}

export default function HomePage({
  loadRegisters = defaultLoadRegisters,
  navigate = navigation.navigate,
  focusHeading,
  loadHeadlines,
}: HomePageProps) {
  const styles = useStyles();
  const { load, data, busy, run, reload, refresh: reread } = usePageData(loadRegisters);
  // A co-author's edit to a register found here changes its row count and the Overview's figures.
  // Only the tables found are watched: one subscription each, and a table added later is seen on Refresh.
  const found = data?.map((f) => f.tableName).join("\n") ?? "";
  const watch = useMemo(() => (found === "" ? null : watchTables(found.split("\n"))), [found]);
  useWatch(watch, reread);
  // Refresh reads the Overview's figures afresh too (the cards read them when mounted).
  const [round, setRound] = useState(0);
  const refresh = () => {
    setRound((n) => n + 1);
    void run(reload);
  };

  const registerPages = PAGES.filter((p) => p.registers.length > 0);
  const byTable = new Map((data ?? []).map((f) => [f.tableName.toLowerCase(), f] as const));

  return (
    <section aria-labelledby="home-heading">
      <PageHeading id="home-heading" focusOnMount={focusHeading}>
        Registers in this workbook
      </PageHeading>
      <Suspense fallback={null}>
        <HeadlineCards key={round} load={loadHeadlines} watch={watch} onOpen={navigate} />
      </Suspense>
      <div className={styles.toolbar}>
        <Button onClick={refresh} disabled={busy || load.status === "loading"}>
          Refresh
        </Button>
      </div>
      {busy && <Spinner size="small" label="Looking for registers…" />}
      <PageLoadStatus
        load={load}
        reading="Looking for registers…"
        failed="Could not read the workbook"
        onRetry={() => void reload()}
      />
      {data?.length === 0 && (
        <Notice intent="info" className={styles.intro}>
          No registers in this workbook yet. Open one below to create it, or to turn one of your own sheets
          into it.
        </Notice>
      )}
      {data && (
        <ul className={styles.list} aria-label="Registers">
          {registerPages.map((page) => (
            <RegisterPageItem key={page.id} page={page} byTable={byTable} navigate={navigate} />
          ))}
        </ul>
      )}
    </section>
  );
}
