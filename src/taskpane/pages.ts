// What each task pane page is for, and which registers (src/core/registers) it works on.
import type { RegisterId } from "../core/registers/types";
import type { PageId } from "./navigation";

export interface PageInfo {
  id: PageId;
  /** Short label for menus and headings. */
  label: string;
  /** One sentence a person reads on Home and on the page. */
  summary: string;
  /** What the page will offer once its register work lands, said plainly. */
  coming: string[];
  /** The registers this page works on; their table names come from the register definitions. */
  registers: RegisterId[];
  /**
   * The registers the page cannot work without, when not just its first one: Home calls the page ready
   * when they exist, as the page itself does. The page creates its other registers when first needed.
   */
  needs?: RegisterId[];
}

export const PAGES: readonly PageInfo[] = [
  {
    id: "home",
    label: "Home",
    summary: "The registers found in this workbook.",
    coming: [],
    registers: [],
  },
  {
    id: "overview",
    label: "Overview",
    summary: "One sheet of live figures and charts over every register, and the weekly report.",
    coming: [],
    registers: [],
  },
  {
    id: "inventory",
    label: "Inventory",
    summary: "Office supplies: counts, reorder points and what to order.",
    coming: [
      "Create the Inventory register, or convert an existing supplies sheet into it.",
      "See low-stock items and the quantity to order for each.",
      "Record counts and received deliveries.",
    ],
    registers: ["inventory"],
  },
  {
    id: "suppliers",
    label: "Suppliers",
    summary: "Who you buy from: contacts, email, phone and lead times.",
    coming: [
      "Create the Suppliers register, or convert an existing vendor list into it.",
      "See suppliers with a missing email address before drafting orders.",
    ],
    registers: ["suppliers"],
  },
  {
    id: "orders",
    label: "Orders",
    summary: "Purchase orders: drafts to suppliers, what is on order, what was received.",
    coming: [
      "Draft one email per supplier for everything that is low on stock.",
      "Mark drafts as sent, then record what was received.",
    ],
    registers: ["purchaseOrders"],
    // Drafts come from Inventory; marking the first order as sent creates Purchase orders.
    needs: ["inventory"],
  },
  {
    id: "calls",
    label: "Calls",
    summary: "Phone calls, faxes and messages, with follow-ups.",
    coming: [
      "A quick form to log a call or message.",
      "Open follow-ups with their due dates, and message drafts for colleagues.",
    ],
    registers: ["callLog"],
  },
  {
    id: "equipment",
    label: "Equipment",
    summary: "Copiers, printers and fax machines: service schedule and repairs.",
    coming: [
      "Create the Equipment and Service log registers, or convert existing sheets.",
      "See machines due or overdue for service, by days or page count.",
      "Report a fault and draft a service request to the vendor.",
    ],
    registers: ["equipment", "serviceLog"],
  },
  {
    id: "candidates",
    label: "Candidates",
    summary: "Hiring: pipeline stages, interviews and scores.",
    coming: [
      "Create the Candidates register, or convert an existing applicants sheet.",
      "Move candidates through stages and schedule interviews with invitation drafts.",
    ],
    registers: ["candidates"],
  },
  {
    id: "settings",
    label: "Settings",
    summary: "Company name, signature, email templates and warning days.",
    coming: [
      "Edit the company name, signature and email templates.",
      "Set the service level for safety stock and the warning days.",
      "Settings are kept in the workbook, so every co-author sees the same.",
    ],
    registers: [],
  },
];

export function pageInfo(id: PageId): PageInfo {
  const info = PAGES.find((p) => p.id === id);
  if (!info) throw new Error(`No page info for "${id}"`);
  return info;
}

/** The registers `page` cannot work without: its `needs`, or else its first register. */
export function neededRegisters(page: PageInfo): RegisterId[] {
  return page.needs ?? page.registers.slice(0, 1);
}
