// Rendering every supplier's order draft as an .eml file (core only, no Excel): what the Orders page does
// when the person downloads all drafts of a 10,000-item inventory with 50 suppliers. The suggestions are
// computed in setup (their own case is suggestions.ts), so only the templates and MIME encoding are timed.
import { toEml } from "../../src/core/email/eml";
import { supplierOrderDraft } from "../../src/core/orders/orderDraft";
import { suggestOrders } from "../../src/core/orders/suggest";
import type { OrderItemInput, SupplierInput, SupplierOrder } from "../../src/core/orders/types";
import { jsonBytes, perSize, seededRandom, type BenchCase, type CaseContext } from "../harness";

interface Ctx extends CaseContext {
  orders: SupplierOrder[];
}

const SUPPLIERS = 50;
const DATE = new Date(Date.UTC(2026, 10, 29, 9, 0, 0));

const inputs = perSize((n): Ctx => {
  const random = seededRandom(4);
  // Accented names and an ampersand, so the HTML escaping and the UTF-8 subject encoding do real work.
  const suppliers: SupplierInput[] = Array.from({ length: SUPPLIERS }, (_, s) => ({
    name: s % 5 === 0 ? `Bürobedarf & Co ${s + 1}` : `Supplier ${s + 1}`,
    contact: s % 3 === 0 ? `Zoë Müller ${s + 1}` : `Contact ${s + 1}`,
    email: s % 10 === 9 ? "" : `orders${s + 1}@supplier${s + 1}.example`,
  }));
  const items: OrderItemInput[] = [];
  for (let i = 0; i < n; i++) {
    const s = Math.floor(random() * SUPPLIERS);
    items.push({
      itemId: `INV-${String(i + 1).padStart(6, "0")}`,
      item: i % 7 === 0 ? `Papier A4 « recyclé » ${i + 1}` : `Item ${i + 1}`,
      supplier: suppliers[s].name,
      supplierSku: `SKU-${i}`,
      unit: "box",
      unitCost: i % 50 === 0 ? null : Math.round(random() * 5000) / 100,
      // About a third of the items are low, as in suggestions.ts.
      reorderQty: random() < 0.33 ? 1 + Math.floor(random() * 40) : 0,
    });
  }
  const { orders } = suggestOrders(items, suppliers);
  if (orders.length !== SUPPLIERS) throw new Error(`expected ${SUPPLIERS} orders, got ${orders.length}`);
  return { orders, dataBytes: jsonBytes(orders) };
});

const benchCase: BenchCase<Ctx> = {
  name: "render all supplier drafts",
  // The inventory's size; the drafts are one per supplier (50).
  sizes: [10_000],
  setup: (n) => inputs(n),
  run: ({ orders }) => {
    let bytes = 0;
    orders.forEach((order, i) => {
      const { draft } = supplierOrderDraft({
        order,
        poNumber: `PO-2026-${String(i + 1).padStart(4, "0")}`,
        company: "Northwind Office",
        signature: "Ana Lima\nOffice manager",
        dateWanted: DATE,
      });
      const eml = toEml(draft, { date: DATE, from: "office@northwind.example" });
      // Every line of the order must be in the draft, or the case measured less than the real work.
      if (!draft.text.includes(order.lines[order.lines.length - 1].supplierSku))
        throw new Error(`the draft to ${order.supplier} lost its last line`);
      bytes += eml.length;
    });
    return { checksum: bytes };
  },
};
export default benchCase;
