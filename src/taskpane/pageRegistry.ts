// The register pages that exist, each loaded on demand so the task pane's first load stays small.
// A page not listed here shows its PlaceholderPage. Adding a page is one line.
import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { PageId } from "./navigation";

/** What every register page receives from the App. */
export interface RegisterPageProps {
  /** Move focus to the page heading (after a navigation, not on first load). */
  focusHeading: boolean;
}

type PageComponent = LazyExoticComponent<ComponentType<RegisterPageProps>>;

export const PAGE_COMPONENTS: Partial<Record<PageId, PageComponent>> = {
  overview: lazy(() => import("./pages/overview/OverviewPage")),
  inventory: lazy(() => import("./pages/inventory/InventoryPage")),
  suppliers: lazy(() => import("./pages/suppliers/SuppliersPage")),
  orders: lazy(() => import("./pages/orders/OrdersPage")),
  settings: lazy(() => import("./pages/settings/SettingsPage")),
  calls: lazy(() => import("./pages/calls/CallsPage")),
  equipment: lazy(() => import("./pages/equipment/EquipmentPage")),
  candidates: lazy(() => import("./pages/candidates/CandidatesPage")),
};
