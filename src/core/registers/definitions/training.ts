import { trainingExpiresFormula } from "../calculatedFormulas";
import { calc, col, FILLS } from "../columnDefaults";
import type { RegisterDef } from "../types";

export const training: RegisterDef = {
  id: "training",
  name: "Training",
  tableName: "Training",
  sheetName: "Training",
  keyColumn: "recordId",
  keyColumns: ["recordId"],
  idPrefix: "TRN-",
  columns: [
    col("recordId", "Record ID", "id", { required: true, aliases: ["Record", "Training ID", "Ref"] }),
    col("staffId", "Staff ID", "choice", {
      required: true,
      choicesFrom: { register: "staff", column: "staffId" },
      numberFormat: "@",
      aliases: ["Employee ID", "Emp ID", "Staff no."],
    }),
    col("course", "Course", "choice", {
      required: true,
      choicesFrom: { register: "courses", column: "course" },
      width: 160,
      aliases: ["Training", "Course name", "Certificate"],
    }),
    col("completedOn", "Completed on", "date", {
      required: true,
      aliases: ["Completed", "Date completed", "Passed on", "Date", "Attended on"],
    }),
    // A live formula, so it follows a corrected completion date or a course's new renewal period for
    // co-authors without the add-in too.
    calc("expiresOn", "Expires on", "date", trainingExpiresFormula(), {
      description: "Completed on plus the course's Renew every (months), from the Courses register.",
      aliases: ["Expires", "Expiry", "Expiry date", "Valid until", "Renew by"],
    }),
    col("certificateLink", "Certificate link", "url", {
      aliases: ["Certificate", "Certificate URL", "Link"],
    }),
  ],
  conditionalFormats: [
    {
      name: "Expired",
      formula: "=AND(ISNUMBER({expiresOn}),{expiresOn}<TODAY())",
      ...FILLS.red,
      appliesTo: ["expiresOn"],
    },
  ],
};
