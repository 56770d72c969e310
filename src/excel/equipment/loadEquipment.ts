// The Equipment page's view: machines with their schedule (overdue and due soon first), warranty flags
// and open tickets; the Service log; vendors' emails from Suppliers; the settings a service request
// needs; and the problems to fix. Reads: Equipment, Service log, Suppliers (2 syncs each when small) and
// the settings (1 sync).
import { todaySerial } from "../../core/cells/excelDates";
import {
  compareByUrgency,
  machineSchedule,
  warrantyEnding,
  type MachineSchedule,
} from "../../core/equipment/schedule";
import { machineHistory, type MachineHistory, type TicketRow } from "../../core/equipment/history";
import { intervalProblems, unknownAssetTagRows, type EquipmentProblem } from "../../core/equipment/problems";
import { isOpenTicket } from "../../core/equipment/tickets";
import type { CellValue } from "../../core/cells/types";
import { equipment, serviceLog, suppliers } from "../../core/registers/definitions";
import type { RowProblem } from "../../core/registers/validate";
import { readRegister } from "../readRegister";
import { readSettings } from "../settings/settings";
import type { WorkbookSettings } from "../../core/settings/values";

export interface MachineView {
  assetTag: string;
  /** 1-based sheet row. */
  row: number;
  values: Record<string, CellValue>;
  schedule: MachineSchedule;
  warrantyEnding: boolean;
  openTickets: TicketRow[];
}

export interface VendorContact {
  supplier: string;
  email: string;
  contact: string;
}

export interface EquipmentView {
  found: { equipment: boolean; serviceLog: boolean };
  today: number;
  machines: MachineView[];
  tickets: TicketRow[];
  vendors: VendorContact[];
  settings: WorkbookSettings;
  /** Cells that do not fit their column (with addresses), from both registers. */
  cellProblems: RowProblem[];
  /** Machines without an interval, tickets for unknown machines: what to fix. */
  problems: (EquipmentProblem & { address?: string })[];
}

const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());

export async function loadEquipment(now: Date = new Date()): Promise<EquipmentView> {
  const eq = await readRegister(equipment);
  const log = await readRegister(serviceLog, { checkLookups: false });
  const sup = await readRegister(suppliers, { checkLookups: false });
  const settings = await readSettings();
  const today = todaySerial(now);
  const tickets: TicketRow[] = log.rows.map((r) => ({ key: r.key, row: r.row, values: r.values }));
  const machines = eq.rows
    .map((r) => ({
      assetTag: r.key,
      row: r.row,
      values: r.values,
      schedule: machineSchedule(r.values, today, settings.warnDays),
      warrantyEnding: warrantyEnding(r.values.warrantyUntil, today, settings.warnDays),
      openTickets: machineHistory(r.key, tickets).tickets.filter((t) => isOpenTicket(t.values.status)),
    }))
    .sort((a, b) => compareByUrgency(a.schedule, b.schedule) || a.row - b.row);
  const tags = eq.rows.map((r) => r.key);
  const problems: EquipmentView["problems"] = [
    ...eq.rows.flatMap((r) => intervalProblems({ assetTag: r.key, ...r.values })),
    ...(eq.found
      ? unknownAssetTagRows(tickets, tags).map((u) => ({
          ...u.problem,
          address: `'${log.sheetName.replace(/'/g, "''")}'!A${u.row}`,
        }))
      : []),
  ];
  // The page lists the interval problems itself; the cell problems keep only what the person must fix in cells.
  const cellProblems = [...eq.problems.filter((p) => p.code !== "noServiceInterval"), ...log.problems];
  return {
    found: { equipment: eq.found, serviceLog: log.found },
    today,
    machines,
    tickets,
    vendors: sup.rows.map((r) => ({
      supplier: r.key,
      email: text(r.values.email),
      contact: text(r.values.contact),
    })),
    settings,
    cellProblems,
    problems,
  };
}

/** A machine's history from a loaded view (its tickets newest first, total cost, downtime). */
export function historyOf(view: Pick<EquipmentView, "tickets">, assetTag: string): MachineHistory {
  return machineHistory(assetTag, view.tickets);
}
