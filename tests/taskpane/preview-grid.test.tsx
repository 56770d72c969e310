import "./support/jsdomGaps";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WorkbookView } from "../../src/preview/grid/WorkbookView";
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

describe("preview grid", () => {
  it("draws the first sheet of the sample with column letters, row numbers and formatted cells", () => {
    render(<WorkbookView workbook={createSampleWorkbook()} />);
    expect(grid()).toHaveAccessibleName("Sheet Supplies");
    const headers = within(grid()).getAllByRole("columnheader");
    expect(headers[0]).toHaveAccessibleName("Row number");
    expect(headers.slice(1, 5).map((h) => h.textContent)).toEqual(["A", "B", "C", "D"]);
    expect(within(grid()).getAllByRole("rowheader")[0]).toHaveTextContent("1");
    expect(cell("A1")).toHaveTextContent("Item");
    expect(cell("A2")).toHaveTextContent("Copy paper A4 80gsm (ream)");
    // Price as money, Last counted as a date, the planted problems as they were typed.
    expect(cell("H2")).toHaveTextContent("$4.95");
    expect(cell("M2")).toHaveTextContent("2 Nov 2026");
    expect(cell("C8")).toHaveTextContent("twelve");
    expect(cell("M19")).toHaveTextContent("14/11/2026");
    expect(nameBox()).toHaveValue("A1");
  });

  it("selecting a cell shows its address and its value as typed; the add-in's selection follows", async () => {
    const user = userEvent.setup();
    const wb = createSampleWorkbook();
    installExcel(wb);
    render(<WorkbookView workbook={wb} />);
    await user.click(cell("H2"));
    expect(nameBox()).toHaveValue("H2");
    expect(formulaBar()).toHaveValue("4.95");
    expect(cell("H2")).toHaveAttribute("aria-selected", "true");

    const address = await Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return range.address;
    });
    expect(address).toBe("Supplies!H2");
  });

  it("moves the selection with the arrow keys", async () => {
    const user = userEvent.setup();
    render(<WorkbookView workbook={createSampleWorkbook()} />);
    grid().focus();
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowRight}");
    expect(nameBox()).toHaveValue("B3");
    expect(formulaBar()).toHaveValue("Paper");
    await user.keyboard("{ArrowUp}{ArrowUp}{ArrowUp}{ArrowLeft}{ArrowLeft}");
    expect(nameBox()).toHaveValue("A1");
    await user.keyboard("{Control>}{End}{/Control}");
    expect(nameBox()).toHaveValue("M32");
  });

  it("shows a formula in the formula bar and its value in the cell", async () => {
    const user = userEvent.setup();
    const wb = new SimWorkbook();
    wb.addSheet("Sheet1");
    wb.setValues("Sheet1", "A1", [[2, 3, "=A1*B1"]]);
    wb.setFormulaEvaluator((formula, at, book) =>
      formula === "=A1*B1"
        ? Number(book.getCell(at.sheet, 0, 0).value) * Number(book.getCell(at.sheet, 0, 1).value)
        : null,
    );
    render(<WorkbookView workbook={wb} />);
    await user.click(cell("C1"));
    expect(formulaBar()).toHaveValue("=A1*B1");
    expect(cell("C1")).toHaveTextContent("6");
  });

  it("switches sheets with the tabs, by mouse and by keyboard, and keeps each sheet's selection", async () => {
    const user = userEvent.setup();
    render(<WorkbookView workbook={createSampleWorkbook()} />);
    const tabs = screen.getByRole("tablist", { name: "Sheets" });
    expect(
      within(tabs)
        .getAllByRole("tab")
        .map((t) => t.textContent),
    ).toEqual([
      "Supplies",
      "Vendors",
      "Calls",
      "Machines",
      "Service history",
      "Applicants",
      "Team",
      "Training courses",
      "Training records",
    ]);
    await user.click(cell("B5"));
    await user.click(within(tabs).getByRole("tab", { name: "Vendors" }));
    expect(grid()).toHaveAccessibleName("Sheet Vendors");
    expect(cell("A2")).toHaveTextContent("Northwind Office Supply");
    expect(nameBox()).toHaveValue("A1");

    await user.keyboard("{ArrowRight}");
    expect(within(tabs).getByRole("tab", { name: "Calls" })).toHaveAttribute("aria-selected", "true");
    expect(within(tabs).getByRole("tab", { name: "Calls" })).toHaveFocus();
    expect(cell("B1")).toHaveTextContent("Type");

    await user.click(within(tabs).getByRole("tab", { name: "Supplies" }));
    expect(nameBox()).toHaveValue("B5");
  });

  it("redraws when the add-in writes through Excel.run", async () => {
    const wb = createSampleWorkbook();
    installExcel(wb);
    render(<WorkbookView workbook={wb} />);
    await act(async () => {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Supplies").getRange("C8").values = [[12]];
        await context.sync();
      });
    });
    expect(cell("C8")).toHaveTextContent("12");
  });

  it("styles a table's header row like Excel's default table style", () => {
    const wb = new SimWorkbook();
    wb.addSheet("Stock");
    wb.setValues("Stock", "A1", [
      ["Item", "On hand"],
      ["Paper", 4],
      ["Toner", 2],
    ]);
    wb.addTable("Stock", "A1:B3", "Inventory");
    render(<WorkbookView workbook={wb} />);
    expect(cell("A1")).toHaveStyle({ backgroundColor: "#4472c4", color: "#ffffff", fontWeight: "bold" });
    expect(cell("A2")).toHaveStyle({ backgroundColor: "#d9e1f2" });
    expect(cell("C1")).not.toHaveStyle({ backgroundColor: "#4472c4" });
  });

  it("draws a merged area once, spanning its columns", () => {
    const wb = new SimWorkbook();
    wb.addSheet("Sheet1");
    wb.setValues("Sheet1", "A1", [["Office supplies 2026"]]);
    wb.mergeCells("Sheet1", "A1:C1");
    render(<WorkbookView workbook={wb} />);
    expect(cell("A1")).toHaveAttribute("colspan", "3");
    expect(grid().querySelector('td[data-address="B1"]')).toBeNull();
  });

  it("draws only the rows in view of a long sheet, and others after scrolling", () => {
    const wb = new SimWorkbook();
    wb.addSheet("Log");
    wb.setValues(
      "Log",
      "A1",
      Array.from({ length: 5000 }, (_, i) => [`Entry ${i + 1}`]),
    );
    render(<WorkbookView workbook={wb} />);
    expect(grid()).toHaveAttribute("aria-rowcount", "5051");
    const drawn = within(grid()).getAllByRole("row").length;
    expect(drawn).toBeLessThan(60);
    expect(cell("A1")).toHaveTextContent("Entry 1");
    expect(grid().querySelector('td[data-address="A3000"]')).toBeNull();

    const scroller = grid().parentElement as HTMLElement;
    scroller.scrollTop = 2999 * 24;
    fireEvent.scroll(scroller);
    expect(cell("A3000")).toHaveTextContent("Entry 3000");
    expect(grid().querySelector('td[data-address="A1"]')).toBeNull();
  });

  it("keeps frozen header rows in view while the sheet scrolls", async () => {
    const wb = new SimWorkbook();
    wb.addSheet("Log");
    wb.setValues("Log", "A1", [["Entry"], ...Array.from({ length: 3000 }, (_, i) => [`Entry ${i + 1}`])]);
    installExcel(wb);
    render(<WorkbookView workbook={wb} />);
    await act(async () => {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Log").freezePanes.freezeRows(1);
        await context.sync();
      });
    });
    const scroller = grid().parentElement as HTMLElement;
    scroller.scrollTop = 2000 * 24;
    fireEvent.scroll(scroller);
    expect(cell("A2002")).toHaveTextContent("Entry 2001");
    expect(cell("A1")).toHaveTextContent("Entry");
    expect(cell("A1")).toHaveStyle({ position: "sticky", top: "24px" });
    expect(grid().querySelector('td[data-address="A2"]')).toBeNull();
  });

  it("gives hidden sheets no tab", async () => {
    const wb = createSampleWorkbook();
    installExcel(wb);
    render(<WorkbookView workbook={wb} />);
    await act(async () => {
      await Excel.run(async (context) => {
        const settings = context.workbook.worksheets.add("Back Office settings");
        settings.visibility = "Hidden";
        await context.sync();
      });
    });
    const tabs = within(screen.getByRole("tablist", { name: "Sheets" })).getAllByRole("tab");
    expect(tabs.map((t) => t.textContent)).not.toContain("Back Office settings");
    expect(tabs).toHaveLength(9);
  });

  it("selects a range with Shift+arrows, Shift+click and dragging, and the add-in reads it", async () => {
    const user = userEvent.setup();
    const wb = createSampleWorkbook();
    installExcel(wb);
    render(<WorkbookView workbook={wb} />);
    await user.click(cell("B2"));
    await user.keyboard("{Shift>}{ArrowDown}{ArrowDown}{ArrowRight}{/Shift}");
    expect(nameBox()).toHaveValue("B2:C4");
    expect(formulaBar()).toHaveValue("Paper");
    expect(cell("C3")).toHaveAttribute("aria-selected", "true");
    expect(cell("D3")).toHaveAttribute("aria-selected", "false");

    // Growing up and left of the active cell keeps it as the corner.
    await user.keyboard("{Shift>}{ArrowUp}{ArrowUp}{ArrowUp}{ArrowLeft}{ArrowLeft}{/Shift}");
    expect(nameBox()).toHaveValue("A1:B2");

    await user.click(cell("A1"));
    await user.keyboard("{Shift>}");
    await user.click(cell("M32"));
    await user.keyboard("{/Shift}");
    expect(nameBox()).toHaveValue("A1:M32");
    const address = await Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return range.address;
    });
    expect(address).toBe("Supplies!A1:M32");

    await user.pointer([
      { keys: "[MouseLeft>]", target: cell("D5") },
      { target: cell("F7") },
      { keys: "[/MouseLeft]" },
    ]);
    expect(nameBox()).toHaveValue("D5:F7");
    await user.keyboard("{ArrowDown}");
    expect(nameBox()).toHaveValue("D6");
  });

  it("selects whole columns and rows from their headers and with Ctrl+Space / Shift+Space", async () => {
    const user = userEvent.setup();
    const wb = createSampleWorkbook();
    installExcel(wb);
    render(<WorkbookView workbook={wb} />);
    const columnHeader = (letters: string) =>
      within(grid())
        .getAllByRole("columnheader")
        .find((h) => h.textContent === letters) as HTMLElement;
    const rowHeader = (n: string) =>
      within(grid())
        .getAllByRole("rowheader")
        .find((h) => h.textContent === n) as HTMLElement;

    await user.click(columnHeader("C"));
    expect(nameBox()).toHaveValue("C:C");
    expect(formulaBar()).toHaveValue("Qty");
    expect(cell("C30")).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Shift>}");
    await user.click(columnHeader("E"));
    await user.keyboard("{/Shift}");
    expect(nameBox()).toHaveValue("C:E");
    const address = await Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return range.address;
    });
    expect(address).toBe("Supplies!C:E");

    await user.click(rowHeader("5"));
    expect(nameBox()).toHaveValue("5:5");
    expect(cell("K5")).toHaveAttribute("aria-selected", "true");
    expect(cell("K6")).toHaveAttribute("aria-selected", "false");

    await user.click(cell("B7"));
    await user.keyboard("{Control>} {/Control}");
    expect(nameBox()).toHaveValue("B:B");
    await user.click(cell("B7"));
    await user.keyboard("{Shift>} {/Shift}");
    expect(nameBox()).toHaveValue("7:7");
  });
});
