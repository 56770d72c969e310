// Journey 2: every task pane page is reachable with the keyboard alone. (The 320 px pane is
// narrowPane.test.ts.)
import { PAGES } from "../../src/taskpane/pages";
import { describeE2E } from "./support/harness";
import { eventually } from "./support/poll";

const home = PAGES.find((p) => p.id === "home");
if (!home) throw new Error("The task pane has no Home page");
const others = PAGES.filter((p) => p.id !== "home");
const registerPages = PAGES.filter((p) => p.registers.length > 0);

describeE2E("task pane navigation", ({ journey }) => {
  journey(
    "opens every page from the Pages menu with the keyboard only",
    "keyboard-pages-menu",
    async (ui) => {
      // Fresh page: focus starts on the document; Tab walks in from the top like a keyboard user.
      await ui.tabTo(ui.pagesMenuButton);
      for (const page of [...others, home]) {
        await ui.choosePageByKeyboard(page.label);
        // Focus lands on the new page's heading, so a screen reader announces where the person is.
        await eventually(
          () => ui.isFocused(ui.paneHeading),
          (focused) => expect(focused).toBe(true),
        );
        expect(await ui.page.getByRole("menu").count()).toBe(0);
        // The Pages button sits just before the page, so Shift+Tab goes back to it.
        await ui.tabTo(ui.pagesMenuButton, { backward: true, max: 5 });
      }
      expect(await ui.headingText()).toBe("Registers in this workbook");
    },
  );

  journey("opens each register from Home and comes Back, by keyboard", "keyboard-home-back", async (ui) => {
    for (const page of registerPages) {
      await ui.tabTo(ui.pane.getByRole("button", { name: `Open ${page.label}` }));
      await ui.press("Enter");
      await ui.expectPage(page.label);
      await eventually(
        () => ui.isFocused(ui.paneHeading),
        (focused) => expect(focused).toBe(true),
      );
      await ui.tabTo(ui.pane.getByRole("button", { name: "Back" }), { backward: true, max: 5 });
      await ui.press("Enter");
      await ui.expectPage(home.label);
      await ui.pane.getByRole("list", { name: "Registers" }).waitFor();
    }
  });

  journey(
    "Escape closes the Pages menu and leaves the page as it was",
    "keyboard-menu-escape",
    async (ui) => {
      await ui.tabTo(ui.pagesMenuButton);
      await ui.press("Enter");
      const menu = ui.page.getByRole("menu");
      await menu.waitFor();
      await ui.press("ArrowDown");
      await ui.press("Escape");
      await menu.waitFor({ state: "hidden" });
      expect(await ui.isFocused(ui.pagesMenuButton)).toBe(true);
      expect(await ui.currentPage()).toBe(home.label);
    },
  );
});
