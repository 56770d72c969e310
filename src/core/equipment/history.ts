// A machine's service history: its tickets newest first, what they cost and how long it was down.
import type { CellValue } from "../registers/types";
import { isOpenTicket } from "./tickets";
import { normKey } from "../registers/keys";

export interface TicketRow {
  key: string;
  row: number;
  values: Record<string, CellValue>;
}

export interface MachineHistory {
  assetTag: string;
  tickets: TicketRow[];
  /** Σ Cost over the tickets with a number in Cost. */
  totalCost: number;
  /** Σ Downtime (hours) over the tickets with a number in it. */
  downtimeHours: number;
  openTickets: number;
}

const num = (v: CellValue | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : 0);

export function machineHistory(assetTag: string, logRows: readonly TicketRow[]): MachineHistory {
  const wanted = normKey(assetTag);
  const tickets = logRows
    .filter((r) => normKey(r.values.assetTag) === wanted)
    .sort((a, b) => num(b.values.openedOn) - num(a.values.openedOn) || b.row - a.row);
  return {
    assetTag,
    tickets,
    totalCost: tickets.reduce((s, t) => s + num(t.values.cost), 0),
    downtimeHours: tickets.reduce((s, t) => s + num(t.values.downtimeHours), 0),
    openTickets: tickets.filter((t) => isOpenTicket(t.values.status)).length,
  };
}
