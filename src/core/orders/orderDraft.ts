import { composeDraft, type ComposeResult } from "../email/compose";
import { DEFAULT_TEMPLATES, TEMPLATE_PLACEHOLDERS } from "../email/defaultTemplates";
import { formatDay, formatMoney, formatQty, type DateInput, type NumberStyle } from "../email/format";
import type { TableValue } from "../email/table";
import type { EmailTemplate } from "../email/template";
import type { SupplierOrder } from "./types";

/** The `{{items}}` table: item, supplier SKU, unit, quantity, unit cost, line total, and the order total. */
export function orderItemsTable(order: SupplierOrder, style: NumberStyle = {}): TableValue {
  const unpriced = order.unpricedLines;
  return {
    kind: "table",
    columns: [
      { header: "Item", align: "left" },
      { header: "Supplier SKU", align: "left" },
      { header: "Unit", align: "left" },
      { header: "Qty", align: "right" },
      { header: "Unit cost", align: "right" },
      { header: "Line total", align: "right" },
    ],
    rows: order.lines.map((l) => [
      l.item,
      l.supplierSku,
      l.unit,
      formatQty(l.qty, style),
      formatMoney(l.unitCost, style),
      formatMoney(l.lineTotal, style),
    ]),
    footer: [
      unpriced ? `Total (${unpriced} item${unpriced === 1 ? "" : "s"} without a price)` : "Total",
      "",
      "",
      "",
      "",
      formatMoney(order.total, style),
    ],
  };
}

export interface SupplierOrderDraftInput {
  order: SupplierOrder;
  poNumber: string;
  company: string;
  signature: string;
  dateWanted?: DateInput;
  /** The workbook's template; the default one when not set. */
  template?: EmailTemplate;
  style?: NumberStyle;
}

/** The email to one supplier; problems say when it has no address or the template has unknown placeholders. */
export function supplierOrderDraft(input: SupplierOrderDraftInput): ComposeResult {
  const { order, style } = input;
  return composeDraft({
    to: order.to,
    template: input.template ?? DEFAULT_TEMPLATES.supplierOrder,
    known: TEMPLATE_PLACEHOLDERS.supplierOrder,
    values: {
      company: input.company,
      supplier: order.supplier,
      contact: order.contact,
      poNumber: input.poNumber,
      items: orderItemsTable(order, style),
      total: formatMoney(order.total, style),
      dateWanted: formatDay(input.dateWanted),
      signature: input.signature,
    },
  });
}
