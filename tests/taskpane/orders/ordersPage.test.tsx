import "../support/jsdomGaps";
import { axeViolations as violations } from "../support/axe";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { CellValue } from "../../../src/core/cells/types";
import { inventory } from "../../../src/core/registers/definitions";
import { createExcel, installExcel, SimWorkbook } from "../../../src/preview/simulator";
import OrdersPage from "../../../src/taskpane/pages/orders/OrdersPage";
import { seedRegister } from "../../excel/support";
import { SUPPLIERS, rowOf, seedOrders } from "../../excel/orders/support";
import { suppliers } from "../../../src/core/registers/definitions";

jest.setTimeout(30_000);

/** A co-author (another client on the same workbook) stores settings. */
async function coAuthorSets(wb: SimWorkbook, settings: Record<string, unknown>) {
  await createExcel(wb, { clientName: "bob" }).run(async (ctx) => {
    for (const [k, v] of Object.entries(settings)) ctx.workbook.settings.add(k, v);
    await ctx.sync();
  });
}

function workbook(): SimWorkbook {
  const wb = new SimWorkbook();
  seedOrders(wb);
  installExcel(wb);
  return wb;
}

function renderPage() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <OrdersPage focusHeading={false} />
    </FluentProvider>,
  );
}

const card = (supplier: string) => screen.getByRole("region", { name: supplier });

async function ready() {
  return screen.findByRole("list", { name: "Orders by supplier" });
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("Orders page", () => {
  test("lists what is low grouped by supplier, with totals and the problems to fix", async () => {
    workbook();
    renderPage();
    await ready();
    const paper = card("Paper World");
    const items = within(
      within(paper).getByRole("list", { name: "Items to order from Paper World" }),
    ).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(within(paper).getByLabelText("Quantity of Copy paper A4 (box)")).toHaveValue("48");
    expect(within(paper).getByLabelText("Quantity of Envelopes C5 (box)")).toHaveValue("48");
    // 48 × 24.90 + 48 × 3.10 = 1,195.20 + 148.80
    expect(within(paper).getByText(/Order total for Paper World: 1,344.00/)).toBeInTheDocument();
    expect(card("Toner Co")).toBeInTheDocument();
    expect(within(card("Toner Co")).getByText(/Toner Co has no email address/)).toBeInTheDocument();
    // Sticky notes are not low: not offered.
    expect(screen.queryByText(/Sticky notes/)).not.toBeInTheDocument();
    const problems = screen.getByRole("list", { name: "To fix before ordering" });
    expect(
      within(problems).getByText(/1 item to reorder has no supplier\. Items: INV-0004\./),
    ).toBeInTheDocument();
    expect(within(problems).getByText("Choose a Supplier for these items in Inventory.")).toBeInTheDocument();
    expect(screen.getByText("No purchase orders are waiting for goods.")).toBeInTheDocument();
  });

  test("editing a quantity changes the supplier's total; a bad one is explained and blocks sending", async () => {
    const user = userEvent.setup();
    workbook();
    renderPage();
    await ready();
    const paper = card("Paper World");
    const qty = within(paper).getByLabelText("Quantity of Copy paper A4 (box)");
    await user.clear(qty);
    await user.type(qty, "10");
    // 10 × 24.90 + 48 × 3.10 = 249.00 + 148.80
    expect(within(paper).getByText(/Order total for Paper World: 397.80/)).toBeInTheDocument();
    await user.clear(qty);
    await user.type(qty, "lots");
    expect(within(paper).getByText(/Enter a number of 0 or more/)).toBeInTheDocument();
    expect(within(paper).getByRole("button", { name: "Mark as sent" })).toBeDisabled();
  });

  test("a draft too long for a link says so and points to .eml and copy", async () => {
    const wb = new SimWorkbook();
    seedRegister(wb, suppliers, SUPPLIERS);
    const many: Record<string, CellValue>[] = Array.from({ length: 40 }, (_, i) => ({
      itemId: `INV-${String(i + 1).padStart(4, "0")}`,
      item: `Recycled copy paper, extra white, ream ${i + 1}`,
      supplier: "Paper World",
      supplierSku: `PAP-${i + 1}`,
      unitCost: 4.2,
      onHand: 0,
      reorderPoint: 5,
      maxStock: 10,
    }));
    seedRegister(wb, inventory, many);
    installExcel(wb);
    renderPage();
    await ready();
    const paper = card("Paper World");
    expect(within(paper).getByText(/too long to open in your mail app/)).toBeInTheDocument();
    expect(
      within(paper).getByText(/Download the \.eml draft or copy the message instead/),
    ).toBeInTheDocument();
    expect(within(paper).getByRole("button", { name: "Open in mail app" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
  });

  test("Download .eml gives an unsent RFC 5322 message to the supplier", async () => {
    const user = userEvent.setup();
    workbook();
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = jest.fn((b: Blob) => {
      blobs.push(b);
      return "blob:eml";
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    try {
      renderPage();
      await ready();
      await user.click(within(card("Paper World")).getByRole("button", { name: "Download .eml" }));
    } finally {
      click.mockRestore();
    }
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^Order PO-\d{4}-0001.*\.eml$/);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]);
    });
    expect(blobs[0].type).toBe("message/rfc822");
    const [head] = text.split("\r\n\r\n");
    expect(head).toMatch(/^To: <?orders@paperworld\.example>?$/m);
    expect(head).toMatch(/^X-Unsent: 1$/m);
    expect(head).toMatch(/^Subject: /m);
    expect(head).toMatch(/^Date: /m);
    // Every line ends in CRLF and none is longer than RFC 5322's 998 characters.
    expect(text.split("\r\n").every((l) => !l.includes("\n") && l.length <= 998)).toBe(true);
    expect(screen.getByText(/Downloaded Order PO-/)).toBeInTheDocument();
  });

  test("Outlook on the web opens through Office; Copy falls back to text to copy by hand", async () => {
    const user = userEvent.setup();
    workbook();
    const openBrowserWindow = jest.fn();
    (globalThis as { Office?: unknown }).Office = { context: { ui: { openBrowserWindow } } };
    renderPage();
    await ready();
    const paper = card("Paper World");
    await user.click(within(paper).getByRole("button", { name: "Open in Outlook on the web" }));
    expect(openBrowserWindow).toHaveBeenCalledTimes(1);
    expect(openBrowserWindow.mock.calls[0][0]).toMatch(
      /^https:\/\/outlook\.office\.com\/mail\/deeplink\/compose\?to=orders@paperworld\.example&/,
    );
    await user.click(within(paper).getByRole("button", { name: "Copy" }));
    expect(within(paper).getByText(/The message is on the clipboard/)).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toMatch(
      /^To: orders@paperworld\.example\nSubject: Order PO-/,
    );

    // A host that refuses the clipboard: the page shows the message to copy by hand.
    jest.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("NotAllowedError"));
    await user.click(within(paper).getByRole("button", { name: "Copy" }));
    expect(within(paper).getByText(/may not copy to the clipboard/)).toBeInTheDocument();
    expect((within(paper).getByLabelText("Message to Paper World") as HTMLTextAreaElement).value).toMatch(
      /^To: orders@paperworld\.example\nSubject: Order PO-/,
    );
  });

  test("Mark as sent writes the PO and raises On order; Receive all brings the goods in", async () => {
    const user = userEvent.setup();
    const wb = workbook();
    renderPage();
    await ready();
    await user.click(within(card("Paper World")).getByRole("button", { name: "Mark as sent" }));
    expect(
      await screen.findByText(/^PO-\d{4}-0001: 2 lines written to Purchase orders \(register created\)/),
    ).toBeInTheDocument();
    expect(rowOf(wb, "Inventory", "INV-0001")["On order"]).toBe(48);
    // Paper World is no longer suggested; its PO waits for goods.
    await waitFor(() =>
      expect(screen.queryByRole("region", { name: "Paper World" })).not.toBeInTheDocument(),
    );
    const open = await screen.findByRole("list", { name: "Open purchase orders" });
    expect(within(open).getByText(/Copy paper A4 \(INV-0001\): 48 to come/)).toBeInTheDocument();

    // Part first.
    await user.click(within(open).getByRole("button", { name: "Receive part" }));
    await user.type(within(open).getByLabelText("Received now: Copy paper A4"), "20");
    await user.click(within(open).getByRole("button", { name: "Record receipt" }));
    expect(await screen.findByText(/partly received/)).toBeInTheDocument();
    expect(rowOf(wb, "Inventory", "INV-0001")).toMatchObject({ "On hand": 23, "On order": 28 });
    const stillOpen = await screen.findByText(/Copy paper A4 \(INV-0001\): 28 to come of 48/);
    expect(stillOpen).toBeInTheDocument();

    await user.click(
      within(screen.getByRole("list", { name: "Open purchase orders" })).getByRole("button", {
        name: "Receive all",
      }),
    );
    expect(await screen.findByText(/fully received/)).toBeInTheDocument();
    expect(rowOf(wb, "Inventory", "INV-0001")).toMatchObject({ "On hand": 51, "On order": 0 });
    expect(rowOf(wb, "Inventory", "INV-0005")).toMatchObject({ "On hand": 50, "On order": 0 });
    expect(await screen.findByText("No purchase orders are waiting for goods.")).toBeInTheDocument();
  });

  test("has no axe violations, with drafts, problems and an open PO on screen", async () => {
    const user = userEvent.setup();
    workbook();
    renderPage();
    await ready();
    await user.click(within(card("Paper World")).getByRole("button", { name: "Mark as sent" }));
    await screen.findByRole("list", { name: "Open purchase orders" });
    await user.click(screen.getByRole("button", { name: "Receive part" }));
    expect(await violations()).toEqual([]);
  });

  test("a co-author's new settings reach the drafts without a refresh", async () => {
    const user = userEvent.setup();
    const wb = workbook();
    renderPage();
    await ready();
    expect(screen.getByText(/Drafts are signed without a company name/)).toBeInTheDocument();
    await coAuthorSets(wb, {
      "BackOffice.companyName": "Acme Ltd",
      "BackOffice.template.supplierOrder": { subject: "Bestellung {{poNumber}}", body: "{{items}}" },
    });
    await waitFor(() =>
      expect(screen.queryByText(/Drafts are signed without a company name/)).not.toBeInTheDocument(),
    );
    await user.click(within(card("Paper World")).getByRole("button", { name: "Copy" }));
    expect(await navigator.clipboard.readText()).toMatch(
      /^To: orders@paperworld\.example\nSubject: Bestellung PO-\d{4}-0001\n/,
    );
  });

  test("without an Inventory register it says where to start", async () => {
    const wb = new SimWorkbook();
    wb.addSheet("Sheet1");
    installExcel(wb);
    renderPage();
    expect(
      await screen.findByText(/There is no Inventory register in this workbook yet/),
    ).toBeInTheDocument();
  });
});
