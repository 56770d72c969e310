import { DEFAULT_WARN_DAYS, nextServiceDueFormula, serviceStatusFormula } from "../calculatedFormulas";
import { calc, col, FILLS } from "../columnDefaults";
import type { RegisterDef } from "../types";

export const EQUIPMENT_TYPES = [
  "Copier",
  "Printer",
  "Fax",
  "Scanner",
  "Multifunction",
  "Phone",
  "Computer",
  "Other",
] as const;
export const EQUIPMENT_STATUSES = ["Operational", "Needs repair", "Out of service", "Retired"] as const;
export const SERVICE_STATUSES = ["Overdue", "Due soon", "OK"] as const;

export const equipment: RegisterDef = {
  id: "equipment",
  name: "Equipment",
  tableName: "Equipment",
  sheetName: "Equipment",
  keyColumn: "assetTag",
  keyColumns: ["assetTag"],
  // Asset tags are usually printed on a label already; generated ones follow the same pattern.
  idPrefix: "EQ-",
  columns: [
    col("assetTag", "Asset tag", "id", {
      required: true,
      aliases: ["Asset", "Asset no.", "Asset number", "Asset ID", "Tag", "ID"],
    }),
    col("type", "Type", "choice", {
      required: true,
      choices: EQUIPMENT_TYPES,
      aliases: ["Kind", "Device type", "Equipment type", "Category"],
      valueAliases: {
        Copier: ["photocopier", "copy machine"],
        Printer: ["laser printer", "inkjet printer", "label printer", "laser", "inkjet"],
        Fax: ["fax machine", "facsimile"],
        Scanner: ["document scanner"],
        Multifunction: ["mfp", "mfd", "mfc", "multi-function", "multifunction printer", "all-in-one", "aio"],
        Phone: ["telephone", "ip phone", "desk phone", "handset"],
        Computer: ["pc", "laptop", "desktop", "notebook", "workstation"],
      },
    }),
    col("make", "Make", "text", { words: true, aliases: ["Manufacturer", "Brand", "Vendor make"] }),
    col("model", "Model", "text", { aliases: ["Model no.", "Model number"] }),
    col("serialNo", "Serial no.", "text", {
      numberFormat: "@",
      aliases: ["Serial number", "Serial", "S/N", "SN", "Serial #"],
    }),
    col("location", "Location", "text", { aliases: ["Where", "Room", "Floor", "Site"] }),
    col("status", "Status", "choice", {
      choices: EQUIPMENT_STATUSES,
      width: 105,
      aliases: ["State", "Condition"],
      valueAliases: {
        Operational: ["working", "ok", "in use", "active", "in service", "good", "functional"],
        "Needs repair": ["faulty", "broken", "needs service", "not working", "in repair", "under repair"],
        "Out of service": ["out of order", "down", "not in use", "offline"],
        Retired: ["scrapped", "disposed", "written off", "decommissioned", "sold"],
      },
    }),
    col("serviceVendor", "Service vendor", "choice", {
      choicesFrom: { register: "suppliers", column: "supplier" },
      width: 120,
      aliases: ["Vendor", "Service company", "Servicer", "Serviced by", "Maintained by", "Service provider"],
    }),
    col("purchasedOn", "Purchased on", "date", {
      aliases: [
        "Purchased",
        "Purchase date",
        "Bought",
        "Bought on",
        "Installed on",
        "Date of issue",
        "Issued on",
      ],
    }),
    col("warrantyUntil", "Warranty until", "date", {
      aliases: ["Warranty", "Warranty end", "Warranty expires", "Warranty expiry"],
    }),
    col("serviceEveryDays", "Service every (days)", "integer", {
      description: "Preventive service falls due this many days after the last one.",
      min: 0,
      minExclusive: true,
      aliases: ["Service interval", "Service interval (days)", "Interval (days)", "Service days"],
    }),
    col("serviceEveryPages", "Service every (pages)", "integer", {
      description: "…or once this many pages have been printed since, whichever comes first.",
      min: 0,
      minExclusive: true,
      aliases: ["Service interval (pages)", "Interval (pages)", "Service pages", "Pages between services"],
    }),
    col("lastService", "Last service", "date", {
      aliases: ["Last serviced", "Last service date", "Serviced on"],
    }),
    col("meterNow", "Meter now", "integer", {
      min: 0,
      aliases: ["Meter", "Meter reading", "Page count", "Counter", "Current meter"],
    }),
    col("meterAtLastService", "Meter at last service", "integer", {
      description: "The page counter when it was last serviced.",
      min: 0,
      aliases: ["Meter at service", "Last service meter", "Page count at last service"],
    }),
    calc("nextServiceDue", "Next service due", "date", nextServiceDueFormula()),
    calc("serviceStatus", "Service status", "choice", serviceStatusFormula(), { choices: SERVICE_STATUSES }),
    // The laptop-issue list offices keep: who holds the machine, collected when they leave (docs/staff.md).
    // A Staff ID, or the name such lists already hold: the offboarding checklist matches either.
    col("assignedTo", "Assigned to", "text", {
      width: 130,
      description: "The Staff ID (or name) of the person who holds it.",
      aliases: ["Issued to", "User", "Holder", "Name of staff", "Staff name", "Employee", "Staff ID"],
    }),
    col("notes", "Notes", "longText", { aliases: ["Note", "Comments", "Comment", "Remarks"] }),
  ],
  conditionalFormats: [
    // Retired machines are never flagged; warranty ending within the warning days (14) is.
    {
      name: "Service overdue",
      formula: '=AND({serviceStatus}="Overdue",{status}<>"Retired")',
      ...FILLS.red,
      appliesTo: "row",
    },
    {
      name: "Service due soon",
      formula: '=AND({serviceStatus}="Due soon",{status}<>"Retired")',
      ...FILLS.amber,
      appliesTo: "row",
    },
    {
      name: "Warranty ending",
      formula: `=AND(ISNUMBER({warrantyUntil}),{warrantyUntil}>=TODAY(),{warrantyUntil}<=TODAY()+${DEFAULT_WARN_DAYS})`,
      ...FILLS.amber,
      appliesTo: ["warrantyUntil"],
    },
  ],
};
