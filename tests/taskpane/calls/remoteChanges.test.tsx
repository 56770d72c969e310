import "../support/jsdomGaps";
import "../support/layout";
import { render, screen, within } from "@testing-library/react";
import { todaySerial } from "../../../src/core/cells/excelDates";
import { callLog } from "../../../src/core/registers/definitions/callLog";
import { App } from "../../../src/taskpane/App";
import { createNavigationStore } from "../../../src/taskpane/navigation";
import { createExcel, installExcel, SimWorkbook } from "../../../src/preview/simulator";
import { seedRegister } from "../../excel/support";

jest.setTimeout(120_000);

// A co-author marks a call done in the shared workbook: the open task pane drops it from the follow-ups
// without the person pressing anything.
it("the Calls page re-reads when a co-author changes the Call log", async () => {
  const today = todaySerial(new Date());
  const wb = new SimWorkbook();
  wb.addSheet("Sheet1");
  const open = { channel: "Phone", direction: "Inbound", priority: "Normal", status: "Open" };
  seedRegister(wb, callLog, [
    { ...open, callId: "CALL-0001", receivedAt: today - 2, caller: "Ravi Mehta", followUpBy: today + 1 },
    { ...open, callId: "CALL-0002", receivedAt: today - 1, caller: "Lena Fischer", followUpBy: today + 2 },
  ]);
  installExcel(wb);
  render(<App store={createNavigationStore("calls")} loadRegisters={() => Promise.resolve([])} />);
  const list = await screen.findByRole("list", { name: "Open follow-ups" }, { timeout: 10_000 });
  expect(within(list).getAllByRole("listitem")).toHaveLength(2);
  // Give the page time to subscribe before the co-author's edit.
  await screen.findByText("2 open, 0 overdue.");
  await new Promise((resolve) => setTimeout(resolve, 50));

  const coAuthor = createExcel(wb, { clientName: "colleague" });
  const status = callLog.columns.findIndex((c) => c.key === "status");
  await coAuthor.run(async (context) => {
    const cell = context.workbook.worksheets.getItem(callLog.sheetName).getCell(1, status);
    cell.values = [["Done"]];
    await context.sync();
  });

  expect(await screen.findByText("1 open, 0 overdue.", undefined, { timeout: 10_000 })).toBeInTheDocument();
  const after = screen.getByRole("list", { name: "Open follow-ups" });
  expect(
    within(after)
      .getAllByRole("listitem")
      .map((i) => i.getAttribute("aria-label")),
  ).toEqual(["CALL-0002 Lena Fischer"]);
});
