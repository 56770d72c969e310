// The reading a person chose for a sheet is remembered in the workbook (settings every co-author shares,
// never browser storage) and applied when the sheet is inspected again; a reading made for other
// headers, or a damaged one, is not applied.
import { inventory } from "../../src/core/registers/definitions";
import { convertToRegister } from "../../src/excel/convertToRegister";
import { inspectSheet } from "../../src/excel/inspectSheet";
import { readingKey, rememberReading } from "../../src/excel/sheetReadings";
import { lastSyncs, setup } from "./support";

const CUPBOARD = [
  ["Thing", "How many", "Kept in"],
  ["Coffee", 3, "Top shelf"],
  ["Tea", 5, "Top shelf"],
];

describe("remembered readings", () => {
  test("choices remembered for a sheet are applied when it is inspected again, in the same two syncs", async () => {
    const { wb, excel } = setup();
    wb.addSheet("Cupboard");
    wb.setValues("Cupboard", "A1", CUPBOARD);
    const fresh = await inspectSheet({ sheet: "Cupboard" }, inventory);
    expect([fresh.remembered, fresh.mapping]).toEqual([null, [null, null, null]]);

    await rememberReading("Cupboard", {
      registerId: "inventory",
      headers: ["Thing", "How many", "Kept in"],
      choices: { headerRow: 1, columns: { 0: "item", 1: "onHand" } },
      savedAt: "2026-03-04T10:00:00.000Z",
    });
    expect(lastSyncs(excel)).toBe(1);
    const again = await inspectSheet({ sheet: "Cupboard" }, inventory);
    expect(lastSyncs(excel)).toBe(2);
    expect(again.remembered).toEqual({ savedAt: "2026-03-04T10:00:00.000Z" });
    expect(again.columns.map((c) => [c.field, c.confidence])).toEqual([
      ["item", "manual"],
      ["onHand", "manual"],
      [null, null],
    ]);
    // Choices given now win over the remembered ones.
    const given = await inspectSheet({ sheet: "Cupboard" }, inventory, { choices: {} });
    expect([given.remembered, given.mapping]).toEqual([null, [null, null, null]]);
  });

  test("a reading made for other headers, for another register, or damaged, is not applied", async () => {
    const { wb } = setup();
    wb.addSheet("Cupboard");
    wb.setValues("Cupboard", "A1", CUPBOARD);
    const stored = (headers: string[], registerId = "inventory") =>
      wb.settings.set(
        readingKey("Cupboard"),
        JSON.stringify({
          registerId,
          headers,
          choices: { headerRow: 1, columns: { 0: "item" } },
          savedAt: "",
        }),
      );
    stored(["Thing", "Qty", "Kept in"]);
    expect((await inspectSheet({ sheet: "Cupboard" }, inventory)).remembered).toBeNull();
    stored(["Thing", "How many", "Kept in"], "suppliers");
    expect((await inspectSheet({ sheet: "Cupboard" }, inventory)).remembered).toBeNull();
    wb.settings.set(readingKey("Cupboard"), JSON.stringify({ registerId: "inventory", headers: "Thing" }));
    expect((await inspectSheet({ sheet: "Cupboard" }, inventory)).remembered).toBeNull();
    wb.settings.set(readingKey("Cupboard"), JSON.stringify("not a reading"));
    const inspection = await inspectSheet({ sheet: "Cupboard" }, inventory);
    expect([inspection.ok, inspection.remembered]).toEqual([true, null]);
  });

  test("converting remembers the reading and what each value became", async () => {
    const { wb } = setup();
    wb.addSheet("Stock");
    wb.setValues("Stock", "A1", [
      ["Particulars", "Closing", "Last checked"],
      ["Paper", "100 NOS", "04/03/2026"],
      ["Pens", 12, "15/03/2026"],
    ]);
    const inspection = await inspectSheet({ sheet: "Stock" }, inventory, {
      choices: { columns: { 2: "lastCounted" } },
    });
    await convertToRegister(inventory, inspection);
    const stored = JSON.parse(wb.settings.get(readingKey("Stock"))!);
    expect(stored).toMatchObject({
      registerId: "inventory",
      headers: ["Particulars", "Closing", "Last checked"],
      choices: { headerRow: 1, columns: { 2: "lastCounted" } },
      converted: { dateOrders: { lastCounted: "DMY" } },
    });
  });
});
