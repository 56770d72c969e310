// Steps every register journey shares: turning one of the sample's plain sheets into a register through
// the task pane's "Set up" section, as a person would.
import type { Locator } from "playwright-core";
import type { PreviewUi } from "./previewUi";

export interface ConvertSteps {
  /** Task pane page, e.g. "Inventory". */
  page: string;
  /** The sample sheet to convert, e.g. "Supplies". */
  sheet: string;
  /** The register's display name, as in "Convert to Inventory register". */
  register: string;
}

/** Opens the page, picks the sheet, and stops at the column mapping for the journey to look at. */
export async function startConversion(ui: PreviewUi, steps: ConvertSteps): Promise<Locator> {
  await ui.goToPage(steps.page);
  await ui.choose("Sheet to convert", steps.sheet);
  await ui.button("Convert this sheet").click();
  const mapping = ui.pane.getByRole("list", { name: "Column mapping" });
  await mapping.waitFor();
  return mapping;
}

/** Confirms the mapping and waits for the success message; returns the problems region. */
export async function confirmConversion(ui: PreviewUi, steps: ConvertSteps): Promise<Locator> {
  await ui.button(`Convert to ${steps.register} register`).click();
  await ui.pane.getByText(`"${steps.sheet}" is now the ${steps.register} register`).waitFor();
  return ui.pane.getByRole("region", { name: /^Problems/ });
}

/** The whole conversion with the proposed mapping, then on to the register's own view. */
export async function convertAndContinue(ui: PreviewUi, steps: ConvertSteps): Promise<void> {
  await startConversion(ui, steps);
  await confirmConversion(ui, steps);
  await ui.button(`Continue to ${steps.register}`).click();
  await ui.pane.getByRole("button", { name: `Continue to ${steps.register}` }).waitFor({ state: "detached" });
}
