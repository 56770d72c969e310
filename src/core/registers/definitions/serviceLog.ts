import { col, FILLS } from "../columnDefaults";
import type { RegisterDef } from "../types";

export const SERVICE_KINDS = ["Preventive", "Repair", "Inspection", "Supplies"] as const;
export const TICKET_STATUSES = ["Open", "Waiting on vendor", "Done"] as const;

export const serviceLog: RegisterDef = {
  id: "serviceLog",
  name: "Service log",
  tableName: "ServiceLog",
  sheetName: "Service log",
  keyColumn: "ticketId",
  keyColumns: ["ticketId"],
  idPrefix: "SR-",
  columns: [
    col("ticketId", "Ticket ID", "id", {
      required: true,
      aliases: ["Ticket", "Ticket no.", "Ticket number", "Ref", "Job no."],
    }),
    col("assetTag", "Asset tag", "choice", {
      required: true,
      choicesFrom: { register: "equipment", column: "assetTag" },
      numberFormat: "@",
      aliases: ["Asset", "Asset no.", "Machine", "Device", "Tag"],
    }),
    col("openedOn", "Opened on", "date", {
      required: true,
      aliases: ["Opened", "Date", "Reported on", "Date opened"],
    }),
    col("kind", "Kind", "choice", {
      required: true,
      choices: SERVICE_KINDS,
      aliases: ["Type", "Service type", "Job type"],
      valueAliases: {
        Preventive: ["pm", "preventive maintenance", "maintenance", "routine service", "service"],
        Repair: ["breakdown", "fault", "fix", "call-out", "call out"],
        Inspection: ["check", "inspection visit"],
        Supplies: ["toner", "consumables", "supply"],
      },
    }),
    col("problem", "Problem", "longText", { aliases: ["Fault", "Issue", "Description", "Symptom"] }),
    col("reportedBy", "Reported by", "text", { aliases: ["Reporter", "Raised by", "Logged by"] }),
    col("vendor", "Vendor", "choice", {
      choicesFrom: { register: "suppliers", column: "supplier" },
      width: 120,
      aliases: ["Service vendor", "Engineer", "Service company"],
    }),
    col("actionTaken", "Action taken", "longText", { aliases: ["Action", "Fix", "Resolution", "Work done"] }),
    col("cost", "Cost", "currency", { min: 0, aliases: ["Price", "Charge", "Amount", "Invoice amount"] }),
    col("downtimeHours", "Downtime (hours)", "number", {
      min: 0,
      aliases: ["Downtime", "Hours down", "Down hours"],
    }),
    col("status", "Status", "choice", {
      required: true,
      choices: TICKET_STATUSES,
      width: 120,
      aliases: ["State"],
      valueAliases: {
        Open: ["new", "pending", "logged"],
        "Waiting on vendor": ["waiting", "awaiting vendor", "with vendor", "on hold"],
        Done: ["closed", "fixed", "resolved", "completed", "complete"],
      },
    }),
    col("closedOn", "Closed on", "date", { aliases: ["Closed", "Date closed", "Fixed on", "Completed on"] }),
  ],
  conditionalFormats: [
    { name: "Open ticket", formula: '={status}="Open"', ...FILLS.amber, appliesTo: ["status"] },
  ],
};
