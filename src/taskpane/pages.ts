// The task pane's pages, in menu order: the one list the navigation menu, Home's entries, the routes
// and the lazily loaded page code are all derived from. Adding a page is one entry here (docs/design.md).
// No React here: ribbon commands import the page ids through navigation.ts.
import type { ReactNode } from "react";
import type { FoundRegister } from "../excel/findRegisters";
import type { RegisterId } from "../core/registers/types";

/** What every page component receives from the App. */
export interface PageProps {
  /** Move focus to the page heading (after a navigation, not on first load). */
  focusHeading: boolean;
  /** Opens another page (the App passes its navigation store's). */
  navigate?: (page: PageId) => void;
  /** The registers in the workbook, as Home lists them (the App passes its own; tests theirs). */
  loadRegisters?: () => Promise<FoundRegister[]>;
}

/** A page's module: its component is the default export, loaded when the page is first opened. */
export type PageModule = { default: (props: PageProps) => ReactNode };

interface PageEntry {
  id: string;
  /** Short label for menus and headings. */
  label: string;
  /** One sentence a person reads on Home and on the page. */
  summary: string;
  /** Loads the page's code (a chunk of its own, fetched the first time the page opens). */
  load: () => Promise<PageModule>;
  /** The registers this page works on; their table names come from the register definitions. */
  registers: readonly RegisterId[];
  /**
   * The registers the page cannot work without, when not just its first one: Home calls the page ready
   * when they exist, as the page itself does. The page creates its other registers when first needed.
   */
  needs?: readonly RegisterId[];
}

const PAGE_LIST = [
  {
    id: "home",
    load: () => import("./pages/HomePage"),
    label: "Home",
    summary: "The registers found in this workbook.",
    registers: [],
  },
  {
    id: "overview",
    load: () => import("./pages/overview/OverviewPage"),
    label: "Overview",
    summary: "One sheet of live figures and charts over every register, and the weekly report.",
    registers: [],
  },
  {
    id: "inventory",
    load: () => import("./pages/inventory/InventoryPage"),
    label: "Inventory",
    summary: "Office supplies: counts, reorder points and what to order.",
    registers: ["inventory"],
  },
  {
    id: "suppliers",
    load: () => import("./pages/suppliers/SuppliersPage"),
    label: "Suppliers",
    summary: "Who you buy from: contacts, email, phone and lead times.",
    registers: ["suppliers"],
  },
  {
    id: "orders",
    load: () => import("./pages/orders/OrdersPage"),
    label: "Orders",
    summary: "Purchase orders: drafts to suppliers, what is on order, what was received.",
    registers: ["purchaseOrders"],
    // Drafts come from Inventory; marking the first order as sent creates Purchase orders.
    needs: ["inventory"],
  },
  {
    id: "calls",
    load: () => import("./pages/calls/CallsPage"),
    label: "Calls",
    summary: "Phone calls, faxes and messages, with follow-ups.",
    registers: ["callLog"],
  },
  {
    id: "equipment",
    load: () => import("./pages/equipment/EquipmentPage"),
    label: "Equipment",
    summary: "Copiers, printers and fax machines: service schedule and repairs.",
    registers: ["equipment", "serviceLog"],
  },
  {
    id: "candidates",
    load: () => import("./pages/candidates/CandidatesPage"),
    label: "Candidates",
    summary: "Hiring: pipeline stages, interviews and scores.",
    registers: ["candidates"],
  },
  {
    id: "staff",
    load: () => import("./pages/staff/StaffPage"),
    label: "Staff",
    summary: "After the hire: training due, leaving checklists and a fair discipline process.",
    // Discipline is left out on purpose: its cases never show in Home or any summary. Checklists is in:
    // its ticks are who did what for whom, readable by anyone in the workbook like Training.
    registers: ["staff", "courses", "training", "checklists"],
  },
  {
    id: "settings",
    load: () => import("./pages/settings/SettingsPage"),
    label: "Settings",
    summary: "Company name, signature, email templates and warning days.",
    registers: [],
  },
] as const satisfies readonly PageEntry[];

export type PageId = (typeof PAGE_LIST)[number]["id"];

export interface PageInfo extends PageEntry {
  id: PageId;
}

/** Every page, in menu order. */
export const PAGES: readonly PageInfo[] = PAGE_LIST;

export const PAGE_IDS: readonly PageId[] = PAGES.map((p) => p.id);

export function isPageId(value: unknown): value is PageId {
  return typeof value === "string" && (PAGE_IDS as readonly string[]).includes(value);
}

export function pageInfo(id: PageId): PageInfo {
  const info = PAGES.find((p) => p.id === id);
  if (!info) throw new Error(`No page info for "${id}"`);
  return info;
}

/** The registers `page` cannot work without: its `needs`, or else its first register. */
export function neededRegisters(page: PageInfo): readonly RegisterId[] {
  return page.needs ?? page.registers.slice(0, 1);
}
