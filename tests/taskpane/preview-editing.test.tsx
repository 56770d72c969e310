import "./support/jsdomGaps";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WorkbookView } from "../../src/preview/grid/WorkbookView";
import { createPersonEdits } from "../../src/preview/personEdits";
import { createSampleWorkbook } from "../../src/preview/sample";
import { installExcel, SimWorkbook } from "../../src/preview/simulator";

// Fluent UI renders slowly under jsdom, and slower still when every test project runs at once.
jest.setTimeout(30_000);

const grid = () => screen.getByRole("grid");
const cell = (address: string) => {
  const found = grid().querySelector(`td[data-address="${address}"]`);
  if (!found) throw new Error(`cell ${address} is not drawn`);
  return found as HTMLElement;
};
const nameBox = () => screen.getByLabelText("Selected cell");
const formulaBar = () => screen.getByLabelText("Formula bar");

function setup(wb: SimWorkbook = createSampleWorkbook()) {
  const user = userEvent.setup();
  render(<WorkbookView workbook={wb} edits={createPersonEdits(wb)} />);
  return { user, wb };
}

describe("typing into the preview grid", () => {
  it("typing over a cell replaces it the way Excel reads typing: a number stays a number", async () => {
    const { user, wb } = setup();
    await user.click(cell("C8"));
    expect(cell("C8")).toHaveTextContent("twelve");
    await user.keyboard("12{Enter}");
    await waitFor(() => expect(cell("C8")).toHaveTextContent("12"));
    expect(wb.getCell("Supplies", 7, 2).value).toBe(12);
    // Enter moves down, as in Excel.
    expect(nameBox()).toHaveValue("C9");
    expect(grid()).toHaveFocus();
  });

  it("keeps text that starts with an apostrophe as text, and reads = as a formula", async () => {
    const { user, wb } = setup();
    await user.click(cell("G2"));
    await user.keyboard("'007{Tab}");
    await waitFor(() => expect(wb.getCell("Supplies", 1, 6).value).toBe("007"));
    expect(nameBox()).toHaveValue("H2");
    await user.click(cell("N2"));
    await user.keyboard("=C2*H2{Enter}");
    await waitFor(() => expect(wb.getCell("Supplies", 1, 13).formula).toBe("=C2*H2"));
    await user.click(cell("N2"));
    expect(formulaBar()).toHaveValue("=C2*H2");
  });

  it("F2 edits the current content in the formula bar; Escape leaves the cell as it was", async () => {
    const { user, wb } = setup();
    await user.click(cell("A2"));
    await user.keyboard("{F2}");
    expect(formulaBar()).toHaveFocus();
    expect(formulaBar()).toHaveValue("Copy paper A4 80gsm (ream)");
    await user.keyboard(" white{Escape}");
    expect(grid()).toHaveFocus();
    expect(wb.getCell("Supplies", 1, 0).value).toBe("Copy paper A4 80gsm (ream)");
    expect(formulaBar()).toHaveValue("Copy paper A4 80gsm (ream)");

    await user.keyboard("{F2} white{Enter}");
    await waitFor(() => expect(wb.getCell("Supplies", 1, 0).value).toBe("Copy paper A4 80gsm (ream) white"));
  });

  it("typing into the formula bar edits the active cell, also when another cell is clicked to finish", async () => {
    const { user, wb } = setup();
    await user.click(cell("B3"));
    await user.click(formulaBar());
    await user.clear(formulaBar());
    await user.type(formulaBar(), "Large format");
    await user.click(cell("E10"));
    await waitFor(() => expect(wb.getCell("Supplies", 2, 1).value).toBe("Large format"));
    expect(wb.getCell("Supplies", 9, 4).value).toBe(10);
    expect(nameBox()).toHaveValue("E10");
  });

  it("Delete clears the selected cells' contents but keeps their formats", async () => {
    const { user, wb } = setup();
    await user.click(cell("H2"));
    await user.keyboard("{Shift>}{ArrowDown}{/Shift}{Delete}");
    await waitFor(() => expect(cell("H2")).toHaveTextContent(""));
    expect(wb.getCell("Supplies", 2, 7).value).toBeNull();
    expect(wb.getCell("Supplies", 1, 7).numberFormat).toBe("$#,##0.00");
    expect(wb.getCell("Supplies", 3, 7).value).toBe(28.5);
  });

  it("the add-in sees the person's edit as a local change", async () => {
    const wb = new SimWorkbook();
    wb.addSheet("Sheet1");
    installExcel(wb);
    const { user } = setup(wb);
    const sources: string[] = [];
    await act(async () => {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (event) => {
          sources.push(event.source);
        });
        await context.sync();
      });
    });
    await user.click(cell("A1"));
    await user.keyboard("Hello{Enter}");
    await waitFor(() => expect(sources).toEqual(["Local"]));
  });

  it("without an editor the grid is read-only", async () => {
    const user = userEvent.setup();
    const wb = createSampleWorkbook();
    render(<WorkbookView workbook={wb} />);
    await user.click(cell("A2"));
    await user.keyboard("x{Delete}");
    expect(wb.getCell("Supplies", 1, 0).value).toBe("Copy paper A4 80gsm (ream)");
    expect(formulaBar()).toHaveAttribute("readonly");
  });
});
