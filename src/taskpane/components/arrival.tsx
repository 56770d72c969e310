// Where focus goes when a step replaces the view it was started from. Pressing "Continue to Calls" or
// "Create empty register" unmounts the button that had focus, and the browser then drops focus on the
// page body: a keyboard user starts again from the top and a screen reader says nothing. The step says
// that it finished (`useArrive`), and the control the person needs next marks itself
// (`useArrivalTarget`); it takes focus when it appears, whenever its data arrives. The same pair moves
// focus within one view: to a step's result message (which a screen reader then reads out) or back to
// the button a Cancel returns to.
import { createContext, useCallback, useContext, useRef, type ReactNode } from "react";

interface ArrivalStore {
  /** The one step that just finished and whose next control has not appeared yet. */
  pending: string | null;
  /** The marked controls on screen, by step: one already drawn takes focus at once. */
  targets: Map<string, HTMLElement>;
}

const newStore = (): ArrivalStore => ({ pending: null, targets: new Map() });

/** One store for the task pane; a provider gives tests (or a second pane) their own. */
const ArrivalContext = createContext<ArrivalStore>(newStore());

export function ArrivalProvider({ children }: { children: ReactNode }) {
  const store = useRef<ArrivalStore>(newStore());
  return <ArrivalContext.Provider value={store.current}>{children}</ArrivalContext.Provider>;
}

/**
 * Returns `arrive(key)`: call it when a step finishes. The control marked for `key` takes focus now if it
 * is on screen, else as soon as it is drawn (after a re-read, say). Only the latest step is remembered,
 * so an older one never takes focus later.
 */
export function useArrive(): (key: string) => void {
  const store = useContext(ArrivalContext);
  return useCallback(
    (key: string) => {
      const target = store.targets.get(key);
      if (target?.isConnected) {
        store.pending = null;
        target.focus();
      } else {
        store.pending = key;
      }
    },
    [store],
  );
}

/**
 * A ref for the control (or a heading with tabIndex={-1}) a person needs once step `key` has finished:
 * it takes focus when it is drawn right after that step, and only then (visiting the page later leaves
 * focus on the page's heading).
 */
export function useArrivalTarget<T extends HTMLElement>(key: string): (element: T | null) => void {
  const store = useContext(ArrivalContext);
  const drawn = useRef<T | null>(null);
  return useCallback(
    (element: T | null) => {
      if (!element) {
        if (drawn.current && store.targets.get(key) === drawn.current) store.targets.delete(key);
        drawn.current = null;
        return;
      }
      drawn.current = element;
      store.targets.set(key, element);
      if (store.pending !== key) return;
      store.pending = null;
      element.focus();
    },
    [store, key],
  );
}
