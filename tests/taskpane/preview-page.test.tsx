import "./support/jsdomGaps";
import { render, screen, within } from "@testing-library/react";
import { createOfficeStandIn, installOfficeStandIn } from "../../src/preview/officeStandIn";
import { PreviewApp, TASK_PANE_WIDTH } from "../../src/preview/PreviewApp";
import { createBlankWorkbook, createSampleWorkbook } from "../../src/preview/sample";
import { installExcel } from "../../src/preview/simulator";
import { createNavigationStore } from "../../src/taskpane/navigation";

// Fluent UI renders slowly under jsdom, and slower still when every test project runs at once.
jest.setTimeout(30_000);

describe("Office stand-in", () => {
  it("reports Excel when ready, through the callback and the promise", async () => {
    const office = createOfficeStandIn();
    const callback = jest.fn();
    await expect(office.onReady(callback)).resolves.toEqual({ host: "Excel", platform: null });
    expect(callback).toHaveBeenCalledWith({ host: "Excel", platform: null });
    expect(office.HostType.Excel).toBe("Excel");
  });

  it("opens browser windows, has no theme, and shows the task pane", async () => {
    const opened: string[] = [];
    const office = createOfficeStandIn({ openWindow: (url) => opened.push(url) });
    office.context.ui.openBrowserWindow(
      "https://outlook.office.com/mail/deeplink/compose?to=a%40example.com",
    );
    expect(opened).toEqual(["https://outlook.office.com/mail/deeplink/compose?to=a%40example.com"]);
    expect(office.context.officeTheme).toBeUndefined();
    await expect(office.addin.showAsTaskpane()).resolves.toBeUndefined();
    expect(() => office.actions.associate("draftSupplierEmails", () => undefined)).not.toThrow();
  });

  it("uses window.open by default", () => {
    const open = jest.spyOn(window, "open").mockImplementation(() => null);
    createOfficeStandIn().context.ui.openBrowserWindow("https://example.com/");
    expect(open).toHaveBeenCalledWith("https://example.com/", "_blank", "noopener");
    open.mockRestore();
  });

  it("answers requirement-set checks for what the simulator stands in for", () => {
    const { requirements } = createOfficeStandIn().context;
    expect(requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(requirements.isSetSupported("SharedRuntime")).toBe(true);
    expect(requirements.isSetSupported("DialogApi", "1.1")).toBe(false);
  });

  it("installs itself as the global Office", () => {
    const office = installOfficeStandIn();
    expect((globalThis as unknown as { Office: unknown }).Office).toBe(office);
  });
});

describe("preview page", () => {
  it("shows the sample workbook beside the task pane, which reads the same workbook", async () => {
    const wb = createSampleWorkbook();
    installExcel(wb);
    installOfficeStandIn();
    render(<PreviewApp workbook={wb} sample="sample" appProps={{ store: createNavigationStore() }} />);

    const workbook = screen.getByRole("region", { name: "Workbook" });
    expect(within(workbook).getByRole("grid", { name: "Sheet Supplies" })).toBeInTheDocument();
    // The task pane brings its own landmarks (banner and main), as in Excel, in a pane of Excel's width.
    const main = screen.getByRole("main");
    const pane = main.closest("[data-pane]") as HTMLElement;
    expect(pane).toHaveStyle({ width: `${TASK_PANE_WIDTH}px` });
    expect(
      within(screen.getByRole("banner")).getByRole("heading", { level: 1, name: "Back Office" }),
    ).toBeInTheDocument();
    expect(await within(pane).findByRole("list", { name: "Registers" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Start from a blank workbook" })).toHaveAttribute(
      "href",
      "?sample=blank",
    );
  });

  it("offers the sample again from a blank workbook", async () => {
    const wb = createBlankWorkbook();
    installExcel(wb);
    render(<PreviewApp workbook={wb} sample="blank" appProps={{ store: createNavigationStore() }} />);
    expect(screen.getByRole("grid", { name: "Sheet Sheet1" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Load the sample workbook" })).toHaveAttribute("href", "?");
    expect(await screen.findByRole("list", { name: "Registers" })).toBeInTheDocument();
  });
});
