import { col } from "../columnDefaults";
import type { RegisterDef } from "../types";

// A course is keyed by its name, as people call it ("First aid at work"), like Suppliers.
export const courses: RegisterDef = {
  id: "courses",
  name: "Courses",
  tableName: "Courses",
  sheetName: "Courses",
  keyColumn: "course",
  keyColumns: ["course"],
  columns: [
    col("course", "Course", "text", {
      required: true,
      width: 160,
      words: true,
      aliases: ["Course name", "Training", "Training course", "Certificate", "Qualification"],
    }),
    col("renewMonths", "Renew every (months)", "integer", {
      required: true,
      min: 0,
      minExclusive: true,
      width: 90,
      description: "The training lapses this many months after it was completed.",
      aliases: [
        "Renew every",
        "Renewal (months)",
        "Valid for (months)",
        "Validity (months)",
        "Refresh (months)",
      ],
    }),
    col("requiredFor", "Required for roles", "text", {
      width: 200,
      description: "Roles that must hold it, separated by commas; All for everyone.",
      aliases: ["Required for", "Roles", "Mandatory for", "Who needs it"],
    }),
    col("provider", "Provider", "text", { aliases: ["Trainer", "Training provider", "Supplier", "Vendor"] }),
  ],
  conditionalFormats: [],
};
