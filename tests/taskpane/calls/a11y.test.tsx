import "../support/jsdomGaps";
import "../support/layout";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axeViolations as violations } from "../support/axe";
import { todaySerial } from "../../../src/core/cells/excelDates";
import { callLog } from "../../../src/core/registers/definitions/callLog";
import { App } from "../../../src/taskpane/App";
import { createNavigationStore } from "../../../src/taskpane/navigation";
import { installExcel, SimWorkbook } from "../../../src/preview/simulator";
import { seedRegister } from "../../excel/support";

jest.setTimeout(120_000);

it("the Calls page with follow-ups, a message draft and an import preview has no axe violations", async () => {
  const user = userEvent.setup({ delay: null });
  const today = todaySerial(new Date());
  const wb = new SimWorkbook();
  wb.addSheet("Sheet1");
  seedRegister(wb, callLog, [
    {
      callId: "CALL-0001",
      receivedAt: today - 3,
      caller: "Ravi Mehta",
      for: "Sam Porter",
      followUpBy: today - 1,
      status: "Open",
      priority: "Urgent",
    },
    {
      callId: "CALL-0002",
      receivedAt: today - 2,
      caller: "Fax server",
      channel: "Fax",
      followUpBy: today + 1,
      status: "Open",
    },
  ]);
  installExcel(wb);
  render(<App store={createNavigationStore("calls")} loadRegisters={() => Promise.resolve([])} />);
  await screen.findByRole("list", { name: "Open follow-ups" }, { timeout: 10_000 });
  await user.click(screen.getByRole("button", { name: "Message for Sam Porter (CALL-0001)" }));
  await screen.findByRole("textbox", { name: /Email address of Sam Porter/ });
  await user.upload(
    screen.getByLabelText("Call export (CSV file)"),
    new File(["Date;Number\n2026-11-27 10:00;1\n"], "calls.csv", { type: "text/csv" }),
  );
  await screen.findByRole("table", { name: "Calls to add" });
  await act(async () => undefined);
  expect(await violations()).toEqual([]);
});
