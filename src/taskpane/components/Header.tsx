// Product name, Back, and the page menu: one row that fits 320 px and works from the keyboard.
import { lazy, Suspense, useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { NavigationStore, PageId } from "../navigation";
import { pageInfo } from "../pages";

// Asked for as soon as this module runs, so it is there by the time anyone reaches for it.
const loadPageMenu = import("./PageMenu");
const PageMenu = lazy(() => loadPageMenu);

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  // Fluent buttons are at least 96 px wide; at 320 px that would squeeze the product name.
  compact: { minWidth: "auto" },
  title: {
    margin: 0,
    flexGrow: 1,
    minWidth: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
});

export interface HeaderProps {
  store: NavigationStore;
  page: PageId;
}

export function Header({ store, page }: HeaderProps) {
  const styles = useStyles();
  const label = `Pages, current page ${pageInfo(page).label}`;
  // Chosen before the menu's code arrived: it opens as soon as it does.
  const [wanted, setWanted] = useState(false);

  return (
    <header className={styles.header}>
      <h1 className={styles.title}>Back Office</h1>
      {page !== "home" && (
        <Button appearance="subtle" className={styles.compact} onClick={() => store.back()}>
          Back
        </Button>
      )}
      <Suspense
        fallback={
          <Button
            appearance="secondary"
            className={styles.compact}
            aria-label={label}
            aria-haspopup="menu"
            onClick={() => setWanted(true)}
          >
            Pages
          </Button>
        }
      >
        <PageMenu store={store} page={page} label={label} className={styles.compact} openAtOnce={wanted} />
      </Suspense>
    </header>
  );
}
