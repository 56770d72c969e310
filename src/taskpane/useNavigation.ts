// React view of the navigation store.
import { useSyncExternalStore } from "react";
import type { NavigationStore, PageId } from "./navigation";

export function useCurrentPage(store: NavigationStore): PageId {
  return useSyncExternalStore(store.subscribe, store.current, store.current);
}
