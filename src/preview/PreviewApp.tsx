// The preview page: the simulated workbook on the left, the task pane on the right at its real width.
import {
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { App, type AppProps } from "../taskpane/App";
import { WorkbookView, type WorkbookSource } from "./grid/WorkbookView";
import type { PersonEdits } from "./personEdits";

/** Excel's task pane is 320–350 px wide by default; the preview shows it at that size. */
export const TASK_PANE_WIDTH = 340;

const usePageStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", overflow: "hidden" },
  banner: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: "#217346",
    color: "#ffffff",
    fontSize: tokens.fontSizeBase200,
    flexShrink: 0,
  },
  bannerTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  link: { color: "#ffffff" },
  body: { display: "flex", flexGrow: 1, minHeight: 0 },
  workbook: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  pane: {
    width: `${TASK_PANE_WIDTH}px`,
    flexShrink: 0,
    borderLeft: "1px solid #c8c8c8",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
  },
});

export interface PreviewAppProps {
  workbook: WorkbookSource;
  /** Lets the person type into cells; without it the grid is read-only. */
  edits?: PersonEdits;
  /** Which sample is loaded, for the switch link. */
  sample: "sample" | "blank";
  /** Passed through to the task pane (tests inject their own navigation store). */
  appProps?: AppProps;
}

export function PreviewApp({ workbook, edits, sample, appProps }: PreviewAppProps) {
  usePageStyles();
  const styles = useStyles();
  return (
    // Layout classes go on an inner element: FluentProvider copies its className onto portal mount nodes.
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        {/* No <header> or <aside> here: the task pane's own header and main stay the page's top-level
            landmarks, as in Excel where the pane is a page of its own. */}
        <section className={styles.banner} aria-label="About this preview">
          <h1 className={styles.bannerTitle}>Back Office preview</h1>
          <span>A simulated workbook in your browser: nothing is saved.</span>
          {sample === "blank" ? (
            <a className={styles.link} href="?">
              Load the sample workbook
            </a>
          ) : (
            <a className={styles.link} href="?sample=blank">
              Start from a blank workbook
            </a>
          )}
        </section>
        <div className={styles.body}>
          <section className={styles.workbook} aria-label="Workbook">
            <WorkbookView workbook={workbook} edits={edits} />
          </section>
          <div className={styles.pane} data-pane="task-pane">
            <App {...appProps} />
          </div>
        </div>
      </div>
    </FluentProvider>
  );
}
