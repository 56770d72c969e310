import "../support/jsdomGaps";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RegisterSetup } from "../../../src/taskpane/pages/registerSetup";
import { installExcel, SimWorkbook } from "../../../src/preview/simulator";
import { createSampleWorkbook } from "../../../src/preview/sample";

jest.setTimeout(120_000);

async function chooseOption(user: ReturnType<typeof userEvent.setup>, combobox: HTMLElement, name: string) {
  await user.click(combobox);
  await user.click(await screen.findByRole("option", { name }));
}

describe("Set up a register: convert the sample Supplies sheet", () => {
  it("shows the mapping, converts as confirmed, lists problems with addresses, and Go to selects the cell", async () => {
    const user = userEvent.setup();
    const wb = createSampleWorkbook();
    installExcel(wb);
    const onReady = jest.fn();
    render(<RegisterSetup registerId="inventory" onReady={onReady} />);

    const sheetPicker = await screen.findByRole("combobox", { name: "Sheet to convert" });
    await waitFor(() => expect(sheetPicker).not.toBeDisabled());
    await chooseOption(user, sheetPicker, "Supplies");
    await user.click(screen.getByRole("button", { name: "Convert this sheet" }));

    const mapping = await screen.findByRole("list", { name: "Column mapping" });
    const qty = within(mapping).getByRole("combobox", { name: /Column C: Qty/ });
    expect(qty).toHaveTextContent("On hand");
    expect(within(mapping).getByText("Column F: Vendor").closest("li")).toHaveTextContent(
      "matched by a usual name for it",
    );
    // The key column is not in the sheet: IDs will be added, so it is not flagged as missing.
    expect(screen.getByText(/Added on the right, empty \(IDs filled in\): Item ID/)).toBeInTheDocument();

    // Item is required: mapping its column away flags it; mapping it back clears the flag.
    const item = within(mapping).getByRole("combobox", { name: /Column A: Item/ });
    await chooseOption(user, item, "Keep as extra column");
    expect(screen.getByText(/Required but no column feeds it: Item\./)).toBeInTheDocument();
    await chooseOption(user, item, "Item (required)");
    expect(screen.queryByText(/Required but no column feeds it/)).not.toBeInTheDocument();

    // Keep SKU as an extra column instead of Supplier SKU.
    await chooseOption(
      user,
      within(mapping).getByRole("combobox", { name: /Column G: SKU/ }),
      "Keep as extra column",
    );

    await user.click(screen.getByRole("button", { name: "Convert to Inventory register" }));
    await screen.findByText(/"Supplies" is now the Inventory register/);
    expect(wb.tableNames()).toEqual(["Inventory"]);
    expect(wb.getValues("Supplies", "C1:G1")).toEqual([
      ["On hand", "Reorder point", "Max stock", "Supplier", "SKU"],
    ]);

    // Problems, grouped by kind, each with its cell.
    const textInNumbers = screen.getByRole("list", { name: "Text where a number belongs" });
    expect(within(textInNumbers).getByText(/"twelve".*\(Supplies!C8\)/)).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Excel error values" })).toHaveTextContent("Supplies!K29");

    await user.click(screen.getByRole("button", { name: "Go to Supplies!C8" }));
    await waitFor(() => expect(wb.getSelection()).toEqual({ sheet: "Supplies", address: "C8" }));

    // Fix the cell in the sheet, then Check again: that problem is gone.
    wb.setValues("Supplies", "C8", [[12]]);
    await user.click(screen.getByRole("button", { name: "Check again" }));
    await waitFor(() => expect(screen.queryByText(/"twelve"/)).not.toBeInTheDocument());
    expect(screen.getByRole("list", { name: "Excel error values" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Continue to Inventory" }));
    expect(onReady).toHaveBeenCalledTimes(1);
  });

  it("creates an empty register and says it is ready", async () => {
    const user = userEvent.setup();
    const wb = createSampleWorkbook();
    installExcel(wb);
    const onReady = jest.fn();
    render(<RegisterSetup registerId="suppliers" onReady={onReady} />);
    await user.click(screen.getByRole("button", { name: "Create empty register" }));
    await waitFor(() => expect(onReady).toHaveBeenCalledTimes(1));
    expect(wb.tableNames()).toEqual(["Suppliers"]);
  });

  it("refuses a sheet that holds no headers for the register, with a message", async () => {
    const user = userEvent.setup();
    const wb = createSampleWorkbook();
    wb.addSheet("Blank");
    installExcel(wb);
    render(<RegisterSetup registerId="inventory" onReady={jest.fn()} />);
    const sheetPicker = await screen.findByRole("combobox", { name: "Sheet to convert" });
    await waitFor(() => expect(sheetPicker).not.toBeDisabled());
    await chooseOption(user, sheetPicker, "Blank");
    await user.click(screen.getByRole("button", { name: "Convert this sheet" }));
    expect(await screen.findByText(/Blank is empty: there is nothing to convert/)).toBeInTheDocument();
    expect(wb.tableNames()).toEqual([]);
  });
});

describe("Set up a register: the current selection, and what the review says about the sheet", () => {
  it("converts only the selected area, shows merged cells with Go to, and keeps the rows above", async () => {
    const user = userEvent.setup();
    const wb = new SimWorkbook();
    wb.addSheet("Stock");
    wb.setValues("Stock", "A1", [
      ["Cupboard list, autumn"],
      [null],
      ["Item", "Qty", "Vendor", "Location"],
      ["Paper", 12, "Northwind", "Shelf 1"],
      ["Toner", 2, "Contoso", "Shelf 1"],
      ["Pens", 30, "Northwind", "Drawer"],
    ]);
    wb.mergeCells("Stock", "D4:D5");
    wb.setSelection("Stock", "A3:D6");
    installExcel(wb);
    render(<RegisterSetup registerId="inventory" onReady={jest.fn()} />);

    await user.click(await screen.findByRole("button", { name: "Use the current selection" }));
    const mapping = await screen.findByRole("list", { name: "Column mapping" });
    expect(within(mapping).getAllByRole("listitem")).toHaveLength(4);
    const about = screen.getByRole("list", { name: "About this sheet" });
    const merged = within(about)
      .getAllByRole("listitem")
      .find((li) => /merged/i.test(li.textContent ?? ""));
    expect(merged).toBeDefined();
    await user.click(within(merged!).getByRole("button", { name: "Go to Stock!D4:D5" }));
    await waitFor(() => expect(wb.getSelection()).toEqual({ sheet: "Stock", address: "D4:D5" }));

    await user.click(screen.getByRole("button", { name: "Convert to Inventory register" }));
    await screen.findByText(/"Stock" is now the Inventory register/);
    expect(screen.getByRole("list", { name: "What changed" })).toHaveTextContent(/Unmerged.*Stock!D4:D5/);
    // The title above the selection is not part of the table and is unchanged.
    expect(wb.getValues("Stock", "A1:A1")).toEqual([["Cupboard list, autumn"]]);
    expect(wb.getValues("Stock", "A3:D3")).toEqual([["Item", "On hand", "Supplier", "Location"]]);
    expect(wb.getValues("Stock", "D4:D4")).toEqual([["Shelf 1"]]);
  });
});
