// What happened to the machines this year: visits, repairs, supplies.
import { DATE_FORMAT, MONEY_FORMAT, serial } from "./dates";
import type { SampleSheet } from "./types";

// prettier-ignore
export const serviceHistory: SampleSheet = {
  name: "Service history",
  rows: [
    ["Ticket", "Machine", "Date", "Type", "Problem", "Reported by", "Vendor", "What was done", "Cost", "Hours down", "Status", "Closed"],
    ["SV-101", "CP-01", serial(2026, 3, 10), "Preventive", "Quarterly service", "Jo", "Contoso Imaging", "Cleaned, rollers replaced", 145, 2, "Done", serial(2026, 3, 10)],
    ["SV-102", "CP-02", serial(2026, 4, 2), "Repair", "Streaks on every copy", "Sam Porter", "Contoso Imaging", "Drum replaced", 210, 26, "Done", serial(2026, 4, 3)],
    ["SV-103", "MF-01", serial(2026, 4, 22), "Preventive", "Service due", "Jo", "Contoso Imaging", "Serviced; warned that the fuser is worn", 160, 3, "Done", serial(2026, 4, 22)],
    ["SV-104", "PR-01", serial(2026, 6, 30), "Preventive", "Half-yearly service", "Jo", "Contoso Imaging", "Cleaned, firmware updated", 95, 1, "Done", serial(2026, 6, 30)],
    ["SV-105", "CP-02", serial(2026, 7, 15), "Preventive", "Quarterly service", "Jo", "Contoso Imaging", "Serviced", 145, 2, "Done", serial(2026, 7, 15)],
    ["SV-106", "CP-01", serial(2026, 9, 2), "Preventive", "Quarterly service", "Jo", "Contoso Imaging", "Serviced", 145, 2, "Done", serial(2026, 9, 2)],
    ["SV-107", "PR-02", serial(2026, 10, 1), "Supplies", "Toner low", "Accounts", "Contoso Imaging", "Toner fitted", 0, 0, "Done", serial(2026, 10, 1)],
    ["SV-108", "MF-01", serial(2026, 10, 28), "Repair", "Will not power on", "Warehouse", "Contoso Imaging", "Power board failed; quote requested", 85, null, "Waiting on vendor", null],
    ["SV-109", "CP-02", serial(2026, 11, 19), "Repair", "Paper jams in tray 2", "Sam Porter", "Contoso Imaging", "Fuser ordered", null, null, "Waiting on vendor", null],
    ["SV-110", "FX-01", serial(2026, 11, 24), "Inspection", "Faxes arrive faint", "Chris", "Adatum IT Supplies", null, null, null, "Open", null],
  ],
  columnFormats: { Date: DATE_FORMAT, Closed: DATE_FORMAT, Cost: MONEY_FORMAT },
};
