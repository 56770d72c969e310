// Home's cards: the Overview sheet's At a glance figures as Excel computed them, one card per section,
// each opening its page. Loaded after Home (HomePage.tsx), so none of it weighs on the first load.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { SECTION_PAGES, type Headline } from "../../core/overview/sheet";
import { readHeadlines } from "../../excel/overview/headlines";
import { isPageId, type PageId } from "../navigation";
import { usePageData } from "../components/usePageData";
import type { Watch } from "../components/useWatch";

const useStyles = makeStyles({
  cards: { display: "grid", gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalM },
  card: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, margin: 0 },
  value: { fontWeight: tokens.fontWeightSemibold },
});

export interface HeadlineCardsProps {
  /** Defaults to the workbook's Overview sheet. */
  load?: () => Promise<Headline[] | null>;
  /** Changes that should read the figures again (Home's registers). */
  watch?: Watch | null;
  onOpen: (page: PageId) => void;
}

export default function HeadlineCards({ load = readHeadlines, watch = null, onOpen }: HeadlineCardsProps) {
  const styles = useStyles();
  // Without an Overview (or when it can't be read) Home shows its registers only: no error of its own.
  const { data: headlines } = usePageData(load, { watch });
  if (!headlines || headlines.length === 0) return null;
  const sections = [...new Set(headlines.map((h) => h.section))];
  return (
    <ul
      className={styles.cards}
      aria-label="Figures from the Overview sheet"
      style={{ listStyleType: "none", padding: 0, margin: 0 }}
    >
      {sections.map((section) => {
        const page = SECTION_PAGES[section];
        return (
          <li key={section} className={styles.card} aria-label={section}>
            <h3 className={styles.title}>{section}</h3>
            {headlines
              .filter((h) => h.section === section)
              .map((h) => (
                <p key={h.label} className={styles.row}>
                  <span>{h.label}</span>
                  <span className={styles.value}>{h.value === "" ? "–" : h.value}</span>
                </p>
              ))}
            {isPageId(page) && (
              <Button size="small" appearance="transparent" onClick={() => onOpen(page)}>
                {`Open ${section}`}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
