// The task pane: header with navigation, then the current page.
import { Suspense } from "react";
import {
  FluentProvider,
  Spinner,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { loadRegisters as defaultLoadRegisters, type FoundRegister } from "./api";
import { navigation, type NavigationStore } from "./navigation";
import { pageInfo } from "./pages";
import { useCurrentPage } from "./useNavigation";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { Header } from "./components/Header";
import { HomePage } from "./pages/HomePage";
import { PlaceholderPage } from "./pages/PlaceholderPage";
import { PAGE_COMPONENTS } from "./pageRegistry";

/** Register pages by page id: pageRegistry.ts, or a test's own. */
export type PageComponents = typeof PAGE_COMPONENTS;
import type { PageId } from "./navigation";

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
  /** The register pages; defaults to pageRegistry.ts (tests of the shell pass their own). */
  pageComponents?: PageComponents;
}

export function App({
  loadRegisters = defaultLoadRegisters,
  theme = webLightTheme,
  store = navigation,
  pageComponents = PAGE_COMPONENTS,
}: AppProps) {
  const styles = useStyles();
  const page = useCurrentPage(store);
  // Move focus to the page only after a navigation, never on first load.
  const focusHeading = store.history().length > 0;

  return (
    // Layout classes go on an inner element: FluentProvider copies its className onto portal mount
    // nodes (menus, tooltips), where a full-height flex box would cover the page.
    <FluentProvider theme={theme}>
      <div className={styles.root}>
        <Header store={store} page={page} />
        <main className={styles.main}>
          {/* Keyed by page: a page that failed starts afresh when the person comes back to it. */}
          <ErrorBoundary key={page} pageLabel={pageInfo(page).label}>
            {page === "home" ? (
              <HomePage loadRegisters={loadRegisters} onOpen={store.navigate} focusHeading={focusHeading} />
            ) : (
              <RegisterPage page={page} pages={pageComponents} focusHeading={focusHeading} />
            )}
          </ErrorBoundary>
        </main>
      </div>
    </FluentProvider>
  );
}

/** A register page, loaded on demand, or its placeholder while the page is still to come. */
function RegisterPage({
  page,
  pages,
  focusHeading,
}: {
  page: PageId;
  pages: PageComponents;
  focusHeading: boolean;
}) {
  const Page = pages[page];
  if (!Page) return <PlaceholderPage info={pageInfo(page)} focusHeading={focusHeading} />;
  return (
    <Suspense fallback={<Spinner size="small" label={`Opening ${pageInfo(page).label}…`} />}>
      <Page focusHeading={focusHeading} />
    </Suspense>
  );
}
