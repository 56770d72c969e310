import "../support/jsdomGaps";
import { axeViolations as violations } from "../support/axe";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DEFAULT_TEMPLATES } from "../../../src/core/email/defaultTemplates";
import { readSettings } from "../../../src/excel/settings";
import { createExcel, installExcel, SimWorkbook, type SimExcel } from "../../../src/preview/simulator";
import SettingsPage from "../../../src/taskpane/pages/settings/SettingsPage";

jest.setTimeout(30_000);

/** A co-author (another client on the same workbook) stores settings. */
async function coAuthorSets(wb: SimWorkbook, settings: Record<string, unknown>) {
  await createExcel(wb, { clientName: "bob" }).run(async (ctx) => {
    for (const [k, v] of Object.entries(settings)) ctx.workbook.settings.add(k, v);
    await ctx.sync();
  });
}

function setup(onInstall: (excel: SimExcel) => void = () => undefined) {
  const wb = new SimWorkbook();
  wb.addSheet("Sheet1");
  onInstall(installExcel(wb));
  render(
    <FluentProvider theme={webLightTheme}>
      <SettingsPage focusHeading={false} />
    </FluentProvider>,
  );
  return wb;
}

/** Sets a field's whole text at once (typing "{{" with user-event would need escaping). */
function replaceText(el: HTMLElement, value: string) {
  fireEvent.change(el, { target: { value } });
}

describe("Settings page", () => {
  test("shows the defaults and a preview of the default supplier email with sample values", async () => {
    setup();
    expect(await screen.findByLabelText("Company name")).toHaveValue("");
    expect(screen.getByLabelText("Service level for safety stock (%)")).toHaveValue("95");
    expect(screen.getByLabelText("Warning days")).toHaveValue("14");
    expect(screen.getByLabelText("Message")).toHaveValue(DEFAULT_TEMPLATES.supplierOrder.body);
    const preview = screen.getByRole("region", { name: "Preview with sample values" });
    // Sample values from core fill the placeholders; the item table is laid out as text.
    expect(preview).toHaveTextContent("Subject: Order PO-2026-0042 from Your company");
    expect(preview).toHaveTextContent("Dear Bo Chen,");
    expect(preview).toHaveTextContent("Copy paper A4, 80 g");
  });

  test("the preview follows edits; an unknown placeholder gets a message with the likely one", async () => {
    const user = userEvent.setup();
    setup();
    const company = await screen.findByLabelText("Company name");
    await user.type(company, "Acme Ltd");
    const preview = screen.getByRole("region", { name: "Preview with sample values" });
    expect(preview).toHaveTextContent("Subject: Order PO-2026-0042 from Acme Ltd");
    replaceText(screen.getByLabelText("Subject"), "Our order {{poNumbr}}");
    expect(
      screen.getByText("{{poNumbr}} is not a placeholder this draft knows. Did you mean {{poNumber}}?"),
    ).toBeInTheDocument();
    expect(preview).toHaveTextContent("Subject: Our order {{poNumbr}}");
    replaceText(screen.getByLabelText("Subject"), "Our order {{poNumber}}");
    expect(screen.queryByText(/is not a placeholder/)).not.toBeInTheDocument();
    expect(preview).toHaveTextContent("Subject: Our order PO-2026-0042");
  });

  test("has no axe violations, with a placeholder message on screen", async () => {
    setup();
    replaceText(await screen.findByLabelText("Subject"), "{{nope}}");
    await screen.findByText(/is not a placeholder/);
    expect(await violations()).toEqual([]);
  });

  test("saves to the workbook; a co-author's reload sees the same; bad numbers are explained", async () => {
    const user = userEvent.setup();
    const wb = setup();
    await user.type(await screen.findByLabelText("Company name"), "Acme Ltd");
    await user.type(screen.getByLabelText("Signature"), "Zoë, office manager");
    const level = screen.getByLabelText("Service level for safety stock (%)");
    await user.clear(level);
    await user.type(level, "120");
    expect(screen.getByText(/Enter a percentage above 0 and below 100/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Save settings" })).toBeDisabled();
    await user.clear(level);
    await user.type(level, "97.5");
    const days = screen.getByLabelText("Warning days");
    await user.clear(days);
    await user.type(days, "7");
    replaceText(screen.getByLabelText("Subject"), "PO {{poNumber}} for {{supplier}}");
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText(/Saved in this workbook/)).toBeInTheDocument();

    expect(wb.getSetting("BackOffice.companyName")).toBe("Acme Ltd");
    const stored = await readSettings();
    expect(stored).toMatchObject({ companyName: "Acme Ltd", signature: "Zoë, office manager", warnDays: 7 });
    expect(stored.serviceLevel).toBeCloseTo(0.975, 10);
    expect(stored.templates.supplierOrder).toEqual({
      subject: "PO {{poNumber}} for {{supplier}}",
      body: DEFAULT_TEMPLATES.supplierOrder.body,
    });

    // Our own save is not taken for a co-author's change.
    expect(screen.queryByText(/Someone changed the settings/)).not.toBeInTheDocument();
    // Someone else changes the company name: the page says so, and Reload shows theirs.
    // The co-author's sync tells this pane at once (Excel's event), so it runs inside act.
    await act(() => coAuthorSets(wb, { "BackOffice.companyName": "Acme Group" }));
    expect(await screen.findByText(/Someone changed the settings in this workbook/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Reload from the workbook" }));
    await waitFor(() => expect(screen.getByLabelText("Company name")).toHaveValue("Acme Group"));
    expect(screen.queryByText(/Someone changed the settings/)).not.toBeInTheDocument();

    // Back to the default template: the stored one is removed.
    await user.click(screen.getByRole("button", { name: "Use the default template" }));
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    await screen.findByText(/Saved in this workbook/);
    expect((await readSettings()).templates.supplierOrder).toBeUndefined();
  });

  test("a settings read that fails says so, and Try again reads them", async () => {
    const user = userEvent.setup();
    const wb = setup((excel) => {
      jest.spyOn(excel, "run").mockRejectedValueOnce(new Error("Excel is busy"));
    });
    wb.setSetting("BackOffice.companyName", "Acme Ltd");
    expect(await screen.findByText("Could not read the settings")).toBeInTheDocument();
    expect(screen.queryByLabelText("Company name")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByLabelText("Company name")).toHaveValue("Acme Ltd");
    expect(screen.queryByText("Could not read the settings")).not.toBeInTheDocument();
  });
});
