// The office's staff list, the courses people must keep up and who did which when, kept by hand before
// the add-in.
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

// Some lapsed (Ana's first aid, Ben's forklift), some about to, one person left; Chloe has never done data
// protection, which every role requires.
// prettier-ignore
export const trainingRecords: SampleSheet = {
  name: "Training records",
  rows: [
    ["Staff ID", "Course", "Completed", "Certificate link"],
    ["STF-0001", "First aid at work", serial(2023, 11, 20), "https://example.com/certificates/ana-first-aid.pdf"],
    ["STF-0001", "Fire warden", serial(2024, 3, 12), null],
    ["STF-0001", "Data protection", serial(2025, 12, 18), null],
    ["STF-0002", "Forklift", serial(2025, 11, 3), "https://example.com/certificates/ben-forklift.pdf"],
    ["STF-0002", "Data protection", serial(2026, 2, 10), null],
    ["STF-0003", "First aid at work", serial(2024, 1, 15), "https://example.com/certificates/chloe-first-aid.pdf"],
    ["STF-0004", "Data protection", serial(2025, 12, 28), null],
    ["STF-0005", "Data protection", serial(2024, 5, 1), null],
  ],
  columnFormats: { Completed: DATE_FORMAT },
};
