// The preview page: the simulated workbook on the left, the task pane on the right at its real width.
// A person can open their own .xlsx or .csv file (button or drop) and save the workbook as .xlsx.
import { useCallback, useState } from "react";
import {
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { App, type AppProps } from "../taskpane/App";
import { Notice } from "../taskpane/components/Notice";
import { createNavigationStore } from "../taskpane/navigation";
import { FileActions } from "./files/FileActions";
import { FileDropZone } from "./files/FileDropZone";
import { FileMessageBar } from "./files/FileMessageBar";
import { useWorkbookFiles } from "./files/useWorkbookFiles";
import { WorkbookView } from "./grid/WorkbookView";
import { createPersonEdits, type PersonEdits } from "./personEdits";
import { SAMPLE_WORKBOOKS, type SampleName } from "./sample";
import { installExcel, type SimWorkbook } from "./simulator";

/** Excel's task pane is 320–350 px wide by default; the preview shows it at that size. */
export const TASK_PANE_WIDTH = 340;

const usePageStyles = makeStaticStyles({ body: { margin: 0 } });

/**
 * Narrower than a usable grid beside the pane (about 400 px of grid + the pane), the pane goes below the
 * workbook at the window's full width and the page scrolls down instead: side by side, the pane was cut
 * off at the window's edge and the formula bar, which cannot shrink past its name box, was drawn over
 * the pane's header.
 */
const STACKED = `@media (max-width: ${400 + TASK_PANE_WIDTH - 1}px)`;

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    overflow: "hidden",
    [STACKED]: { height: "auto", minHeight: "100vh", overflow: "visible" },
  },
  banner: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: "#217346",
    color: "#ffffff",
    fontSize: tokens.fontSizeBase200,
    flexShrink: 0,
  },
  bannerTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  samples: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
  link: { color: "#ffffff" },
  messages: { flexShrink: 0, maxHeight: "40vh", overflowY: "auto" },
  body: { display: "flex", flexGrow: 1, minHeight: 0, [STACKED]: { flexDirection: "column" } },
  workbook: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    // Room for a dozen rows; the pane follows below.
    [STACKED]: { flexGrow: 0, height: "60vh", minHeight: "320px", overflow: "hidden" },
  },
  pane: {
    width: `${TASK_PANE_WIDTH}px`,
    flexShrink: 0,
    borderLeft: "1px solid #c8c8c8",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    [STACKED]: { width: "auto", borderLeft: "none", borderTop: "1px solid #c8c8c8", overflowY: "visible" },
  },
});

/** The banner's links to the other bundled workbooks (the default sample's address is plain "?"). */
const SAMPLE_LINKS: Record<SampleName, { text: string; href: string }> = {
  sample: { text: "Load the sample workbook", href: "?" },
  "supplies-list": { text: "Try a supplies list to convert", href: "?sample=supplies-list" },
  blank: { text: "Start from a blank workbook", href: "?sample=blank" },
};

export interface PreviewAppProps {
  /** The workbook shown first; an opened file replaces it. */
  workbook: SimWorkbook;
  /** Lets the person type into cells; without it the grid is read-only. */
  edits?: PersonEdits;
  /** Which bundled workbook is loaded, for the switch links. */
  sample: SampleName;
  /** Shown once at the top (e.g. an unknown `?sample=` name). */
  notice?: string;
  /** Passed through to the task pane (tests inject their own navigation store). */
  appProps?: AppProps;
  /**
   * Makes an opened workbook the one the task pane's `Excel` talks to (and anything else the page
   * plugs in, such as the formula engine). Defaults to installExcel.
   */
  activate?: (workbook: SimWorkbook) => void;
}

interface Session {
  workbook: SimWorkbook;
  edits?: PersonEdits;
  /** Keys the grid and the task pane, so both start afresh on an opened workbook. */
  generation: number;
  openedFrom: string | null;
  appProps?: AppProps;
}

export function PreviewApp({ workbook, edits, sample, notice, appProps, activate }: PreviewAppProps) {
  usePageStyles();
  const styles = useStyles();
  const [session, setSession] = useState<Session>(() => ({
    workbook,
    edits,
    generation: 0,
    openedFrom: null,
    appProps,
  }));

  const onOpened = useCallback(
    (opened: SimWorkbook, fileName: string) => {
      (activate ?? installExcel)(opened);
      setSession((s) => ({
        workbook: opened,
        edits: s.edits ? createPersonEdits(opened) : undefined,
        generation: s.generation + 1,
        openedFrom: fileName,
        // The task pane starts on its home page for the new workbook.
        appProps: { ...s.appProps, store: createNavigationStore() },
      }));
    },
    [activate],
  );
  const files = useWorkbookFiles({
    current: () => session.workbook,
    openedFrom: session.openedFrom,
    onOpened,
  });

  return (
    // Layout classes go on an inner element: FluentProvider copies its className onto portal mount nodes.
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        {/* No <header> or <aside> here: the task pane's own header and main stay the page's top-level
            landmarks, as in Excel where the pane is a page of its own. */}
        <section className={styles.banner} aria-label="About this preview">
          <h1 className={styles.bannerTitle}>Back Office preview</h1>
          <span>
            {session.openedFrom
              ? `A simulated copy of "${session.openedFrom}": save it to keep your changes.`
              : "A simulated workbook in your browser: nothing is saved unless you save it."}
          </span>
          <FileActions files={files} />
          <span className={styles.samples}>
            {(Object.keys(SAMPLE_WORKBOOKS) as SampleName[])
              .filter((name) => name !== sample || session.openedFrom !== null)
              .map((name) => (
                <a key={name} className={styles.link} href={SAMPLE_LINKS[name].href}>
                  {SAMPLE_LINKS[name].text}
                </a>
              ))}
          </span>
        </section>
        <div className={styles.messages}>
          {notice && session.generation === 0 && (
            <Notice intent="warning" role="alert">
              {notice}
            </Notice>
          )}
          {files.message && <FileMessageBar message={files.message} onDismiss={files.dismiss} />}
        </div>
        <div className={styles.body}>
          <section className={styles.workbook} aria-label="Workbook">
            <FileDropZone onFile={(file) => void files.open(file)}>
              <WorkbookView key={session.generation} workbook={session.workbook} edits={session.edits} />
            </FileDropZone>
          </section>
          <div className={styles.pane} data-pane="task-pane">
            <App key={session.generation} {...session.appProps} />
          </div>
        </div>
      </div>
    </FluentProvider>
  );
}
