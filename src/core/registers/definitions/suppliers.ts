import { col } from "../columnDefaults";
import type { RegisterDef } from "../types";

// The key is the supplier's name as people write it; Inventory.Supplier and PurchaseOrders.Supplier
// choose from it, so there is no generated ID.
export const suppliers: RegisterDef = {
  id: "suppliers",
  name: "Suppliers",
  tableName: "Suppliers",
  sheetName: "Suppliers",
  keyColumn: "supplier",
  keyColumns: ["supplier"],
  columns: [
    col("supplier", "Supplier", "text", {
      required: true,
      width: 150,
      aliases: ["Supplier name", "Vendor", "Vendor name", "Company", "Name"],
    }),
    col("contact", "Contact", "text", {
      aliases: ["Contact name", "Contact person", "Rep", "Account manager"],
    }),
    col("email", "Email", "email", {
      aliases: ["E-mail", "Email address", "E-mail address", "Mail", "Order email", "Email ID"],
    }),
    col("phone", "Phone", "phone", { aliases: ["Phone number", "Tel", "Tel.", "Telephone", "Phone no."] }),
    col("fax", "Fax", "phone", { aliases: ["Fax number", "Fax no."] }),
    col("website", "Website", "url", { aliases: ["Web", "Web site", "URL", "Site", "Web address"] }),
    col("address", "Address", "longText", { width: 200, aliases: ["Postal address", "Street address"] }),
    col("leadTimeDays", "Lead time (days)", "number", {
      min: 0,
      aliases: ["Lead time", "Lead days", "Delivery days"],
    }),
    col("accountNo", "Account no.", "text", {
      numberFormat: "@",
      aliases: ["Account", "Account number", "Customer no.", "Customer number", "Our account"],
    }),
    col("notes", "Notes", "longText", { aliases: ["Note", "Comments", "Comment", "Remarks"] }),
  ],
  conditionalFormats: [],
};
