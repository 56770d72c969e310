import { inventory } from "../../../src/core/registers/definitions";
import { appendRows } from "../../../src/excel/appendRows";
import { createRegister } from "../../../src/excel/createRegister";
import { updateRowsByKey } from "../../../src/excel/updateRows";
import { createExcel, installExcel, SimWorkbook } from "../../../src/preview/simulator";
import { SimContext } from "../../../src/preview/simulator/context";
import { officeRequestBody, pathSteps } from "../../../src/preview/simulator/stats";
import { officeJsRequestBytes, replayOnOfficeJs } from "../../../bench/harness/officeJs";

function setup() {
  const wb = new SimWorkbook();
  wb.addSheet("Inventory");
  wb.setValues("Inventory", "A1", [
    ["Item ID", "Item", "On hand"],
    ...Array.from({ length: 200 }, (_, i) => [`INV-${String(i + 1).padStart(4, "0")}`, `Item ${i + 1}`, i]),
  ]);
  wb.addTable("Inventory", "A1:C201", "Inventory");
  return { wb, excel: createExcel(wb) };
}

/** Request bytes the simulator counts for one sync of what `queue` does. */
async function simulatorBytes(queue: (context: Excel.RequestContext) => void): Promise<number> {
  const { excel } = setup();
  await excel.run(async (context) => {
    queue(context);
    await context.sync();
  });
  return excel.stats.last()!.requestBytes;
}

const keys = Array.from({ length: 40 }, (_, i) => `INV-${String(1 + i * 5).padStart(4, "0")}`);

// Batches shaped like what src/excel queues, each object made once and reused as the add-in's code does.
const batches: Record<string, (context: Excel.RequestContext) => void> = {
  "one cell written": (context) => {
    context.workbook.worksheets.getItem("Inventory").getRange("C5").values = [[7]];
  },
  "a table probe: loads on the table, its sheet, header and body": (context) => {
    const table = context.workbook.tables.getItemOrNullObject("Inventory");
    table.load("name,showTotals");
    table.worksheet.load("name");
    table.getHeaderRowRange().load("values,rowIndex,columnIndex,columnCount");
    table.getDataBodyRange().load("rowCount");
  },
  "rows found by key: a find per key, cells written as offsets from it, its row loaded": (context) => {
    const keyBody = context.workbook.tables
      .getItemOrNullObject("Inventory")
      .columns.getItem("Item ID")
      .getDataBodyRange();
    for (const key of keys) {
      const found = keyBody.findOrNullObject(key, { completeMatch: true });
      found.getOffsetRange(0, 1).getResizedRange(0, 1).values = [["Pens", 12]];
      found.load("rowIndex");
    }
  },
  "a range passed as an argument (getIntersection) is sent once and referred to": (context) => {
    const table = context.workbook.tables.getItemOrNullObject("Inventory");
    const body = table.getDataBodyRange();
    const keyBody = table.columns.getItem("Item ID").getDataBodyRange();
    for (const key of keys.slice(0, 5)) {
      keyBody.findOrNullObject(key, { completeMatch: true }).getEntireRow().getIntersection(body).values = [
        [null, null, 1],
      ];
    }
  },
  "formats, a method call and a frozen row": (context) => {
    const sheet = context.workbook.worksheets.getItem("Inventory");
    sheet.getRange("A1:C1").format.font.bold = true;
    sheet.getRange("E1:F1").unmerge();
    sheet.freezePanes.freezeRows(1);
    sheet.getRange("C2:C3").numberFormat = [["0"], ["0.00"]];
  },
};

describe("request accounting: what the simulator counts is what Office.js sends", () => {
  test.each(Object.keys(batches))("%s: the bytes of the body Office.js builds", async (name) => {
    const queue = batches[name];
    const real = officeJsRequestBytes(queue);
    // Office.js numbers an object when the code makes it, the simulator when it is first sent: an id
    // may have another number of digits, nothing more.
    expect(Math.abs((await simulatorBytes(queue)) - real)).toBeLessThanOrEqual(real * 0.01);
  });

  test("an object path is sent once per request: 40 writes under one sheet cost far less than 40 requests", async () => {
    const one = await simulatorBytes((context) => {
      context.workbook.worksheets.getItem("Inventory").getRange("C2").values = [[1]];
    });
    const forty = await simulatorBytes((context) => {
      const sheet = context.workbook.worksheets.getItem("Inventory");
      for (let i = 0; i < 40; i++) sheet.getRange(`C${i + 2}`).values = [[1]];
    });
    expect(forty).toBe(
      officeJsRequestBytes((context) => {
        const sheet = context.workbook.worksheets.getItem("Inventory");
        for (let i = 0; i < 40; i++) sheet.getRange(`C${i + 2}`).values = [[1]];
      }),
    );
    // The workbook → worksheets → getItem("Inventory") chain is in the first write only.
    expect(forty).toBeLessThan(40 * one * 0.75);
  });

  test("the body: each path step once with its parent's id, instantiated once; operations refer to ids", () => {
    const ids = [0];
    const body = officeRequestBody(
      [
        { path: 'workbook.worksheets.getItem("S").getRange("A1")', set: "values", value: [[1]] },
        { path: 'workbook.worksheets.getItem("S").getRange("A1")', load: "rowIndex" },
        { path: 'workbook.worksheets.getItem("S").getRange("B1")', probe: "isNullObject" },
      ],
      () => ++ids[0],
    );
    const paths = Object.values(body.ObjectPaths) as {
      Name: string;
      ArgumentInfo?: { Arguments: unknown[] };
    }[];
    expect(paths.map((p) => [p.Name, p.ArgumentInfo?.Arguments])).toEqual([
      ["", undefined],
      ["worksheets", undefined],
      ["", ["S"]],
      ["getRange", ["A1"]],
      ["getRange", ["B1"]],
    ]);
    const actions = body.Actions as { ActionType: number; Name: string }[];
    // Five instantiations (a null probe is answered by its instantiation), one write and one query.
    expect(actions.filter((a) => a.ActionType === 1)).toHaveLength(5);
    expect(actions.filter((a) => a.ActionType !== 1).map((a) => [a.ActionType, a.Name])).toEqual([
      [4, "values"],
      [2, ""],
    ]);
  });

  test("a method that returns an object is its path, and each call a new object", () => {
    const range = 'workbook.worksheets.getItem("S").getRange("A2:V2")';
    const added = `${range}.conditionalFormats.add("Custom")`;
    const descs = [
      { path: `${range}.conditionalFormats`, call: "add", args: ["Custom"] },
      { path: `${added}.custom.rule`, set: "formula", value: "=$S2=1" },
      { path: `${range}.conditionalFormats`, call: "add", args: ["Custom"] },
      { path: `${added}.custom.rule`, set: "formula", value: "=$S2=2" },
    ];
    let id = 0;
    const body = officeRequestBody(descs, () => ++id);
    const paths = Object.values(body.ObjectPaths) as { Name: string }[];
    // Two conditional formats, each with its own custom and rule objects; no "add" call action.
    expect(paths.filter((p) => p.Name === "add")).toHaveLength(2);
    expect(paths.filter((p) => p.Name === "rule")).toHaveLength(2);
    expect((body.Actions as { ActionType: number }[]).filter((a) => a.ActionType === 3)).toHaveLength(0);
    // Microsoft's Office.js builds a body of the same size for the same calls.
    const real = officeJsRequestBytes((context) => {
      const formats = context.workbook.worksheets.getItem("S").getRange("A2:V2").conditionalFormats;
      formats.add("Custom").custom.rule.formula = "=$S2=1";
      formats.add("Custom").custom.rule.formula = "=$S2=2";
    });
    expect(Buffer.byteLength(JSON.stringify(body))).toBeCloseTo(real, -1);
  });

  test("the floor of a scattered row's write in Office.js's protocol: a range of its own, over 250 bytes a row", () => {
    // The bench's "write 100 changed rows by key, spread through the table" (bench/cases/register-update.ts):
    // On hand (I) and Notes (V) of every 10th row. Its target is dataBytes + 250 bytes a row.
    const rows = Array.from({ length: 100 }, (_, i) => 2 + i * 10);
    const updates = rows.map((r) => ({
      key: `INV-${String(r - 1).padStart(6, "0")}`,
      changes: { onHand: 7, notes: "counted" },
    }));
    const target = Buffer.byteLength(JSON.stringify(updates)) + 250 * rows.length;
    const between = Array<null>(12).fill(null);
    // No co-authoring safety at all: each row's two cells written where the row was, one range with
    // Office.js's null-skip over the cells between (cheaper than two ranges of one cell).
    const positional = officeJsRequestBytes((context) => {
      const sheet = context.workbook.worksheets.getItem("Inventory");
      for (const r of rows) sheet.getRange(`I${r}:V${r}`).values = [[7, ...between, "counted"]];
    });
    // Even one cell a row, with no data to speak of, costs a path, its instantiation and the write.
    const oneCell = officeJsRequestBytes((context) => {
      const sheet = context.workbook.worksheets.getItem("Inventory");
      for (const r of rows) sheet.getRange(`I${r}`).values = [[7]];
    });
    expect(positional).toBeGreaterThan(target);
    expect(oneCell / rows.length).toBeGreaterThan(250);
  });

  test("path steps split at dots outside strings and brackets", () => {
    expect(pathSteps('workbook.tables.getItem("a.b").getRange("S.1!A1").format')).toEqual([
      "workbook",
      "tables",
      'getItem("a.b")',
      'getRange("S.1!A1")',
      "format",
    ]);
    expect(pathSteps('workbook.x.find("k",{"a":1.5}).getIntersection("workbook.y")')).toEqual([
      "workbook",
      "x",
      'find("k",{"a":1.5})',
      'getIntersection("workbook.y")',
    ]);
  });
});

describe("request accounting on the add-in's own actions", () => {
  type Internals = {
    _queueList: { desc: unknown }[];
    _stats: { requestBytes: number };
    _send(): Promise<void>;
  };

  /** Each sync `action` makes: the operations queued and the request bytes the simulator counted. */
  async function recordSyncs(action: () => Promise<unknown>) {
    const proto = SimContext.prototype as unknown as Internals;
    const send = proto._send;
    const syncs: { descs: unknown[]; counted: number }[] = [];
    const spy = jest.spyOn(proto, "_send").mockImplementation(async function (this: Internals) {
      const descs = this._queueList.map((a) => a.desc);
      const before = this._stats.requestBytes;
      try {
        await send.call(this);
      } finally {
        syncs.push({ descs, counted: this._stats.requestBytes - before });
      }
    });
    try {
      await action();
    } finally {
      spy.mockRestore();
    }
    return syncs;
  }

  function inventoryWorkbook(rows: number) {
    const wb = new SimWorkbook();
    wb.addSheet("Inventory");
    wb.setValues("Inventory", "A1", [
      inventory.columns.map((c) => c.header),
      ...Array.from({ length: rows }, (_, i) =>
        inventory.columns.map(
          (c) =>
            c.formula ??
            (c.key === "itemId" ? `INV-${String(i + 1).padStart(4, "0")}` : c.key === "onHand" ? i : null),
        ),
      ),
    ]);
    wb.addTable("Inventory", `A1:V${rows + 1}`, "Inventory");
    return wb;
  }

  const actions: Record<string, () => Promise<unknown>> = {
    "create the Inventory register": () => {
      const wb = new SimWorkbook();
      wb.addSheet("Sheet1");
      installExcel(wb);
      return createRegister(inventory);
    },
    "update 20 rows by key": () => {
      installExcel(inventoryWorkbook(200));
      return updateRowsByKey(
        inventory,
        Array.from({ length: 20 }, (_, i) => ({
          key: `INV-${String(1 + i * 10).padStart(4, "0")}`,
          changes: { onHand: 7, notes: "counted" },
        })),
      );
    },
    "append 20 rows": () => {
      installExcel(inventoryWorkbook(50));
      return appendRows(
        inventory,
        Array.from({ length: 20 }, (_, i) => ({ values: { item: `New item ${i}`, onHand: i } })),
      );
    },
  };

  test.each(Object.keys(actions))(
    "%s: each sync counted as Office.js builds it, within 3 %%",
    async (name) => {
      const syncs = await recordSyncs(actions[name]);
      expect(syncs.length).toBeGreaterThan(0);
      for (const { descs, counted } of syncs) {
        const real = replayOnOfficeJs(descs);
        expect(Math.abs(counted - real)).toBeLessThanOrEqual(real * 0.03);
      }
    },
  );
});
