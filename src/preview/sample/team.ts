// The office's staff list and the courses people must keep up, kept by hand before the add-in.
import { DATE_FORMAT, serial } from "./dates";
import type { SampleSheet } from "./types";

// prettier-ignore
export const team: SampleSheet = {
  name: "Team",
  rows: [
    ["Staff ID", "Name", "Job title", "Dept", "Line manager", "Email", "Phone", "Start date", "Status", "Leaving date", "Notes"],
    ["STF-0001", "Ana Lima", "Office manager", "Admin", "Director", "ana.lima@example.com", "(347) 555-0101", serial(2019, 3, 4), "Active", null, null],
    ["STF-0002", "Ben Cole", "Warehouse assistant", "Warehouse", "Ana Lima", "ben.cole@example.com", "(347) 555-0102", serial(2022, 6, 13), "Active", null, "Forklift licence"],
    ["STF-0003", "Chloe Martin", "Receptionist", "Admin", "Ana Lima", "chloe.martin@example.com", "(347) 555-0103", serial(2024, 1, 8), "Active", null, null],
    ["STF-0004", "Dev Patel", "Driver", "Warehouse", "Ana Lima", "dev.patel@example.com", "(347) 555-0104", serial(2021, 9, 20), "On leave", null, "Back in January"],
    ["STF-0005", "Eva Novak", "Accounts clerk", "Accounts", "Ana Lima", "eva.novak@example.com", "(347) 555-0105", serial(2020, 2, 3), "Left", serial(2025, 7, 31), null],
  ],
  columnFormats: { "Start date": DATE_FORMAT, "Leaving date": DATE_FORMAT },
};

// prettier-ignore
export const trainingCourses: SampleSheet = {
  name: "Training courses",
  rows: [
    ["Course", "Renew every (months)", "Required for", "Provider"],
    ["First aid at work", 36, "Receptionist, Office manager", "St John Ambulance"],
    ["Fire warden", 36, "Office manager", "Contoso Safety"],
    ["Forklift", 12, "Warehouse assistant", "Adatum Training"],
    ["Data protection", 12, "All", "Online"],
  ],
  columnFormats: {},
};
