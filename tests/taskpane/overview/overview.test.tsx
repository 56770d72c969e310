// The Overview page and Home's figure cards on the simulated workbook: Create writes the sheet, the
// figures show here and on Home, each card opens its page, and Copy as email drafts the weekly report.
import "../support/jsdomGaps";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { callLog, courses, inventory, staff, training } from "../../../src/core/registers/definitions";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Headline } from "../../../src/core/overview/sheet";
import { App } from "../../../src/taskpane/App";
import OverviewPage from "../../../src/taskpane/pages/overview/OverviewPage";
import { createNavigationStore } from "../../../src/taskpane/navigation";
import { installExcel, SimWorkbook } from "../../../src/preview/simulator";
import { seedRegister } from "../../excel/support";

jest.setTimeout(30_000);

function workbook(): SimWorkbook {
  const wb = new SimWorkbook();
  wb.addSheet("Sheet1");
  seedRegister(wb, inventory, [
    { itemId: "INV-0001", item: "Paper", category: "Paper", onHand: 1, reorderPoint: 5 },
  ]);
  seedRegister(wb, callLog, [{ callId: "CALL-0001", receivedAt: 46000, caller: "Ann", status: "Open" }]);
  return wb;
}

describe("Overview page", () => {
  it("creates the Overview sheet, lists its figures and what was left out, and drafts the weekly report", async () => {
    const wb = workbook();
    installExcel(wb);
    const store = createNavigationStore("overview");
    render(<App store={store} />);
    await screen.findByText(
      "There is no Overview sheet in this workbook yet. Create it above.",
      {},
      { timeout: 15_000 },
    );
    await userEvent.click(screen.getByRole("button", { name: "Create the Overview sheet" }));
    await screen.findByText("Overview sheet created");
    expect(wb.sheetNames()[0]).toBe("Overview");
    // Without a formula engine the simulator leaves new formulas uncomputed, so values show as "–".
    expect(screen.getByRole("heading", { name: "Supplies" })).toBeInTheDocument();
    expect(screen.getByText("Items to reorder")).toBeInTheDocument();
    expect(
      screen.getByText(/Equipment: Left out: no Equipment or Service log register yet\./),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Refresh the Overview sheet" })).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Copy as email" }));
    const group = await screen.findByRole("group", { name: "Draft for the weekly report" });
    expect(within(group).getByRole("button", { name: "Copy" })).toBeInTheDocument();
  });
});

describe("Home's figure cards", () => {
  it("shows no cards before the Overview exists, then one card per section that opens its page", async () => {
    const wb = workbook();
    installExcel(wb);
    const store = createNavigationStore();
    const { unmount } = render(<App store={store} />);
    await screen.findByRole("list", { name: "Registers" });
    expect(screen.queryByRole("list", { name: "Figures from the Overview sheet" })).not.toBeInTheDocument();
    unmount();

    const { refreshOverview } = await import("../../../src/excel/overview/refresh");
    await refreshOverview();
    // A co-author's figures as Excel computed them.
    const glance = wb.getValues("Overview", "A1:C20");
    const row = glance.findIndex((r) => r[0] === "Items to reorder");
    wb.setCell("Overview", row, 1, { value: 1, formula: String(wb.getCell("Overview", row, 1).formula) });

    render(<App store={store} />);
    const cards = await screen.findByRole("list", { name: "Figures from the Overview sheet" });
    const supplies = within(cards).getByRole("listitem", { name: "Supplies" });
    expect(within(supplies).getByText("Items to reorder").nextSibling).toHaveTextContent("1");
    expect(
      within(cards)
        .getAllByRole("listitem")
        .map((li) => li.getAttribute("aria-label")),
    ).toEqual(["Supplies", "Calls"]);
    await userEvent.click(within(supplies).getByRole("button", { name: "Open Supplies" }));
    expect(store.current()).toBe("inventory");
  });

  it("has a Staff card with the training figures when the Staff register exists, opening the Staff page", async () => {
    const wb = workbook();
    seedRegister(wb, staff, [{ staffId: "STF-1", name: "Ana", role: "Driver", status: "Active" }]);
    seedRegister(wb, courses, [{ course: "Forklift", renewMonths: 12, requiredFor: "Driver" }]);
    seedRegister(wb, training, []);
    installExcel(wb);
    const { refreshOverview } = await import("../../../src/excel/overview/refresh");
    await refreshOverview();
    const store = createNavigationStore();
    render(<App store={store} />);
    const cards = await screen.findByRole("list", { name: "Figures from the Overview sheet" });
    const card = within(cards).getByRole("listitem", { name: "Staff" });
    expect(within(card).getByText("Training overdue")).toBeInTheDocument();
    expect(within(card).getByText("Required training never done")).toBeInTheDocument();
    await userEvent.click(within(card).getByRole("button", { name: "Open Staff" }));
    expect(store.current()).toBe("staff");
  });
});

describe("Overview page when the workbook cannot be read", () => {
  it("shows the error with Try again, which reads the figures", async () => {
    installExcel(workbook());
    const loadHeadlines = jest
      .fn<Promise<Headline[] | null>, []>()
      .mockRejectedValueOnce(new Error("Excel is busy"))
      .mockResolvedValue([{ label: "Items to reorder", value: "3", section: "Supplies" }]);
    render(
      <FluentProvider theme={webLightTheme}>
        <OverviewPage focusHeading={false} loadHeadlines={loadHeadlines} />
      </FluentProvider>,
    );
    expect(await screen.findByText("Excel is busy")).toBeInTheDocument();
    expect(screen.queryByText("Items to reorder")).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect((await screen.findByText("Items to reorder")).nextSibling).toHaveTextContent("3");
    expect(screen.queryByText("Excel is busy")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Refresh the Overview sheet" })).toBeEnabled();
  });
});
