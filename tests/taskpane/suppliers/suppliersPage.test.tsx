import "../support/jsdomGaps";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import SuppliersPage from "../../../src/taskpane/pages/suppliers/SuppliersPage";
import { createExcel, installExcel, SimWorkbook } from "../../../src/preview/simulator";
import { suppliers } from "../../../src/core/registers/definitions/suppliers";
import { seedRegister } from "../../excel/support";
import { createSampleWorkbook } from "../../../src/preview/sample";

jest.setTimeout(60_000);

describe("Suppliers page", () => {
  it("converts the sample Vendors sheet and flags the supplier without an email", async () => {
    const user = userEvent.setup();
    const wb = createSampleWorkbook();
    installExcel(wb);
    render(<SuppliersPage focusHeading={false} />);

    const picker = await screen.findByRole("combobox", { name: "Sheet to convert" });
    await waitFor(() => expect(picker).not.toBeDisabled());
    await user.click(picker);
    await user.click(await screen.findByRole("option", { name: "Vendors" }));
    await user.click(screen.getByRole("button", { name: "Convert this sheet" }));
    const mapping = await screen.findByRole("list", { name: "Column mapping" });
    expect(within(mapping).getByRole("combobox", { name: /Column C: E-mail/ })).toHaveTextContent("Email");
    await user.click(screen.getByRole("button", { name: "Convert to Suppliers register" }));
    await user.click(await screen.findByRole("button", { name: "Continue to Suppliers" }));

    const list = await screen.findByRole("list", { name: "Suppliers" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(6);
    expect(
      screen.getByRole("heading", { name: "6 suppliers, 1 without an email address" }),
    ).toBeInTheDocument();
    const wingtip = within(list).getByRole("listitem", { name: "Wingtip Wholesale" });
    expect(within(wingtip).getByText(/No email/)).toBeInTheDocument();
    const northwind = within(list).getByRole("listitem", { name: "Northwind Office Supply" });
    expect(within(northwind).queryByText(/No email/)).not.toBeInTheDocument();

    await user.click(within(wingtip).getByRole("button", { name: "Go to Wingtip Wholesale" }));
    await waitFor(() => expect(wb.getSelection()).toEqual({ sheet: "Vendors", address: "A6" }));
  });
});

// A colleague adds a supplier's email in the shared workbook: the open page stops flagging it.
it("re-reads when a co-author changes the Suppliers register", async () => {
  const wb = new SimWorkbook();
  wb.addSheet("Sheet1");
  seedRegister(wb, suppliers, [
    { supplier: "Contoso Paper", email: "orders@contoso.example" },
    { supplier: "Wingtip Wholesale" },
  ]);
  installExcel(wb);
  render(<SuppliersPage focusHeading={false} />);
  expect(
    await screen.findByRole("heading", { name: "2 suppliers, 1 without an email address" }),
  ).toBeInTheDocument();
  // Give the page time to subscribe before the co-author's edit.
  await new Promise((resolve) => setTimeout(resolve, 50));

  const email = suppliers.columns.findIndex((c) => c.key === "email");
  await createExcel(wb, { clientName: "colleague" }).run(async (context) => {
    context.workbook.worksheets.getItem(suppliers.sheetName).getCell(2, email).values = [
      ["sales@wingtip.example"],
    ];
    await context.sync();
  });

  expect(
    await screen.findByRole("heading", { name: "2 suppliers" }, { timeout: 10_000 }),
  ).toBeInTheDocument();
  const wingtip = within(screen.getByRole("list", { name: "Suppliers" })).getByRole("listitem", {
    name: "Wingtip Wholesale",
  });
  expect(within(wingtip).queryByText(/No email/)).not.toBeInTheDocument();
});
