import "../support/jsdomGaps";
import "../support/layout";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { todaySerial } from "../../../src/core/cells/excelDates";
import { callLog } from "../../../src/core/registers/definitions/callLog";
import { createRegister } from "../../../src/excel/createRegister";
import { readRegister } from "../../../src/excel/readRegister";
import { App } from "../../../src/taskpane/App";
import { createNavigationStore } from "../../../src/taskpane/navigation";
import { installExcel, SimWorkbook, type SimExcel } from "../../../src/preview/simulator";
import { seedRegister } from "../../excel/support";

jest.setTimeout(120_000);

const today = todaySerial(new Date());
const SHEET = callLog.sheetName;
const col = (key: string) => callLog.columns.findIndex((c) => c.key === key);

function workbook(): { wb: SimWorkbook; excel: SimExcel } {
  const wb = new SimWorkbook();
  wb.addSheet("Sheet1");
  seedRegister(wb, callLog, [
    {
      callId: "CALL-0001",
      receivedAt: today - 10 + 0.4,
      caller: "Ravi Mehta",
      company: "Contoso Imaging",
      number: "(212) 555-0178",
      channel: "Phone",
      direction: "Inbound",
      for: "Sam Porter",
      subject: "Copier visit",
      message: "Technician can come Thursday",
      priority: "Normal",
      followUpBy: today + 3,
      status: "Open",
    },
    {
      callId: "CALL-0002",
      receivedAt: today - 9 + 0.5,
      caller: "Lena Fischer",
      company: "Fabrikam Legal",
      number: "(212) 555-0158",
      channel: "Phone",
      direction: "Inbound",
      subject: "Lease",
      priority: "Urgent",
      followUpBy: today - 2,
      status: "Open",
    },
    {
      callId: "CALL-0003",
      receivedAt: today - 8 + 0.5,
      caller: "Accounts",
      company: "Litware",
      number: "(646) 555-0110",
      channel: "Fax",
      direction: "Inbound",
      subject: "Invoice",
      priority: "Normal",
      followUpBy: today - 5,
      status: "Open",
    },
    {
      callId: "CALL-0004",
      receivedAt: today - 7 + 0.5,
      caller: "Omar Haddad",
      company: "Tailspin",
      channel: "Phone",
      direction: "Inbound",
      subject: "Lift",
      followUpBy: today - 6,
      status: "Done",
    },
  ]);
  const excel = installExcel(wb);
  return { wb, excel };
}

function renderCalls() {
  render(<App store={createNavigationStore("calls")} loadRegisters={() => Promise.resolve([])} />);
}

describe("Calls page: follow-ups", () => {
  it("lists open follow-ups overdue first; Mark done writes Status, Done at and Handled by in 2 syncs", async () => {
    const user = userEvent.setup({ delay: null });
    const { wb, excel } = workbook();
    renderCalls();
    const list = await screen.findByRole("list", { name: "Open follow-ups" }, { timeout: 10_000 });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((i) => i.getAttribute("aria-label"))).toEqual([
      "CALL-0003 Accounts, Litware",
      "CALL-0002 Lena Fischer, Fabrikam Legal",
      "CALL-0001 Ravi Mehta, Contoso Imaging",
    ]);
    expect(within(items[0]).getByText("Overdue 5 days")).toBeInTheDocument();
    expect(within(items[0]).getByText(/\(fax\)/)).toBeInTheDocument();
    expect(within(items[2]).queryByText(/Overdue/)).not.toBeInTheDocument();
    expect(screen.getByText("3 open, 2 overdue.")).toBeInTheDocument();

    await user.type(screen.getByRole("textbox", { name: /Handled by/ }), "Jo");
    const runsBefore = excel.stats.runs.length;
    await user.click(within(items[0]).getByRole("button", { name: "Mark done CALL-0003" }));
    expect(await screen.findByText("CALL-0003 is marked done.")).toBeInTheDocument();
    // The write is the first run after the click: 2 syncs.
    expect(excel.stats.runs[runsBefore].syncs).toBe(2);
    expect(wb.getCell(SHEET, 3, col("status")).value).toBe("Done");
    expect(wb.getCell(SHEET, 3, col("handledBy")).value).toBe("Jo");
    expect(wb.getCell(SHEET, 3, col("doneAt")).value).toBeGreaterThanOrEqual(today);
    expect(wb.getCell(SHEET, 2, col("status")).value).toBe("Open");
    await screen.findByText("2 open, 1 overdue.");
    expect(screen.getByRole("heading", { name: "Open follow-ups" })).toHaveFocus();
  });

  it("Message for …: a draft to the colleague with the call in it, to copy or open", async () => {
    const user = userEvent.setup({ delay: null });
    workbook();
    renderCalls();
    await screen.findByRole("list", { name: "Open follow-ups" }, { timeout: 10_000 });
    await user.click(screen.getByRole("button", { name: "Message for Sam Porter (CALL-0001)" }));
    await user.type(
      await screen.findByRole("textbox", { name: /Email address of Sam Porter/ }),
      "sam@example.com",
    );
    const group = screen.getByRole("group", { name: "Draft for Sam Porter" });
    expect(within(group).getByRole("button", { name: "Open in mail app" })).toBeEnabled();
    // user-event provides a clipboard to read back.
    await user.click(within(group).getByRole("button", { name: "Copy" }));
    expect(await screen.findByText(/The message is on the clipboard/)).toBeInTheDocument();
    const text = await navigator.clipboard.readText();
    expect(text).toContain("To: sam@example.com");
    expect(text).toContain("Ravi Mehta");
    expect(text).toContain("Technician can come Thursday");
  });
});

function csvFile(text: string, name = "calls.csv") {
  return new File([text], name, { type: "text/csv" });
}

describe("Calls page: import", () => {
  it("previews a ;-separated export with a BOM, skips calls already logged and repeats, then adds the rest", async () => {
    const user = userEvent.setup({ delay: null });
    const { wb } = workbook();
    renderCalls();
    await screen.findByRole("list", { name: "Open follow-ups" }, { timeout: 10_000 });
    const d = new Date();
    const day = (n: number) => {
      const x = new Date(d.getFullYear(), d.getMonth(), d.getDate() - n);
      return `${x.getFullYear()}-${String(x.getMonth() + 1).padStart(2, "0")}-${String(x.getDate()).padStart(2, "0")}`;
    };
    const csv =
      "\uFEFFDate;Time;Direction;Number;Name\r\n" +
      `${day(10)};09:36;In;212 555 0178;Ravi Mehta\r\n` + // CALL-0001 (0.4 of a day = 09:36)
      `${day(1)};14:05;In;+44 20 7946 0018 ext. 12;Priya\r\n` +
      `${day(1)};14:05;Incoming;0044 20 7946 0018 x12;Priya\r\n` +
      `${day(0)};9:00 AM;Out;(646) 555-0110;Accounts\r\n`;
    await user.upload(screen.getByLabelText("Call export (CSV file)"), csvFile(csv));
    expect(await screen.findByText("2 new calls to add.")).toBeInTheDocument();
    expect(screen.getByText("1 call already in the log: line 2 (CALL-0001).")).toBeInTheDocument();
    expect(screen.getByText("1 line repeat an earlier line: line 4 (same as line 3).")).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Calls to add" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getAllByRole("cell")[0].textContent)).toEqual(["3", "5"]);
    expect(within(rows[0]).getByText("+44 20 7946 0018 ext. 12")).toBeInTheDocument();
    expect((await readRegister(callLog)).rows).toHaveLength(4);

    await user.click(screen.getByRole("button", { name: "Add 2 calls" }));
    expect(
      await screen.findByText(
        "Added 2 calls from calls.csv (CALL-0005 to CALL-0006): 2 new, 1 already in the log, 0 legs merged, 1 line skipped (1 repeated).",
      ),
    ).toBeInTheDocument();
    const read = await readRegister(callLog);
    expect(read.rows.map((r) => r.key)).toEqual([
      "CALL-0001",
      "CALL-0002",
      "CALL-0003",
      "CALL-0004",
      "CALL-0005",
      "CALL-0006",
    ]);
    expect(read.rows[4].values).toMatchObject({
      caller: "Priya",
      number: "+44 20 7946 0018 ext. 12",
      direction: "Inbound",
    });
    expect(wb.getCell(SHEET, 6, col("direction")).value).toBe("Outbound");
  });

  it("an unreadable date is reported with its line and nothing is added; an empty file says so", async () => {
    const user = userEvent.setup({ delay: null });
    workbook();
    renderCalls();
    await screen.findByRole("list", { name: "Open follow-ups" }, { timeout: 10_000 });
    const input = screen.getByLabelText("Call export (CSV file)");
    await user.upload(input, csvFile("Date,Number\n2026-11-27 10:00,1\nnext Tuesday,2\n"));
    expect(await screen.findByText("Nothing can be imported from this file yet.")).toBeInTheDocument();
    expect(
      screen.getByText('Line 3, Received at: "next Tuesday" is not a date and time.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Add/ })).not.toBeInTheDocument();
    expect((await readRegister(callLog)).rows).toHaveLength(4);

    fireEvent.change(input, { target: { files: [csvFile("", "empty.csv")] } });
    expect(await screen.findByText("The file is empty: there are no calls to import.")).toBeInTheDocument();
    expect((await readRegister(callLog)).rows).toHaveLength(4);
  });

  it("a fax server export takes the channel chosen for calls without one", async () => {
    const user = userEvent.setup({ delay: null });
    workbook();
    renderCalls();
    await screen.findByRole("list", { name: "Open follow-ups" }, { timeout: 10_000 });
    await user.selectOptions(screen.getByRole("combobox", { name: "Channel for calls without one" }), "Fax");
    await user.upload(
      screen.getByLabelText("Call export (CSV file)"),
      csvFile("Received,Fax number,Pages\n2026-11-27 10:00,+1 212 555 0143,3\n", "fax.csv"),
    );
    await screen.findByText("1 new call to add.");
    await user.click(screen.getByRole("button", { name: "Add 1 call" }));
    await screen.findByText(/Added 1 call from fax.csv \(CALL-0005\)/);
    const read = await readRegister(callLog);
    expect(read.rows[4].values).toMatchObject({
      channel: "Fax",
      number: "+1 212 555 0143",
      caller: "Unknown",
    });
  });
});

describe("Calls page without a Call log", () => {
  it("offers the register setup, and the form once the register is created", async () => {
    const user = userEvent.setup({ delay: null });
    const wb = new SimWorkbook();
    wb.addSheet("Sheet1");
    installExcel(wb);
    renderCalls();
    const create = await screen.findByRole("button", { name: /Create/ });
    await user.click(create);
    expect(await screen.findByRole("combobox", { name: /Caller/ }, { timeout: 10_000 })).toBeInTheDocument();
    expect(wb.sheetNames()).toContain(SHEET);
    await createRegister(callLog); // already there: only opened
    expect(wb.sheetNames().filter((s) => s === SHEET)).toHaveLength(1);
  });
});
