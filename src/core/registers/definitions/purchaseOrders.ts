import { lineTotalFormula } from "../calculatedFormulas";
import { col, calc, FILLS } from "../columnDefaults";
import type { RegisterDef } from "../types";

export const PO_STATUSES = ["Draft", "Sent", "Received", "Cancelled"] as const;

// One row per order line: the key is PO number + Line (PO-0001 / 1, PO-0001 / 2…).
export const purchaseOrders: RegisterDef = {
  id: "purchaseOrders",
  name: "Purchase orders",
  tableName: "PurchaseOrders",
  sheetName: "Purchase orders",
  keyColumn: "poNumber",
  keyColumns: ["poNumber", "line"],
  // No idPrefix: PO numbers are PO-<year>-<sequence>, made by core/orders (nextPoNumber), not nextId.
  columns: [
    col("poNumber", "PO number", "id", {
      required: true,
      aliases: ["PO", "PO no.", "PO #", "Order number", "Order no.", "Purchase order"],
    }),
    col("line", "Line", "integer", {
      required: true,
      min: 1,
      width: 45,
      aliases: ["Line no.", "Line number", "#"],
    }),
    col("date", "Date", "date", { required: true, aliases: ["Order date", "Ordered on", "PO date"] }),
    col("supplier", "Supplier", "choice", {
      required: true,
      choicesFrom: { register: "suppliers", column: "supplier" },
      width: 120,
      aliases: ["Vendor", "Supplier name", "Vendor name"],
    }),
    col("itemId", "Item ID", "id", { aliases: ["Item code", "Item no.", "Stock code"] }),
    col("item", "Item", "text", {
      required: true,
      width: 170,
      words: true,
      aliases: ["Description", "Item name", "Product", "Particulars", "Part name", "Item description"],
    }),
    col("qty", "Qty", "number", {
      required: true,
      min: 0,
      minExclusive: true,
      aliases: ["Quantity", "Qty ordered", "Quantity ordered", "Ordered", "Units", "Nos", "No. of units"],
    }),
    col("unitCost", "Unit cost", "currency", {
      min: 0,
      aliases: ["Price", "Cost", "Unit price", "Price each"],
    }),
    calc("lineTotal", "Line total", "currency", lineTotalFormula()),
    col("status", "Status", "choice", {
      required: true,
      choices: PO_STATUSES,
      aliases: ["State", "PO status"],
      valueAliases: {
        Draft: ["new", "pending", "to order", "not sent"],
        Sent: ["ordered", "placed", "issued", "on order"],
        Received: ["delivered", "complete", "completed"],
        Cancelled: ["canceled", "void"],
      },
    }),
    col("expectedBy", "Expected by", "date", {
      aliases: ["Expected", "Due", "Due date", "Delivery date", "ETA"],
    }),
    col("receivedOn", "Received on", "date", { aliases: ["Received", "Date received", "Delivered on"] }),
    col("receivedQty", "Received qty", "number", {
      min: 0,
      aliases: ["Qty received", "Quantity received", "Delivered qty"],
    }),
  ],
  conditionalFormats: [
    { name: "Cancelled", formula: '={status}="Cancelled"', ...FILLS.grey, appliesTo: "row" },
  ],
};
