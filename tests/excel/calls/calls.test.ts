import { partsToSerial } from "../../../src/core/cells/excelDates";
import { callLog } from "../../../src/core/registers/definitions/callLog";
import {
  addCallImport,
  loadCallLog,
  logCall,
  markCallsDone,
  previewCallImport,
} from "../../../src/excel/calls";
import { createRegister } from "../../../src/excel/createRegister";
import { readRegister } from "../../../src/excel/readRegister";
import { lastSyncs, seedRegister, setup, syncsSince } from "../support";

const at = (d: number, h = 0, m = 0) =>
  partsToSerial({ year: 2026, month: 11, day: d, hours: h, minutes: m })!;
const col = (key: string) => callLog.columns.findIndex((c) => c.key === key);
const SHEET = callLog.sheetName;

function seedCalls(wb: ReturnType<typeof setup>["wb"]) {
  seedRegister(wb, callLog, [
    {
      callId: "CALL-0001",
      receivedAt: at(16, 9, 12),
      caller: "Ravi Mehta",
      company: "Contoso Imaging",
      number: "(212) 555-0178",
      direction: "Inbound",
      channel: "Phone",
      status: "Open",
      followUpBy: at(30),
      priority: "Normal",
    },
    {
      callId: "CALL-0002",
      receivedAt: at(17, 10),
      caller: "Lena Fischer",
      company: "Fabrikam Legal",
      number: "(212) 555-0158",
      direction: "Inbound",
      channel: "Phone",
      status: "Open",
      followUpBy: at(20),
      priority: "Urgent",
    },
    {
      callId: "CALL-0003",
      receivedAt: at(18, 11),
      caller: "Accounts",
      company: "Litware",
      number: "(646) 555-0110",
      direction: "Inbound",
      channel: "Fax",
      status: "Done",
      followUpBy: at(19),
    },
    {
      callId: "CALL-0004",
      receivedAt: at(19, 12),
      caller: "Omar Haddad",
      company: "Tailspin",
      number: "(212) 555-0187",
      direction: "Inbound",
      channel: "Phone",
      status: "Open",
      followUpBy: at(25),
      priority: "Low",
    },
  ]);
}

describe("Call log actions", () => {
  test("logCall: a new row with a Call ID and the defaults, typed text kept as text, 2 syncs", async () => {
    const { wb, excel } = setup();
    await createRegister(callLog);
    const logged = await logCall({
      receivedAt: at(29, 8, 30),
      caller: '=HYPERLINK("x")',
      number: "+44 20 7946 0018 ext. 12",
      channel: "Fax",
    });
    expect(lastSyncs(excel)).toBe(2);
    expect(logged.callId).toBe("CALL-0001");
    const read = await readRegister(callLog);
    expect(read.rows).toHaveLength(1);
    expect(read.rows[0].values).toMatchObject({
      callId: "CALL-0001",
      receivedAt: at(29, 8, 30),
      channel: "Fax",
      direction: "Inbound",
      caller: '=HYPERLINK("x")',
      number: "+44 20 7946 0018 ext. 12",
      priority: "Normal",
      status: "Open",
    });
    const row = read.rows[0].row - 1;
    expect(wb.getCell(SHEET, row, col("caller")).formula).toBeUndefined();
    await expect(logCall({ receivedAt: at(29), caller: "  " })).rejects.toThrow(/Enter who called/);
  });

  test("logCall on a workbook without the register says what to do", async () => {
    setup();
    await expect(logCall({ receivedAt: at(29), caller: "Ann" })).rejects.toMatchObject({ kind: "notFound" });
  });

  test("loadCallLog: open follow-ups overdue first, then by date and priority; suggestions", async () => {
    const { wb, excel } = setup();
    seedCalls(wb);
    const before = excel.stats.runs.length;
    const view = await loadCallLog(new Date(2026, 10, 26, 15, 0));
    expect(syncsSince(excel, before)).toBe(2);
    expect(view.followUps.map((f) => [f.key, f.overdue])).toEqual([
      ["CALL-0002", true],
      ["CALL-0004", true],
      ["CALL-0001", false],
    ]);
    expect(view.suggestions.callers[0]).toEqual({
      caller: "Omar Haddad",
      company: "Tailspin",
      number: "(212) 555-0187",
    });
  });

  test("markCallsDone: Status, Done at and Handled by on the rows found by key, 2 syncs", async () => {
    const { wb, excel } = setup();
    seedCalls(wb);
    const when = new Date(2026, 10, 26, 15, 30);
    const result = await markCallsDone(["call-0004", "CALL-0099"], { handledBy: "Jo", at: when });
    expect(lastSyncs(excel)).toBe(2);
    expect(result.notFound).toEqual(["CALL-0099"]);
    expect(result.updated.map((u) => u.row)).toEqual([5]);
    expect(wb.getCell(SHEET, 4, col("status")).value).toBe("Done");
    expect(wb.getCell(SHEET, 4, col("handledBy")).value).toBe("Jo");
    expect(wb.getCell(SHEET, 4, col("doneAt")).value).toBeCloseTo(at(26, 15, 30), 6);
    // Other rows untouched.
    expect(wb.getCell(SHEET, 1, col("status")).value).toBe("Open");
    const view = await loadCallLog(new Date(2026, 10, 26));
    expect(view.followUps.map((f) => f.key)).toEqual(["CALL-0002", "CALL-0001"]);
  });

  test("import: preview writes nothing; Add appends only new calls, once", async () => {
    const { wb } = setup();
    seedCalls(wb);
    const csv =
      "\uFEFFDate;Time;Direction;Number;Name\r\n" +
      "16/11/2026;09:12;In;212 555 0178;Ravi Mehta\r\n" + // already CALL-0001
      "27/11/2026;14:05;In;+44 20 7946 0018 ext. 12;Priya\r\n" +
      "27/11/2026;14:05;Incoming;0044 20 7946 0018 x12;Priya\r\n" + // repeat of line 3
      "28/11/2026;9:00 AM;Out;(646) 555-0110;Accounts\r\n";
    const before = wb.getValues(SHEET, "A1:O6");
    const preview = await previewCallImport(csv);
    expect(wb.getValues(SHEET, "A1:O6")).toEqual(before);
    expect(preview.toAdd.map((r) => r.line)).toEqual([3, 5]);
    expect(preview.alreadyInLog).toEqual([{ line: 2, callId: "CALL-0001" }]);
    expect(preview.duplicatesInFile).toEqual([{ line: 4, sameAs: 3 }]);

    const added = await addCallImport(csv);
    expect(added.added.map((a) => a.key)).toEqual(["CALL-0005", "CALL-0006"]);
    const again = await addCallImport(csv);
    expect(again.added).toEqual([]);
    const read = await readRegister(callLog);
    expect(read.rows.map((r) => r.key)).toEqual([
      "CALL-0001",
      "CALL-0002",
      "CALL-0003",
      "CALL-0004",
      "CALL-0005",
      "CALL-0006",
    ]);
    expect(read.rows[4].values).toMatchObject({
      receivedAt: at(27, 14, 5),
      number: "+44 20 7946 0018 ext. 12",
      caller: "Priya",
      status: "Open",
      channel: "Phone",
    });
    expect(read.rows[5].values).toMatchObject({ direction: "Outbound", receivedAt: at(28, 9) });
  });

  test("import with an unreadable date writes nothing at all", async () => {
    const { wb } = setup();
    seedCalls(wb);
    const before = wb.getValues(SHEET, "A1:O8");
    const csv = "Date,Number\n2026-11-27 10:00,1\nsoon,2\n";
    await expect(addCallImport(csv)).rejects.toThrow(
      'Nothing was imported: line 3: "soon" is not a date and time.',
    );
    expect(wb.getValues(SHEET, "A1:O8")).toEqual(before);
  });
});
