import "../support/jsdomGaps";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { CellValue } from "../../../src/core/cells/types";
import { todaySerial } from "../../../src/core/cells/excelDates";
import { inventory } from "../../../src/core/registers/definitions";
import InventoryPage from "../../../src/taskpane/pages/inventory/InventoryPage";
import { createExcel, installExcel, SimWorkbook } from "../../../src/preview/simulator";
import { createSampleWorkbook } from "../../../src/preview/sample";
import { seedRegister } from "../../excel/support";

jest.setTimeout(90_000);

type User = ReturnType<typeof userEvent.setup>;

async function chooseOption(user: User, combobox: HTMLElement, name: string) {
  await user.click(combobox);
  await user.click(await screen.findByRole("option", { name }));
}

const ROWS: Record<string, CellValue>[] = [
  {
    itemId: "INV-0001",
    item: "Copy paper",
    category: "Paper",
    location: "Cupboard A",
    supplier: "Northwind",
    onHand: 3,
    reorderPoint: 10,
    maxStock: 40,
    packSize: 5,
    avgDailyUsage: 3,
    leadTimeDays: 4,
  },
  {
    itemId: "INV-0002",
    item: "Toner",
    category: "Toner",
    location: "Copy room",
    supplier: "Contoso",
    onHand: 0,
    reorderPoint: 1,
    maxStock: 3,
    avgDailyUsage: 0.1,
    leadTimeDays: 7,
  },
  {
    itemId: "INV-0003",
    item: "Pens",
    category: "Desk",
    location: "Cupboard A",
    supplier: "Northwind",
    onHand: 30,
    reorderPoint: 5,
    maxStock: 40,
    avgDailyUsage: 0.5,
    leadTimeDays: 4,
  },
  {
    itemId: "INV-0004",
    item: "Clips",
    category: "Desk",
    location: "Cupboard B",
    supplier: "Northwind",
    onHand: 12,
    reorderPoint: 5,
    maxStock: 20,
  },
];

const colIndex = (key: string) => inventory.columns.findIndex((c) => c.key === key);

function seeded(): SimWorkbook {
  const wb = new SimWorkbook();
  seedRegister(wb, inventory, ROWS);
  installExcel(wb);
  return wb;
}

const body = (wb: SimWorkbook) => wb.getValues(inventory.sheetName, "A2:X5");

describe("Inventory page", () => {
  it("converts the sample Supplies sheet, then lists what is low grouped by supplier", async () => {
    const user = userEvent.setup();
    const wb = createSampleWorkbook();
    installExcel(wb);
    render(<InventoryPage focusHeading={false} />);

    const picker = await screen.findByRole("combobox", { name: "Sheet to convert" });
    await waitFor(() => expect(picker).not.toBeDisabled());
    await chooseOption(user, picker, "Supplies");
    await user.click(screen.getByRole("button", { name: "Convert this sheet" }));
    await screen.findByRole("list", { name: "Column mapping" });
    await user.click(screen.getByRole("button", { name: "Convert to Inventory register" }));
    await screen.findByText(/"Supplies" is now the Inventory register/);
    expect(screen.getByRole("button", { name: "Go to Supplies!C8" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Continue to Inventory" }));

    const contoso = await screen.findByRole("list", { name: "To order from Contoso Imaging" });
    // Canon toner: 0 on hand, reorder point 1 → out of stock; order up to max 3.
    expect(
      within(contoso).getByText(/Copier toner Canon C-EXV 53: order 3;.*\(Out of stock\)/),
    ).toBeInTheDocument();
    const northwind = screen.getByRole("list", { name: "To order from Northwind Office Supply" });
    // Whiteboard markers: 2 on hand at reorder point 3 → order up to 10.
    expect(
      within(northwind).getByText(/Whiteboard markers, 4 colours: order 8;.*\(Reorder\)/),
    ).toBeInTheDocument();
    // Plenty of A4 paper (42 above 20): not low.
    expect(screen.queryByText(/Copy paper A4 80gsm \(ream\): order/)).not.toBeInTheDocument();
    // The item whose quantity is the word "twelve" cannot be worked out and is not listed as low.
    expect(screen.queryByText(/Ballpoint pens black.*: order/)).not.toBeInTheDocument();
    // Its problem stays in the page's problems list.
    expect(screen.getByRole("button", { name: "Go to Supplies!C8" })).toBeInTheDocument();
  });

  it("saves counts: On hand and Last counted of the counted rows only", async () => {
    const user = userEvent.setup();
    const wb = seeded();
    const before = body(wb);
    render(<InventoryPage focusHeading={false} />);
    const list = await screen.findByRole("list", { name: "Items to count" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(4);
    // Nothing to save yet: the button is dimmed but stays in the Tab order, so it can be found.
    expect(screen.getByRole("button", { name: "Save counts" })).toHaveAttribute("aria-disabled", "true");

    await user.type(within(list).getByRole("textbox", { name: "Toner (INV-0002)" }), "5");
    await user.type(within(list).getByRole("textbox", { name: "Clips (INV-0004)" }), "7");
    // A count typed wrong is flagged and blocks saving until fixed.
    const pens = within(list).getByRole("textbox", { name: "Pens (INV-0003)" });
    await user.type(pens, "lots");
    expect(screen.getByText('"lots" is not a number.')).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Save counts" })).toHaveAttribute("aria-disabled", "true");
    await user.type(pens, "{Enter}");
    expect(screen.queryByText(/Saved/)).not.toBeInTheDocument();
    await user.clear(pens);

    // Enter in any count saves; the result takes focus so a screen reader reads it out.
    await user.type(within(list).getByRole("textbox", { name: "Clips (INV-0004)" }), "{Enter}");
    const saved = await screen.findByRole("group", { name: /^Saved 2 counts\./ });
    await waitFor(() => expect(saved).toHaveFocus());

    const after = body(wb);
    const today = todaySerial(new Date());
    expect(after[1][colIndex("onHand")]).toBe(5);
    expect(after[3][colIndex("onHand")]).toBe(7);
    expect(after[1][colIndex("lastCounted")]).toBe(today);
    expect(after[3][colIndex("lastCounted")]).toBe(today);
    const calculated = new Set(inventory.columns.flatMap((c, i) => (c.formula ? [i] : [])));
    after.forEach((row, r) =>
      row.forEach((v, c) => {
        const counted = (r === 1 || r === 3) && (c === colIndex("onHand") || c === colIndex("lastCounted"));
        if (!counted && !calculated.has(c)) expect({ r, c, v }).toEqual({ r, c, v: before[r][c] });
      }),
    );
    // The low list follows the new count: the toner (5 above 1) is no longer low.
    await waitFor(() =>
      expect(screen.queryByRole("list", { name: "To order from Contoso" })).not.toBeInTheDocument(),
    );
  });

  it("filters the count list by location and category", async () => {
    const user = userEvent.setup();
    seeded();
    render(<InventoryPage focusHeading={false} />);
    const list = await screen.findByRole("list", { name: "Items to count" });
    await chooseOption(user, screen.getByRole("combobox", { name: "Location" }), "Cupboard A");
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining("Copy paper (INV-0001)"), expect.stringContaining("Pens (INV-0003)")]);
    await chooseOption(user, screen.getByRole("combobox", { name: "Category" }), "Desk");
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
    expect(within(list).getByRole("textbox", { name: "Pens (INV-0003)" })).toBeInTheDocument();
  });

  it("a long register shows 25 counts at a time; Show more, a search and typed counts work across pages", async () => {
    const user = userEvent.setup();
    const rows = Array.from({ length: 30 }, (_, i) => ({
      ...ROWS[i % ROWS.length],
      itemId: `INV-${String(i + 1).padStart(4, "0")}`,
      item: i === 28 ? "Stapler" : `Item ${i + 1}`,
    }));
    const wb = new SimWorkbook();
    seedRegister(wb, inventory, rows);
    installExcel(wb);
    render(<InventoryPage focusHeading={false} />);
    const list = await screen.findByRole("list", { name: "Items to count" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(25);
    expect(screen.getByText("Showing 25 of 30 items.")).toBeInTheDocument();
    await user.type(within(list).getByRole("textbox", { name: "Item 1 (INV-0001)" }), "4");

    // The stapler is past the first page: a search finds it without showing more.
    const search = screen.getByRole("textbox", { name: "Find an item" });
    await user.type(search, "stap");
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
    await user.type(within(list).getByRole("textbox", { name: "Stapler (INV-0029)" }), "9");
    expect(screen.queryByText(/^Showing/)).not.toBeInTheDocument();

    await user.clear(search);
    await user.click(screen.getByRole("button", { name: "Show 5 more" }));
    expect(within(list).getAllByRole("listitem")).toHaveLength(30);
    expect(screen.queryByRole("button", { name: /^Show \d+ more$/ })).not.toBeInTheDocument();
    // Both counts were kept while the list changed, and both are saved.
    expect(within(list).getByRole("textbox", { name: "Item 1 (INV-0001)" })).toHaveValue("4");
    await user.click(screen.getByRole("button", { name: "Save counts" }));
    await screen.findByRole("group", { name: /^Saved 2 counts\./ });
    const onHand = wb.getValues(inventory.sheetName, `A2:X31`).map((r) => r[colIndex("onHand")]);
    expect([onHand[0], onHand[28]]).toEqual([4, 9]);
  });

  it("suggests reorder points and applies them only to the ticked rows", async () => {
    const user = userEvent.setup();
    const wb = seeded();
    const before = body(wb);
    render(<InventoryPage focusHeading={false} />);
    await user.click(await screen.findByRole("button", { name: "Suggest reorder points" }));
    const list = screen.getByRole("list", { name: "Suggested reorder points" });
    // Clips have no usage or lead time: no suggestion, said why.
    expect(within(list).getAllByRole("checkbox")).toHaveLength(3);
    expect(screen.getByText(/Clips \(no Avg daily usage\)/)).toBeInTheDocument();

    const paper = within(list).getByRole("checkbox", {
      name: /Copy paper \(INV-0001\): reorder point 10 → (\d+)/,
    });
    const suggested = Number(/→ (\d+), safety/.exec(paper.closest("li")!.textContent!)![1]);
    await user.click(paper);
    await user.click(screen.getByRole("button", { name: "Apply to 1 ticked item" }));
    await screen.findByText("Applied to 1 item: INV-0001.");

    const after = body(wb);
    expect(after[0][colIndex("reorderPoint")]).toBe(suggested);
    expect(suggested).toBeGreaterThan(3 * 4); // usage over the lead time plus a safety margin
    for (const r of [1, 2, 3]) {
      expect(after[r][colIndex("reorderPoint")]).toBe(before[r][colIndex("reorderPoint")]);
      expect(after[r][colIndex("safetyStock")]).toBe(before[r][colIndex("safetyStock")]);
    }
  });

  it("lists problems with their cells, and Go to selects the cell", async () => {
    const user = userEvent.setup();
    const wb = new SimWorkbook();
    seedRegister(wb, inventory, [...ROWS.slice(0, 2), { ...ROWS[2], onHand: "thirty" }]);
    installExcel(wb);
    render(<InventoryPage focusHeading={false} />);
    const group = await screen.findByRole("list", { name: "Text where a number belongs" });
    const address = `Inventory!${String.fromCharCode(65 + colIndex("onHand"))}4`;
    expect(group).toHaveTextContent(address);
    await user.click(screen.getByRole("button", { name: `Go to ${address}` }));
    await waitFor(() =>
      expect(wb.getSelection()).toEqual({ sheet: "Inventory", address: address.split("!")[1] }),
    );
  });

  it("re-reads when a co-author changes the register: a restocked item leaves the low list", async () => {
    const wb = seeded();
    render(<InventoryPage focusHeading={false} />);
    const contoso = await screen.findByRole("list", { name: "To order from Contoso" });
    expect(contoso).toHaveTextContent("Toner");
    const bob = createExcel(wb, { clientName: "bob" });
    const onHand = `${String.fromCharCode(65 + colIndex("onHand"))}3`;
    await bob.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(inventory.sheetName).getRange(onHand).values = [[6]];
      await ctx.sync();
    });
    await waitFor(() =>
      expect(screen.queryByRole("list", { name: "To order from Contoso" })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole("textbox", { name: "Toner (INV-0002)" }).closest("li")).toHaveTextContent(
      "On hand now: 6",
    );
  });
});

describe("Inventory page on a new, empty register", () => {
  it("creates the register from the page and says it has no items yet", async () => {
    const user = userEvent.setup();
    const wb = createSampleWorkbook();
    installExcel(wb);
    render(<InventoryPage focusHeading={false} />);
    await user.click(await screen.findByRole("button", { name: "Create empty register" }));
    expect(await screen.findByText(/The Inventory register has no items yet/)).toBeInTheDocument();
    expect(wb.tableNames()).toEqual(["Inventory"]);
    expect(
      within(screen.getByRole("list", { name: "Items to count" })).queryAllByRole("listitem"),
    ).toHaveLength(0);
  });
});
