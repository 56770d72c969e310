import "./support/jsdomGaps";
import { act, render, screen } from "@testing-library/react";
import { axeViolations as violations } from "./support/axe";
import { App } from "../../src/taskpane/App";
import { createNavigationStore, PAGE_IDS } from "../../src/taskpane/navigation";
import { PreviewApp } from "../../src/preview/PreviewApp";
import { createSampleWorkbook } from "../../src/preview/sample";
import { installExcel } from "../../src/preview/simulator";
import { standInPages } from "./support/standInPages";

// Fluent UI renders slowly under jsdom, and slower still when every test project runs at once.
jest.setTimeout(30_000);

describe("accessibility (axe)", () => {
  it.each(PAGE_IDS)("the %s page (shell) has no violations", async (page) => {
    const store = createNavigationStore(page);
    // The shell with stand-ins for the pages but Home; each page checks its own accessibility.
    render(<App store={store} loadRegisters={() => Promise.resolve([])} pageComponents={standInPages()} />);
    if (page === "home") await screen.findByRole("list", { name: "Registers" });
    expect(await violations()).toEqual([]);
  });

  it("the preview page (grid, tabs, formula bar, task pane) has no violations", async () => {
    const wb = createSampleWorkbook();
    installExcel(wb);
    render(<PreviewApp workbook={wb} sample="sample" appProps={{ store: createNavigationStore() }} />);
    await screen.findByRole("list", { name: "Registers" });
    await act(async () => undefined);
    expect(await violations()).toEqual([]);
  });
});
