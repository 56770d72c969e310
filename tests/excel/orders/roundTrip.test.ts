// The order cycle on the simulator: suggest → mark sent → received in two parts.
import { loadOrders, markOrderSent, receivePurchaseOrder } from "../../../src/excel/orders";
import { createExcel, type SimExcel } from "../../../src/preview/simulator";
import { lastSyncs, setup } from "../support";
import { columnValues, rowOf, seedOrders, tableValues } from "./support";

const SENT_ON = new Date(2026, 10, 29, 9, 30);

function fresh() {
  const { wb, excel } = setup();
  seedOrders(wb);
  return { wb, excel };
}

describe("loadOrders", () => {
  test("groups what is low by supplier, with the problems, in 2 syncs", async () => {
    const { excel } = fresh();
    const view = await loadOrders();
    expect(lastSyncs(excel)).toBe(2);
    expect(view.found).toEqual({ inventory: true, suppliers: true, purchaseOrders: false });
    expect(view.orders.map((o) => o.supplier)).toEqual(["Paper World", "Toner Co"]);
    const paper = view.orders[0];
    // "paper  world" on INV-0005 is the same supplier; INV-0002 is not low.
    expect(paper.lines.map((l) => [l.itemId, l.qty])).toEqual([
      ["INV-0001", 48],
      ["INV-0005", 48],
    ]);
    expect(paper.to).toEqual(["orders@paperworld.example"]);
    expect(paper.total).toBeCloseTo(48 * 24.9 + 48 * 3.1, 2);
    expect(view.problems.map((p) => p.kind).sort()).toEqual(["no-email", "no-supplier"]);
    expect(view.problems.find((p) => p.kind === "no-supplier")!.itemIds).toEqual(["INV-0004"]);
    expect(view.openOrders).toEqual([]);
    expect(view.leadTimes["paper world"]).toBe(5);
  });

  test("reports what is missing when there is no Inventory", async () => {
    setup();
    const view = await loadOrders();
    expect(view.found.inventory).toBe(false);
    expect(view.orders).toEqual([]);
  });
});

describe("mark as sent and receive", () => {
  test("the whole round trip moves On order and On hand and writes the PO lines", async () => {
    const { wb, excel } = fresh();
    const paper = (await loadOrders()).orders[0];

    const sent = await markOrderSent(paper, { date: SENT_ON });
    expect(sent.createdRegister).toBe(true);
    expect(sent.poNumber).toBe("PO-2026-0001");
    expect(sent.lineCount).toBe(2);
    expect(lastSyncs(excel)).toBe(2);
    // The register's one blank row was used: two body rows, no blank line in between.
    const po = tableValues(wb, "PurchaseOrders");
    expect(po).toHaveLength(3);
    expect(columnValues(wb, "PurchaseOrders", "PO number")).toEqual(["PO-2026-0001", "PO-2026-0001"]);
    expect(columnValues(wb, "PurchaseOrders", "Line")).toEqual([1, 2]);
    expect(columnValues(wb, "PurchaseOrders", "Qty")).toEqual([48, 48]);
    expect(columnValues(wb, "PurchaseOrders", "Status")).toEqual(["Sent", "Sent"]);
    expect(columnValues(wb, "PurchaseOrders", "Supplier")).toEqual(["Paper World", "Paper World"]);
    expect(rowOf(wb, "Inventory", "INV-0001")["On order"]).toBe(48);
    expect(rowOf(wb, "Inventory", "INV-0005")["On order"]).toBe(48);
    expect(rowOf(wb, "Inventory", "INV-0003")["On order"]).toBe("");

    // Nothing is ordered twice: Paper World is no longer suggested, the PO is open.
    const after = await loadOrders();
    expect(after.orders.map((o) => o.supplier)).toEqual(["Toner Co"]);
    expect(after.openOrders).toHaveLength(1);
    expect(after.openOrders[0]).toMatchObject({
      poNumber: "PO-2026-0001",
      supplier: "Paper World",
      status: "Sent",
    });
    expect(after.openOrders[0].lines.map((l) => l.remaining)).toEqual([48, 48]);

    // Part of it arrives.
    const part = await receivePurchaseOrder("PO-2026-0001", {
      quantities: new Map([["INV-0001", 20]]),
      date: new Date(2026, 11, 2),
    });
    expect(lastSyncs(excel)).toBe(2);
    expect(part.status).toBe("Sent");
    expect(rowOf(wb, "Inventory", "INV-0001")).toMatchObject({ "On hand": 23, "On order": 28 });
    expect(rowOf(wb, "Inventory", "INV-0005")).toMatchObject({ "On hand": 2, "On order": 48 });
    expect(columnValues(wb, "PurchaseOrders", "Received qty")).toEqual([20, ""]);
    expect(columnValues(wb, "PurchaseOrders", "Status")).toEqual(["Sent", "Sent"]);
    // 2 Dec 2026 as an Excel date serial (1900 system).
    expect(columnValues(wb, "PurchaseOrders", "Received on")[0]).toBe(46358);
    expect((await loadOrders()).openOrders[0].lines.map((l) => l.remaining)).toEqual([28, 48]);

    // The rest arrives.
    const rest = await receivePurchaseOrder("PO-2026-0001");
    expect(rest.status).toBe("Received");
    expect(rowOf(wb, "Inventory", "INV-0001")).toMatchObject({ "On hand": 51, "On order": 0 });
    expect(rowOf(wb, "Inventory", "INV-0005")).toMatchObject({ "On hand": 50, "On order": 0 });
    expect(columnValues(wb, "PurchaseOrders", "Received qty")).toEqual([48, 48]);
    expect(columnValues(wb, "PurchaseOrders", "Status")).toEqual(["Received", "Received"]);
    const last = await loadOrders();
    expect(last.openOrders).toEqual([]);
    expect(last.orders.map((o) => o.supplier)).toEqual(["Toner Co"]);

    // Nothing left to receive.
    await expect(receivePurchaseOrder("PO-2026-0001")).rejects.toThrow(/Nothing to receive/);
  });

  test("marking sent costs 2 syncs on an existing register; the next PO goes below the last", async () => {
    const { wb, excel } = fresh();
    const view = await loadOrders();
    await markOrderSent(view.orders[0], { date: SENT_ON });
    const second = await markOrderSent(view.orders[1], { date: SENT_ON });
    expect(lastSyncs(excel)).toBe(2);
    expect(second.createdRegister).toBe(false);
    expect(second.poNumber).toBe("PO-2026-0002");
    expect(columnValues(wb, "PurchaseOrders", "PO number")).toEqual([
      "PO-2026-0001",
      "PO-2026-0001",
      "PO-2026-0002",
    ]);
    expect(rowOf(wb, "Inventory", "INV-0003")["On order"]).toBe(11);
  });

  test("edited quantities are what is ordered; an item deleted meanwhile is reported, not recreated", async () => {
    const { wb } = fresh();
    const paper = (await loadOrders()).orders[0];
    const edited = {
      ...paper,
      lines: [
        { ...paper.lines[0], qty: 12 },
        { ...paper.lines[1], itemId: "INV-0999" },
      ],
    };
    const sent = await markOrderSent(edited, { date: SENT_ON });
    expect(rowOf(wb, "Inventory", "INV-0001")["On order"]).toBe(12);
    expect(sent.notFound).toEqual(["INV-0999"]);
    expect(sent.notes.join(" ")).toMatch(/INV-0999/);
    expect(columnValues(wb, "Inventory", "Item ID")).not.toContain("INV-0999");
  });

  test("text a person typed in an item name is written as text, never as a formula", async () => {
    const { wb } = fresh();
    const paper = (await loadOrders()).orders[0];
    const hostile = { ...paper, lines: [{ ...paper.lines[0], item: '=HYPERLINK("http://x")' }] };
    await markOrderSent(hostile, { date: SENT_ON });
    const itemCol = tableValues(wb, "PurchaseOrders")[0].indexOf("Item");
    const cell = wb.getCell("Purchase orders", 1, itemCol);
    expect(cell.formula ?? "").not.toMatch(/^=/);
    expect(String(cell.value)).toContain("HYPERLINK");
  });

  test("the PO number the draft carried is used while free; a taken one gives the next, with a note", async () => {
    fresh();
    const view = await loadOrders();
    const a = await markOrderSent(view.orders[1], { date: SENT_ON, poNumber: "PO-2026-0002" });
    expect(a.poNumber).toBe("PO-2026-0002");
    expect((await loadOrders()).poNumbers).toEqual(["PO-2026-0002"]);
    const b = await markOrderSent(view.orders[0], { date: SENT_ON, poNumber: "PO-2026-0002" });
    expect(b.poNumber).toBe("PO-2026-0003");
    expect(b.notes.join(" ")).toMatch(/PO-2026-0002 is already used/);
  });

  test("without Inventory nothing is written, not even the PurchaseOrders register", async () => {
    const { wb } = fresh();
    const paper = (await loadOrders()).orders[0];
    const { wb: empty } = setup();
    await expect(markOrderSent(paper, { date: SENT_ON })).rejects.toThrow(/no Inventory register/);
    expect(empty.tableNames()).toEqual([]);
    expect(wb.tableNames()).not.toContain("PurchaseOrders");
  });

  test("receiving an unknown PO says so", async () => {
    fresh();
    const paper = (await loadOrders()).orders[0];
    await markOrderSent(paper, { date: SENT_ON });
    await expect(receivePurchaseOrder("PO-2026-0042")).rejects.toThrow(/not in the Purchase orders register/);
  });
});

describe("co-authoring", () => {
  test("a PO number a co-author takes at the same moment: this order gets the tagged next one", async () => {
    const { wb, excel } = fresh();
    const view = await loadOrders();
    await markOrderSent(view.orders[0], { date: SENT_ON }); // PO-2026-0001, the register exists now
    const bob = createExcel(wb, { clientName: "bob" });
    // Bob's Mark as sent lands between this client's read (sync 1) and its write (sync 2).
    const alice = globalThis.Excel as unknown as SimExcel;
    (globalThis as unknown as { Excel: unknown }).Excel = {
      ...alice,
      run: (options: object, batch: (ctx: Excel.RequestContext) => Promise<unknown>) =>
        alice.run(options, async (ctx: Excel.RequestContext) => {
          const sync = ctx.sync.bind(ctx);
          let n = 0;
          ctx.sync = async <T>(passThrough?: T) => {
            const out = await sync(passThrough);
            if (++n === 1) {
              await bob.run(async (cb) => {
                const t = cb.workbook.tables.getItem("PurchaseOrders");
                t.getDataBodyRange().getRowsBelow(1).getCell(0, 0).values = [["PO-2026-0002"]];
                t.getDataBodyRange().getRowsBelow(1).getCell(0, 1).values = [[1]];
                await cb.sync();
              });
            }
            return out;
          };
          return batch(ctx);
        }),
    };
    try {
      const sent = await markOrderSent(view.orders[1], { date: SENT_ON, clientTag: "K7Q" });
      expect(sent.poNumber).toBe("PO-2026-0003-K7Q");
      expect(sent.notes.join(" ")).toMatch(/PO-2026-0002/);
      expect(lastSyncs(excel)).toBe(3);
    } finally {
      (globalThis as unknown as { Excel: unknown }).Excel = alice;
    }
    const numbers = columnValues(wb, "PurchaseOrders", "PO number");
    expect(numbers.filter((n) => n === "PO-2026-0002")).toHaveLength(1);
    expect(numbers).toContain("PO-2026-0003-K7Q");
  });
});
