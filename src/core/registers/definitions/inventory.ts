import { reorderQtyFormula, stockStatusFormula, stockValueFormula } from "../calculatedFormulas";
import { FILLS, calc, col } from "../columnDefaults";
import type { RegisterDef } from "../types";

export const STOCK_STATUSES = ["Out of stock", "Reorder", "On order", "OK"] as const;

export const inventory: RegisterDef = {
  id: "inventory",
  name: "Inventory",
  tableName: "Inventory",
  sheetName: "Inventory",
  keyColumn: "itemId",
  keyColumns: ["itemId"],
  idPrefix: "INV-",
  columns: [
    col("itemId", "Item ID", "id", {
      required: true,
      aliases: ["ID", "Item no.", "Item number", "Item code", "Stock code", "Code"],
    }),
    col("item", "Item", "text", {
      required: true,
      width: 170,
      words: true,
      aliases: [
        "Item name",
        "Description",
        "Product",
        "Name",
        "Article",
        "Particulars",
        "Part name",
        "Item description",
        "Product name",
        "Material",
      ],
    }),
    col("category", "Category", "text", { aliases: ["Type", "Group", "Class"] }),
    col("unit", "Unit", "text", { width: 60, words: true, aliases: ["UOM", "Unit of measure", "Units"] }),
    col("location", "Location", "text", { aliases: ["Where", "Shelf", "Storage", "Bin", "Cupboard"] }),
    col("supplier", "Supplier", "choice", {
      choicesFrom: { register: "suppliers", column: "supplier" },
      width: 120,
      aliases: ["Vendor", "Supplier name", "Vendor name", "Supplied by"],
    }),
    col("supplierSku", "Supplier SKU", "text", {
      numberFormat: "@",
      aliases: [
        "SKU",
        "Part no.",
        "Part number",
        "Catalog no.",
        "Catalogue no.",
        "Order code",
        "Vendor SKU",
        "Product code",
      ],
    }),
    col("unitCost", "Unit cost", "currency", {
      min: 0,
      aliases: ["Price", "Cost", "Unit price", "Cost each", "Price each"],
    }),
    col("onHand", "On hand", "number", {
      min: 0,
      aliases: [
        "Qty",
        "Quantity",
        "Quantity in stock",
        "Stock",
        "In stock",
        "Qty on hand",
        "Count",
        "Current stock",
        // A stock register's closing balance is what is on hand now; "Units" holding numbers is a count.
        "Closing",
        "Closing stock",
        "Closing balance",
        "Balance",
        "Nos",
        "Qty (Nos)",
        "Available",
        "Units",
      ],
    }),
    col("onOrder", "On order", "number", {
      description: "Ordered but not yet received.",
      min: 0,
      aliases: ["Ordered", "Qty on order", "Quantity on order", "Incoming"],
    }),
    col("avgDailyUsage", "Avg daily usage", "number", {
      description: "How many are used on an ordinary day.",
      min: 0,
      aliases: ["Daily usage", "Average daily usage", "Usage per day", "Usage/day"],
    }),
    col("leadTimeDays", "Lead time (days)", "number", {
      min: 0,
      aliases: ["Lead time", "Lead days", "Delivery days"],
    }),
    col("safetyStock", "Safety stock", "number", {
      description: "A buffer kept for busy days and late deliveries.",
      min: 0,
      aliases: ["Buffer", "Buffer stock"],
    }),
    col("reorderPoint", "Reorder point", "number", {
      description: "Order more when On hand + On order falls to this.",
      min: 0,
      aliases: [
        "ROP",
        "Min",
        "Minimum",
        "Reorder level",
        "Min stock",
        "Min level",
        "Minimum level",
        "Reorder at",
      ],
    }),
    col("maxStock", "Max stock", "number", {
      description: "Order up to this level (blank: up to the reorder point).",
      min: 0,
      aliases: ["Max", "Maximum", "Par level", "Par", "Order up to", "Max level"],
    }),
    col("packSize", "Pack size", "number", {
      description: "Orders are rounded up to whole packs (blank: 1).",
      min: 0,
      minExclusive: true,
      aliases: ["Pack", "Pack qty", "Units per pack", "Case size", "Box qty"],
    }),
    col("minOrderQty", "Min order qty", "number", {
      description: "The supplier's smallest order (blank: none).",
      min: 0,
      aliases: ["MOQ", "Minimum order", "Min order", "Minimum order quantity"],
    }),
    calc("reorderQty", "Reorder qty", "number", reorderQtyFormula(), {
      description: "How many to order now, in whole packs.",
    }),
    calc("stockStatus", "Stock status", "choice", stockStatusFormula(), { choices: STOCK_STATUSES }),
    calc("stockValue", "Stock value", "currency", stockValueFormula()),
    col("lastCounted", "Last counted", "date", {
      aliases: ["Counted on", "Count date", "Last count", "Date counted", "Last checked", "Checked on"],
    }),
    col("notes", "Notes", "longText", { aliases: ["Note", "Comments", "Comment", "Remarks"] }),
  ],
  conditionalFormats: [
    { name: "Out of stock", formula: '={stockStatus}="Out of stock"', ...FILLS.red, appliesTo: "row" },
    { name: "Reorder", formula: '={stockStatus}="Reorder"', ...FILLS.amber, appliesTo: "row" },
  ],
};
