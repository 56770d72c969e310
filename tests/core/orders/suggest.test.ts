import { suggestOrders, withQuantities } from "../../../src/core/orders/suggest";
import type { OrderItemInput, SupplierInput } from "../../../src/core/orders/types";

const suppliers: SupplierInput[] = [
  { name: "Office Depot", contact: "Ann Lee", email: "orders@officedepot.example" },
  { name: "Paper World", contact: "Bo Chen", email: "bo@paperworld.example; sales@paperworld.example" },
  { name: "No Mail Ltd", contact: "Cy", email: "" },
  { name: "Typo Co", email: "typo at example" },
  { name: "Idle Supplies", email: "idle@idle.example" },
];

const item = (over: Partial<OrderItemInput> & Pick<OrderItemInput, "itemId">): OrderItemInput => ({
  item: `Item ${over.itemId}`,
  supplier: "Office Depot",
  supplierSku: `SKU-${over.itemId}`,
  unit: "box",
  unitCost: 2.5,
  reorderQty: 4,
  ...over,
});

describe("suggestOrders", () => {
  it("groups items to reorder by supplier, with contact, addresses, lines and total", () => {
    const { orders, problems } = suggestOrders(
      [
        item({ itemId: "INV-0001", reorderQty: 20, unitCost: 3.1 }),
        item({ itemId: "INV-0002", supplier: "Paper World", reorderQty: 10, unitCost: 4.99 }),
        item({ itemId: "INV-0003", reorderQty: 3, unitCost: 0.1 }),
      ],
      suppliers,
    );
    expect(problems).toEqual([]);
    expect(orders.map((o) => o.supplier)).toEqual(["Office Depot", "Paper World"]);
    const [depot, paper] = orders;
    expect(depot.contact).toBe("Ann Lee");
    expect(depot.to).toEqual(["orders@officedepot.example"]);
    expect(depot.lines).toEqual([
      {
        itemId: "INV-0001",
        item: "Item INV-0001",
        supplierSku: "SKU-INV-0001",
        unit: "box",
        qty: 20,
        unitCost: 3.1,
        lineTotal: 62,
      },
      {
        itemId: "INV-0003",
        item: "Item INV-0003",
        supplierSku: "SKU-INV-0003",
        unit: "box",
        qty: 3,
        unitCost: 0.1,
        lineTotal: 0.3,
      },
    ]);
    expect(depot.total).toBe(62.3);
    expect(paper.email).toBe("bo@paperworld.example; sales@paperworld.example");
    expect(paper.to).toEqual(["bo@paperworld.example", "sales@paperworld.example"]);
    expect(paper.total).toBe(49.9);
    expect(orders.every((o) => o.inRegister && o.unpricedLines === 0)).toBe(true);
  });

  it("does not suggest items whose Reorder qty is zero, negative or blank (what is on order is already counted)", () => {
    const { orders, problems } = suggestOrders(
      [
        item({ itemId: "A", reorderQty: 0 }),
        item({ itemId: "B", reorderQty: -5 }),
        item({ itemId: "C", reorderQty: null }),
        item({ itemId: "D", reorderQty: "" }),
      ],
      suppliers,
    );
    expect(orders).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("matches supplier names whatever their case and spacing, using the register's spelling", () => {
    const { orders } = suggestOrders([item({ itemId: "A", supplier: "  office   DEPOT " })], suppliers);
    expect(orders.map((o) => [o.supplier, o.to])).toEqual([["Office Depot", ["orders@officedepot.example"]]]);
  });

  it("lists suppliers without email, with an invalid email, or missing from the register, with what to fix", () => {
    const { orders, problems } = suggestOrders(
      [
        item({ itemId: "A", supplier: "No Mail Ltd" }),
        item({ itemId: "B", supplier: "Typo Co" }),
        item({ itemId: "C", supplier: "Ghost Inc" }),
        item({ itemId: "D", supplier: "Ghost Inc" }),
        item({ itemId: "E", supplier: "" }),
        item({ itemId: "F", supplier: null }),
        item({ itemId: "G", reorderQty: "#VALUE!" }),
        item({ itemId: "H", reorderQty: Number.NaN }),
      ],
      suppliers,
    );
    // The drafts still exist (to copy), without addresses.
    expect(orders.map((o) => [o.supplier, o.to.length, o.inRegister])).toEqual([
      ["Ghost Inc", 0, false],
      ["No Mail Ltd", 0, true],
      ["Typo Co", 0, true],
    ]);
    expect(problems.map((p) => [p.kind, p.supplier, p.itemIds])).toEqual([
      ["unknown-supplier", "Ghost Inc", ["C", "D"]],
      ["no-email", "No Mail Ltd", ["A"]],
      ["invalid-email", "Typo Co", ["B"]],
      ["no-supplier", undefined, ["E", "F"]],
      ["invalid-qty", undefined, ["G", "H"]],
    ]);
    expect(problems.find((p) => p.kind === "unknown-supplier")?.fix).toContain(
      'Add "Ghost Inc" to Suppliers',
    );
    expect(problems.find((p) => p.kind === "invalid-email")?.message).toContain("typo at example");
    expect(problems.find((p) => p.kind === "no-supplier")?.message).toBe(
      "2 items to reorder have no supplier.",
    );
    expect(problems.every((p) => p.fix.length > 0)).toBe(true);
  });

  it("totals only priced lines and counts the others", () => {
    const { orders } = suggestOrders(
      [
        item({ itemId: "A", unitCost: null }),
        item({ itemId: "B", unitCost: 1.25, reorderQty: 2 }),
        item({ itemId: "C", unitCost: Number.NaN }),
      ],
      suppliers,
    );
    expect(orders[0].total).toBe(2.5);
    expect(orders[0].unpricedLines).toBe(2);
    expect(orders[0].lines.map((l) => l.lineTotal)).toEqual([null, 2.5, null]);
  });

  it("adds money in cents: a hundred lines of 0.10 make exactly 10", () => {
    const items = Array.from({ length: 100 }, (_, i) =>
      item({ itemId: `I${i}`, unitCost: 0.1, reorderQty: 1 }),
    );
    expect(suggestOrders(items, suppliers).orders[0].total).toBe(10);
  });

  it("gives nothing for no items, and ignores suppliers with nothing to order", () => {
    expect(suggestOrders([], suppliers)).toEqual({ orders: [], problems: [] });
    const { orders } = suggestOrders([item({ itemId: "A" })], suppliers);
    expect(orders.map((o) => o.supplier)).not.toContain("Idle Supplies");
  });

  it("handles 100,000 items: every one with something to order lands on its supplier's order once", () => {
    const names = Array.from({ length: 50 }, (_, i) => `Supplier ${String(i).padStart(2, "0")}`);
    const register = names.map((name, i) => ({ name, email: `s${i}@example.com` }));
    const items = Array.from({ length: 100_000 }, (_, i) =>
      item({ itemId: `INV-${i}`, supplier: names[i % 50], reorderQty: i % 3, unitCost: (i % 7) + 0.25 }),
    );
    const { orders, problems } = suggestOrders(items, register);
    expect(problems).toEqual([]);
    expect(orders).toHaveLength(50);
    const expectedLines = items.filter((it) => (it.reorderQty as number) > 0).length;
    expect(orders.reduce((n, o) => n + o.lines.length, 0)).toBe(expectedLines);
    const expectedCents = items
      .filter((it) => (it.reorderQty as number) > 0)
      .reduce((sum, it) => sum + Math.round((it.reorderQty as number) * (it.unitCost as number) * 100), 0);
    expect(Math.round(orders.reduce((s, o) => s + o.total, 0) * 100)).toBe(expectedCents);
    expect(orders.map((o) => o.supplier)).toEqual([...names].sort());
  });
});

describe("withQuantities", () => {
  it("applies quantities edited on the Orders page, drops lines set to zero and recomputes the total", () => {
    const { orders } = suggestOrders(
      [
        item({ itemId: "A", reorderQty: 4, unitCost: 2 }),
        item({ itemId: "B", reorderQty: 1, unitCost: 10 }),
        item({ itemId: "C", unitCost: null }),
      ],
      suppliers,
    );
    const edited = withQuantities(
      orders[0],
      new Map([
        ["A", 6],
        ["B", 0],
        ["C", 3],
      ]),
    );
    expect(edited.lines.map((l) => [l.itemId, l.qty, l.lineTotal])).toEqual([
      ["A", 6, 12],
      ["C", 3, null],
    ]);
    expect(edited.total).toBe(12);
    expect(edited.unpricedLines).toBe(1);
    expect(orders[0].total).toBe(18); // the original is untouched
  });
});
