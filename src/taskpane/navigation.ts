// The task pane's current page, kept outside React so ribbon commands (same JS context in the shared
// runtime) can switch pages without importing React: `navigate("orders")` after showAsTaskpane().
import { isPageId, type PageId } from "./pages";

export { PAGE_IDS, isPageId, type PageId } from "./pages";

export type NavigationListener = (page: PageId) => void;

export interface NavigationStore {
  current(): PageId;
  /** Pages visited before the current one, oldest first. */
  history(): readonly PageId[];
  navigate(page: PageId): void;
  /** Returns to the previous page (Home when there is none). */
  back(): void;
  canGoBack(): boolean;
  subscribe(listener: NavigationListener): () => void;
}

export function createNavigationStore(initial: PageId = "home"): NavigationStore {
  let current: PageId = initial;
  let past: PageId[] = [];
  const listeners = new Set<NavigationListener>();

  const emit = () => {
    for (const listener of [...listeners]) listener(current);
  };

  return {
    current: () => current,
    history: () => past,
    navigate(page) {
      if (!isPageId(page)) throw new Error(`Unknown page "${String(page)}"`);
      if (page === current) return;
      // A new array each time so React's useSyncExternalStore sees a changed snapshot.
      past = [...past, current];
      current = page;
      emit();
    },
    back() {
      const previous = past.length > 0 ? past[past.length - 1] : "home";
      past = past.slice(0, -1);
      if (previous === current) return;
      current = previous;
      emit();
    },
    canGoBack: () => past.length > 0 || current !== "home",
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The one store the task pane and the ribbon commands share. */
export const navigation: NavigationStore = createNavigationStore();

/** For ribbon commands: `await Office.addin.showAsTaskpane(); navigate("orders");` */
export function navigate(page: PageId): void {
  navigation.navigate(page);
}
