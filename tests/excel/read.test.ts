import type { CellValue } from "../../src/core/cells/types";
import { candidates, inventory } from "../../src/core/registers/definitions";
import { PAYLOAD_LIMIT_BYTES } from "../../src/preview/simulator";
import { readRegister } from "../../src/excel/readRegister";
import { inventoryRows, lastSyncs, seedRegister, setup } from "./support";

describe("readRegister", () => {
  test("typed rows keyed by column, with extras and problems carrying cell addresses", async () => {
    const { wb } = setup();
    seedRegister(
      wb,
      inventory,
      inventoryRows(3, (i): Record<string, CellValue> =>
        i === 1 ? { onHand: "twelve" } : i === 2 ? { onHand: "7" } : {},
      ),
    );
    const result = await readRegister(inventory);
    expect(result.found).toBe(true);
    expect(result.rows.map((r) => r.key)).toEqual(["INV-0001", "INV-0002", "INV-0003"]);
    expect(result.rows[0]).toMatchObject({ row: 2, values: { item: "Item 1", onHand: 3, unitCost: 2.5 } });
    // "7" is a number stored as text: read as 7, with a warning; "twelve" cannot be read.
    expect(result.rows[2].values.onHand).toBe(7);
    const onHand = result.problems.filter((p) => p.column === "onHand");
    expect(onHand.map((p) => [p.address, p.code, p.severity])).toEqual([
      ["Inventory!I3", "notANumber", "error"],
      ["Inventory!I4", "numberAsText", "warning"],
    ]);
    expect(onHand[0].message).toContain('"twelve"');
  });

  test("extras: a column the register does not know comes back under its header", async () => {
    const { wb } = setup();
    wb.addSheet("Suppliers");
    wb.setValues("Suppliers", "A1", [
      ["Supplier", "Email", "Rating"],
      ["Acme", "orders@acme.example", 5],
    ]);
    wb.addTable("Suppliers", "A1:C2", "Suppliers");
    const { suppliers } = await import("../../src/core/registers/definitions");
    const result = await readRegister(suppliers);
    expect(result.rows).toEqual([
      {
        row: 2,
        key: "Acme",
        values: expect.objectContaining({ supplier: "Acme", email: "orders@acme.example" }),
        extras: { Rating: 5 },
      },
    ]);
    expect(result.missingColumns).toContain("phone");
  });

  test("Supplier values are checked against the Suppliers register's keys", async () => {
    const { wb } = setup();
    seedRegister(
      wb,
      inventory,
      inventoryRows(2, (i) => ({ supplier: i === 0 ? "Acme" : "Acne" })),
    );
    wb.addSheet("Suppliers");
    wb.setValues("Suppliers", "A1", [["Supplier"], ["Acme"], ["Bolt Ltd"]]);
    wb.addTable("Suppliers", "A1:A3", "Suppliers");
    const result = await readRegister(inventory);
    const supplier = result.problems.filter((p) => p.column === "supplier");
    expect(supplier).toHaveLength(1);
    expect(supplier[0]).toMatchObject({ address: "Inventory!F3", code: "unknownChoice", suggestion: "Acme" });
  });

  test("blank rows inside the data are reported; a blank first row of a new register is not", async () => {
    const { wb } = setup();
    const rows = inventoryRows(4);
    seedRegister(wb, inventory, [{}, rows[0], {}, rows[1]]);
    const result = await readRegister(inventory);
    expect(result.rows.map((r) => r.row)).toEqual([3, 5]);
    const blank = result.problems.filter((p) => p.code === "blankRow");
    expect(blank.map((p) => p.address)).toEqual(["Inventory!A4:V4"]);
  });

  test("a register that is not in the workbook is reported as not found", async () => {
    setup();
    const result = await readRegister(inventory);
    expect(result.found).toBe(false);
    expect(result.rows).toEqual([]);
  });

  test("the same number of syncs for 10 and 10,000 rows", async () => {
    const small = setup();
    seedRegister(small.wb, inventory, inventoryRows(10));
    const a = await readRegister(inventory);
    const syncsSmall = lastSyncs(small.excel);
    const large = setup();
    seedRegister(large.wb, inventory, inventoryRows(10_000));
    const b = await readRegister(inventory);
    const syncsLarge = lastSyncs(large.excel);
    expect(a.rows).toHaveLength(10);
    expect(b.rows).toHaveLength(10_000);
    expect(b.rows[9_999]).toMatchObject({ key: "INV-10000", row: 10_001 });
    expect(syncsLarge).toBe(syncsSmall);
    expect(syncsSmall).toBeLessThanOrEqual(3);
  }, 60_000);

  test("a wide register with long text is read in chunks under 5 MB: one more sync per chunk", async () => {
    const { wb, excel } = setup();
    const note = (i: number) => `Candidate ${i} notes: ${"long interview notes ".repeat(50)}`;
    const rows = Array.from({ length: 6_000 }, (_, i) => ({
      candidateId: `CAN-${String(i + 1).padStart(4, "0")}`,
      name: `Person ${i + 1}`,
      email: `p${i + 1}@example.com`,
      position: "Office assistant",
      stage: "Applied",
      notes: note(i),
      nextStep: note(i + 1).slice(0, 400),
    }));
    seedRegister(wb, candidates, rows);
    const result = await readRegister(candidates);
    const stats = excel.stats.last()!;
    expect(result.rows).toHaveLength(6_000);
    expect(result.rows[5_999].values.notes).toBe(note(5_999));
    // Every response stayed under the limit, and the chunks were about as few as the data allows.
    const minimumChunks = Math.ceil(stats.responseBytes / PAYLOAD_LIMIT_BYTES);
    expect(minimumChunks).toBeGreaterThanOrEqual(2);
    expect(stats.syncs).toBeGreaterThanOrEqual(1 + minimumChunks);
    expect(stats.syncs).toBeLessThanOrEqual(2 + Math.ceil(stats.responseBytes / (0.8 * PAYLOAD_LIMIT_BYTES)));
  }, 60_000);
});
