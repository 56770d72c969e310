// Journey 3: axe-core on every task pane page in the real browser (real layout, real colours), with the
// Pages menu open too, and on the whole preview. Serious and critical violations fail.
import { PAGES } from "../../src/taskpane/pages";
import { failingViolations, formatViolations, runAxe } from "./support/axe";
import { describeE2E } from "./support/harness";
import { PANE_SELECTOR } from "./support/previewUi";

const home = PAGES.find((p) => p.id === "home");
if (!home) throw new Error("The task pane has no Home page");

describeE2E("accessibility", ({ journey }) => {
  for (const page of PAGES) {
    journey(
      `the ${page.label} page has no serious or critical axe violations`,
      `page-${page.id}`,
      async (ui) => {
        if (page.id !== home.id) await ui.goToPage(page.label);
        else await ui.pane.getByRole("list", { name: "Registers" }).waitFor();
        await ui.expectAccessible(`The ${page.label} page`);
      },
    );
  }

  journey("the open Pages menu has no serious or critical axe violations", "pages-menu", async (ui) => {
    await ui.pagesMenuButton.click();
    await ui.page.getByRole("menu").waitFor();
    await ui.expectAccessible("The Pages menu");
  });

  journey("the whole preview has no serious or critical axe violations", "preview-a11y", async (ui) => {
    const violations = failingViolations(await runAxe(ui.page, ["body"]));
    expect(formatViolations("The preview page", violations)).toBe(formatViolations("The preview page", []));
  });

  journey("the check reports what a person would miss", "a11y-check", async (ui) => {
    // Proves the check can fail: an unnamed icon button, an image without text, and a focusable button
    // hidden from screen readers (the rule whose Fluent false positives are set aside must still bite).
    await ui.page.locator(PANE_SELECTOR).evaluate((pane) => {
      const button = document.createElement("button");
      button.id = "e2e-unnamed";
      const img = document.createElement("img");
      img.src = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
      button.append(img);
      const hidden = document.createElement("div");
      hidden.setAttribute("aria-hidden", "true");
      hidden.innerHTML = '<button type="button" id="e2e-hidden">Hidden</button>';
      pane.append(button, hidden);
    });
    const failing = failingViolations(await runAxe(ui.page, [PANE_SELECTOR]));
    const report = formatViolations("The doctored pane", failing);
    expect(failing.map((v) => v.id)).toEqual(
      expect.arrayContaining(["button-name", "image-alt", "aria-hidden-focus"]),
    );
    expect(report).toContain("#e2e-unnamed");
    expect(report).toContain(`element div[aria-hidden="true"]`);
    await expect(ui.expectAccessible("The doctored pane")).rejects.toThrow(/button-name/);
  });
});
