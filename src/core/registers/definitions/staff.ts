import { col, FILLS } from "../columnDefaults";
import type { RegisterDef } from "../types";

export const STAFF_STATUSES = ["Active", "On leave", "Leaving", "Left"] as const;

export const staff: RegisterDef = {
  id: "staff",
  name: "Staff",
  tableName: "Staff",
  sheetName: "Staff",
  keyColumn: "staffId",
  keyColumns: ["staffId"],
  idPrefix: "STF-",
  columns: [
    col("staffId", "Staff ID", "id", {
      required: true,
      aliases: ["Employee ID", "Employee no.", "Emp ID", "Emp no.", "Staff no.", "Payroll no.", "ID"],
    }),
    col("name", "Name", "text", {
      required: true,
      width: 150,
      words: true,
      aliases: ["Full name", "Employee", "Employee name", "Staff member", "Name of employee"],
    }),
    col("role", "Role", "text", {
      required: true,
      aliases: ["Job title", "Position", "Designation", "Title", "Job"],
    }),
    col("department", "Department", "text", { aliases: ["Dept", "Dept.", "Team", "Section"] }),
    col("manager", "Manager", "text", { aliases: ["Line manager", "Reports to", "Supervisor"] }),
    col("email", "Email", "email", {
      unique: true,
      aliases: ["E-mail", "Email address", "Work email", "Mail"],
    }),
    col("phone", "Phone", "phone", { aliases: ["Phone number", "Tel", "Mobile", "Extension", "Ext."] }),
    col("startDate", "Start date", "date", {
      aliases: ["Started", "Start", "Joined", "Joining date", "Date of joining", "DOJ", "Hire date"],
    }),
    col("probationEnds", "Probation ends", "date", {
      aliases: ["Probation", "Probation end", "End of probation", "Probation until"],
    }),
    col("status", "Status", "choice", {
      required: true,
      choices: STAFF_STATUSES,
      aliases: ["State", "Employment status"],
      valueAliases: {
        Active: ["current", "employed", "working", "in post"],
        "On leave": ["leave", "maternity leave", "paternity leave", "sick leave", "away"],
        Leaving: ["resigned", "serving notice", "on notice", "notice"],
        Left: ["former", "ex-employee", "terminated", "resigned and left", "gone"],
      },
    }),
    col("leavingDate", "Leaving date", "date", {
      description: "The last working day.",
      aliases: ["Left on", "Leaving", "Last day", "Last working day", "End date", "Date of leaving"],
    }),
    col("retainUntil", "Retain until", "date", {
      description: "After this date the person's record may be removed.",
      aliases: ["Retention", "Delete after", "Keep until"],
    }),
    col("candidateId", "Candidate ID", "text", {
      numberFormat: "@",
      description: "The Candidates row this person was hired from.",
      aliases: ["Candidate", "Applicant ID"],
    }),
    col("notes", "Notes", "longText", { aliases: ["Note", "Comments", "Comment", "Remarks"] }),
  ],
  conditionalFormats: [
    { name: "Leaving", formula: '={status}="Leaving"', ...FILLS.amber, appliesTo: "row" },
    { name: "Left", formula: '={status}="Left"', ...FILLS.grey, appliesTo: "row" },
  ],
};
