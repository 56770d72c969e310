// Keyboard only, in a 320 px pane: the Pages menu and the stock count, asserting where focus lands after
// each action (so a screen reader reads out what happened) and how many Tabs the next action takes.
// Each register's setup by keyboard is keyboardSetup.test.ts.
import { describeE2E } from "./support/harness";
import { convertAndContinue } from "./support/registers";

const NARROWEST_PANE = 320;

describeE2E("keyboard", ({ journey }) => {
  journey("the Pages menu opens on the current page", "keyboard-menu-current", async (ui) => {
    await ui.tabTo(ui.pagesMenuButton);
    await ui.choosePageByKeyboard("Orders");
    await ui.tabTo(ui.pagesMenuButton, { backward: true, max: 5 });
    await ui.press("Enter");
    await ui.page.getByRole("menu").waitFor();
    await ui.expectFocus(ui.menuItem("Orders"), 'the current page, "Orders"');
    // The arrow keys go on from there: the next page is one press away.
    await ui.press("ArrowDown");
    await ui.expectFocus(ui.menuItem("Calls"), '"Calls"');
    await ui.press("Enter");
    await ui.expectPage("Calls");
  });

  journey(
    "Stock count: Save counts comes right after the last count, and Enter saves",
    "keyboard-count",
    async (ui) => {
      await ui.setPaneWidth(NARROWEST_PANE);
      await convertAndContinue(ui, { page: "Inventory", sheet: "Supplies", register: "Inventory" });
      // Stock count: "Save counts" can be found before anything is typed, comes right after the last
      // count, and Enter in a count saves without Tabbing past the rest of the list.
      const form = ui.pane.getByRole("region", { name: "Count stock" });
      const counts = form.getByRole("list", { name: "Items to count" }).getByRole("textbox");
      const save = form.getByRole("button", { name: "Save counts" });
      await ui.tabTo(counts.last(), { max: 120 });
      expect({ to: "Save counts", tabs: await ui.tabTo(save, { max: 5 }) }).toEqual({
        to: "Save counts",
        tabs: 1,
      });
      await ui.tabTo(counts.first(), { backward: true, max: 120 });
      await ui.page.keyboard.type("12");
      await ui.press("Enter");
      await ui.expectFocus(form.getByRole("group", { name: /^Saved 1 count\./ }), "the saved message");
    },
  );
});
