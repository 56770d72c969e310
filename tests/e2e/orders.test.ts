// Orders journey: with Supplies and Vendors converted, draft one email per supplier for what is low,
// download the .eml, open Outlook on the web (the window is caught, never sent anywhere), mark the order
// as sent, and see Purchase order lines and On order in the workbook.
import { simpleParser, type AddressObject } from "mailparser";
import { SAMPLE_SHEETS } from "../../src/preview/sample";
import { describeE2E } from "./support/harness";
import { eventually } from "./support/poll";
import { convertAndContinue } from "./support/registers";
import type { PreviewUi } from "./support/previewUi";

const sheet = (name: string) => {
  const found = SAMPLE_SHEETS.find((s) => s.name === name);
  if (!found) throw new Error(`The sample has no sheet "${name}"`);
  return found;
};
const supplies = sheet("Supplies");
const vendors = sheet("Vendors");
const at = (rows: (string | number | boolean | null)[][], header: string) => {
  const i = rows[0].indexOf(header);
  if (i < 0) throw new Error(`No "${header}" column in the sample`);
  return i;
};
const S = {
  item: at(supplies.rows, "Item"),
  qty: at(supplies.rows, "Qty"),
  reorder: at(supplies.rows, "Reorder at"),
  vendor: at(supplies.rows, "Vendor"),
};
const V = { name: at(vendors.rows, "Vendor"), email: at(vendors.rows, "E-mail") };

/** Items at or under their reorder point, by supplier, from the sample itself. */
const lowBySupplier = new Map<string, string[]>();
for (const row of supplies.rows.slice(1)) {
  const qty = row[S.qty];
  if (typeof qty !== "number" || qty > (row[S.reorder] as number)) continue;
  const supplier = String(row[S.vendor]);
  lowBySupplier.set(supplier, [...(lowBySupplier.get(supplier) ?? []), String(row[S.item])]);
}
const withEmail = vendors.rows
  .slice(1)
  .filter((v) => typeof v[V.email] === "string" && lowBySupplier.has(String(v[V.name])));
const withoutEmail = vendors.rows
  .slice(1)
  .find((v) => v[V.email] === null && lowBySupplier.has(String(v[V.name])));
if (withEmail.length === 0 || !withoutEmail)
  throw new Error("The sample needs suppliers with and without email");
const supplier = String(withEmail[0][V.name]);
const email = String(withEmail[0][V.email]);
const items = lowBySupplier.get(supplier) ?? [];

async function openOrders(ui: PreviewUi) {
  await convertAndContinue(ui, { page: "Inventory", sheet: "Supplies", register: "Inventory" });
  await convertAndContinue(ui, { page: "Suppliers", sheet: "Vendors", register: "Suppliers" });
  await ui.goToPage("Orders");
  const card = ui.pane.getByRole("region", { name: supplier, exact: true });
  await card.waitFor();
  return card;
}

describeE2E("orders", ({ journey }) => {
  journey("drafts one email per supplier and downloads it as .eml", "journey-orders-draft", async (ui) => {
    const card = await openOrders(ui);
    const listed = await card.getByRole("list", { name: `Items to order from ${supplier}` }).textContent();
    for (const item of items) expect(listed).toContain(item);
    // A supplier with no email address is listed with that reason.
    const noEmail = String(withoutEmail[V.name]);
    const noEmailCard = ui.pane.getByRole("region", { name: noEmail, exact: true });
    expect(await noEmailCard.textContent()).toContain(`${noEmail} has no email address`);

    const file = await ui.download(() => card.getByRole("button", { name: "Download .eml" }).click());
    expect(file.name).toMatch(/\.eml$/);
    const mail = await simpleParser(file.text);
    expect(mail.headers.get("x-unsent")).toBe("1");
    expect((mail.to as AddressObject).value.map((a) => a.address)).toEqual([email]);
    const po = (await card.textContent())?.match(/PO-\d{4}-\d{4}/)?.[0];
    expect(po).toBeDefined();
    expect(mail.subject).toContain(po);
    for (const item of items) expect(mail.text).toContain(item);
  });

  journey("opens the draft in Outlook on the web in a new window", "orders-outlook", async (ui) => {
    const card = await openOrders(ui);
    // The add-in opens the compose page for the person; the test browser blocks it before it leaves.
    ui.watch.allow(
      /outlook\.office\.com|outlook\.live\.com/,
      "the person's own Outlook window, blocked in tests",
    );
    await card.getByRole("button", { name: "Open in Outlook on the web" }).click();
    await eventually(
      async () => ui.watch.popups,
      (popups) => expect(popups).toHaveLength(1),
    );
    const url = new URL(ui.watch.popups[0]);
    expect(url.protocol).toBe("https:");
    expect(url.hostname).toMatch(/^outlook\.(office|live)\.com$/);
    expect(url.searchParams.get("to")).toBe(email);
  });

  journey(
    "marks an order as sent: Purchase order lines and On order follow",
    "journey-orders-sent",
    async (ui) => {
      const card = await openOrders(ui);
      const quantities: Record<string, number> = {};
      for (const item of items) {
        quantities[item] = Number(
          await card.getByRole("textbox", { name: `Quantity of ${item}` }).inputValue(),
        );
      }
      await card.getByRole("button", { name: "Mark as sent" }).click();
      await ui.pane.getByRole("region", { name: "Waiting for goods" }).getByText(supplier).first().waitFor();

      const lines = await eventually(
        () => ui.tableRecords("PurchaseOrders"),
        (records) => expect(records?.length).toBe(items.length),
      );
      for (const line of lines ?? []) {
        expect({ supplier: line.Supplier, status: line.Status }).toEqual({ supplier, status: "Sent" });
        expect(line.Qty).toBe(quantities[String(line.Item)]);
      }
      const inventory = await ui.tableRecords("Inventory");
      for (const item of items) {
        const row = inventory?.find((r) => r.Item === item);
        expect({ item, onOrder: row?.["On order"] }).toEqual({ item, onOrder: quantities[item] });
      }
    },
  );

  journey("the Orders page fits a 320 px pane", "orders-320", async (ui) => {
    await ui.setPaneWidth(320);
    await openOrders(ui);
    expect(await ui.horizontalOverflow()).toEqual([]);
  });
});
