import { createExcel, SimWorkbook } from "../../../src/preview/simulator";

/** Lets queued event handlers run (Excel calls them asynchronously). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function setup() {
  const wb = new SimWorkbook();
  wb.addSheet("Calls");
  wb.setValues("Calls", "A1", [
    ["Call ID", "Caller"],
    ["C-1", "Ann"],
    ["C-2", "Bob"],
  ]);
  wb.addTable("Calls", "A1:B3", "CallLog");
  return { wb, alice: createExcel(wb, { clientName: "alice" }), bob: createExcel(wb, { clientName: "bob" }) };
}

describe("co-authors on one workbook", () => {
  test("one client's queued write is invisible to another until that client syncs", async () => {
    const { alice, bob } = setup();
    await alice.run(async (ca) => {
      ca.workbook.worksheets.getItem("Calls").getRange("B2").values = [["Anne"]];
      const before = await bob.run(async (cb) => {
        const r = cb.workbook.worksheets.getItem("Calls").getRange("B2").load("values");
        await cb.sync();
        return r.values;
      });
      expect(before).toEqual([["Ann"]]);
      await ca.sync();
      const after = await bob.run(async (cb) => {
        const r = cb.workbook.worksheets.getItem("Calls").getRange("B2").load("values");
        await cb.sync();
        return r.values;
      });
      expect(after).toEqual([["Anne"]]);
    });
  });

  test("both read the end of the table, both append below it: the later write lands on the earlier one's row", async () => {
    const { wb, alice, bob } = setup();
    // The hazard the add-in must avoid: a row position remembered from an earlier sync.
    const readEnd = async (cx: Excel.RequestContext) => {
      const body = cx.workbook.tables.getItem("CallLog").getDataBodyRange().load("rowIndex,rowCount");
      await cx.sync();
      return body.rowIndex + body.rowCount; // first row below the table
    };
    let aliceEnd = -1;
    let bobEnd = -1;
    const gate = { aliceRead: () => {}, bobRead: () => {}, aliceWrote: () => {} };
    const aliceReadDone = new Promise<void>((r) => (gate.aliceRead = r));
    const bobReadDone = new Promise<void>((r) => (gate.bobRead = r));
    const aliceWroteDone = new Promise<void>((r) => (gate.aliceWrote = r));
    const aliceRun = alice.run(async (ca) => {
      aliceEnd = await readEnd(ca);
      gate.aliceRead();
      await bobReadDone;
      ca.workbook.worksheets.getItem("Calls").getRangeByIndexes(aliceEnd, 0, 1, 2).values = [["C-3", "Cat"]];
      await ca.sync();
      gate.aliceWrote();
    });
    const bobRun = bob.run(async (cb) => {
      await aliceReadDone;
      bobEnd = await readEnd(cb);
      gate.bobRead();
      await aliceWroteDone;
      cb.workbook.worksheets.getItem("Calls").getRangeByIndexes(bobEnd, 0, 1, 2).values = [["C-4", "Dan"]];
      await cb.sync();
    });
    await Promise.all([aliceRun, bobRun]);
    expect(aliceEnd).toBe(3);
    expect(bobEnd).toBe(3);
    // Alice's append grew the table (auto-expansion); Bob's write then overwrote that same row.
    expect(wb.getValues("Calls", "A1:B5")).toEqual([
      ["Call ID", "Caller"],
      ["C-1", "Ann"],
      ["C-2", "Bob"],
      ["C-4", "Dan"],
      ["", ""],
    ]);
    expect(wb.sheetInfo("Calls").tables).toEqual([{ name: "CallLog", address: "Calls!A1:B4" }]);
  });

  test("an append that re-reads the table end after the other's write lands below it", async () => {
    const { wb, alice, bob } = setup();
    const append = (client: typeof alice, row: string[]) =>
      client.run(async (cx) => {
        const body = cx.workbook.tables.getItem("CallLog").getDataBodyRange().load("rowIndex,rowCount");
        await cx.sync();
        cx.workbook.worksheets
          .getItem("Calls")
          .getRangeByIndexes(body.rowIndex + body.rowCount, 0, 1, 2).values = [row];
        await cx.sync();
      });
    await append(alice, ["C-3", "Cat"]);
    await append(bob, ["C-4", "Dan"]);
    expect(wb.getValues("Calls", "A4:B5")).toEqual([
      ["C-3", "Cat"],
      ["C-4", "Dan"],
    ]);
    expect(wb.sheetInfo("Calls").tables[0].address).toBe("Calls!A1:B5");
  });

  test("a Range object follows its cells when a co-author inserts rows above it (Office.js tracks ranges in Excel.run)", async () => {
    const { wb, alice, bob } = setup();
    await alice.run(async (ca) => {
      const bobRow = ca.workbook.worksheets.getItem("Calls").getRange("A3:B3").load("values");
      await ca.sync();
      expect(bobRow.values).toEqual([["C-2", "Bob"]]);
      await bob.run(async (cb) => {
        cb.workbook.worksheets.getItem("Calls").getRange("2:2").insert("Down");
      });
      bobRow.values = [["C-2", "Robert"]];
      bobRow.load("address");
      await ca.sync();
      expect(bobRow.address).toBe("Calls!A4:B4");
    });
    expect(wb.getValues("Calls", "A3:B4")).toEqual([
      ["C-1", "Ann"],
      ["C-2", "Robert"],
    ]);
  });

  test("a Range whose cells a co-author deleted fails with InvalidReference instead of writing elsewhere", async () => {
    const { wb, alice, bob } = setup();
    await expect(
      alice.run(async (ca) => {
        const annRow = ca.workbook.worksheets.getItem("Calls").getRange("A2:B2").load("values");
        await ca.sync();
        await bob.run(async (cb) => {
          cb.workbook.tables.getItem("CallLog").rows.deleteRowsAt(0);
        });
        annRow.values = [["C-1", "Anna"]];
        await ca.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidReference" });
    expect(wb.getValues("Calls", "A2:B3")).toEqual([
      ["C-2", "Bob"],
      ["", ""],
    ]);
  });

  test("insert returns the new blank cells; the range it was called on moves on with its cells", async () => {
    const { wb, alice } = setup();
    await alice.run(async (ca) => {
      const at = ca.workbook.worksheets.getItem("Calls").getRange("D2");
      at.values = [["old"]];
      const blank = at.insert("Down");
      blank.values = [["new"]];
      at.load("address");
      blank.load("address");
      await ca.sync();
      expect([blank.address, at.address]).toEqual(["Calls!D2", "Calls!D3"]);
    });
    expect(wb.getValues("Calls", "D2:D3")).toEqual([["new"], ["old"]]);
  });

  test("worksheet onChanged reports a co-author's change as Remote and one's own as Local", async () => {
    const { alice, bob } = setup();
    const seen: { source: string; address: string; changeType: string }[] = [];
    await alice.run(async (ca) => {
      ca.workbook.worksheets.getItem("Calls").onChanged.add(async (e: unknown) => {
        const ev = e as { source: string; address: string; changeType: string };
        seen.push({ source: ev.source, address: ev.address, changeType: ev.changeType });
      });
      await ca.sync();
    });
    await bob.run(async (cb) => {
      cb.workbook.worksheets.getItem("Calls").getRange("B2").values = [["Bea"]];
      await cb.sync();
    });
    await alice.run(async (ca) => {
      ca.workbook.worksheets.getItem("Calls").getRange("B3").values = [["Bo"]];
      await ca.sync();
    });
    await settle();
    expect(seen).toEqual([
      { source: "Remote", address: "B2", changeType: "RangeEdited" },
      { source: "Local", address: "B3", changeType: "RangeEdited" },
    ]);
  });

  test("a handler can read the changed range through the event's getRange in its own Excel.run", async () => {
    const { alice, bob } = setup();
    const read: unknown[] = [];
    let done: () => void = () => {};
    const finished = new Promise<void>((r) => (done = r));
    await alice.run(async (ca) => {
      ca.workbook.tables.getItem("CallLog").onChanged.add(async (e: unknown) => {
        const ev = e as { getRange(ctx: Excel.RequestContext): Excel.Range };
        await alice.run(async (cx) => {
          const r = ev.getRange(cx).load("values, address");
          await cx.sync();
          read.push(r.address, r.values);
        });
        done();
      });
    });
    await bob.run(async (cb) => {
      cb.workbook.worksheets.getItem("Calls").getRange("B3").values = [["Bobby"]];
    });
    await finished;
    expect(read).toEqual(["Calls!B3", [["Bobby"]]]);
  });

  test("table onChanged and settings changed fire for remote changes; removed handlers stop", async () => {
    const { alice, bob } = setup();
    const tableEvents: string[] = [];
    const settingEvents: string[] = [];
    const registration = await alice.run(async (ca) => {
      const reg = ca.workbook.tables.getItem("CallLog").onChanged.add(async (e: unknown) => {
        tableEvents.push((e as { address: string }).address);
      });
      ca.workbook.settings.onSettingsChanged.add(async (e: unknown) => {
        settingEvents.push((e as { source: string }).source);
      });
      await ca.sync();
      return reg;
    });
    await bob.run(async (cb) => {
      cb.workbook.worksheets.getItem("Calls").getRange("B2:D2").values = [["x", "outside", "outside"]];
      cb.workbook.worksheets.getItem("Calls").getRange("D5").values = [["far away"]];
      cb.workbook.settings.add("company", "Acme");
      await cb.sync();
    });
    await settle();
    expect(tableEvents).toEqual(["B2"]);
    expect(settingEvents).toEqual(["Remote"]);
    registration.remove();
    await bob.run(async (cb) => {
      cb.workbook.worksheets.getItem("Calls").getRange("A2").values = [["C-9"]];
    });
    await settle();
    expect(tableEvents).toEqual(["B2"]);
  });

  test("an edit made in the grid (seeding) reaches event handlers: Local for the preview's client", async () => {
    const { wb } = setup();
    const local = createExcel(wb, { clientName: "local" });
    const sources: string[] = [];
    await local.run(async (cx) => {
      cx.workbook.worksheets.getItem("Calls").onChanged.add(async (e: unknown) => {
        sources.push(
          (e as { source: string; address: string }).address + ":" + (e as { source: string }).source,
        );
      });
    });
    wb.setValues("Calls", "B2", [["Typed in the grid"]]);
    await settle();
    expect(sources).toEqual(["B2:Local"]);
  });

  test("grid listeners hear about every applied sync, once per sheet and kind", async () => {
    const { wb, alice } = setup();
    const heard: { sheet: string; kind: string }[] = [];
    const unsubscribe = wb.subscribe((c) => heard.push(c));
    await alice.run(async (ca) => {
      const sheet = ca.workbook.worksheets.getItem("Calls");
      sheet.getRange("A2").values = [["C-7"]];
      sheet.getRange("A3").values = [["C-8"]];
      sheet.getRange("A2").format.font.bold = true;
      await ca.sync();
    });
    expect(heard).toEqual([
      { sheet: "Calls", kind: "RangeEdited" },
      { sheet: "Calls", kind: "FormatChanged" },
    ]);
    unsubscribe();
    await alice.run(async (ca) => {
      ca.workbook.worksheets.getItem("Calls").getRange("A2").values = [["C-9"]];
    });
    expect(heard).toHaveLength(2);
  });

  test("each co-author has their own selection", async () => {
    const { wb, alice, bob } = setup();
    await alice.run(async (ca) => {
      ca.workbook.worksheets.getItem("Calls").getRange("B2").select();
      await ca.sync();
    });
    const [a, b] = await Promise.all(
      [alice, bob].map((client) =>
        client.run(async (cx) => {
          const r = cx.workbook.getSelectedRange().load("address");
          await cx.sync();
          return r.address;
        }),
      ),
    );
    expect(a).toBe("Calls!B2");
    expect(b).toBe("Calls!A1");
    expect(wb.getSelection("alice")).toEqual({ sheet: "Calls", address: "B2" });
  });
});
