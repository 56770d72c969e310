import { inventory } from "../../src/core/registers/definitions";
import { onRegisterChanged, onSettingsChanged, type RegisterChange } from "../../src/excel/events";
import { goToCell } from "../../src/excel/goToCell";
import { createExcel } from "../../src/preview/simulator";
import { inventoryRows, lastSyncs, seedRegister, setup } from "./support";

/** Lets queued event handlers run (Excel calls them asynchronously). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("events and go to", () => {
  test("a co-author's edit of the register reaches the handler as Remote; unsubscribing stops it", async () => {
    const { wb } = setup();
    seedRegister(wb, inventory, inventoryRows(3));
    const seen: RegisterChange[] = [];
    const stop = await onRegisterChanged("Inventory", (c) => seen.push(c));
    const bob = createExcel(wb, { clientName: "bob" });
    await bob.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Inventory").getRange("I3").values = [[5]];
      await ctx.sync();
    });
    await settle();
    expect(seen).toEqual([{ source: "Remote", changeType: "RangeEdited", address: "I3" }]);
    await stop();
    await bob.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Inventory").getRange("I4").values = [[6]];
      await ctx.sync();
    });
    await settle();
    expect(seen).toHaveLength(1);
  });

  test("remoteOnly ignores this Excel's own changes; changes outside the table are not reported", async () => {
    const { wb, excel } = setup();
    seedRegister(wb, inventory, inventoryRows(3));
    const seen: RegisterChange[] = [];
    await onRegisterChanged("Inventory", (c) => seen.push(c), { remoteOnly: true });
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Inventory").getRange("I3").values = [[5]];
      await ctx.sync();
    });
    const bob = createExcel(wb, { clientName: "bob" });
    await bob.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Inventory").getRange("Z40").values = [["not in the table"]];
      await ctx.sync();
    });
    await settle();
    expect(seen).toEqual([]);
  });

  test("watching a register that does not exist is a clear error", async () => {
    setup();
    await expect(onRegisterChanged("Inventory", () => undefined)).rejects.toMatchObject({ kind: "notFound" });
  });

  test("settings changed by a co-author call the handler", async () => {
    const { wb } = setup();
    let calls = 0;
    await onSettingsChanged(() => calls++);
    const bob = createExcel(wb, { clientName: "bob" });
    await bob.run(async (ctx) => {
      ctx.workbook.settings.add("BackOffice.companyName", "Acme Ltd");
      await ctx.sync();
    });
    await settle();
    expect(calls).toBe(1);
  });

  test("goToCell activates the sheet and selects the cell in one sync", async () => {
    const { wb, excel } = setup();
    seedRegister(wb, inventory, inventoryRows(3));
    wb.addSheet("Call log");
    await goToCell("Inventory!I3");
    expect(lastSyncs(excel)).toBe(1);
    expect(wb.getSelection()).toEqual({ sheet: "Inventory", address: "I3" });
    await goToCell("'Call log'!B2:C3");
    expect(wb.getSelection()).toEqual({ sheet: "Call log", address: "B2:C3" });
    await expect(goToCell("Nowhere!A1")).rejects.toMatchObject({ kind: "notFound" });
  });
});
