// Calls > Import of phone systems' call records on the strict simulator: each fixture added in one
// Excel.run with its syncs counted, then imported again adding nothing; the workbook's extensions setting
// used and saved; an older Call log without the import's columns told what it loses.
import { importSummary } from "../../../src/core/calls";
import { callLog } from "../../../src/core/registers/definitions/callLog";
import { addCallImport, previewCallImport } from "../../../src/excel/calls";
import { createRegister } from "../../../src/excel/createRegister";
import { readRegister } from "../../../src/excel/readRegister";
import { CALL_EXTENSIONS_KEY, CALL_READINGS_KEY } from "../../../src/core/settings/values";
import { callFixture, type CallFixture } from "../../fixtures/calls";
import { lastSyncs, seedRegister, setup } from "../support";

jest.setTimeout(60_000);

const SHEET = callLog.sheetName;
const col = (key: string) => callLog.columns.findIndex((c) => c.key === key);

async function newLog() {
  const env = setup();
  await createRegister(callLog);
  return env;
}

describe.each<[CallFixture, string, string]>([
  [
    "Master.csv",
    "7 new, 0 already in the log, 3 legs merged, 1 line skipped (1 internal call)",
    "0 new, 7 already in the log, 3 legs merged, 1 line skipped (1 internal call)",
  ],
  [
    "Master-1.8.csv",
    "4 new, 0 already in the log, 1 leg merged, 1 line skipped (1 internal call)",
    "0 new, 4 already in the log, 1 leg merged, 1 line skipped (1 internal call)",
  ],
  [
    "ring-group.csv",
    "1 new, 0 already in the log, 3 legs merged, 0 lines skipped",
    "0 new, 1 already in the log, 3 legs merged, 0 lines skipped",
  ],
  [
    "freepbx-cdr-report.csv",
    "4 new, 0 already in the log, 2 legs merged, 0 lines skipped",
    "0 new, 4 already in the log, 2 legs merged, 0 lines skipped",
  ],
  [
    "cdr-old-excel.csv",
    "4 new, 0 already in the log, 0 legs merged, 0 lines skipped",
    "0 new, 4 already in the log, 0 legs merged, 0 lines skipped",
  ],
  [
    "cdr-mysql-dump.csv",
    "5 new, 0 already in the log, 0 legs merged, 2 lines skipped (1 unreadable, 1 internal call)",
    "0 new, 5 already in the log, 0 legs merged, 2 lines skipped (1 unreadable, 1 internal call)",
  ],
  [
    "freeswitch-Master.csv",
    "4 new, 0 already in the log, 0 legs merged, 1 line skipped (1 internal call)",
    "0 new, 4 already in the log, 0 legs merged, 1 line skipped (1 internal call)",
  ],
  [
    "3cx-cdr.csv",
    "3 new, 0 already in the log, 0 legs merged, 1 line skipped (1 internal call)",
    "0 new, 3 already in the log, 0 legs merged, 1 line skipped (1 internal call)",
  ],
])("%s", (name, first, again) => {
  test("added in one Excel.run of 2 syncs; imported again, nothing is added in 1 sync", async () => {
    const { excel } = await newLog();
    const csv = callFixture(name);
    const runs = excel.stats.runs.length;
    const added = await addCallImport(csv);
    expect(excel.stats.runs.length).toBe(runs + 1);
    expect(lastSyncs(excel)).toBe(2);
    expect(importSummary(added.plan)).toBe(first);
    expect(added.added.map((a) => a.key)).toEqual(
      added.plan.toAdd.map((_, i) => `CALL-${String(i + 1).padStart(4, "0")}`),
    );
    const logged = await readRegister(callLog);
    expect(logged.rows).toHaveLength(added.added.length);
    // Each call keeps the phone system's ID it will be recognised by.
    expect(logged.rows.map((r) => r.values.systemCallId)).toEqual(
      added.plan.toAdd.map((r) => r.values.systemCallId),
    );

    const second = await addCallImport(csv);
    expect(excel.stats.runs.length).toBe(runs + 3);
    expect(lastSyncs(excel)).toBe(1);
    expect(second.added).toEqual([]);
    expect(importSummary(second.plan)).toBe(again);
    expect((await readRegister(callLog)).rows).toHaveLength(added.added.length);
  });
});

describe("the workbook's Internal extensions setting", () => {
  test("the guess is saved with the first import and used by the next file; the person's list wins", async () => {
    const { wb } = await newLog();
    const preview = await previewCallImport(callFixture("Master.csv"));
    expect(preview.extensions).toEqual({ list: "201-204", guessed: true });
    expect(wb.getSetting(CALL_EXTENSIONS_KEY)).toBeUndefined();
    await addCallImport(callFixture("Master.csv"));
    expect(wb.getSetting(CALL_EXTENSIONS_KEY)).toBe("201-204");
    // The next file starts from the saved setting, not from a guess of its own.
    expect((await previewCallImport(callFixture("ring-group.csv"))).extensions).toEqual({
      list: "201-204",
      guessed: false,
    });
    // 203 and 204 not extensions: Master.csv's 203 → 204 call is no longer internal.
    const mine = await previewCallImport(callFixture("Master.csv"), { internalExtensions: "201-202" });
    expect(mine.extensions).toEqual({ list: "201-202", guessed: false });
    expect(mine.toAdd.map((r) => r.line)).toEqual([6]);
  });
});

describe("a Call log from before the import columns", () => {
  test("the calls are added; the notes say what is not kept; the same minute and number still match", async () => {
    const { wb, excel } = setup();
    const old = {
      ...callLog,
      columns: callLog.columns.filter((c) => !["duration", "talkTime", "systemCallId"].includes(c.key)),
    };
    seedRegister(wb, old, []);
    const added = await addCallImport(callFixture("ring-group.csv"));
    expect(lastSyncs(excel)).toBe(2);
    expect(added.added).toHaveLength(1);
    expect(added.notes).toEqual([
      'The Call log has no "Phone system ID" column, so a second import of the same export recognises its calls by minute, number and direction only. Add a column headed "Phone system ID" to the table to keep it.',
      'The Call log has no "Duration (s)" column, so call lengths are not kept. Add a column headed "Duration (s)" to the table to keep it.',
      'The Call log has no "Talk time (s)" column, so talk times are not kept. Add a column headed "Talk time (s)" to the table to keep it.',
    ]);
    const again = await addCallImport(callFixture("ring-group.csv"));
    expect(again.added).toEqual([]);
    expect(again.plan.alreadyInLog).toEqual([{ line: 1, callId: "CALL-0001" }]);
  });
});

test("values land as the register's types: the ID as text, seconds as numbers, a missed call's follow-up", async () => {
  const { wb } = await newLog();
  await addCallImport(callFixture("Master.csv"));
  const rows = (await readRegister(callLog)).rows;
  const ring = rows[0];
  expect(ring.values).toMatchObject({
    caller: "Ravi Mehta",
    duration: 197,
    talkTime: 191,
    status: "No action",
  });
  const cell = wb.getCell(SHEET, ring.row - 1, col("systemCallId"));
  expect(cell).toMatchObject({ value: "1763284325.17", numberFormat: "@" });
  const missed = rows.find((r) => r.values.caller === "Lena Fischer")!;
  expect(missed.values).toMatchObject({ status: "Open", subject: "Missed call: no answer" });
  expect(missed.values.followUpBy).toBe(Math.floor(missed.values.receivedAt as number));
});

test("a call list with an unreadable value writes nothing and costs no sync", async () => {
  const { excel } = await newLog();
  const runs = excel.stats.runs.length;
  await expect(addCallImport("Date,Number\n2026-11-27 10:00,1\nsoon,2\n")).rejects.toThrow(
    'Nothing was imported: line 3: "soon" is not a date and time.',
  );
  expect(excel.stats.runs.length).toBe(runs);
});

test("a headerless call list read with the person's columns: added in 2 syncs, again adds nothing in 1", async () => {
  const { excel } = await newLog();
  const csv =
    "27/11/2026 09:14;Ravi Mehta;+44 20 7946 0018;IN\r\n" +
    "27/11/2026 13:05;Lena Fischer;+49 30 901820;OUT\r\n";
  const reading = {
    headerless: true,
    choices: { columns: { 0: "receivedAt", 1: "caller", 2: "number", 3: "direction" } },
  };
  const added = await addCallImport(csv, { reading });
  expect(lastSyncs(excel)).toBe(2);
  expect(added.added.map((a) => a.key)).toEqual(["CALL-0001", "CALL-0002"]);
  const again = await addCallImport(csv, { reading });
  expect(lastSyncs(excel)).toBe(1);
  expect(importSummary(again.plan)).toBe("0 new, 2 already in the log, 0 legs merged, 0 lines skipped");
  expect((await readRegister(callLog)).rows.map((r) => r.values.caller)).toEqual([
    "Ravi Mehta",
    "Lena Fischer",
  ]);
});

test("the columns chosen are kept in the workbook: next week's file of the same shape is read with them", async () => {
  const { wb, excel } = await newLog();
  const reading = {
    headerless: true,
    choices: { columns: { 0: "receivedAt", 1: "caller", 2: "number", 3: "direction" } },
  };
  await addCallImport("27/11/2026 09:14;Ravi Mehta;+44 20 7946 0018;IN\r\n", { reading });
  expect(JSON.parse(wb.getSetting(CALL_READINGS_KEY) as string)).toEqual([
    {
      delimiter: ";",
      width: 4,
      header: ["27/11/2026 09:14", "ravi mehta", "+44 20 7946 0018", "in"],
      reading,
    },
  ]);

  const nextWeek = "04/12/2026 10:02;Lena Fischer;+49 30 901820;OUT\r\n";
  const preview = await previewCallImport(nextWeek);
  expect(lastSyncs(excel)).toBe(1);
  expect(preview.reading).toEqual(reading);
  expect(preview.toAdd.map((r) => [r.values.caller, r.values.direction])).toEqual([
    ["Lena Fischer", "Outbound"],
  ]);
  const added = await addCallImport(nextWeek, { reading: preview.reading });
  expect(lastSyncs(excel)).toBe(2);
  expect(added.added.map((a) => a.key)).toEqual(["CALL-0002"]);

  // Another shape (three columns) is not read with them: the person is asked again.
  const other = await previewCallImport("04/12/2026 10:02;Tom Baker;IN\r\n04/12/2026 11:30;Ana Lima;OUT\r\n");
  expect(other.reading).toBeUndefined();
  expect(other.ok).toBe(false);
  expect(other.fileErrors[0]).toMatch(/^No column of the file is a date and time/);
});
