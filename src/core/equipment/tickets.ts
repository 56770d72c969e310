// The service ticket's life cycle: Open → Waiting on vendor → Done. A ticket can also be closed straight
// from Open (a fix on the first visit); Done is final, so a closed ticket is never reopened by accident.
import { TICKET_STATUSES } from "../registers/definitions/serviceLog";

export type TicketStatus = (typeof TICKET_STATUSES)[number];

const NEXT: Record<TicketStatus, readonly TicketStatus[]> = {
  Open: ["Waiting on vendor", "Done"],
  "Waiting on vendor": ["Done"],
  Done: [],
};

export function isTicketStatus(v: unknown): v is TicketStatus {
  return typeof v === "string" && (TICKET_STATUSES as readonly string[]).includes(v);
}

/** Statuses a ticket may move to from `from`; a blank or unknown status counts as Open. */
export function nextTicketStatuses(from: unknown): readonly TicketStatus[] {
  return NEXT[isTicketStatus(from) ? from : "Open"];
}

export function canMoveTicket(from: unknown, to: TicketStatus): boolean {
  return nextTicketStatuses(from).includes(to);
}

/** Not Done: the ticket still needs something. */
export function isOpenTicket(status: unknown): boolean {
  return status !== "Done";
}
