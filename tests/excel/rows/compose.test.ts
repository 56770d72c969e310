// The rows primitives composed inside one Excel.run, as the register actions use them
// (src/excel/rows/README.md): reads in sync 1, every write in sync 2, repairs only when needed.
import { partsToSerial } from "../../../src/core/cells/excelDates";
import { planAppend } from "../../../src/core/registers/appendPlan";
import { equipment, inventory, serviceLog, suppliers } from "../../../src/core/registers/definitions";
import { appendRows } from "../../../src/excel/appendRows";
import { logService } from "../../../src/excel/equipment";
import {
  appendChunks,
  changedSpans,
  planCells,
  queueAppend,
  queueAppendRead,
  queueChangesByKey,
  queueKeyColumns,
} from "../../../src/excel/rows";
import { queueTableProbe, requirePlace } from "../../../src/excel/tableProbe";
import { createExcel } from "../../../src/preview/simulator";
import { inventoryRows, lastSyncs, seedRegister, setup } from "../support";

const col = (key: string) => inventory.columns.findIndex((c) => c.key === key);

test("one Excel.run appends to one register and writes by key into another: 2 syncs", async () => {
  const { wb, excel } = setup();
  seedRegister(wb, inventory, inventoryRows(4));
  seedRegister(wb, suppliers, [{ supplier: "Acme" }]);
  const result = await excel.run(async (context) => {
    const sup = queueTableProbe(context, suppliers);
    const read = queueAppendRead(sup, suppliers, 1);
    const inv = queueTableProbe(context, inventory);
    await context.sync();
    const place = requirePlace(suppliers, sup.place());
    const state = read.state(place);
    const plan = planAppend(suppliers, [{ values: { supplier: "Bolt", email: "=cmd" } }], state.keys);
    const append = queueAppend(sup, suppliers, place, state, plan.toWrite);
    const [written] = queueChangesByKey(inv.table, inventory, requirePlace(inventory, inv.place()), [
      { key: "inv-0003", changes: { supplier: "Bolt", reorderQty: 5 } },
    ]);
    await context.sync();
    const outcome = await append.settle(context);
    return { outcome, written };
  });
  expect(lastSyncs(excel)).toBe(2);
  expect(wb.getValues("Suppliers", "A2:A3")).toEqual([["Acme"], ["Bolt"]]);
  const email = suppliers.columns.findIndex((c) => c.key === "email");
  expect(wb.getCell("Suppliers", 2, email)).toMatchObject({ value: "=cmd" });
  expect(wb.getCell("Suppliers", 2, email).formula).toBeUndefined();
  expect(result.outcome.rows.map((r) => r.sheetRow)).toEqual([2]);
  expect(wb.getCell("Inventory", 3, col("supplier")).value).toBe("Bolt");
  // A calculated column is the column's own: left out of the write, not overwritten.
  expect(wb.getCell("Inventory", 3, col("reorderQty")).formula).toBe(
    inventory.columns[col("reorderQty")].formula,
  );
  expect(result.written.skipped).toEqual([
    { column: "reorderQty", reason: "Reorder qty is calculated by a formula" },
  ]);
  expect(result.written.found.rowIndex).toBe(3);
});

test("planCells leaves out what a write by key must not change, with the reason", () => {
  const place = {
    layout: inventory.columns
      .filter((c) => c.key !== "location")
      .map((c) => ({ key: c.key, header: c.header })),
  };
  const { cells, skipped } = planCells(inventory, place, {
    itemId: "X",
    location: "B",
    onHand: 3,
    notes: "+1",
  });
  expect([...cells.keys()]).toEqual([
    place.layout.findIndex((c) => c.key === "onHand"),
    place.layout.length - 1,
  ]);
  expect(cells.get(place.layout.length - 1)).toEqual({ value: "'+1", text: false });
  expect(skipped.map((s) => s.reason)).toEqual([
    "Item ID is the row's key and is not changed here",
    "the table has no Location column",
  ]);
});

test("a span near the key cell Excel found starts at it, saving a range; far ones do not", () => {
  expect(changedSpans([8, 21], 0)).toEqual([{ first: 0, last: 21 }]);
  expect(changedSpans([40], 0)).toEqual([{ first: 40, last: 40 }]);
  // Columns left of the key keep their own span; the first one to the right takes the anchor.
  expect(changedSpans([1, 9], 5)).toEqual([{ first: 1, last: 9 }]);
  expect(changedSpans([1, 55, 60], 50)).toEqual([
    { first: 1, last: 1 },
    { first: 50, last: 60 },
  ]);
  // One cell alone is one offset from the found cell already: growing from the key would only add nulls.
  expect(changedSpans([12], 0)).toEqual([{ first: 12, last: 12 }]);
});

describe("logging service appends with the same primitive as every register", () => {
  const day = (m: number, d: number) => partsToSerial({ year: 2026, month: m, day: d })!;
  function seed() {
    const env = setup();
    seedRegister(env.wb, equipment, [
      {
        assetTag: "CP-01",
        type: "Copier",
        status: "Operational",
        serviceEveryDays: 90,
        lastService: day(9, 2),
      },
    ]);
    seedRegister(env.wb, serviceLog, [
      { ticketId: "SR-0001", assetTag: "CP-01", openedOn: day(9, 2), status: "Done" },
    ]);
    return env;
  }

  test("a Ticket ID a co-author takes at the same moment: this entry gets the tagged next one", async () => {
    const { wb, excel } = seed();
    const bob = createExcel(wb, { clientName: "bob" });
    const alice = excel;
    const g = globalThis as unknown as { Excel: unknown };
    g.Excel = {
      ...alice,
      run: (options: object, batch: (ctx: Excel.RequestContext) => Promise<unknown>) =>
        alice.run(options, async (ctx: Excel.RequestContext) => {
          const sync = ctx.sync.bind(ctx);
          let n = 0;
          ctx.sync = async <T>(passThrough?: T) => {
            const out = await sync(passThrough);
            // Bob logs SR-0002 between this client's read (sync 1) and its write (sync 2).
            if (++n === 1) {
              await bob.run(async (cb) => {
                const t = cb.workbook.tables.getItem("ServiceLog");
                t.getDataBodyRange().getRowsBelow(1).getCell(0, 0).values = [["SR-0002"]];
                await cb.sync();
              });
            }
            return out;
          };
          return batch(ctx);
        }),
    };
    try {
      const logged = await logService({
        assetTag: "CP-01",
        date: new Date(2026, 10, 2),
        actionTaken: "Cleaned",
      });
      expect(logged.ticketId).toMatch(/^SR-0003-[A-Z][A-Z0-9]{2}$/);
      expect(logged.notes.join(" ")).toMatch(/SR-0002/);
      expect(lastSyncs(alice)).toBe(3);
    } finally {
      g.Excel = alice;
    }
    const ids = await alice.run(async (ctx) => {
      const keys = queueKeyColumns(ctx.workbook.tables.getItem("ServiceLog"), serviceLog);
      await ctx.sync();
      return keys()[0];
    });
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
  });

  test("under a Total row a new entry is refused and nothing is written", async () => {
    const { wb } = seed();
    await (globalThis as unknown as { Excel: typeof Excel }).Excel.run(async (ctx) => {
      ctx.workbook.tables.getItem("ServiceLog").showTotals = true;
      await ctx.sync();
    });
    const before = wb.getValues("Service log", "A1:L4");
    await expect(logService({ assetTag: "CP-01", date: new Date(2026, 10, 2) })).rejects.toThrow(/Total row/);
    expect(wb.getValues("Service log", "A1:L4")).toEqual(before);
  });
});

describe("appending more than one request can carry", () => {
  test("rows are split into requests under the limit, one more sync each, in order and inside the table", async () => {
    const { wb, excel } = setup();
    seedRegister(wb, suppliers, [{ supplier: "Acme" }]);
    wb.setValues("Suppliers", "A3", [["Note kept below the table"]]);
    const rows = Array.from({ length: 40 }, (_, i) => ({
      values: { supplier: `Supplier ${i + 1}`, notes: "x".repeat(40) },
    }));
    const chunks = appendChunks(
      rows.map((r) => [r.values.supplier, r.values.notes]),
      1_000,
    );
    expect(chunks.length).toBeGreaterThan(2);
    const result = await appendRows(suppliers, rows, { chunkBytes: 1_000 });
    const syncs = lastSyncs(excel);
    const largestSplit = excel.stats.last()!.largestRequestBytes;
    expect(result.appended.map((a) => a.row)).toEqual(rows.map((_, i) => i + 3));
    expect(wb.getValues("Suppliers", "A2:A42").map((r) => r[0])).toEqual([
      "Acme",
      ...rows.map((r) => r.values.supplier),
    ]);
    expect(wb.getValues("Suppliers", "A43")).toEqual([["Note kept below the table"]]);
    expect(wb.sheetInfo("Suppliers").tables[0].address).toMatch(/!A1:[A-Z]+42$/);
    // The same rows in one request, for comparison: the split requests are a fraction of it.
    const whole = setup();
    seedRegister(whole.wb, suppliers, [{ supplier: "Acme" }]);
    await appendRows(suppliers, rows);
    expect(lastSyncs(whole.excel)).toBe(2);
    const largest = (e: typeof excel) => e.stats.last()!.largestRequestBytes;
    expect(largestSplit).toBeLessThan((largest(whole.excel) * 2) / 3);
    // One sync to read, one per chunk of rows written.
    expect(syncs).toBeGreaterThanOrEqual(1 + chunks.length);
    expect(syncs).toBeLessThanOrEqual(2 + chunks.length);
  });

  test("the split keeps at least one row a request and never more than the budget allows", () => {
    const rows = [["a".repeat(30)], ["b".repeat(30)], ["c".repeat(300)], ["d"]];
    expect(appendChunks(rows, 80)).toEqual([
      [0, 2],
      [2, 3],
      [3, 4],
    ]);
    expect(appendChunks([], 80)).toEqual([]);
  });
});
