// Applicants for two open jobs, tracked by hand.
import { DATE_FORMAT, DATETIME_FORMAT, serial } from "./dates";
import type { SampleSheet } from "./types";

const cv = (slug: string) => `https://files.example.com/hiring/cv-${slug}.pdf`;

// prettier-ignore
export const applicants: SampleSheet = {
  name: "Applicants",
  rows: [
    ["Name", "E-mail", "Phone", "Job", "Source", "Applied", "CV", "Stage", "Interview", "Interviewer", "Experience (1-5)", "Skills (1-5)", "Fit (1-5)", "Next step", "Notes"],
    ["Priya Raman", "priya.raman@example.com", "(347) 555-0120", "Receptionist", "Job board", serial(2026, 11, 3), cv("raman"), "Interview", serial(2026, 11, 17, 14, 0), "Alex Kim", 4, 4, 5, "Second interview", null],
    ["Daniel Okafor", "d.okafor@example.net", "(718) 555-0103", "Receptionist", "Referral", serial(2026, 11, 4), cv("okafor"), "Screening", null, null, null, null, null, "Phone screen", "Referred by Jo"],
    ["Grace Adeyemi", "grace.adeyemi@example.org", "(646) 555-0174", "Receptionist", "Company website", serial(2026, 11, 5), cv("adeyemi"), "Applied", null, null, null, null, null, "Review CV", null],
    ["Lucas Moreau", "lucas.moreau@example.com", "(212) 555-0111", "Receptionist", "Job board", serial(2026, 11, 5), cv("moreau"), "Rejected", null, null, 2, 2, 3, null, "Not available mornings"],
    ["Hannah Berg", "hannah.berg@example.com", "(917) 555-0148", "Office assistant", "Job board", serial(2026, 11, 6), cv("berg"), "Interview", serial(2026, 11, 24, 10, 30), "Sam Porter", 3, 4, 4, "Decide after all interviews", null],
    ["Mateo Alvarez", "mateo.alvarez@example.net", "(347) 555-0156", "Office assistant", "Agency", serial(2026, 11, 6), cv("alvarez"), "Offer", serial(2026, 11, 12, 11, 0), "Sam Porter", 5, 4, 4, "Wait for reply to offer", "Agency fee 12%"],
    ["Aiko Tanaka", "aiko.tanaka@example.org", "(212) 555-0183", "Office assistant", "Referral", serial(2026, 11, 9), cv("tanaka"), "Withdrawn", null, null, null, null, null, null, "Took another job"],
    ["Samuel Osei", "samuel.osei@example.com", "(646) 555-0137", "Receptionist", "Walk-in", serial(2026, 11, 10), cv("osei"), "Screening", null, null, null, null, null, "Phone screen", null],
    ["Ines Duarte", "ines.duarte@example.com", "(718) 555-0162", "Office assistant", "Company website", serial(2026, 11, 12), cv("duarte"), "Interview", serial(2026, 11, 26, 15, 0), "Sam Porter", 4, 3, 4, "Check references", null],
    ["Noah Whitaker", "noah.w@example.net", "(917) 555-0119", "Receptionist", "Job board", serial(2026, 11, 13), cv("whitaker"), "Applied", null, null, null, null, null, "Review CV", null],
    ["Fatima Zahra", "fatima.zahra@example.org", "(212) 555-0126", "Office assistant", "Job board", serial(2026, 11, 16), cv("zahra"), "Applied", null, null, null, null, null, "Review CV", null],
    ["Oliver Grant", "oliver.grant@example.com", "(347) 555-0190", "Receptionist", "Agency", serial(2026, 10, 20), cv("grant"), "Hired", serial(2026, 10, 30, 9, 0), "Alex Kim", 4, 5, 5, "Start date 1 December", "Previous round; starts next month"],
  ],
  columnFormats: { Applied: DATE_FORMAT, Interview: DATETIME_FORMAT },
};
