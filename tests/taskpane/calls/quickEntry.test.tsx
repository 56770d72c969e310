import "../support/jsdomGaps";
import "../support/layout";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { localDateToExcelSerial } from "../../../src/core/calendar/excelTime";
import { callLog } from "../../../src/core/registers/definitions/callLog";
import { createRegister } from "../../../src/excel/createRegister";
import { readRegister } from "../../../src/excel/readRegister";
import { App } from "../../../src/taskpane/App";
import { createNavigationStore } from "../../../src/taskpane/navigation";
import { installExcel, SimWorkbook } from "../../../src/preview/simulator";

jest.setTimeout(120_000);

async function openCallsPage() {
  const wb = new SimWorkbook();
  wb.addSheet("Sheet1");
  installExcel(wb);
  await createRegister(callLog);
  render(<App store={createNavigationStore("calls")} loadRegisters={() => Promise.resolve([])} />);
  return { wb };
}

/** Moves focus to `el` with the Tab key only. */
async function tabTo(user: ReturnType<typeof userEvent.setup>, el: HTMLElement) {
  for (let i = 0; i < 40 && document.activeElement !== el; i++) await user.tab();
  expect(el).toHaveFocus();
}

describe("Calls page: quick entry", () => {
  it("logs five calls in a row by keyboard only; each gets an ID and the defaults, and focus returns to Caller", async () => {
    const user = userEvent.setup({ delay: null });
    await openCallsPage();
    const caller = await screen.findByRole("combobox", { name: /Caller/ });
    expect(caller).toBeRequired();
    // Reach the first field with the keyboard.
    await tabTo(user, caller);

    const before = localDateToExcelSerial(new Date())!;
    for (let n = 1; n <= 5; n++) {
      await user.keyboard(`Caller ${n}`);
      await user.tab();
      await user.keyboard(`Company ${n}`);
      await user.tab();
      await user.keyboard(`+44 20 7946 00${10 + n} ext. ${n}`);
      await user.keyboard("{Enter}");
      expect(
        await screen.findByText(`Saved CALL-000${n}: Caller ${n}. Ready for the next call.`),
      ).toBeInTheDocument();
      expect(caller).toHaveFocus();
      expect(caller).toHaveValue("");
      expect(screen.getByRole("combobox", { name: "Company" })).toHaveValue("");
      expect(screen.getByRole("textbox", { name: /Number/ })).toHaveValue("");
    }
    const after = localDateToExcelSerial(new Date())!;

    const read = await readRegister(callLog);
    expect(read.rows.map((r) => r.key)).toEqual([
      "CALL-0001",
      "CALL-0002",
      "CALL-0003",
      "CALL-0004",
      "CALL-0005",
    ]);
    read.rows.forEach((r, i) => {
      expect(r.values).toMatchObject({
        caller: `Caller ${i + 1}`,
        company: `Company ${i + 1}`,
        number: `+44 20 7946 00${11 + i} ext. ${i + 1}`,
        channel: "Phone",
        direction: "Inbound",
        priority: "Normal",
        status: "Open",
        followUpBy: null,
      });
      expect(r.values.receivedAt).toBeGreaterThanOrEqual(before - 1 / 1440);
      expect(r.values.receivedAt).toBeLessThanOrEqual(after + 1 / 1440);
    });
    // The five new calls are open follow-ups now.
    const list = await screen.findByRole("list", { name: "Open follow-ups" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(5);
  });

  it("Enter with no caller saves nothing and says what is missing; Shift+Enter makes a new line in Message", async () => {
    const user = userEvent.setup({ delay: null });
    await openCallsPage();
    const caller = await screen.findByRole("combobox", { name: /Caller/ });
    const message = screen.getByRole("textbox", { name: /Message/ });
    await tabTo(user, message);
    await user.keyboard("First line{Shift>}{Enter}{/Shift}second line");
    expect(message).toHaveValue("First line\nsecond line");
    await user.keyboard("{Enter}");
    expect(await screen.findByText("Enter who called (a name, or the company).")).toBeInTheDocument();
    expect(caller).toHaveFocus();
    expect((await readRegister(callLog)).rows).toEqual([]);

    await user.keyboard("Fax server");
    await user.keyboard("{Enter}");
    await screen.findByText(/Saved CALL-0001: Fax server/);
    const read = await readRegister(callLog);
    expect(read.rows[0].values.message).toBe("First line\nsecond line");
  });

  it("suggests earlier callers and fills in their company and number", async () => {
    const user = userEvent.setup({ delay: null });
    await openCallsPage();
    const caller = await screen.findByRole("combobox", { name: /Caller/ });
    await tabTo(user, caller);
    await user.keyboard("Ravi Mehta");
    await user.tab();
    await user.keyboard("Contoso Imaging");
    await user.tab();
    await user.keyboard("(212) 555-0178{Enter}");
    await screen.findByText(/Saved CALL-0001/);
    // The suggestions come from the log once it is read again.
    await screen.findByRole("list", { name: "Open follow-ups" });

    await user.keyboard("Rav");
    const option = await screen.findByRole("option", { name: "Ravi Mehta" });
    expect(option).toBeInTheDocument();
    await user.keyboard("{ArrowDown}{Enter}");
    expect(caller).toHaveValue("Ravi Mehta");
    expect(screen.getByRole("combobox", { name: "Company" })).toHaveValue("Contoso Imaging");
    expect(screen.getByRole("textbox", { name: /Number/ })).toHaveValue("(212) 555-0178");
    // The first Enter picked the suggestion; the next one saves.
    expect((await readRegister(callLog)).rows).toHaveLength(1);
    await user.keyboard("{Enter}");
    await screen.findByText(/Saved CALL-0002: Ravi Mehta/);
  });
});
