// The preview as a person sees it: the workbook (formula bar, grid, sheet tabs) and the task pane. Every
// lookup goes by role and accessible name where the page offers one, so journeys survive restyling.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { expectAccessible } from "./axe";
import { eventually } from "./poll";
import type { PageWatch } from "./pageWatch";
import { coveredText, danglingReferences } from "./paneChecks";

export const screenshotDir = join(__dirname, "..", "..", "..", "test-results", "e2e");

/**
 * CSS for the task pane's container in the preview (axe and layout checks take selectors). It is a plain
 * element on purpose: in Excel the pane is a page of its own, so its header and main are top-level
 * landmarks and the preview adds none around them.
 */
export const PANE_SELECTOR = '[data-pane="task-pane"]';
/** Fluent renders open menus and popovers in portals outside the pane; they belong to it all the same. */
const PANE_POPUPS = ["[role=menu]", "[role=dialog]", "[role=listbox]", "[role=tooltip]"];

export class PreviewUi {
  constructor(
    readonly page: Page,
    readonly watch: PageWatch,
    private readonly baseUrl: string,
  ) {}

  /** Loads dist/preview.html (with `query`, e.g. "?sample=blank") and waits for both halves to show. */
  async open(query = ""): Promise<void> {
    await this.page.goto(new URL(`preview.html${query}`, this.baseUrl).href);
    await this.grid.waitFor();
    await this.paneHeading.waitFor();
  }

  // ---- the workbook ----

  get workbook(): Locator {
    // Exact: the Home page's "Registers in this workbook" is a region too.
    return this.page.getByRole("region", { name: "Workbook", exact: true });
  }

  get grid(): Locator {
    return this.workbook.getByRole("grid");
  }

  /** A drawn cell of the active sheet by its A1 address (only rows in view are drawn). */
  cell(address: string): Locator {
    return this.grid.locator(`[role=gridcell][data-address="${address.toUpperCase()}"]`);
  }

  get sheetTabs(): Locator {
    return this.workbook.getByRole("tablist", { name: "Sheets" }).getByRole("tab");
  }

  sheetTab(name: string): Locator {
    return this.workbook.getByRole("tab", { name, exact: true });
  }

  get selectedCell(): Locator {
    return this.workbook.getByRole("textbox", { name: "Selected cell" });
  }

  get formulaBar(): Locator {
    return this.workbook.getByRole("textbox", { name: "Formula bar" });
  }

  async sheetNames(): Promise<string[]> {
    return (await this.sheetTabs.allTextContents()).map((t) => t.trim());
  }

  async activeSheet(): Promise<string> {
    const tab = this.workbook.getByRole("tab", { selected: true });
    return ((await tab.textContent()) ?? "").trim();
  }

  async selectSheet(name: string): Promise<void> {
    await this.sheetTab(name).click();
    await eventually(
      () => this.activeSheet(),
      (active) => expect(active).toBe(name),
    );
  }

  async selectCell(address: string): Promise<void> {
    await this.cell(address).click();
    await eventually(
      () => this.selectedCell.inputValue(),
      (shown) => expect(shown).toBe(address.toUpperCase()),
    );
  }

  /** Values straight from the simulated workbook (`backOfficePreview` handle set by src/preview). */
  async workbookValues(sheet: string, rangeA1: string): Promise<unknown[][]> {
    return this.page.evaluate(
      ([s, r]) =>
        (
          globalThis as unknown as {
            backOfficePreview: { workbook: { getValues(s: string, r: string): unknown[][] } };
          }
        ).backOfficePreview.workbook.getValues(s, r),
      [sheet, rangeA1] as const,
    );
  }

  /**
   * The rows of `rangeA1` as records keyed by its first row's headers, so journeys find columns by name
   * (registers may append or reorder columns) and rows by key, as the add-in itself does.
   */
  async workbookRecords(sheet: string, rangeA1: string): Promise<Record<string, unknown>[]> {
    const [headers = [], ...rows] = await this.workbookValues(sheet, rangeA1);
    return rows.map((row) => Object.fromEntries(headers.map((h, i) => [String(h), row[i]])));
  }

  /** A table's body as records keyed by its headers, wherever the add-in put it; null when missing. */
  async tableRecords(tableName: string): Promise<Record<string, unknown>[] | null> {
    return this.page.evaluate((name) => {
      interface Wb {
        tableByName(
          n: string,
        ): { sheetId: string; rect: { r0: number; c0: number; r1: number; c1: number } } | undefined;
        sheetById(id: string): { name: string } | undefined;
        getCell(s: string, r: number, c: number): { value: unknown };
      }
      const wb = (globalThis as unknown as { backOfficePreview: { workbook: Wb } }).backOfficePreview
        .workbook;
      const table = wb.tableByName(name);
      const sheet = table && wb.sheetById(table.sheetId)?.name;
      if (!table || !sheet) return null;
      const { r0, c0, r1, c1 } = table.rect;
      const row = (r: number) => {
        const out: unknown[] = [];
        for (let c = c0; c <= c1; c++) out.push(wb.getCell(sheet, r, c).value ?? "");
        return out;
      };
      const headers = row(r0).map(String);
      const records: Record<string, unknown>[] = [];
      for (let r = r0 + 1; r <= r1; r++) {
        const values = row(r);
        records.push(Object.fromEntries(headers.map((h, i) => [h, values[i]])));
      }
      return records;
    }, tableName);
  }

  async tableNames(): Promise<string[]> {
    return this.page.evaluate(() =>
      (
        globalThis as unknown as { backOfficePreview: { workbook: { tableNames(): string[] } } }
      ).backOfficePreview.workbook.tableNames(),
    );
  }

  // ---- the task pane ----

  get pane(): Locator {
    return this.page.locator(PANE_SELECTOR);
  }

  /** The current page's heading (level 2; level 1 is the product name). */
  get paneHeading(): Locator {
    return this.pane.getByRole("heading", { level: 2 });
  }

  get pagesMenuButton(): Locator {
    return this.pane.getByRole("button", { name: /^Pages/ });
  }

  /** Menu items live in a portal outside the pane. */
  menuItem(label: string): Locator {
    return this.page.getByRole("menuitemradio", { name: label, exact: true });
  }

  async headingText(): Promise<string> {
    return ((await this.paneHeading.textContent()) ?? "").trim();
  }

  /** The page the header says is open (the Pages button names it for screen readers). */
  async currentPage(): Promise<string> {
    const label = (await this.pagesMenuButton.getAttribute("aria-label")) ?? "";
    return label.replace(/^Pages, current page /, "");
  }

  /** Waits until the task pane shows `label`'s page. */
  async expectPage(label: string): Promise<void> {
    await eventually(
      () => this.currentPage(),
      (shown) => expect(shown).toBe(label),
    );
    await this.paneHeading.waitFor();
  }

  async expectHeading(text: string): Promise<void> {
    await eventually(
      () => this.headingText(),
      (shown) => expect(shown).toBe(text),
    );
  }

  /** Opens a task pane page through the Pages menu, with the mouse. */
  async goToPage(label: string): Promise<void> {
    await this.pagesMenuButton.click();
    await this.menuItem(label).click();
    await this.expectPage(label);
  }

  /**
   * With focus on the Pages button: Enter opens the menu, arrow keys move to `label`, Enter picks it.
   * Fails naming the items passed when `label` is not in the menu.
   */
  async choosePageByKeyboard(label: string): Promise<void> {
    await this.press("Enter");
    const menu = this.page.getByRole("menu");
    await menu.waitFor();
    await eventually(
      () => menu.evaluate((el) => el.contains(document.activeElement)),
      (inside) => expect(inside).toBe(true),
    );
    const target = this.menuItem(label);
    const count = await menu.getByRole("menuitemradio").count();
    const passed: string[] = [];
    for (let i = 0; i < count && !(await this.isFocused(target)); i++) {
      passed.push(await this.describeFocus());
      await this.press("ArrowDown");
    }
    if (!(await this.isFocused(target))) {
      throw new Error(`No "${label}" in the Pages menu; arrow keys went: ${passed.join(" → ")}`);
    }
    await this.press("Enter");
    await menu.waitFor({ state: "hidden" });
    await this.expectPage(label);
  }

  // ---- forms in the task pane (helpers for register journeys) ----

  /** A button in the task pane by its accessible name. */
  button(name: string | RegExp): Locator {
    return this.pane.getByRole("button", { name, exact: typeof name === "string" });
  }

  /** A form control in the task pane by its label (Fluent Field labels are real <label>s). */
  field(label: string | RegExp): Locator {
    return this.pane.getByLabel(label, { exact: typeof label === "string" });
  }

  /** Types into a labelled text field as a person would, replacing what was there. */
  async fill(label: string | RegExp, text: string): Promise<void> {
    await this.field(label).fill(text);
  }

  /**
   * Picks `option` in a labelled Fluent Dropdown or Combobox. The listbox opens in a portal outside the
   * pane, so the option is found on the whole page.
   */
  async choose(label: string | RegExp, option: string): Promise<void> {
    await this.pane.getByRole("combobox", { name: label }).click();
    await this.page.getByRole("option", { name: option, exact: true }).click();
    await this.page.getByRole("listbox").waitFor({ state: "hidden" });
  }

  /** Runs `action` and returns the file it made the browser download, as bytes (a saved .xlsx, say). */
  async downloadBytes(action: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
    const [file] = await Promise.all([this.page.waitForEvent("download"), action()]);
    const path = await file.path();
    return { name: file.suggestedFilename(), bytes: readFileSync(path) };
  }

  /** Opens a file from disk through the banner's "Open a workbook" button, as a person would. */
  async openFile(path: string): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent("filechooser"),
      this.page.getByRole("button", { name: "Open a workbook" }).click(),
    ]);
    await chooser.setFiles(path);
  }

  /** Types into the selected cell through the formula bar and presses Enter, as a person would. */
  async typeInCell(address: string, text: string): Promise<void> {
    await this.selectCell(address);
    await this.formulaBar.fill(text);
    await this.formulaBar.press("Enter");
  }

  /** Runs `action` and returns the file it made the browser download (an .eml or .ics draft, say). */
  async download(action: () => Promise<void>): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([this.page.waitForEvent("download"), action()]);
    const path = await file.path();
    return { name: file.suggestedFilename(), text: readFileSync(path, "utf8") };
  }

  // ---- keyboard ----

  async isFocused(target: Locator): Promise<boolean> {
    return target.evaluate((el) => el === document.activeElement);
  }

  /** What has focus, as a person would describe it: role or tag, and name. */
  async describeFocus(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return "nothing (body)";
      const role = el.getAttribute("role") ?? el.tagName.toLowerCase();
      const name = el.getAttribute("aria-label") ?? (el.textContent ?? "").trim().slice(0, 60);
      return `${role} "${name}"`;
    });
  }

  /**
   * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, and returns how many
   * presses it took; fails naming the stops visited when it is not reachable within `max` presses.
   */
  async tabTo(target: Locator, { backward = false, max = 60 } = {}): Promise<number> {
    const visited: string[] = [];
    for (let i = 0; i < max; i++) {
      if (await this.isFocused(target)) return i;
      await this.page.keyboard.press(backward ? "Shift+Tab" : "Tab");
      visited.push(await this.describeFocus());
    }
    if (await this.isFocused(target)) return max;
    throw new Error(
      `Could not reach ${target} with ${backward ? "Shift+Tab" : "Tab"} in ${max} presses. ` +
        `Focus went: ${visited.join(" → ")}`,
    );
  }

  /**
   * Waits for `target` to have focus, as after an action that moves it; fails saying where focus is
   * instead ("nothing (body)" when it was dropped).
   */
  async expectFocus(target: Locator, what: string): Promise<void> {
    const start = Date.now();
    while (!(await this.isFocused(target).catch(() => false))) {
      if (Date.now() - start > 10_000) {
        throw new Error(`Focus should be on ${what}, but it is on ${await this.describeFocus()}`);
      }
      await this.page.waitForTimeout(50);
    }
  }

  /**
   * With focus on a Fluent Dropdown or Combobox: opens it with the keyboard, moves down to `option` with
   * the arrow keys and picks it with Enter, as a keyboard user would.
   */
  async chooseByKeyboard(option: string): Promise<void> {
    await this.press("ArrowDown");
    const listbox = this.page.getByRole("listbox");
    await listbox.waitFor();
    const count = await listbox.getByRole("option").count();
    const active = () =>
      this.page.evaluate(() => {
        const id = document.activeElement?.getAttribute("aria-activedescendant");
        return ((id && document.getElementById(id)?.textContent) ?? "").trim();
      });
    const passed: string[] = [];
    for (let i = 0; i <= count && (await active()) !== option; i++) {
      passed.push(await active());
      await this.press("ArrowDown");
    }
    if ((await active()) !== option) {
      throw new Error(`No option "${option}"; the arrow keys went: ${passed.join(" → ")}`);
    }
    await this.press("Enter");
    await listbox.waitFor({ state: "hidden" });
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  // ---- layout ----

  /**
   * Sets the task pane to `px` wide, like a person dragging its edge in Excel: `px` is the page's width
   * inside the pane (Excel's web view, scroll bar included), not counting the preview's border.
   */
  async setPaneWidth(px: number): Promise<void> {
    await this.pane.evaluate((el, w) => {
      const style = (el as HTMLElement).style;
      style.boxSizing = "content-box";
      style.width = `${w}px`;
    }, px);
    await eventually(
      () => this.pane.evaluate((el) => getComputedStyle(el).width),
      (width) => expect(width).toBe(`${px}px`),
    );
  }

  /**
   * What makes the pane scroll sideways or pokes out of it: the pane's own horizontal overflow, any
   * inner scroller that scrolls sideways, and visible elements whose box ends past the pane's edge.
   */
  async horizontalOverflow(): Promise<string[]> {
    return this.page.locator(PANE_SELECTOR).evaluate((pane) => {
      const describe = (el: Element) => {
        const label = el.getAttribute("aria-label") ?? (el.textContent ?? "").trim().slice(0, 40);
        return `<${el.tagName.toLowerCase()}${el.id ? ` id=${el.id}` : ""}> "${label}"`;
      };
      const issues: string[] = [];
      if (pane.scrollWidth > pane.clientWidth) {
        issues.push(`the pane scrolls sideways: ${pane.scrollWidth}px of content in ${pane.clientWidth}px`);
      }
      const edge = pane.getBoundingClientRect().left + pane.clientLeft + pane.clientWidth;
      const poking = new Set<Element>();
      for (const el of Array.from(pane.querySelectorAll("*"))) {
        const style = getComputedStyle(el);
        if (style.display === "none" || style.visibility === "hidden") continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        if ((style.overflowX === "auto" || style.overflowX === "scroll") && el.scrollWidth > el.clientWidth) {
          issues.push(`${describe(el)} scrolls sideways (${el.scrollWidth}px in ${el.clientWidth}px)`);
        }
        // Name the outermost element that pokes out; its children go with it.
        if (box.right > edge + 0.5 && !(el.parentElement && poking.has(el.parentElement))) {
          issues.push(`${describe(el)} ends ${Math.round(box.right - edge)}px past the pane's edge`);
        }
        if (box.right > edge + 0.5) poking.add(el);
      }
      return issues;
    });
  }

  // ---- checks and records ----

  /** axe on the task pane and any popup it has open; fails on serious or critical violations. */
  async expectAccessible(where: string): Promise<void> {
    await expectAccessible(this.page, where, [PANE_SELECTOR, ...PANE_POPUPS]);
  }

  /**
   * What every page is held to at any pane width: nothing pokes out or scrolls sideways, no control
   * covers text that is not its own, every id the markup points at exists, and axe finds no violation of
   * any impact. Fails listing everything found, under `where`.
   */
  async expectReadable(where: string): Promise<void> {
    const found = [
      ...(await this.horizontalOverflow()),
      ...(await coveredText(this.pane)),
      ...(await danglingReferences(this.pane)),
    ].map((line) => `- ${line}`);
    try {
      await expectAccessible(this.page, where, [PANE_SELECTOR, ...PANE_POPUPS], { every: true });
    } catch (error) {
      found.push(error instanceof Error ? error.message : String(error));
    }
    if (found.length > 0) throw new Error(`${where}:\n${found.join("\n")}`);
  }

  /** Saves test-results/e2e/<name>.png: the whole preview, or one region of it. */
  async shoot(name: string, region?: Locator): Promise<string> {
    mkdirSync(screenshotDir, { recursive: true });
    const path = join(screenshotDir, `${name}.png`);
    if (region) await region.screenshot({ path, animations: "disabled" });
    else await this.page.screenshot({ path, animations: "disabled" });
    return path;
  }
}
