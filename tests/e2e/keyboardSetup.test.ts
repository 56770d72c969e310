// Each register's setup by keyboard only, in a 320 px pane: after every step ("Convert this sheet",
// "Convert to … register", "Continue to …", "Create empty register", Cancel) focus must land on what the
// person needs next, never on the page body, and the next action must be a few Tabs away. The counts
// asserted are what a keyboard user pays; a change that adds Tab stops in front of the next action
// shows up here. One journey per page, so they run side by side.
import type { Locator } from "playwright-core";
import { describeE2E } from "./support/harness";
import type { PreviewUi } from "./support/previewUi";

const NARROWEST_PANE = 320;

/** Opens `page` through the Pages menu with the keyboard; focus lands on its heading. */
async function openByKeyboard(ui: PreviewUi, page: string): Promise<void> {
  await ui.setPaneWidth(NARROWEST_PANE);
  await ui.tabTo(ui.pagesMenuButton);
  await ui.choosePageByKeyboard(page);
  await ui.expectFocus(ui.paneHeading, `the ${page} heading`);
}

/** The setup section of `register` (the Equipment page shows the Service log's below its machines). */
function setupOf(ui: PreviewUi, register: string): Locator {
  return ui.pane.getByRole("region", { name: `Set up the ${register} register`, exact: true });
}

/** Tabs from where focus is to `target`, then presses Enter on it; returns the Tabs taken. */
async function tabAndPress(ui: PreviewUi, target: Locator, max = 60): Promise<number> {
  const tabs = await ui.tabTo(target, { max });
  await ui.press("Enter");
  return tabs;
}

/**
 * Picks `sheet` in the setup's dropdown and converts it with the proposed columns, by keyboard, and
 * returns the Tabs each next action took: the dropdown from where focus was, "Convert this sheet" after
 * choosing, "Convert to … register" from the column check, "Continue to …" from the result message.
 */
async function convertByKeyboard(
  ui: PreviewUi,
  setup: Locator,
  sheet: string,
  register: string,
): Promise<Record<string, number>> {
  const tabs: Record<string, number> = {};
  tabs.toSheetDropdown = await ui.tabTo(setup.getByRole("combobox", { name: "Sheet to convert" }));
  await ui.chooseByKeyboard(sheet);
  tabs.toConvertSheet = await tabAndPress(ui, setup.getByRole("button", { name: "Convert this sheet" }));
  await ui.expectFocus(setup.getByRole("heading", { name: "Check the columns" }), "the column check");
  tabs.toConvertRegister = await tabAndPress(
    ui,
    setup.getByRole("button", { name: `Convert to ${register} register` }),
    120,
  );
  await ui.expectFocus(
    setup.getByRole("group", { name: new RegExp(`^"${sheet}" is now the ${register} register`) }),
    "the result message",
  );
  tabs.toContinue = await tabAndPress(ui, setup.getByRole("button", { name: `Continue to ${register}` }));
  return tabs;
}

describeE2E("keyboard setup", ({ journey }) => {
  journey("Calls: convert the Calls sheet, then focus is in Caller", "keyboard-setup-calls", async (ui) => {
    await openByKeyboard(ui, "Calls");
    const tabs = await convertByKeyboard(ui, setupOf(ui, "Call log"), "Calls", "Call log");
    await ui.expectFocus(ui.pane.getByRole("combobox", { name: /^Caller/ }), "the Caller field");
    // Before, "Continue to Call log" came after a "Go to" button per problem: 32 Tabs on the sample.
    expect(tabs).toEqual({ toSheetDropdown: 2, toConvertSheet: 1, toConvertRegister: 21, toContinue: 1 });
  });

  journey(
    "Equipment: the Service log's setup is next after Equipment, then the machines",
    "keyboard-setup-equipment",
    async (ui) => {
      await openByKeyboard(ui, "Equipment");
      const equipment = await convertByKeyboard(ui, setupOf(ui, "Equipment"), "Machines", "Equipment");
      const logHeading = ui.pane.getByRole("heading", { name: "Service log", exact: true });
      await ui.expectFocus(logHeading, "the Service log heading");
      // Before, the Service log's setup was 49 Tabs into the page.
      const log = await convertByKeyboard(ui, setupOf(ui, "Service log"), "Service history", "Service log");
      await ui.expectFocus(ui.pane.getByRole("heading", { name: "Machines" }), "the Machines heading");
      const firstMachineAction = ui.pane
        .getByRole("list", { name: "Machines, overdue first" })
        .getByRole("button")
        .first();
      const toFirstMachine = await ui.tabTo(firstMachineAction, { max: 10 });
      expect({ equipment, log, toFirstMachine }).toEqual({
        equipment: { toSheetDropdown: 2, toConvertSheet: 1, toConvertRegister: 19, toContinue: 1 },
        log: { toSheetDropdown: 2, toConvertSheet: 1, toConvertRegister: 14, toContinue: 1 },
        toFirstMachine: 1,
      });
    },
  );

  journey(
    "Inventory: Cancel in the column check goes back to Convert this sheet; converting lands on what is low",
    "keyboard-setup-inventory",
    async (ui) => {
      await openByKeyboard(ui, "Inventory");
      const setup = setupOf(ui, "Inventory");
      await ui.tabTo(setup.getByRole("combobox", { name: "Sheet to convert" }));
      await ui.chooseByKeyboard("Supplies");
      const convertSheet = setup.getByRole("button", { name: "Convert this sheet" });
      await tabAndPress(ui, convertSheet);
      await ui.expectFocus(setup.getByRole("heading", { name: "Check the columns" }), "the column check");
      await tabAndPress(ui, setup.getByRole("button", { name: "Cancel" }), 120);
      // Before, Cancel left focus on the page body.
      await ui.expectFocus(convertSheet, '"Convert this sheet"');
      // The sheet is still chosen: Enter opens the column check again.
      await ui.press("Enter");
      await ui.expectFocus(setup.getByRole("heading", { name: "Check the columns" }), "the column check");
      const toConvertRegister = await tabAndPress(
        ui,
        setup.getByRole("button", { name: "Convert to Inventory register" }),
        120,
      );
      await ui.expectFocus(
        setup.getByRole("group", { name: /^"Supplies" is now the Inventory register/ }),
        "the result message",
      );
      const toContinue = await tabAndPress(ui, setup.getByRole("button", { name: "Continue to Inventory" }));
      await ui.expectFocus(ui.pane.getByRole("heading", { name: "What is low" }), "the What is low heading");
      expect({ toConvertRegister, toContinue }).toEqual({ toConvertRegister: 16, toContinue: 1 });
    },
  );

  journey(
    "Suppliers: Create empty register lands on the list of suppliers",
    "keyboard-setup-suppliers",
    async (ui) => {
      await openByKeyboard(ui, "Suppliers");
      const create = setupOf(ui, "Suppliers").getByRole("button", { name: "Create empty register" });
      const toCreate = await tabAndPress(ui, create);
      await ui.expectFocus(ui.pane.getByRole("heading", { name: /^0 suppliers/ }), "the suppliers heading");
      expect({ toCreate }).toEqual({ toCreate: 1 });
    },
  );

  journey(
    "Staff: each Create empty register lands on the section it opens, the next setup a few Tabs on",
    "keyboard-setup-staff",
    async (ui) => {
      await openByKeyboard(ui, "Staff");
      const create = (register: string) =>
        setupOf(ui, register).getByRole("button", { name: "Create empty register" });
      const heading = (name: string) => ui.pane.getByRole("heading", { name, exact: true });
      const tabs: Record<string, number> = {};
      tabs.toCreateStaff = await tabAndPress(ui, create("Staff"));
      await ui.expectFocus(heading("People"), "the People heading");
      tabs.toCreateCourses = await tabAndPress(ui, create("Courses"));
      await ui.expectFocus(heading("Training due"), "the Training due heading");
      tabs.toCreateTraining = await tabAndPress(ui, create("Training"));
      await ui.expectFocus(heading("Record training"), "the Record training heading");
      const show = ui.button("Show discipline cases");
      tabs.toShowDiscipline = await tabAndPress(ui, show);
      await ui.expectFocus(heading("Discipline"), "the Discipline heading");
      tabs.toCreateDiscipline = await tabAndPress(ui, create("Discipline"));
      await ui.expectFocus(heading("Discipline"), "the Discipline heading");
      expect(tabs).toEqual({
        toCreateStaff: 1,
        toCreateCourses: 2,
        toCreateTraining: 2,
        toShowDiscipline: 9,
        toCreateDiscipline: 1,
      });
    },
  );

  journey(
    "Candidates: convert Applicants, then focus is on the pipeline, its first candidate one Tab on",
    "keyboard-setup-candidates",
    async (ui) => {
      await openByKeyboard(ui, "Candidates");
      const tabs = await convertByKeyboard(ui, setupOf(ui, "Candidates"), "Applicants", "Candidates");
      await ui.expectFocus(ui.pane.getByRole("heading", { name: "Pipeline" }), "the Pipeline heading");
      const firstCandidate = ui.pane.getByRole("list", { name: "Pipeline" }).getByRole("button").first();
      const toFirstCandidate = await ui.tabTo(firstCandidate, { max: 10 });
      expect({ ...tabs, toFirstCandidate }).toEqual({
        toSheetDropdown: 2,
        toConvertSheet: 1,
        toConvertRegister: 17,
        toContinue: 1,
        toFirstCandidate: 1,
      });
    },
  );
});
