// Every task pane page at Excel's narrowest task pane, 320 px: before any register exists, through each
// conversion, and with every register set up. Each page is held to what a person sees and hears: no
// control covering text that is not its own, nothing scrolling sideways, every id the markup names
// present, no axe violation of any impact, and (as every journey) no console error or React warning.
// Home's status for each page must agree with the page itself. The pictures are taskpane-320-*.png,
// copied into docs/screenshots by scripts/screenshots.mjs.
import { registerById } from "../../src/core/registers/definitions";
import { PAGES, type PageInfo } from "../../src/taskpane/pages";
import { describeE2E } from "./support/harness";
import { coveredText, danglingReferences } from "./support/paneChecks";
import type { PreviewUi } from "./support/previewUi";

/** Excel's task pane can be dragged down to 320 px; the add-in must still be readable there. */
const NARROWEST_PANE = 320;
/** Tall enough that each page's picture shows more than its first screen. */
const VIEWPORT = { width: 1280, height: 1400 };

/** The sample's sheets, converted on the page that owns each register, in an order that feeds Orders. */
const CONVERSIONS = [
  { page: "Inventory", sheet: "Supplies", register: "Inventory" },
  { page: "Suppliers", sheet: "Vendors", register: "Suppliers" },
  { page: "Calls", sheet: "Calls", register: "Call log" },
  { page: "Equipment", sheet: "Machines", register: "Equipment" },
  { page: "Equipment", sheet: "Service history", register: "Service log" },
  { page: "Candidates", sheet: "Applicants", register: "Candidates" },
];

const registerPages = PAGES.filter((p) => p.registers.length > 0);

/** Opens `page` (Home is open at the start) and waits for its content, not just its heading. */
async function visit(ui: PreviewUi, page: PageInfo): Promise<void> {
  if ((await ui.currentPage()) !== page.label) await ui.goToPage(page.label);
  // Spinners say the page is still reading the workbook; the checks look at what it then shows.
  await ui.pane.locator(".fui-Spinner").first().waitFor({ state: "detached" });
}

/**
 * Whether a page can do its work, as a person reads it: a page that cannot shows the setup of its own
 * register, or (Orders) says which register it needs first.
 */
async function pageCanWork(ui: PreviewUi, page: PageInfo): Promise<boolean> {
  const own = registerById(page.registers[0]).name;
  const setsUp = await ui.pane
    .getByRole("heading", { name: `Set up the ${own} register`, exact: true })
    .count();
  const waitsFor = await ui.pane.getByText(/^There is no \w+ register in this workbook yet/).count();
  return setsUp === 0 && waitsFor === 0;
}

/** Home's word for each register page ("Not found", "Ready"…), read off its badge. */
async function homeStatuses(ui: PreviewUi): Promise<Map<string, string>> {
  await visit(ui, PAGES[0]);
  const list = ui.pane.getByRole("list", { name: "Registers" });
  await list.waitFor();
  const out = new Map<string, string>();
  for (const page of registerPages) {
    const badge = list.getByRole("listitem", { name: page.label, exact: true }).locator(".fui-Badge");
    out.set(page.label, ((await badge.textContent()) ?? "").trim());
  }
  return out;
}

/** Home says a page is not ready in words starting "Not" ("Not found", "Not set up"). */
async function expectHomeAgrees(ui: PreviewUi, when: string): Promise<void> {
  const home = await homeStatuses(ui);
  const disagreements: string[] = [];
  for (const page of registerPages) {
    await visit(ui, page);
    const works = await pageCanWork(ui, page);
    const said = home.get(page.label) ?? "(no status)";
    if (works === /^Not\b/.test(said)) {
      disagreements.push(
        `Home says ${page.label} is "${said}" but the page ${works ? "works" : "needs setup"}`,
      );
    }
  }
  expect({ when, disagreements }).toEqual({ when, disagreements: [] });
}

describeE2E("narrow task pane", ({ journey }) => {
  journey(
    `every page is readable in a ${NARROWEST_PANE} px pane before any register exists`,
    "narrow-before",
    async (ui) => {
      await ui.setPaneWidth(NARROWEST_PANE);
      for (const page of PAGES) {
        await visit(ui, page);
        await ui.expectReadable(`${page.label}, no registers yet, at ${NARROWEST_PANE} px`);
        await ui.shoot(`taskpane-320-${page.id}-setup`, ui.pane);
      }
      await expectHomeAgrees(ui, "before any register exists");
    },
    { viewport: VIEWPORT },
  );

  journey(
    `every conversion and every page is readable in a ${NARROWEST_PANE} px pane`,
    "narrow-after",
    async (ui) => {
      await ui.setPaneWidth(NARROWEST_PANE);
      for (const step of CONVERSIONS) {
        const where = `converting ${step.sheet} to ${step.register} at ${NARROWEST_PANE} px`;
        if ((await ui.currentPage()) !== step.page) await ui.goToPage(step.page);
        await ui.choose("Sheet to convert", step.sheet);
        await ui.button("Convert this sheet").click();
        await ui.pane.getByRole("list", { name: "Column mapping" }).waitFor();
        await ui.expectReadable(`${where}: the column mapping`);
        await ui.button(`Convert to ${step.register} register`).click();
        await ui.button(`Continue to ${step.register}`).waitFor();
        await ui.expectReadable(`${where}: the result`);
        await ui.button(`Continue to ${step.register}`).click();
        await ui.button(`Continue to ${step.register}`).waitFor({ state: "detached" });
      }
      for (const page of PAGES) {
        await visit(ui, page);
        await ui.expectReadable(`${page.label}, registers set up, at ${NARROWEST_PANE} px`);
        await ui.shoot(`taskpane-320-${page.id}`, ui.pane);
      }
      // The screen behind the supplier-email button: each line's item, quantity, price and total readable.
      await visit(
        ui,
        PAGES.find((p) => p.id === "orders")!,
      );
      const line = ui.pane
        .getByRole("list", { name: /^Items to order from / })
        .first()
        .getByRole("listitem");
      await line.first().scrollIntoViewIfNeeded();
      await ui.shoot("taskpane-320-orders-lines", ui.pane);
      await expectHomeAgrees(ui, "with every register set up");
    },
    { viewport: VIEWPORT },
  );

  journey(
    "the checks see covered text, missing ids and content wider than the pane",
    "narrow-checks",
    async (ui) => {
      // Proves the checks above can fail: a box laid over a line of text, a group labelled by an id that
      // names nothing (as a Fluent MessageBar without a title is), and a 400 px box in a 320 px pane.
      await ui.setPaneWidth(NARROWEST_PANE);
      await ui.pane.getByRole("list", { name: "Registers" }).waitFor();
      await ui.paneHeading.evaluate((el) => {
        (el as HTMLElement).style.minWidth = "400px";
      });
      const overflow = await ui.horizontalOverflow();
      expect(overflow.some((line) => line.includes("scrolls sideways"))).toBe(true);
      expect(overflow.some((line) => line.includes("past the pane's edge"))).toBe(true);
      await ui.paneHeading.evaluate((el) => {
        (el as HTMLElement).style.minWidth = "";
      });
      await ui.paneHeading.evaluate((heading) => {
        const box = document.createElement("input");
        box.setAttribute("aria-label", "Doctored box");
        const r = heading.getBoundingClientRect();
        Object.assign(box.style, {
          position: "fixed",
          left: `${r.left}px`,
          top: `${r.top}px`,
          width: "120px",
        });
        const group = document.createElement("div");
        group.setAttribute("role", "group");
        group.setAttribute("aria-labelledby", "e2e-no-such-title");
        group.textContent = "A message";
        heading.after(box, group);
      });
      expect(await coveredText(ui.pane)).toContainEqual(
        expect.stringMatching(/^<input> "Doctored box" covers "Registers in this workbook"$/),
      );
      expect(await danglingReferences(ui.pane)).toEqual([
        `<div role=group> "A message" has aria-labelledby="e2e-no-such-title", which names nothing`,
      ]);
      await expect(ui.expectReadable("The doctored pane")).rejects.toThrow(
        /Doctored box.*\n.*e2e-no-such-title/,
      );
    },
  );
});
