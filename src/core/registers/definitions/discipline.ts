import { col, FILLS } from "../columnDefaults";
import type { RegisterDef } from "../types";

export const DISCIPLINE_KINDS = [
  "Informal talk",
  "Verbal warning",
  "Written warning",
  "Final written warning",
  "Dismissal",
] as const;

/** The steps of a fair process, in order (docs/staff.md explains each). */
export const DISCIPLINE_STEPS = [
  "Invited in writing",
  "Meeting held",
  "Decided",
  "Confirmed in writing",
  "Appeal offered",
  "Closed",
] as const;

export const discipline: RegisterDef = {
  id: "discipline",
  name: "Discipline",
  tableName: "Discipline",
  sheetName: "Discipline",
  keyColumn: "caseId",
  keyColumns: ["caseId"],
  idPrefix: "DSC-",
  columns: [
    col("caseId", "Case ID", "id", { required: true, aliases: ["Case", "Case no.", "Ref"] }),
    col("staffId", "Staff ID", "text", {
      required: true,
      numberFormat: "@",
      description: "The person's Staff ID (the Staff register may be in another workbook).",
      aliases: ["Employee ID", "Emp ID", "Staff no."],
    }),
    col("openedOn", "Opened on", "date", { required: true, aliases: ["Opened", "Date", "Date opened"] }),
    col("kind", "Kind", "choice", {
      required: true,
      choices: DISCIPLINE_KINDS,
      width: 140,
      aliases: ["Type", "Action", "Sanction"],
      valueAliases: {
        "Informal talk": ["informal", "informal chat", "conversation", "counselling"],
        "Verbal warning": ["verbal", "oral warning"],
        "Written warning": ["written", "first written warning"],
        "Final written warning": ["final warning", "final"],
        Dismissal: ["dismissed", "termination", "fired"],
      },
    }),
    col("step", "Step", "choice", {
      choices: DISCIPLINE_STEPS,
      width: 140,
      description: "Where the fair process has got to.",
      aliases: ["Stage", "Status", "Progress"],
    }),
    col("reason", "Reason", "longText", { aliases: ["Allegation", "Issue", "Details", "Concern"] }),
    col("meetingAt", "Meeting at", "datetime", { aliases: ["Meeting", "Hearing", "Hearing date"] }),
    col("companion", "Companion", "text", { aliases: ["Accompanied by", "Representative", "Witness"] }),
    col("outcome", "Outcome", "longText", { aliases: ["Decision", "Result"] }),
    col("outcomeOn", "Outcome on", "date", {
      description: "The date of the outcome letter; a warning runs from it.",
      aliases: ["Decided on", "Outcome date", "Decision date", "Letter date"],
    }),
    col("appealBy", "Appeal by", "date", { aliases: ["Appeal deadline", "Appeal until"] }),
    col("warningExpires", "Warning expires on", "date", {
      description: "The warning lapses after this date (Settings: 6 or 12 months).",
      aliases: ["Warning expires", "Expires", "Lapses on", "Live until"],
    }),
  ],
  conditionalFormats: [
    {
      name: "Warning live",
      formula: "=AND(ISNUMBER({warningExpires}),{warningExpires}>=TODAY())",
      ...FILLS.amber,
      appliesTo: ["warningExpires"],
    },
  ],
};
