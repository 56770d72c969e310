// Reorder suggestions grouped by supplier, in core only (no Excel): the Orders page's computation over
// the Inventory and Suppliers registers. Target (docs/performance.md): 100,000 items under 100 ms.
import { suggestOrders } from "../../src/core/orders/suggest";
import type { OrderItemInput, SupplierInput } from "../../src/core/orders/types";
import { jsonBytes, perSize, seededRandom, type BenchCase, type CaseContext } from "../harness";

interface Ctx extends CaseContext {
  items: OrderItemInput[];
  suppliers: SupplierInput[];
}

const SUPPLIERS = 60;

const inputs = perSize((n): Ctx => {
  const random = seededRandom(3);
  const suppliers: SupplierInput[] = Array.from({ length: SUPPLIERS }, (_, s) => ({
    name: `Supplier ${s + 1}`,
    contact: `Contact ${s + 1}`,
    // Some suppliers have no address, so the problems list is exercised too.
    email: s % 10 === 9 ? "" : `orders${s + 1}@supplier${s + 1}.example`,
  }));
  const items: OrderItemInput[] = [];
  for (let i = 0; i < n; i++) {
    const r = random();
    items.push({
      itemId: `INV-${String(i + 1).padStart(6, "0")}`,
      item: `Item ${i + 1}`,
      supplier: i % 97 === 0 ? "" : `Supplier ${1 + Math.floor(random() * SUPPLIERS)}`,
      supplierSku: `SKU-${i}`,
      unit: "box",
      unitCost: i % 50 === 0 ? null : Math.round(random() * 5000) / 100,
      // About a third of the items are low; a few cells hold an error value read as text.
      reorderQty: r < 0.33 ? 1 + Math.floor(random() * 40) : r < 0.331 ? "#VALUE!" : 0,
    });
  }
  return { items, suppliers, dataBytes: jsonBytes(items) + jsonBytes(suppliers) };
});

const benchCase: BenchCase<Ctx> = {
  name: "reorder suggestions",
  sizes: [1_000, 10_000, 100_000],
  targets: { maxMs: 100 },
  setup: (n) => inputs(n),
  run: ({ items, suppliers }) => {
    const result = suggestOrders(items, suppliers);
    return { checksum: result.orders.length };
  },
};
export default benchCase;
