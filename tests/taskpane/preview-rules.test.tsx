// The preview grid with live formulas: computed values, conditional format colours, list validation
// (a labelled dropdown for the active cell, off-list values marked invalid with a description).
import "./support/jsdomGaps";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { attachFormulaEngine } from "../../src/preview/formulas/engine";
import { WorkbookView } from "../../src/preview/grid/WorkbookView";
import { createPersonEdits } from "../../src/preview/personEdits";
import { SimWorkbook, createExcel } from "../../src/preview/simulator";

jest.setTimeout(30_000);

const grid = () => screen.getByRole("grid");
const cell = (address: string) => {
  const found = grid().querySelector(`td[data-address="${address}"]`);
  if (!found) throw new Error(`cell ${address} is not drawn`);
  return found as HTMLElement;
};

async function setup(options: { editable?: boolean } = {}) {
  const wb = new SimWorkbook();
  wb.addSheet("Stock");
  const status = '=IF([@[On hand]]<=[@[Reorder point]],"Reorder","OK")';
  wb.setValues("Stock", "A1", [
    ["Item", "On hand", "Reorder point", "Status", "Unit"],
    ["Pens", 2, 5, status, "Box"],
    ["Paper", 40, 10, status, "Ream"],
    ["Toner", 9, 2, status, "Crate"],
  ]);
  wb.addTable("Stock", "A1:E4", "Stock");
  attachFormulaEngine(wb);
  await createExcel(wb).run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Stock");
    const cf = sheet.getRange("A2:E4").conditionalFormats.add("Custom");
    cf.custom.rule.formula = '=$D2="Reorder"';
    cf.custom.format.fill.color = "#FFEB9C";
    sheet.getRange("E2:E4").dataValidation.rule = { list: { inCellDropDown: true, source: "Box,Ream,Pack" } };
    await context.sync();
  });
  const user = userEvent.setup();
  render(
    <WorkbookView workbook={wb} edits={options.editable === false ? undefined : createPersonEdits(wb)} />,
  );
  return { wb, user };
}

describe("live formulas in the preview grid", () => {
  it("shows computed values and recalculates when a person types a new count", async () => {
    const { user, wb } = await setup();
    expect(cell("D2")).toHaveTextContent("Reorder");
    expect(cell("D3")).toHaveTextContent("OK");
    await user.click(cell("B3"));
    await user.keyboard("4{Enter}");
    await waitFor(() => expect(cell("D3")).toHaveTextContent("Reorder"));
    expect(wb.getValues("Stock", "D3")).toEqual([["Reorder"]]);
  });

  it("colours the rows a conditional format holds for, and follows the data", async () => {
    const { user } = await setup();
    expect(cell("A2")).toHaveStyle({ backgroundColor: "#FFEB9C" });
    expect(cell("C2")).toHaveStyle({ backgroundColor: "#FFEB9C" });
    expect(cell("A3").style.backgroundColor).toBe("");
    await user.click(cell("B2"));
    await user.keyboard("50{Enter}");
    await waitFor(() => expect(cell("A2").style.backgroundColor).toBe(""));
  });

  it("marks a value outside its list as invalid, with a description a screen reader reads", async () => {
    await setup();
    expect(cell("E4")).toHaveAttribute("aria-invalid", "true");
    expect(cell("E4")).toHaveAccessibleDescription("Not one of the values this cell's list allows.");
    expect(cell("E2")).not.toHaveAttribute("aria-invalid");
  });

  it("offers the list of a validated cell as a labelled dropdown; picking a value writes it", async () => {
    const { user, wb } = await setup();
    await user.click(cell("E4"));
    const list = screen.getByRole("combobox", { name: "Choose a value for E4" });
    expect([...(list as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      "Crate (not in the list)",
      "Box",
      "Ream",
      "Pack",
    ]);
    await user.selectOptions(list, "Pack");
    await waitFor(() => expect(wb.getValues("Stock", "E4")).toEqual([["Pack"]]));
    await waitFor(() => expect(cell("E4")).not.toHaveAttribute("aria-invalid"));
    expect(grid()).toHaveFocus();
  });

  it("Alt+Down on a list cell moves to its dropdown, as Excel opens the list", async () => {
    const { user } = await setup();
    await user.click(cell("E2"));
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    expect(screen.getByRole("combobox", { name: "Choose a value for E2" })).toHaveFocus();
  });

  it("a circular reference typed into a cell shows 0 and is named in the status bar until broken", async () => {
    const { user, wb } = await setup();
    await user.click(cell("G2"));
    await user.keyboard("=H2+1{Tab}=G2*2{Enter}");
    await waitFor(() => expect(wb.getCell("Stock", 1, 7).formula).toBe("=G2*2"));
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent("Circular references: Stock!G2, Stock!H2"),
    );
    expect(cell("G2")).toHaveTextContent("0");
    await user.click(cell("H2"));
    await user.keyboard("5{Enter}");
    await waitFor(() => expect(cell("G2")).toHaveTextContent("6"));
    expect(screen.getByRole("status")).toHaveTextContent("");
  });

  it("cells without list validation, and a read-only view, offer no dropdown", async () => {
    const { user } = await setup({ editable: false });
    await user.click(cell("E2"));
    expect(screen.queryByRole("combobox")).toBeNull();
    expect(cell("E4")).toHaveAttribute("aria-invalid", "true");
  });
});
