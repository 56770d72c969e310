// Copiers, printers and the fax, with page counters and service intervals.
import { DATE_FORMAT, serial } from "./dates";
import type { SampleSheet } from "./types";

// prettier-ignore
export const machines: SampleSheet = {
  name: "Machines",
  rows: [
    ["Tag", "Kind", "Brand", "Model", "Serial #", "Where", "State", "Serviced by", "Bought", "Warranty ends", "Service every (days)", "Service every (pages)", "Last serviced", "Counter", "Counter at last service", "Notes"],
    ["CP-01", "Copier", "Canon", "imageRUNNER C3226i", "QXR04412", "Copy room", "Working", "Contoso Imaging", serial(2023, 3, 14), serial(2026, 3, 13), 90, 30000, serial(2026, 9, 2), 418220, 392410, null],
    ["CP-02", "Copier", "Canon", "imageRUNNER 2630i", "QXL11873", "2nd floor", "Needs repair", "Contoso Imaging", serial(2021, 6, 1), serial(2024, 5, 31), 90, 25000, serial(2026, 7, 15), 601554, 571002, "Paper jams in tray 2; fuser ordered"],
    ["PR-01", "Printer", "HP", "LaserJet Pro M404dn", "VNB3K22871", "Reception", "Working", "Contoso Imaging", serial(2022, 1, 20), serial(2025, 1, 19), 180, 20000, serial(2026, 6, 30), 88412, 80120, null],
    ["PR-02", "Printer", "HP", "LaserJet Pro M404dn", "VNB3K23490", "Accounts", "Working", "Contoso Imaging", serial(2022, 1, 20), serial(2025, 1, 19), 180, 20000, serial(2026, 10, 1), 60233, 58900, null],
    ["PR-03", "Printer", "Brother", "HL-L2350DW", "E78223J1N", "Director's office", "Working", "Adatum IT Supplies", serial(2024, 9, 9), serial(2027, 9, 8), 365, 10000, serial(2025, 11, 20), 9120, 1020, null],
    ["FX-01", "Fax", "Brother", "FAX-2840", "U63109K4J", "Reception", "Working", "Adatum IT Supplies", serial(2019, 4, 2), serial(2020, 4, 1), 365, null, serial(2025, 10, 5), 12900, 11800, "Still needed for the lawyers"],
    ["SC-01", "Scanner", "Fujitsu", "fi-8170", "A9GB011532", "Copy room", "Working", "Adatum IT Supplies", serial(2025, 2, 17), serial(2028, 2, 16), 365, 100000, serial(2026, 2, 17), 40210, 0, null],
    ["MF-01", "Multifunction", "Kyocera", "ECOSYS M2540dn", "R4P9Z03561", "Warehouse office", "Out of service", "Contoso Imaging", serial(2018, 11, 5), serial(2021, 11, 4), 120, 15000, serial(2026, 4, 22), 233870, 219005, "Waiting for quote: repair or replace"],
  ],
  columnFormats: { Bought: DATE_FORMAT, "Warranty ends": DATE_FORMAT, "Last serviced": DATE_FORMAT, Counter: "#,##0", "Counter at last service": "#,##0" },
};
