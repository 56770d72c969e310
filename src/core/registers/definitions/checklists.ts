import { col } from "../columnDefaults";
import type { RegisterDef } from "../types";

export const CHECKLIST_KINDS = ["Onboarding", "Offboarding"] as const;

// One row per ticked item of a person's onboarding or offboarding checklist (docs/staff.md, "Checklists":
// why rows rather than columns). Item ID is the item's stable id (core/staff/checklists.ts); Item is its
// text when ticked, for whoever reads the sheet. A row whose Done on is blank is an item unticked again.
export const checklists: RegisterDef = {
  id: "checklists",
  name: "Checklists",
  tableName: "Checklists",
  sheetName: "Checklists",
  keyColumn: "tickId",
  keyColumns: ["tickId"],
  idPrefix: "CHK-",
  columns: [
    col("tickId", "Tick ID", "id", { required: true, aliases: ["Tick", "Ref"] }),
    col("staffId", "Staff ID", "text", {
      required: true,
      numberFormat: "@",
      aliases: ["Employee ID", "Emp ID", "Staff no."],
    }),
    col("checklist", "Checklist", "choice", {
      required: true,
      choices: CHECKLIST_KINDS,
      aliases: ["List", "Kind"],
      valueAliases: { Onboarding: ["joining", "starter"], Offboarding: ["leaving", "leaver"] },
    }),
    col("itemId", "Item ID", "text", { required: true, numberFormat: "@", width: 130 }),
    col("item", "Item", "text", { width: 240, aliases: ["Task", "Step"] }),
    col("doneOn", "Done on", "date", { aliases: ["Done", "Completed on", "Ticked on"] }),
    col("doneBy", "Done by", "text", { aliases: ["By", "Who"] }),
  ],
  conditionalFormats: [],
};
