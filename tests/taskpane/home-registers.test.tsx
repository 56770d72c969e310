import "./support/jsdomGaps";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { loadRegisters } from "../../src/taskpane/api";
import { createNavigationStore } from "../../src/taskpane/navigation";
import { installExcel, SimWorkbook } from "../../src/preview/simulator";
import { createSampleWorkbook } from "../../src/preview/sample";
import { standInPages } from "./support/standInPages";

// Fluent UI renders slowly under jsdom, and slower still when every test project runs at once.
jest.setTimeout(30_000);

function workbookWithInventory(): SimWorkbook {
  const wb = new SimWorkbook();
  wb.addSheet("Stock");
  wb.setValues("Stock", "A1", [
    ["Item ID", "Item", "On hand"],
    ["INV-0001", "Copy paper A4", 42],
    ["INV-0002", "Toner 59A", 2],
    ["INV-0003", "Coffee beans", 3],
  ]);
  wb.addTable("Stock", "A1:C4", "Inventory");
  wb.addSheet("Notes");
  wb.setValues("Notes", "A1", [["Phone list"], ["Reception 100"]]);
  wb.addTable("Notes", "A1:A2", "PhoneList");
  return wb;
}

function registerItem(label: string) {
  return within(screen.getByRole("list", { name: "Registers" })).getByRole("listitem", { name: label });
}

describe("Home lists the registers found in the workbook", () => {
  it("reports the Inventory table with its sheet and rows, and the others as not found", async () => {
    installExcel(workbookWithInventory());
    render(<App store={createNavigationStore()} />);
    await screen.findByRole("list", { name: "Registers" });

    const inventory = registerItem("Inventory");
    expect(within(inventory).getByText("Ready")).toBeInTheDocument();
    expect(
      within(inventory).getByText('Inventory: table Inventory on sheet "Stock", 3 rows.'),
    ).toBeInTheDocument();

    expect(screen.queryByText(/No registers in this workbook yet/)).not.toBeInTheDocument();
    const suppliers = registerItem("Suppliers");
    expect(within(suppliers).getByText("Not set up")).toBeInTheDocument();
    expect(
      within(suppliers).getByText("Suppliers: no Suppliers table in this workbook yet."),
    ).toBeInTheDocument();

    // Equipment covers two registers; neither is here.
    const equipment = registerItem("Equipment");
    expect(
      within(equipment).getByText(
        "Service log: no ServiceLog table in this workbook yet. Equipment creates it when first needed.",
      ),
    ).toBeInTheDocument();
    // Orders drafts from Inventory and makes its own Purchase orders register when the first order is
    // marked as sent, so with Inventory it is ready, as the Orders page itself shows.
    const orders = registerItem("Orders");
    expect(within(orders).getByText("Ready")).toBeInTheDocument();
    expect(
      within(orders).getByText(
        "Purchase orders: no PurchaseOrders table in this workbook yet. Orders creates it when first needed.",
      ),
    ).toBeInTheDocument();
    // A table that is not a register is not listed as one.
    expect(screen.queryByText(/PhoneList/)).not.toBeInTheDocument();
  });

  it("lists Staff's Checklists register with the others, and never the Discipline register", async () => {
    const wb = new SimWorkbook();
    for (const [sheet, table, header] of [
      ["Staff", "Staff", "Staff ID"],
      ["Checklists", "Checklists", "Tick ID"],
      ["Discipline", "Discipline", "Case ID"],
    ]) {
      wb.addSheet(sheet);
      wb.setValues(sheet, "A1", [[header], ["X-0001"], ["X-0002"]]);
      wb.addTable(sheet, "A1:A3", table);
    }
    installExcel(wb);
    render(<App store={createNavigationStore()} />);
    await screen.findByRole("list", { name: "Registers" });
    const staff = registerItem("Staff");
    expect(
      within(staff).getByText('Checklists: table Checklists on sheet "Checklists", 2 rows.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Discipline/)).not.toBeInTheDocument();
  });

  it("on the sample workbook, which has only plain sheets, finds no register", async () => {
    installExcel(createSampleWorkbook());
    render(<App store={createNavigationStore()} />);
    const list = await screen.findByRole("list", { name: "Registers" });
    expect(within(list).getAllByText("Not set up")).toHaveLength(7);
    expect(within(list).queryByText("Ready")).not.toBeInTheDocument();
    // Orders says what it waits for.
    expect(
      within(registerItem("Orders")).getByText("Inventory: no Inventory table in this workbook yet."),
    ).toBeInTheDocument();
    expect(screen.getByText(/No registers in this workbook yet/)).toBeInTheDocument();
  });

  it("opens a register's page from its entry", async () => {
    const user = userEvent.setup();
    installExcel(workbookWithInventory());
    const store = createNavigationStore();
    render(<App store={store} pageComponents={standInPages()} />);
    await user.click(await screen.findByRole("button", { name: "Open Inventory" }));
    expect(store.current()).toBe("inventory");
    expect(screen.getByRole("heading", { level: 2, name: "Inventory" })).toBeInTheDocument();
  });

  it("sees a table created after the page loaded when Refresh is pressed", async () => {
    const user = userEvent.setup();
    const wb = new SimWorkbook();
    wb.addSheet("Suppliers");
    wb.setValues("Suppliers", "A1", [
      ["Supplier", "Email"],
      ["Northwind", "orders@northwind.example.com"],
    ]);
    installExcel(wb);
    render(<App store={createNavigationStore()} />);
    await screen.findByRole("list", { name: "Registers" });
    expect(within(registerItem("Suppliers")).getByText("Not set up")).toBeInTheDocument();

    wb.addTable("Suppliers", "A1:B2", "Suppliers");
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    // The list stays on screen while the workbook is read again.
    await waitFor(() => expect(within(registerItem("Suppliers")).getByText("Ready")).toBeInTheDocument());
  });

  it("says so when the workbook cannot be read", async () => {
    render(
      <App
        store={createNavigationStore()}
        loadRegisters={() => Promise.reject(new Error("Excel is busy"))}
      />,
    );
    expect(await screen.findByText("Could not read the workbook")).toBeInTheDocument();
    expect(screen.getByText("Excel is busy")).toBeInTheDocument();
  });

  it("reads the workbook again on Try again after a failed read", async () => {
    const user = userEvent.setup();
    installExcel(workbookWithInventory());
    let fail = true;
    // Stable, as the App's own is: a new function would read again by itself.
    const flaky = () => (fail ? Promise.reject(new Error("Excel is busy")) : loadRegisters());
    render(<App store={createNavigationStore()} loadRegisters={flaky} />);
    expect(await screen.findByText("Could not read the workbook")).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "Registers" })).not.toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await screen.findByRole("list", { name: "Registers" });
    expect(within(registerItem("Inventory")).getByText("Ready")).toBeInTheDocument();
    expect(screen.queryByText("Could not read the workbook")).not.toBeInTheDocument();
  });
});

describe("loadRegisters", () => {
  it("lists only the registers, with sheet and rows, in one sync whatever the number of tables", async () => {
    const wb = workbookWithInventory();
    for (let i = 0; i < 5; i++) {
      wb.addSheet(`Extra ${i}`);
      wb.setValues(`Extra ${i}`, "A1", [["H"], [i]]);
      wb.addTable(`Extra ${i}`, "A1:A2");
    }
    const excel = installExcel(wb);
    const found = await loadRegisters();
    expect(found).toEqual([
      expect.objectContaining({ tableName: "Inventory", sheetName: "Stock", rowCount: 3 }),
    ]);
    expect(excel.stats.last()?.syncs).toBe(1);
  });
});
