// Calls > Import of a CSV no format and no header recognises: the person lands on the mapping screen
// (never a refusal), says the first line is a call and what each column is, sees the calls it makes and
// adds them; the next file of that shape is read with the same columns. A column chosen as nothing is
// said to be not imported; Cancel leaves the file's own reading, with focus back on the way to the mapping;
// opening the mapping lands on its heading and reading the file with it on the button that adds the calls.
import "../support/jsdomGaps";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { callLog } from "../../../src/core/registers/definitions/callLog";
import { addCallImport, previewCallImport } from "../../../src/excel/calls";
import { createRegister } from "../../../src/excel/createRegister";
import { readRegister } from "../../../src/excel/readRegister";
import { installExcel, SimWorkbook } from "../../../src/preview/simulator";
import { ImportCalls } from "../../../src/taskpane/pages/calls/ImportCalls";

jest.setTimeout(120_000);

// A phone bill's call list: no line of column names, semicolons, day-first dates, IN and OUT.
const HEADERLESS =
  "27/11/2026 09:14;Ravi Mehta;+44 20 7946 0018;IN;Quote for shelving\r\n" +
  "27/11/2026 13:05;Lena Fischer;+49 30 901820;OUT;Delivery date\r\n" +
  "28/11/2026 08:40;;020 7946 0999;IN;\r\n";

async function chooseOption(user: ReturnType<typeof userEvent.setup>, combobox: HTMLElement, name: string) {
  await user.click(combobox);
  await user.click(await screen.findByRole("option", { name }));
}

async function renderImport() {
  const wb = new SimWorkbook();
  wb.addSheet("Sheet1");
  installExcel(wb);
  await createRegister(callLog);
  render(<ImportCalls preview={previewCallImport} add={addCallImport} />);
}

test("a headerless file: the columns chosen by hand, the calls previewed, then added", async () => {
  const user = userEvent.setup({ delay: null });
  await renderImport();
  await user.upload(
    screen.getByLabelText("Call export (CSV file)"),
    new File([HEADERLESS], "bill.csv", { type: "text/csv" }),
  );
  // Nothing in the file matched the Call log's columns: the mapping is offered at once.
  expect(await screen.findByRole("heading", { name: "Choose the columns" })).toBeInTheDocument();
  expect(screen.queryByText("Nothing can be imported from this file yet.")).not.toBeInTheDocument();
  await user.click(screen.getByRole("checkbox", { name: /The first line is a call/ }));
  const mapping = screen.getByRole("list", { name: "Column mapping" });
  await chooseOption(
    user,
    within(mapping).getByRole("combobox", { name: /^Column A/ }),
    "Received at (required)",
  );
  await chooseOption(user, within(mapping).getByRole("combobox", { name: /^Column B/ }), "Caller (required)");
  await chooseOption(user, within(mapping).getByRole("combobox", { name: /^Column C/ }), "Number");
  await chooseOption(user, within(mapping).getByRole("combobox", { name: /^Column D/ }), "Direction");
  await chooseOption(user, within(mapping).getByRole("combobox", { name: /^Column E/ }), "Not imported");
  expect(screen.getByText("3 lines read as calls.")).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Read the file with these columns" }));

  expect(await screen.findByText("3 new calls to add.")).toBeInTheDocument();
  expect(
    screen.getByText(/Not imported \(left without a Call log column\): "Column 5"\./),
  ).toBeInTheDocument();
  expect(screen.getByText("Read with the columns you chose.", { exact: false })).toBeInTheDocument();
  // Focus followed the choice to the button that adds what it read (not dropped on the page body).
  await waitFor(() => expect(screen.getByRole("button", { name: "Add 3 calls" })).toHaveFocus());
  await user.click(screen.getByRole("button", { name: "Add 3 calls" }));
  expect(
    await screen.findByText(/^Added 3 calls from bill\.csv \(CALL-0001 to CALL-0003\)/),
  ).toBeInTheDocument();
  const rows = (await readRegister(callLog)).rows;
  expect(rows.map((r) => [r.values.caller, r.values.number, r.values.direction])).toEqual([
    ["Ravi Mehta", "+44 20 7946 0018", "Inbound"],
    ["Lena Fischer", "+49 30 901820", "Outbound"],
    ["Unknown", "020 7946 0999", "Inbound"],
  ]);

  // Next week's bill, the same shape: read with the columns chosen, kept in the workbook.
  await user.upload(
    screen.getByLabelText("Call export (CSV file)"),
    new File(["04/12/2026 10:02;Tom Baker;0161 496 0000;IN;Invoice\r\n"], "bill2.csv", { type: "text/csv" }),
  );
  expect(await screen.findByText("1 new call to add.")).toBeInTheDocument();
  expect(screen.queryByRole("heading", { name: "Choose the columns" })).not.toBeInTheDocument();
  expect(screen.getByText("Read with the columns you chose.", { exact: false })).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Add 1 call" }));
  expect(await screen.findByText(/^Added 1 call from bill2\.csv \(CALL-0004\)/)).toBeInTheDocument();
});

test("Cancel leaves the file as it was read; the problems say why nothing can be added yet", async () => {
  const user = userEvent.setup({ delay: null });
  await renderImport();
  await user.upload(
    screen.getByLabelText("Call export (CSV file)"),
    new File(["Zeitpunkt,Anrufer\n2026-11-27 09:14,Ravi Mehta\n"], "de.csv", { type: "text/csv" }),
  );
  await screen.findByRole("heading", { name: "Choose the columns" });
  await user.click(screen.getByRole("button", { name: "Cancel" }));
  expect(await screen.findByText("Nothing can be imported from this file yet.")).toBeInTheDocument();
  // Still not a dead end: the mapping stays one press away, and focus is on that button (not dropped on
  // the page body as the mapping closes), so a keyboard user can press it again at once.
  const chooseAgain = screen.getByRole("button", { name: "Choose the columns yourself" });
  expect(chooseAgain).toHaveFocus();
  await user.click(chooseAgain);
  // Opening the choice lands on its heading, so the next Tab is its first field.
  await waitFor(() => expect(screen.getByRole("heading", { name: "Choose the columns" })).toHaveFocus());
  expect((await readRegister(callLog)).rows).toHaveLength(0);
});
