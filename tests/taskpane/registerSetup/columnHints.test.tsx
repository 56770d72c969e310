// What a register column is for, said where the person maps a sheet's column onto it: a column whose
// register column has a description carries it as the field's hint (announced with the dropdown), one
// without says only how it was matched, and the hint follows the person's own choice.
import "../support/jsdomGaps";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RegisterSetup } from "../../../src/taskpane/pages/registerSetup";
import { installExcel, SimWorkbook } from "../../../src/preview/simulator";

jest.setTimeout(120_000);

const REORDER_POINT = "Order more when On hand + On order falls to this.";
const SAFETY_STOCK = "A buffer kept for busy days and late deliveries.";

function stockSheet(): SimWorkbook {
  const wb = new SimWorkbook();
  wb.addSheet("Stock");
  wb.setValues("Stock", "A1", [
    ["Item", "Qty", "Reorder level", "Spare"],
    ["Coffee beans (1kg)", 3, 2, 1],
    ["Paper cups", 200, 50, 20],
  ]);
  return wb;
}

async function openMapping(user: ReturnType<typeof userEvent.setup>) {
  const picker = await screen.findByRole("combobox", { name: "Sheet to convert" });
  await waitFor(() => expect(picker).not.toBeDisabled());
  await user.click(picker);
  await user.click(await screen.findByRole("option", { name: "Stock" }));
  await user.click(screen.getByRole("button", { name: "Convert this sheet" }));
  return screen.findByRole("list", { name: "Column mapping" });
}

test("a register column's description is the hint of the column mapped onto it, and only then", async () => {
  const user = userEvent.setup({ delay: null });
  installExcel(stockSheet());
  render(<RegisterSetup registerId="inventory" onReady={() => {}} />);
  const mapping = await openMapping(user);

  const reorder = within(mapping).getByRole("combobox", { name: /Column C: Reorder level/ });
  expect(reorder).toHaveTextContent("Reorder point");
  expect(reorder).toHaveAccessibleDescription(`${REORDER_POINT} matched by a usual name for it`);
  expect(within(mapping).getByText(REORDER_POINT)).toBeVisible();

  // Item has no description: its hint says how it matched, nothing more.
  const item = within(mapping).getByRole("combobox", { name: /Column A: Item/ });
  expect(item).toHaveTextContent("Item");
  expect(item).toHaveAccessibleDescription("same header");

  // The description follows what the person chooses, and goes when the column feeds no register column.
  const spare = within(mapping).getByRole("combobox", { name: /Column D: Spare/ });
  expect(spare).not.toHaveAccessibleDescription(expect.stringContaining(SAFETY_STOCK));
  await user.click(spare);
  await user.click(await screen.findByRole("option", { name: "Safety stock" }));
  expect(spare).toHaveAccessibleDescription(`${SAFETY_STOCK} chosen by you`);
  await user.click(spare);
  await user.click(await screen.findByRole("option", { name: "Keep as extra column" }));
  expect(spare).toHaveAccessibleDescription(
    "no register column: kept as an extra column with all its values",
  );
  expect(within(mapping).queryByText(SAFETY_STOCK)).not.toBeInTheDocument();
});
