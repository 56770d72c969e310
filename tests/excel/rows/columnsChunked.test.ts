// Register columns read whole however long the register: from the probe's sample when the register fits
// in it, else in chunks after the first sync; a column the table lacks reads as [].
import { inventory } from "../../../src/core/registers/definitions";
import { SAMPLE_ROWS } from "../../../src/excel/chunks";
import { appendChunks, readColumnsChunked } from "../../../src/excel/rows";
import { queueTableProbe, requirePlace } from "../../../src/excel/tableProbe";
import { inventoryRows, lastSyncs, seedRegister, setup } from "../support";

async function read(rows: number, keys: ("itemId" | "item" | "notes")[], def = inventory) {
  const { wb, excel } = setup();
  seedRegister(wb, def, inventoryRows(rows));
  wb.setValues("Inventory", `B${rows + 4}`, [["Note below the table"]]);
  const columns = await excel.run(async (context) => {
    const probe = queueTableProbe(context, inventory, { sample: true });
    await context.sync();
    return readColumnsChunked(context, probe, requirePlace(inventory, probe.place()), keys);
  });
  return { columns, syncs: lastSyncs(excel) };
}

test("a register within the probe's sample: no sync beyond the first; a longer one: one more", async () => {
  for (const [rows, syncs] of [
    [12, 1],
    [SAMPLE_ROWS + 30, 2],
  ] as const) {
    const { columns, syncs: counted } = await read(rows, ["itemId", "item", "notes"]);
    expect(counted).toBe(syncs);
    expect(columns.itemId).toEqual(inventoryRows(rows).map((r) => r.itemId));
    expect(columns.item).toEqual(inventoryRows(rows).map((r) => r.item));
    expect(columns.notes).toEqual(Array(rows).fill(""));
  }
});

test("a column the table lacks reads as []", async () => {
  const old = { ...inventory, columns: inventory.columns.filter((c) => c.key !== "notes") };
  for (const rows of [6, SAMPLE_ROWS + 5]) {
    const { columns } = await read(rows, ["itemId", "notes"], old);
    expect(columns).toEqual({ itemId: inventoryRows(rows).map((r) => r.itemId), notes: [] });
  }
});

test("rows written in requests as even as the rows allow, never one more than the budget needs", () => {
  const rows = Array.from({ length: 10 }, (_, i) => [`row ${i}`, "x".repeat(89)]);
  // 10 rows of 102 bytes under a 450-byte budget: 1,020 bytes need 3 requests, of 4, 3 and 3 rows.
  expect(appendChunks(rows, 450)).toEqual([
    [0, 4],
    [4, 7],
    [7, 10],
  ]);
});
