import "../support/jsdomGaps";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axeViolations as violations } from "../support/axe";
import type { CellValue } from "../../../src/core/cells/types";
import { inventory, suppliers } from "../../../src/core/registers/definitions";
import InventoryPage from "../../../src/taskpane/pages/inventory/InventoryPage";
import SuppliersPage from "../../../src/taskpane/pages/suppliers/SuppliersPage";
import { installExcel, SimWorkbook } from "../../../src/preview/simulator";
import { createSampleWorkbook } from "../../../src/preview/sample";
import { seedRegister } from "../../excel/support";

jest.setTimeout(90_000);

describe("accessibility of the register setup, Inventory and Suppliers pages (axe)", () => {
  it("setup: choosing, reviewing the mapping, and the problems after converting", async () => {
    const user = userEvent.setup();
    installExcel(createSampleWorkbook());
    render(<InventoryPage focusHeading={false} />);
    const picker = await screen.findByRole("combobox", { name: "Sheet to convert" });
    await waitFor(() => expect(picker).not.toBeDisabled());
    expect(await violations()).toEqual([]);

    await user.click(picker);
    await user.click(await screen.findByRole("option", { name: "Supplies" }));
    await user.click(screen.getByRole("button", { name: "Convert this sheet" }));
    await screen.findByRole("list", { name: "Column mapping" });
    expect(await violations()).toEqual([]);

    await user.click(screen.getByRole("button", { name: "Convert to Inventory register" }));
    await screen.findByRole("button", { name: "Check again" });
    expect(await violations()).toEqual([]);
  });

  it("the Inventory page with its register, suggestions shown", async () => {
    const user = userEvent.setup();
    const wb = new SimWorkbook();
    const rows: Record<string, CellValue>[] = [
      {
        itemId: "INV-0001",
        item: "Paper",
        supplier: "Northwind",
        onHand: 2,
        reorderPoint: 5,
        maxStock: 20,
        avgDailyUsage: 1,
        leadTimeDays: 3,
        location: "A",
        category: "Paper",
      },
      {
        itemId: "INV-0002",
        item: "Pens",
        supplier: "Northwind",
        onHand: "ten",
        reorderPoint: 5,
        maxStock: 20,
      },
    ];
    seedRegister(wb, inventory, rows);
    installExcel(wb);
    render(<InventoryPage focusHeading={false} />);
    await user.click(await screen.findByRole("button", { name: "Suggest reorder points" }));
    await user.type(screen.getByRole("textbox", { name: "Paper (INV-0001)" }), "x");
    await act(async () => undefined);
    expect(await violations()).toEqual([]);
  });

  it("the Suppliers page with its register", async () => {
    const wb = new SimWorkbook();
    seedRegister(wb, suppliers, [
      { supplier: "Northwind", email: "orders@northwind.example.com" },
      { supplier: "Wingtip", phone: "555-0131" },
    ]);
    installExcel(wb);
    render(<SuppliersPage focusHeading={false} />);
    await screen.findByRole("list", { name: "Suppliers" });
    expect(await violations()).toEqual([]);
  });
});
