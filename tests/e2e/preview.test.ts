// Journey 1: the preview loads with the sample workbook beside the task pane's Home page; sheet tabs
// switch the grid; clicking or moving with the keyboard selects cells, whose address shows.
import { registerById } from "../../src/core/registers/definitions";
import { SAMPLE_SHEETS } from "../../src/preview/sample";
import { PAGES } from "../../src/taskpane/pages";
import { describeE2E } from "./support/harness";
import { eventually } from "./support/poll";

const sheet = (name: string) => {
  const found = SAMPLE_SHEETS.find((s) => s.name === name);
  if (!found) throw new Error(`The sample has no sheet "${name}"`);
  return found;
};
/** The text a plain string cell shows (row and column 0-based, as in the sample's rows). */
const sampleText = (name: string, row: number, col: number) => String(sheet(name).rows[row][col]);

describeE2E("preview", ({ journey }) => {
  journey("shows the sample workbook beside the task pane's Home page", "preview", async (ui) => {
    expect(await ui.sheetNames()).toEqual(SAMPLE_SHEETS.map((s) => s.name));
    expect(await ui.activeSheet()).toBe(SAMPLE_SHEETS[0].name);
    const first = SAMPLE_SHEETS[0].name;
    await expect(ui.grid.getAttribute("aria-label")).resolves.toBe(`Sheet ${first}`);
    expect((await ui.cell("A1").textContent())?.trim()).toBe(sampleText(first, 0, 0));
    expect((await ui.cell("A2").textContent())?.trim()).toBe(sampleText(first, 1, 0));
    expect(await ui.selectedCell.inputValue()).toBe("A1");

    // Home lists every register page, each with its tables' status in this (table-less) sample.
    expect(await ui.headingText()).toBe("Registers in this workbook");
    const registers = ui.pane.getByRole("list", { name: "Registers" });
    await registers.waitFor();
    const withRegisters = PAGES.filter((p) => p.registers.length > 0);
    const items = registers.getByRole("listitem");
    expect(await items.count()).toBe(withRegisters.length);
    for (const page of withRegisters) {
      const item = registers.getByRole("listitem", { name: page.label });
      await expect(item.getByRole("heading", { name: page.label }).count()).resolves.toBe(1);
      await expect(item.getByRole("button", { name: `Open ${page.label}` }).count()).resolves.toBe(1);
      const text = (await item.textContent()) ?? "";
      for (const id of page.registers) {
        const def = registerById(id);
        expect(text).toContain(`${def.name}: no ${def.tableName} table in this workbook yet.`);
      }
    }

    // Another sheet's tab shows that sheet.
    const second = SAMPLE_SHEETS[1].name;
    await ui.selectSheet(second);
    await expect(ui.grid.getAttribute("aria-label")).resolves.toBe(`Sheet ${second}`);
    await eventually(
      async () => (await ui.cell("A2").textContent())?.trim(),
      (text) => expect(text).toBe(sampleText(second, 1, 0)),
    );
    expect(await ui.isFocused(ui.sheetTab(second))).toBe(true);

    // A clicked cell's address and content show in the name box and formula bar.
    await ui.selectCell("B3");
    expect(await ui.formulaBar.inputValue()).toBe(sampleText(second, 2, 1));
    await expect(ui.cell("B3").getAttribute("aria-selected")).resolves.toBe("true");

    // Back on the first sheet; arrow keys move the selection like Excel.
    await ui.selectSheet(first);
    await ui.selectCell("A3");
    await ui.press("ArrowDown");
    await ui.press("ArrowRight");
    await eventually(
      () => ui.selectedCell.inputValue(),
      (address) => expect(address).toBe("B4"),
    );
    expect(await ui.formulaBar.inputValue()).toBe(sampleText(first, 3, 1));
  });

  journey("switches sheets from the keyboard on the sheet tabs", "preview-sheet-tabs", async (ui) => {
    const names = SAMPLE_SHEETS.map((s) => s.name);
    await ui.tabTo(ui.sheetTab(names[0]));
    for (const name of names.slice(1)) {
      await ui.press("ArrowRight");
      await eventually(
        () => ui.activeSheet(),
        (active) => expect(active).toBe(name),
      );
      expect(await ui.isFocused(ui.sheetTab(name))).toBe(true);
      expect((await ui.cell("A1").textContent())?.trim()).toBe(sampleText(name, 0, 0));
    }
    await ui.press("Home");
    await eventually(
      () => ui.activeSheet(),
      (active) => expect(active).toBe(names[0]),
    );
  });

  journey(
    "starts from a blank workbook when asked",
    "preview-blank",
    async (ui) => {
      expect(await ui.sheetNames()).toEqual(["Sheet1"]);
      expect((await ui.cell("A1").textContent())?.trim()).toBe("");
      expect(await ui.workbookValues("Sheet1", "A1:B2")).toEqual([
        ["", ""],
        ["", ""],
      ]);
    },
    { query: "?sample=blank" },
  );
});
