// The task pane: header with navigation, then the current page, loaded on demand from the page list
// (pages.ts) so the first load carries only this shell.
import { lazy, Suspense, type ComponentType } from "react";
import {
  FluentProvider,
  Spinner,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import type { FoundRegister } from "./api";
import { navigation, type NavigationStore } from "./navigation";
import { pageInfo, PAGES, type PageId, type PageProps } from "./pages";
import { useCurrentPage } from "./useNavigation";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { Header } from "./components/Header";

/** Page components by page id; the App's own are the page list's, each loaded when first opened. */
export type PageComponents = Partial<Record<PageId, ComponentType<PageProps>>>;

const LAZY_PAGES = new Map(PAGES.map((p) => [p.id, lazy(p.load)]));

const useStyles = makeStyles({
  root: {
    minHeight: "100%",
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  main: { padding: tokens.spacingHorizontalM, flexGrow: 1 },
});

export interface AppProps {
  /** Where Home gets the registers from; defaults to the workbook through api.ts. */
  loadRegisters?: () => Promise<FoundRegister[]>;
  /** Fluent theme; index.tsx passes one matching Office's theme. */
  theme?: Theme;
  /** Navigation store; defaults to the shared one the ribbon commands use. */
  store?: NavigationStore;
  /** Pages to show instead of the page list's own (tests of the shell pass stand-ins). */
  pageComponents?: PageComponents;
}

/** The workbook's registers, through api.ts, whose register definitions load with Home rather than first. */
const workbookRegisters = () => import("./api").then((api) => api.loadRegisters());

export function App({
  loadRegisters = workbookRegisters,
  theme = webLightTheme,
  store = navigation,
  pageComponents = {},
}: AppProps) {
  const styles = useStyles();
  const page = useCurrentPage(store);
  // Move focus to the page only after a navigation, never on first load.
  const focusHeading = store.history().length > 0;
  const Page = pageComponents[page] ?? LAZY_PAGES.get(page)!;
  const label = pageInfo(page).label;

  return (
    // Layout classes go on an inner element: FluentProvider copies its className onto portal mount
    // nodes (menus, tooltips), where a full-height flex box would cover the page.
    <FluentProvider theme={theme}>
      <div className={styles.root}>
        <Header store={store} page={page} />
        <main className={styles.main}>
          {/* Keyed by page: a page that failed starts afresh when the person comes back to it. */}
          <ErrorBoundary key={page} pageLabel={label}>
            <Suspense fallback={<Spinner size="small" label={`Opening ${label}…`} />}>
              <Page focusHeading={focusHeading} navigate={store.navigate} loadRegisters={loadRegisters} />
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
    </FluentProvider>
  );
}
