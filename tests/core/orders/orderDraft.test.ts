import { simpleParser } from "mailparser";
import { toEml } from "../../../src/core/email/eml";
import { toClipboardText, toMailto, toOutlookWebCompose } from "../../../src/core/email/links";
import { isMathError } from "../../../src/core/math/result";
import { reorderQty } from "../../../src/core/math/reorderQty";
import { orderItemsTable, supplierOrderDraft } from "../../../src/core/orders/orderDraft";
import { nextPoNumber } from "../../../src/core/orders/poNumber";
import { applyReceipt, markSent, receivePo } from "../../../src/core/orders/receiving";
import { suggestOrders } from "../../../src/core/orders/suggest";
import type { OrderItemInput, SupplierInput } from "../../../src/core/orders/types";

const suppliers: SupplierInput[] = [
  { name: "Fournitures Émile", contact: "Émile Zola", email: "commandes@emile.example" },
  { name: "Silent Ltd", contact: "", email: "" },
];
const settings = { company: "Bureau & Cie", signature: "Zoë Brontë\nOffice manager" };
const lf = (s: string | false | undefined) => (s || "").replace(/\r\n/g, "\n").replace(/\n+$/, "");

const items = (n: number, supplier = "Fournitures Émile"): OrderItemInput[] =>
  Array.from({ length: n }, (_, i) => ({
    itemId: `INV-${String(i + 1).padStart(4, "0")}`,
    item: `Cahier à spirale n°${i + 1} — 📒`,
    supplier,
    supplierSku: `FE-${1000 + i}`,
    unit: "paquet",
    unitCost: 1.05 + i / 100,
    reorderQty: (i % 5) + 1,
  }));

describe("supplierOrderDraft", () => {
  it("fills the default template with the supplier, PO number, item table, date wanted and signature", () => {
    const [order] = suggestOrders(items(2), suppliers).orders;
    const { draft, problems } = supplierOrderDraft({
      order,
      poNumber: "PO-2026-0001",
      dateWanted: new Date(2026, 11, 4),
      ...settings,
    });
    expect(problems).toEqual([]);
    expect(draft.to).toEqual(["commandes@emile.example"]);
    expect(draft.subject).toBe("Order PO-2026-0001 from Bureau & Cie");
    expect(draft.text.split("\n")).toEqual([
      "Dear Émile Zola,",
      "",
      "Please supply the following for Bureau & Cie, our order PO-2026-0001:",
      "",
      "Item                      Supplier SKU  Unit    Qty  Unit cost  Line total",
      "------------------------  ------------  ------  ---  ---------  ----------",
      "Cahier à spirale n°1 — 📒  FE-1000       paquet    1       1.05        1.05",
      "Cahier à spirale n°2 — 📒  FE-1001       paquet    2       1.06        2.12",
      "------------------------  ------------  ------  ---  ---------  ----------",
      "Total                                                                 3.17",
      "",
      "Date wanted: Fri 4 Dec 2026",
      "",
      "Please confirm the order, the delivery date and any change of price.",
      "",
      "Kind regards,",
      "",
      "Zoë Brontë",
      "Office manager",
    ]);
    expect(draft.html).toContain("Bureau &amp; Cie");
    expect(draft.html).toContain(
      '<td style="border:1px solid #c8c8c8;padding:4px 8px;text-align:left">FE-1001</td>',
    );
  });

  it("says 'as soon as possible' without a date wanted, and 'Sir or Madam' without a contact", () => {
    const [order] = suggestOrders(items(1, "Silent Ltd"), suppliers).orders;
    const { draft, problems } = supplierOrderDraft({ order, poNumber: "PO-2026-0002", ...settings });
    expect(draft.text).toContain("Dear Sir or Madam,");
    expect(draft.text).toContain("Date wanted: as soon as possible");
    // No address: the draft can still be copied or downloaded, and the reason is given.
    expect(draft.to).toEqual([]);
    expect(problems.map((p) => p.kind)).toEqual(["no-recipient"]);
  });

  it("names unknown placeholders of a workbook template", () => {
    const [order] = suggestOrders(items(1), suppliers).orders;
    const { problems, draft } = supplierOrderDraft({
      order,
      poNumber: "PO-2026-0003",
      template: { subject: "{{poNumber}} {{deliveryAddress}}", body: "{{items}}\n{{itemz}}" },
      ...settings,
    });
    expect(problems.map((p) => p.value)).toEqual(["deliveryAddress", "itemz"]);
    expect(draft.subject).toBe("PO-2026-0003 {{deliveryAddress}}");
  });

  it("shows lines without a price, and says the total leaves them out", () => {
    const list = items(3);
    list[1].unitCost = null;
    const [order] = suggestOrders(list, suppliers).orders;
    const table = orderItemsTable(order);
    expect(table.rows[1].slice(3)).toEqual(["2", "", ""]);
    expect(table.footer?.[0]).toBe("Total (1 item without a price)");
    expect(table.footer?.[5]).toBe((1.05 * 1 + 1.07 * 3).toFixed(2));
  });

  it("formats money in the workbook's locale and currency when given", () => {
    const [order] = suggestOrders(items(1), suppliers).orders;
    const table = orderItemsTable(order, { locale: "de-DE", currency: "EUR" });
    expect(table.rows[0][4]).toBe((1.05).toLocaleString("de-DE", { style: "currency", currency: "EUR" }));
  });

  it("handles a 200-item order: too long for a link, complete in the .eml and the clipboard", async () => {
    const list = items(200);
    const [order] = suggestOrders(list, suppliers).orders;
    const { draft } = supplierOrderDraft({ order, poNumber: "PO-2026-0004", ...settings });
    expect(order.lines).toHaveLength(200);

    const mailto = toMailto(draft);
    expect(mailto.ok).toBe(false);
    if (!mailto.ok) expect(mailto.length).toBeGreaterThan(mailto.limit);
    expect(toOutlookWebCompose(draft).ok).toBe(false);

    const clip = toClipboardText(draft);
    for (const it of list) expect(clip).toContain(it.item);

    const parsed = await simpleParser(toEml(draft, { date: new Date(Date.UTC(2026, 10, 29)) }));
    expect(lf(parsed.text)).toBe(draft.text);
    expect((parsed.html || "").match(/<tr>/g)).toHaveLength(1 + 200 + 1);
    const expectedTotal =
      list.reduce((s, it) => s + Math.round((it.reorderQty as number) * (it.unitCost ?? 0) * 100), 0) / 100;
    expect(order.total).toBeCloseTo(expectedTotal, 9);
    expect(parsed.text).toContain(`Total${" ".repeat(10)}`);
  });
});

describe("order and receive round trip", () => {
  it("suggests, drafts, marks sent, stops suggesting, then receives in two parts", async () => {
    // Inventory with the rule of BACKOFFICE.REORDERQTY.
    const stock = [
      {
        itemId: "INV-0001",
        item: "Toner noir",
        onHand: 1,
        onOrder: 0,
        reorderPoint: 4,
        maxStock: 10,
        packSize: 2,
      },
      {
        itemId: "INV-0002",
        item: "Papier A4",
        onHand: 30,
        onOrder: 0,
        reorderPoint: 20,
        maxStock: 60,
        packSize: 5,
      },
    ];
    const inventory = (): OrderItemInput[] =>
      stock.map((s) => {
        const qty = reorderQty(s.onHand, s.reorderPoint, s.maxStock, s.onOrder, s.packSize);
        return {
          ...s,
          supplier: "Fournitures Émile",
          unitCost: 42.5,
          reorderQty: isMathError(qty) ? "#NUM!" : qty,
        };
      });

    const first = suggestOrders(inventory(), suppliers);
    expect(first.orders).toHaveLength(1);
    const [order] = first.orders;
    expect(order.lines.map((l) => [l.itemId, l.qty])).toEqual([["INV-0001", 10]]);

    const poNumber = nextPoNumber(["PO-2026-0004"], new Date(2026, 10, 29));
    const { draft } = supplierOrderDraft({ order, poNumber, ...settings });
    const parsed = await simpleParser(toEml(draft, { date: new Date(Date.UTC(2026, 10, 29)) }));
    expect(parsed.subject).toBe("Order PO-2026-0005 from Bureau & Cie");

    // Mark as sent: On order rises, and the item is not suggested again.
    for (const line of order.lines) {
      const s = stock.find((x) => x.itemId === line.itemId)!;
      const sent = markSent(s.onOrder, line.qty);
      if (!sent.ok) throw new Error(sent.reason);
      s.onOrder = sent.onOrder;
    }
    expect(stock[0].onOrder).toBe(10);
    expect(suggestOrders(inventory(), suppliers).orders).toEqual([]);

    // Receive 4 now, the rest later.
    const poLines = order.lines.map((l) => ({
      itemId: l.itemId,
      qty: l.qty,
      receivedQty: 0,
      status: "Sent" as const,
    }));
    const part = receivePo(poLines, new Map([["INV-0001", 4]]));
    if (!part.ok) throw new Error(part.reason);
    expect(part.status).toBe("Sent");
    let moved = applyReceipt(stock[0].onHand, stock[0].onOrder, part.receipts[0].qty);
    if (!moved.ok) throw new Error(moved.reason);
    Object.assign(stock[0], { onHand: moved.onHand, onOrder: moved.onOrder });
    expect([stock[0].onHand, stock[0].onOrder]).toEqual([5, 6]);

    const rest = receivePo(poLines.map((l) => ({ ...l, receivedQty: part.receipts[0].receivedQty })));
    if (!rest.ok) throw new Error(rest.reason);
    expect(rest.status).toBe("Received");
    moved = applyReceipt(stock[0].onHand, stock[0].onOrder, rest.receipts[0].qty);
    if (!moved.ok) throw new Error(moved.reason);
    Object.assign(stock[0], { onHand: moved.onHand, onOrder: moved.onOrder });
    expect([stock[0].onHand, stock[0].onOrder]).toEqual([11, 0]);
    expect(suggestOrders(inventory(), suppliers).orders).toEqual([]);
  });
});
