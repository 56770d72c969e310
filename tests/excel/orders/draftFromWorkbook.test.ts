// From the workbook to a file the mail app opens: the Orders page's draft for a supplier, built from the
// registers and the workbook's settings, parses back as an RFC 5322 message.
import { simpleParser, type AddressObject } from "mailparser";
import { toEml } from "../../../src/core/email/eml";
import { inventory } from "../../../src/core/registers/definitions";
import { loadOrders } from "../../../src/excel/orders";
import { readSettings, writeSettings } from "../../../src/excel/settings";
import { prepareOrder } from "../../../src/taskpane/pages/orders/orderDraft";
import { seedRegister, setup } from "../support";
import { SUPPLIERS } from "./support";
import { suppliers } from "../../../src/core/registers/definitions";

const addresses = (a: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((o) => o.value.map((v) => v.address));

test("the supplier draft parses back with its recipient, subject, accents, every item and X-Unsent", async () => {
  const { wb } = setup();
  seedRegister(wb, suppliers, SUPPLIERS);
  // Sixty items: a long item list, accented names, markup characters.
  const items = Array.from({ length: 60 }, (_, i) => ({
    itemId: `INV-${String(i + 1).padStart(4, "0")}`,
    item: i === 0 ? "Filtres à café n°4 (Zoë’s)" : i === 1 ? "Labels <A4> & co" : `Ream ${i + 1}, 80 g/m²`,
    supplier: "Paper World",
    supplierSku: `SKU-${i + 1}`,
    unit: "box",
    unitCost: 1.1,
    onHand: 0,
    reorderPoint: 2,
    maxStock: 3,
  }));
  seedRegister(wb, inventory, items);
  await writeSettings({ companyName: "Société Générale d’Équipement", signature: "Zoë Ørsted\nOffice" });

  const view = await loadOrders();
  const settings = await readSettings();
  const paper = view.orders.find((o) => o.supplier === "Paper World")!;
  const { composed, offers } = prepareOrder(
    paper,
    new Map(),
    settings,
    "PO-2026-0007",
    new Date(2026, 11, 4),
  );
  expect(offers.mailto.ok).toBe(false); // sixty lines are far beyond a link

  const parsed = await simpleParser(toEml(composed.draft, { date: new Date(Date.UTC(2026, 10, 29, 8)) }));
  expect(addresses(parsed.to)).toEqual(["orders@paperworld.example"]);
  expect(parsed.subject).toBe("Order PO-2026-0007 from Société Générale d’Équipement");
  expect(parsed.headers.get("x-unsent")).toBe("1");
  const text = parsed.text ?? "";
  expect(text).toContain("Dear Bo Chen,");
  expect(text).toContain("Filtres à café n°4 (Zoë’s)");
  expect(text).toContain("Labels <A4> & co");
  expect(text).toContain("Date wanted: Fri 4 Dec 2026");
  expect(text).toContain("Zoë Ørsted");
  for (const item of items) expect(text).toContain(item.supplierSku);
  // The HTML part escapes what it shows.
  expect(parsed.html || "").toContain("Labels &lt;A4&gt; &amp; co");
});
