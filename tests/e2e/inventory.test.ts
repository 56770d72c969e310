// Inventory journeys: convert the sample's Supplies sheet into the Inventory register (mapping, every
// value kept, IDs added, problems with Go to), then count stock and see the low list and the cells change.
import path from "node:path";
import { todaySerial } from "../../src/core/cells/excelDates";
import { SAMPLE_SHEETS } from "../../src/preview/sample";
import { serial } from "../../src/preview/sample/dates";
import { describeE2E } from "./support/harness";
import { eventually } from "./support/poll";
import { confirmConversion, convertAndContinue, startConversion } from "./support/registers";

const STEPS = { page: "Inventory", sheet: "Supplies", register: "Inventory" };
const supplies = SAMPLE_SHEETS.find((s) => s.name === STEPS.sheet);
if (!supplies) throw new Error(`The sample has no ${STEPS.sheet} sheet`);
const [headers, ...data] = supplies.rows;
const col = (header: string) => {
  const i = headers.indexOf(header);
  if (i < 0) throw new Error(`The sample's ${STEPS.sheet} sheet has no "${header}" column`);
  return i;
};
const letter = (i: number) => String.fromCharCode(65 + i); // the sample is narrower than 26 columns
const lastColumn = letter(headers.length - 1);
const lastRow = supplies.rows.length;

/** The sample row (1-based sheet row) holding a word where the quantity belongs. */
const wordQty = data.findIndex((r) => typeof r[col("Qty")] === "string") + 2;
/** The first item at or under its reorder point, and so on the low list before counting. */
const low = data.find(
  (r) => typeof r[col("Qty")] === "number" && (r[col("Qty")] as number) <= (r[col("Reorder at")] as number),
);
const fine = data.find(
  (r) =>
    typeof r[col("Qty")] === "number" && (r[col("Qty")] as number) > 2 * (r[col("Reorder at")] as number),
);
if (!low || !fine) throw new Error("The sample needs a low item and a well-stocked one");
/** The sample row (1-based sheet row) whose count date was typed day-first as text. */
const typedDateRow = data.findIndex((r) => r[col("Last counted")] === "14/11/2026") + 2;
if (typedDateRow < 2) throw new Error("The sample needs a count date typed as text");
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describeE2E("inventory", ({ journey }) => {
  journey(
    "converts the Supplies sheet into the Inventory register",
    "journey-inventory-convert",
    async (ui) => {
      const mapping = await startConversion(ui, STEPS);
      // "Qty" is recognised as On hand; the person sees the proposal before anything is written.
      const qty = mapping.getByRole("combobox", { name: `Column ${letter(col("Qty"))}: Qty` });
      expect((await qty.textContent())?.trim()).toBe("On hand");
      expect(await ui.tableNames()).toEqual([]);
      // The count date typed day-first as text: the person sees what it will become before converting.
      const dateAt = `${letter(col("Last counted"))}${typedDateRow}`;
      const dates = mapping.getByRole("list", { name: 'What the dates in "Last counted" become' });
      expect(await dates.getByRole("listitem").allTextContents()).toEqual([
        `${dateAt} "14/11/2026" → 2026-11-14`,
      ]);

      const problems = await confirmConversion(ui, STEPS);
      // The success message claims nothing typed was lost, and the cell's typed text is there to read.
      const message = await ui.pane
        .getByText(`"${STEPS.sheet}" is now the ${STEPS.register} register`)
        .textContent();
      // One cell of the sample is stored differently: the count date typed as text.
      expect(message).toMatch(
        new RegExp(
          `^"${STEPS.sheet}" is now the ${STEPS.register} register \\(${STEPS.sheet}!A1:[A-Z]+${lastRow}\\)\\. ` +
            "Nothing typed was lost: the 1 cell stored as its column's type is listed below with what was typed\\.$",
        ),
      );
      await ui.pane.getByText("What was typed in the 1 cell stored differently", { exact: true }).click();
      const typed = ui.pane.getByRole("list", { name: "What was typed" });
      expect(await typed.getByRole("listitem").allTextContents()).toEqual([
        `${STEPS.sheet}!${dateAt} (Last counted): "14/11/2026" → 2026-11-14`,
      ]);
      expect(await ui.tableNames()).toContain("Inventory");
      // Every original value stays where it was; only the headers change to the register's names, and
      // the count date typed as text is stored as the date it names (14 can only be the day).
      const values = await ui.workbookValues(STEPS.sheet, `A2:${lastColumn}${lastRow}`);
      const expected = data.map((row) => row.map((v) => v ?? ""));
      expected[typedDateRow - 2][col("Last counted")] = serial(2026, 11, 14);
      expect(values).toEqual(expected);
      const records = await ui.workbookRecords(STEPS.sheet, `A1:Z${lastRow}`);
      expect(Object.keys(records[0])).toEqual(expect.arrayContaining(["On hand", "Item ID", "Reorder qty"]));
      const ids = records.filter((r) => r.Item !== "").map((r) => r["Item ID"]);
      expect(ids.every((id) => typeof id === "string" && /^INV-\d{4}$/.test(id))).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);

      // The planted word in a quantity cell is listed with its address.
      const address = `${letter(col("Qty"))}${wordQty}`;
      await problems.getByRole("button", { name: `Go to ${STEPS.sheet}!${address}` }).waitFor();
      await ui.expectAccessible("Inventory after converting");
    },
  );

  journey(
    "a sheet whose headers match nothing lands on the mapping; the person maps each column and converts",
    "inventory-manual-mapping",
    async (ui) => {
      await ui.openFile(path.resolve(__dirname, "../fixtures/sheets/kitchen-cupboard.xlsx"));
      await ui.page.getByText('Opened "kitchen-cupboard.xlsx"').first().waitFor();
      const steps = { page: "Inventory", sheet: "Cupboard", register: "Inventory" };
      const mapping = await startConversion(ui, steps);
      await ui.pane.getByText("No column of row 1 was recognised as one of Inventory's columns").waitFor();
      const columns = ["Column A: Thing", "Column B: How many", "Column C: Kept in", "Column D: Checked by"];
      for (const name of columns)
        expect((await mapping.getByRole("combobox", { name }).textContent())?.trim()).toBe(
          "Keep as extra column",
        );
      expect(await ui.pane.getByRole("button", { name: "Convert to Inventory register" }).isEnabled()).toBe(
        true,
      );

      await ui.choose("Column A: Thing", "Item (required)");
      await ui.choose("Column B: How many", "On hand");
      await ui.choose("Column C: Kept in", "Location");
      expect(await ui.pane.getByText("Every cell fits its column as read above.").count()).toBe(1);
      expect(await ui.tableNames()).toEqual([]);

      await confirmConversion(ui, steps);
      const records = await ui.tableRecords("Inventory");
      expect(records?.map((r) => [r.Item, r["On hand"], r.Location, r["Checked by"]])).toEqual([
        ["Coffee beans (1kg)", 3, "Kitchen, top", "Lee"],
        ["Tea bags (box of 80)", 5, "Kitchen, top", "Lee"],
        ["Paper cups", 200, "Kitchen, under sink", "Sam"],
        ["Dish soap", 1, "Kitchen, under sink", "Sam"],
      ]);
      await ui.expectAccessible("Inventory after mapping a sheet by hand");
    },
  );

  journey("the Inventory page fits a 320 px pane after converting", "inventory-320", async (ui) => {
    await ui.setPaneWidth(320);
    await startConversion(ui, STEPS);
    expect({ step: "column mapping", overflow: await ui.horizontalOverflow() }).toEqual({
      step: "column mapping",
      overflow: [],
    });
    await confirmConversion(ui, STEPS);
    expect({ step: "converted", overflow: await ui.horizontalOverflow() }).toEqual({
      step: "converted",
      overflow: [],
    });
    await ui.button(`Continue to ${STEPS.register}`).click();
    await ui.pane.getByRole("region", { name: "What is low" }).waitFor();
    expect({ step: "register view", overflow: await ui.horizontalOverflow() }).toEqual({
      step: "register view",
      overflow: [],
    });
  });

  journey("Go to in the problems list selects the cell in the grid", "inventory-go-to", async (ui) => {
    await startConversion(ui, STEPS);
    const problems = await confirmConversion(ui, STEPS);
    await ui.selectSheet(SAMPLE_SHEETS[1].name);
    const address = `${letter(col("Qty"))}${wordQty}`;
    await problems.getByRole("button", { name: `Go to ${STEPS.sheet}!${address}` }).click();
    await eventually(
      () => ui.selectedCell.inputValue(),
      (shown) => expect(shown).toBe(address),
    );
    expect(await ui.activeSheet()).toBe(STEPS.sheet);
    expect(await ui.formulaBar.inputValue()).toBe(String(data[wordQty - 2][col("Qty")]));
  });

  journey(
    "counts stock: On hand and Last counted change, the low list follows",
    "journey-inventory-count",
    async (ui) => {
      await convertAndContinue(ui, STEPS);
      const lowList = ui.pane.getByRole("region", { name: "What is low" });
      await lowList.waitFor();
      const lowName = String(low[col("Item")]);
      const fineName = String(fine[col("Item")]);
      expect(await lowList.textContent()).toContain(lowName);

      const counted = { [lowName]: low[col("Max")] as number, [fineName]: (fine[col("Qty")] as number) - 1 };
      for (const [item, count] of Object.entries(counted)) {
        await ui.pane
          .getByRole("textbox", { name: new RegExp(`^${escape(item)} \\(INV-\\d{4}\\)$`) })
          .fill(String(count));
      }
      await ui.button("Save counts").click();
      await ui.pane.getByText("Saved 2 counts.").waitFor();
      await eventually(
        async () => (await lowList.textContent()) ?? "",
        (text) => expect(text).not.toContain(lowName),
      );

      // The workbook, read by item: the counts and today's date written, other rows as they were.
      const [y, m, d] = await ui.page.evaluate(() => {
        const now = new Date();
        return [now.getFullYear(), now.getMonth(), now.getDate()];
      });
      const today = todaySerial(new Date(y, m, d, 12));
      const records = await ui.workbookRecords(STEPS.sheet, `A1:Z${lastRow}`);
      const byItem = new Map(records.map((r) => [r.Item, r]));
      for (const [item, count] of Object.entries(counted)) {
        expect({
          item,
          onHand: byItem.get(item)?.["On hand"],
          counted: byItem.get(item)?.["Last counted"],
        }).toEqual({
          item,
          onHand: count,
          counted: today,
        });
      }
      const untouched = data[wordQty - 2];
      expect(byItem.get(untouched[col("Item")])?.["On hand"]).toBe(untouched[col("Qty")]);
      await ui.expectAccessible("Inventory after counting");
    },
  );
});
