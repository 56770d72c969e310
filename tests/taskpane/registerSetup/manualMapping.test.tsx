// The manual mapping in the task pane: a sheet nothing matched lands on the mapping (never a refusal);
// the person picks the header row, maps each column, sees each column's problems before anything is
// written, changes what values become and which way round dates are read; the choices are remembered in
// the workbook, so opening the setup again starts from them.
import "../support/jsdomGaps";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RegisterSetup } from "../../../src/taskpane/pages/registerSetup";
import { installExcel, SimWorkbook } from "../../../src/preview/simulator";

jest.setTimeout(120_000);

async function chooseOption(user: ReturnType<typeof userEvent.setup>, combobox: HTMLElement, name: string) {
  await user.click(combobox);
  await user.click(await screen.findByRole("option", { name }));
}

async function openSheet(user: ReturnType<typeof userEvent.setup>, sheet: string) {
  const picker = await screen.findByRole("combobox", { name: "Sheet to convert" });
  await waitFor(() => expect(picker).not.toBeDisabled());
  await chooseOption(user, picker, sheet);
  await user.click(screen.getByRole("button", { name: "Convert this sheet" }));
  return screen.findByRole("list", { name: "Column mapping" });
}

function cupboard(): SimWorkbook {
  const wb = new SimWorkbook();
  wb.addSheet("Cupboard");
  wb.setValues("Cupboard", "A1", [
    ["Kitchen cupboard", null, null, null],
    [null, null, null, null],
    ["Thing", "How many", "Kept in", "Checked by"],
    ["Coffee beans (1kg)", 3, "Kitchen, top", "Lee"],
    ["Tea bags (box of 80)", 5, "Kitchen, top", "Lee"],
    ["Paper cups", 200, "Under sink", "Sam"],
  ]);
  wb.mergeCells("Cupboard", "A1:D1");
  return wb;
}

describe("a sheet where nothing matched", () => {
  it("lands on the mapping with a proposed header row; the person maps each column and sees its problems first", async () => {
    const user = userEvent.setup();
    const wb = cupboard();
    installExcel(wb);
    render(<RegisterSetup registerId="inventory" onReady={jest.fn()} />);
    const mapping = await openSheet(user, "Cupboard");

    expect(
      screen.getByText(/No column of row 3 was recognised as one of Inventory's columns/),
    ).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Header row" })).toHaveTextContent(
      "Row 3: Thing | How many | Kept in | Checked by",
    );
    for (const name of [/Column A: Thing/, /Column B: How many/, /Column C: Kept in/, /Column D: Checked by/])
      expect(within(mapping).getByRole("combobox", { name })).toHaveTextContent("Keep as extra column");

    await chooseOption(
      user,
      within(mapping).getByRole("combobox", { name: /Column A: Thing/ }),
      "Item (required)",
    );
    await chooseOption(
      user,
      within(mapping).getByRole("combobox", { name: /Column B: How many/ }),
      "On hand",
    );
    // Mapped to a number column, "Kept in" shows its problems before anything is written.
    const keptIn = within(mapping).getByRole("combobox", { name: /Column C: Kept in/ });
    await chooseOption(user, keptIn, "Unit cost");
    expect(keptIn.closest("li")).toHaveTextContent("3 × text where a number belongs");
    expect(screen.getByText(/3 cells do not fit their column as read above/)).toBeInTheDocument();
    await chooseOption(user, keptIn, "Location");
    expect(keptIn.closest("li")).toHaveTextContent("chosen by you");
    expect(screen.getByText("Every cell fits its column as read above.")).toBeInTheDocument();
    expect(wb.tableNames()).toEqual([]);

    await user.click(screen.getByRole("button", { name: "Convert to Inventory register" }));
    await screen.findByText(/"Cupboard" is now the Inventory register/);
    expect(wb.getValues("Cupboard", "A3:D4")).toEqual([
      ["Item", "On hand", "Location", "Checked by"],
      ["Coffee beans (1kg)", 3, "Kitchen, top", "Lee"],
    ]);
    expect(wb.getValues("Cupboard", "A1")).toEqual([["Kitchen cupboard"]]);
    expect(screen.getByRole("region", { name: /^Problems/ })).toHaveTextContent("Problems (0)");
  });

  it("another header row can be chosen: a row below the title, or the title itself", async () => {
    const user = userEvent.setup();
    installExcel(cupboard());
    render(<RegisterSetup registerId="inventory" onReady={jest.fn()} />);
    await openSheet(user, "Cupboard");
    await chooseOption(
      user,
      screen.getByRole("combobox", { name: "Header row" }),
      "Row 4: Coffee beans (1kg) | 3 | Kitchen, top | Lee",
    );
    expect(await screen.findByRole("combobox", { name: /Column A: Coffee beans/ })).toBeInTheDocument();
    expect(screen.getByText(/headers on row 4, 2 rows below them/)).toBeInTheDocument();
    await chooseOption(
      user,
      screen.getByRole("combobox", { name: "Header row" }),
      "Row 3: Thing | How many | Kept in | Checked by",
    );
    expect(await screen.findByRole("combobox", { name: /Column A: Thing/ })).toBeInTheDocument();
  });

  it("remembers the choices in the workbook: opening the setup again starts from them", async () => {
    const user = userEvent.setup();
    const wb = cupboard();
    installExcel(wb);
    const first = render(<RegisterSetup registerId="inventory" onReady={jest.fn()} />);
    const mapping = await openSheet(user, "Cupboard");
    await chooseOption(
      user,
      within(mapping).getByRole("combobox", { name: /Column A: Thing/ }),
      "Item (required)",
    );
    await waitFor(() => expect(wb.settings.has("BackOffice.sheetReading.Cupboard")).toBe(true));
    first.unmount();

    render(<RegisterSetup registerId="inventory" onReady={jest.fn()} />);
    const again = await openSheet(user, "Cupboard");
    expect(screen.getByText(/The columns chosen for this sheet before are used/)).toBeInTheDocument();
    const thing = within(again).getByRole("combobox", { name: /Column A: Thing/ });
    expect(thing).toHaveTextContent("Item");
    expect(thing.closest("li")).toHaveTextContent("chosen by you");
    await user.click(screen.getByRole("button", { name: "Start again from the proposal" }));
    expect(within(again).getByRole("combobox", { name: /Column A: Thing/ })).toHaveTextContent(
      "Keep as extra column",
    );
  });
});

describe("values and dates as the sheet means them", () => {
  function messages(): SimWorkbook {
    const wb = new SimWorkbook();
    wb.addSheet("Messages");
    // Text dates, as a file from a day-first office holds them.
    wb.setNumberFormat("Messages", "A2:A4", "@");
    wb.setValues("Messages", "A1", [
      ["Date", "Caller", "Urgent?", "Done?"],
      ["04/03/2026", "Helen", "Yes", "No"],
      ["15/03/2026", "Gary", "N", "✓"],
      ["05/03/2026", "Priya", "y", "x"],
    ]);
    return wb;
  }

  it("shows what each yes/no value becomes, lets the person change a line and flip a date column", async () => {
    const user = userEvent.setup();
    const wb = messages();
    installExcel(wb);
    render(<RegisterSetup registerId="callLog" onReady={jest.fn()} />);
    const mapping = await openSheet(user, "Messages");
    expect(within(mapping).getByRole("combobox", { name: /Column D: Done\?/ })).toHaveTextContent("Status");

    const done = screen.getByRole("list", { name: 'What the values in "Done?" become' });
    expect(within(done).getByRole("combobox", { name: /"No" \(1 cell\)/ })).toHaveTextContent("Open");
    expect(within(done).getByRole("combobox", { name: /"✓" \(1 cell\)/ })).toHaveTextContent("Done");
    await chooseOption(user, within(done).getByRole("combobox", { name: /"x" \(1 cell\)/ }), "No action");

    const dates = screen.getByRole("radiogroup", { name: /Dates in "Date"/ });
    expect(within(dates).getByRole("radio", { name: /Day first/ })).toBeChecked();
    expect(screen.getByText(/1 of its dates can only be read that way/)).toBeInTheDocument();
    await user.click(within(dates).getByRole("radio", { name: /Month first/ }));
    expect(screen.getByText(/as you chose/)).toBeInTheDocument();
    // 15/03/2026 cannot be month-first: it would be listed, not swapped.
    expect(
      within(mapping)
        .getByRole("combobox", { name: /Column A: Date/ })
        .closest("li"),
    ).toHaveTextContent("1 × not a date");
    await user.click(within(dates).getByRole("radio", { name: /Day first/ }));

    await user.click(screen.getByRole("button", { name: "Convert to Call log register" }));
    await screen.findByText(/"Messages" is now the Call log register/);
    const values = wb.getValues("Messages", "A2:D4");
    expect(values.map((r) => r.slice(2))).toEqual([
      ["Urgent", "Open"],
      ["Normal", "Done"],
      ["Urgent", "No action"],
    ]);
    expect(values.map((r) => r[0])).toEqual([46085, 46096, 46086]);
    // What changed lists every change of wording, so the person sees what each value became.
    expect(screen.getByText('Status: "✓" → Done, "No" → Open, "x" → No action.')).toBeInTheDocument();
    expect(screen.getByText("Received at: dates read day-first.")).toBeInTheDocument();
  });

  it("a date column no date settles is flagged to check, each date shown both ways until the person chooses", async () => {
    const user = userEvent.setup();
    const wb = new SimWorkbook();
    wb.addSheet("Messages");
    wb.setNumberFormat("Messages", "A2:A3", "@");
    wb.setValues("Messages", "A1", [
      ["Date", "Caller"],
      ["04/03/2026", "Helen"],
      ["05/06/2026", "Gary"],
    ]);
    installExcel(wb);
    render(<RegisterSetup registerId="callLog" onReady={jest.fn()} />);
    await openSheet(user, "Messages");
    expect(
      screen.getByText(/no date in it settles the order.*Check the dates below and choose\./),
    ).toBeInTheDocument();
    const lines = () =>
      within(screen.getByRole("list", { name: 'What the dates in "Date" become' }))
        .getAllByRole("listitem")
        .map((li) => li.textContent);
    // jsdom's locale is en-US: month-first is proposed, and each date says it could be read the other way.
    expect(lines()).toEqual([
      'A2 "04/03/2026" → 2026-04-03 (could be read the other way)',
      'A3 "05/06/2026" → 2026-05-06 (could be read the other way)',
    ]);
    const dates = screen.getByRole("radiogroup", { name: /Dates in "Date"/ });
    await user.click(within(dates).getByRole("radio", { name: /Day first/ }));
    expect(lines()).toEqual(['A2 "04/03/2026" → 2026-03-04', 'A3 "05/06/2026" → 2026-06-05']);

    await user.click(screen.getByRole("button", { name: "Convert to Call log register" }));
    expect(
      await screen.findByText(
        /Nothing typed was lost: the 2 cells stored as their column's type are listed below/,
      ),
    ).toBeInTheDocument();
    expect(wb.getValues("Messages", "A2:A3")).toEqual([[46085], [46178]]);
    await user.click(screen.getByText("What was typed in the 2 cells stored differently"));
    expect(
      within(screen.getByRole("list", { name: "What was typed" }))
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      'Messages!A2 (Received at): "04/03/2026" → 2026-03-04',
      'Messages!A3 (Received at): "05/06/2026" → 2026-06-05',
    ]);
  });
});
