// Phone systems' call records, as each writes them, planned into Call log rows: formats recognised, legs
// merged, directions, caller IDs, follow-ups for missed calls, and every skipped line with its reason.
import { importSummary, planCallImport, type CallRow } from "../../../src/core/calls";
import { partsToSerial } from "../../../src/core/cells/excelDates";
import { callFixture } from "../../fixtures/calls";

const at = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) =>
  partsToSerial({ year: y, month: mo, day: d, hours: h, minutes: mi, seconds: s })!;

describe("Asterisk cdr-csv Master.csv (no header)", () => {
  test("with linkedid and sequence: the ring group is one call, answered by 202; directions from the extensions", () => {
    const plan = planCallImport(callFixture("Master.csv"), []);
    expect(plan.format).toEqual({
      id: "asterisk-master",
      name: "Asterisk cdr-csv (Master.csv)",
      layout: "no header line, with uniqueid, userfield, peeraccount, linkedid and sequence",
    });
    expect(plan.extensions).toEqual({ list: "201-204", guessed: true });
    expect(importSummary(plan)).toBe(
      "7 new, 0 already in the log, 3 legs merged, 1 line skipped (1 internal call)",
    );
    expect(plan.skipped).toEqual([{ line: 6, kind: "internal", reason: "an internal call, 203 to 204" }]);
    const [ringGroup, outbound, missed, voicemail, busy, withheld, noAnswerOut] = plan.toAdd;
    expect(ringGroup).toEqual({
      line: 1,
      values: {
        receivedAt: at(2026, 11, 16, 9, 12, 5),
        channel: "Phone",
        direction: "Inbound",
        caller: "Ravi Mehta",
        number: "02079460018",
        for: "202",
        handledBy: "202",
        subject: "Answered",
        message: "Rang 201, 202, 203 and 204. Answered by 202.",
        priority: "Normal",
        status: "No action",
        duration: 197,
        talkTime: 191,
        systemCallId: "1763284325.17",
      },
    });
    expect(outbound.values).toMatchObject({
      direction: "Outbound",
      caller: "902079460055",
      number: "902079460055",
      for: "Priya Shah (201)",
      status: "No action",
      talkTime: 193,
    });
    // Missed inbound calls become call-back follow-ups on the day of the call.
    expect(missed.values).toMatchObject({
      caller: "Lena Fischer",
      for: "Priya Shah (201)",
      subject: "Missed call: no answer",
      status: "Open",
      followUpBy: at(2026, 11, 16),
      talkTime: 0,
    });
    expect(voicemail.values).toMatchObject({
      channel: "Voicemail",
      status: "Open",
      subject: "Missed call: went to voicemail",
    });
    expect(busy.values).toMatchObject({
      subject: "Missed call: line busy",
      status: "Open",
      for: "Jo Bell (204)",
    });
    expect(withheld.values).toMatchObject({ caller: "Withheld number", status: "No action" });
    expect(withheld.values.number).toBeUndefined();
    expect(noAnswerOut.values).toMatchObject({
      direction: "Outbound",
      subject: "Outbound call: no answer",
      status: "No action",
    });
  });

  test("Asterisk 1.8 (uniqueid, no linkedid): legs of one channel merge by uniqueid", () => {
    const plan = planCallImport(callFixture("Master-1.8.csv"), []);
    expect(plan.format.layout).toBe("no header line, with uniqueid, userfield");
    expect(importSummary(plan)).toBe(
      "4 new, 0 already in the log, 1 leg merged, 1 line skipped (1 internal call)",
    );
    const forked = plan.toAdd.find((r) => r.line === 3)!;
    expect(forked.values).toMatchObject({
      caller: "Lena Fischer",
      handledBy: "204",
      message: "Rang 203 and 204. Answered by 204.",
      duration: 259,
      talkTime: 240,
    });
  });

  test("a ring group ringing four phones through Local channels is one call", () => {
    const plan = planCallImport(callFixture("ring-group.csv"), []);
    expect(plan.calls).toBe(1);
    expect(plan.mergedLegs).toBe(3);
    expect(plan.toAdd).toHaveLength(1);
    expect(plan.toAdd[0].values).toMatchObject({
      caller: "Fabrikam Legal",
      handledBy: "203",
      message: "Rang 201, 202, 203 and 204. Answered by 203.",
      talkTime: 148,
      systemCallId: "1763461200.40",
    });
  });

  test("the internal extensions setting decides directions instead of the guess", () => {
    // 201-202 only: 203 and 204 are outside numbers now, so 203 calling 204 is not internal.
    const plan = planCallImport(callFixture("Master.csv"), [], { internalExtensions: "201-202" });
    expect(plan.extensions).toEqual({ list: "201-202", guessed: false });
    expect(plan.skipped).toEqual([]);
    expect(plan.toAdd.find((r) => r.line === 6)?.values.direction).toBe("Inbound");
  });
});

describe("exports with a header line", () => {
  test("FreePBX CDR report: calldate header, ring group over Local channels, DID, dst_cnam", () => {
    const plan = planCallImport(callFixture("freepbx-cdr-report.csv"), []);
    expect(plan.format).toMatchObject({ id: "asterisk-db", layout: "header line" });
    expect(importSummary(plan)).toBe("4 new, 0 already in the log, 2 legs merged, 0 lines skipped");
    expect(plan.toAdd.map((r) => [r.line, r.values.direction, r.values.caller, r.values.status])).toEqual([
      [2, "Inbound", "Northwind Traders", "No action"],
      [5, "Outbound", "Tailspin Toys", "No action"],
      [6, "Inbound", "07700900456", "Open"],
      [7, "Inbound", "Litware", "Open"],
    ]);
    expect(plan.toAdd[0].values.message).toBe("Rang 101, 102 and 103. Answered by 102. Dialled 02079460000.");
    expect(plan.toAdd[3].values.subject).toBe("Missed call: did not connect");
  });

  test("a cut-down copy saved by an old Excel: CR line breaks, dd/mm/yy, no uniqueid", () => {
    const csv = callFixture("cdr-old-excel.csv");
    expect(csv.includes("\n")).toBe(false);
    const plan = planCallImport(csv, []);
    expect(plan.format.id).toBe("asterisk-db");
    expect(plan.notes).toContain(
      "Dates are read day first (the file has dates such as 16/11 that can only be).",
    );
    expect(importSummary(plan)).toBe("4 new, 0 already in the log, 0 legs merged, 0 lines skipped");
    expect(plan.toAdd.map((r) => [r.values.receivedAt, r.values.systemCallId])).toEqual([
      [at(2026, 11, 16, 9, 12), "2026-11-16 09:12:00 2079460018>201"],
      [at(2026, 12, 3, 10, 20), "2026-12-03 10:20:00 2079460042>202"],
      [at(2026, 12, 3, 10, 21), "2026-12-03 10:21:00 2079460042>202"],
      [at(2026, 12, 4, 16, 45), "2026-12-04 16:45:00 201>902079460099"],
    ]);
  });

  test("a MySQL dump: NULL and \\N empty, broken quotes repaired, an unreadable line reported once", () => {
    const plan = planCallImport(callFixture("cdr-mysql-dump.csv"), []);
    expect(importSummary(plan)).toBe(
      "5 new, 0 already in the log, 0 legs merged, 2 lines skipped (1 unreadable, 1 internal call)",
    );
    expect(plan.skipped).toEqual([
      {
        line: 5,
        kind: "unreadable",
        reason: "a quote opened on it is never closed",
        raw: '2026-11-20 09:25:00,"Ann Lee <02079460',
      },
      { line: 8, kind: "internal", reason: "an internal call, 1115 to 1101" },
    ]);
    // The lines after the unclosed quote are calls of their own.
    expect(plan.toAdd.map((r) => [r.line, r.values.caller, r.values.for])).toEqual([
      [2, "02079460018", "Ravi Mehta (1115)"],
      [3, "02079460042", "Front desk (1101)"],
      [4, "Lena", "Front desk (1101)"],
      [6, 'Accounts, "Litware, Ltd"', "1102"],
      [7, "Omar Haddad", "1102"],
    ]);
    expect(plan.notes).toContain('Line 2: quotes that do not pair up were read as «"Ravi Mehta" <1115>».');
  });

  test("3CX CDR log: outside lines say the direction; talk time from answered to end", () => {
    const plan = planCallImport(callFixture("3cx-cdr.csv"), []);
    expect(plan.format).toMatchObject({ id: "3cx-cdr", name: "3CX CDR log" });
    expect(importSummary(plan)).toBe(
      "3 new, 0 already in the log, 0 legs merged, 1 line skipped (1 internal call)",
    );
    expect(plan.toAdd[0].values).toMatchObject({
      direction: "Inbound",
      caller: "Ravi Mehta",
      for: "Priya Shah (201)",
      handledBy: "Priya Shah (201)",
      duration: 191,
      talkTime: 191,
      systemCallId: "00000C3A5A43C2F9_1",
    });
    expect(plan.toAdd[2].values).toMatchObject({ status: "Open", subject: "Missed call: no answer" });
  });
});

test("FreeSWITCH mod_cdr_csv default template (no header): hangup causes read as outcomes", () => {
  const plan = planCallImport(callFixture("freeswitch-Master.csv"), []);
  expect(plan.format).toMatchObject({
    id: "freeswitch-csv",
    layout: "no header line, the 15 documented columns",
  });
  expect(plan.toAdd.map((r) => [r.values.direction, r.values.subject])).toEqual([
    ["Inbound", "Answered"],
    ["Outbound", "Outbound call"],
    ["Inbound", "Missed call: no answer"],
    ["Inbound", "Missed call: line busy"],
  ]);
  expect(plan.skipped.map((s) => s.kind)).toEqual(["internal"]);
});

describe("nothing twice", () => {
  test("importing the same export again finds every call in the log, by its phone-system ID", () => {
    const first = planCallImport(callFixture("Master.csv"), []);
    const logged: CallRow[] = first.toAdd.map((r, i) => ({
      key: `CALL-${String(i + 1).padStart(4, "0")}`,
      row: i + 2,
      values: r.values,
    }));
    const again = planCallImport(callFixture("Master.csv"), logged);
    expect(importSummary(again)).toBe(
      "0 new, 7 already in the log, 3 legs merged, 1 line skipped (1 internal call)",
    );
    expect(again.alreadyInLog[0]).toEqual({ line: 1, callId: "CALL-0001" });
  });

  test("an overlapping export adds only the calls the log lacks; repeated lines are counted once", () => {
    const lines = callFixture("Master.csv").trimEnd().split("\n");
    const firstHalf = lines.slice(0, 7).join("\n");
    const logged: CallRow[] = planCallImport(firstHalf, []).toAdd.map((r, i) => ({
      key: `CALL-${i + 1}`,
      row: i + 2,
      values: r.values,
    }));
    // The later export starts inside the ring group and repeats a line.
    const overlap = [...lines.slice(2), lines[9]].join("\n");
    const plan = planCallImport(overlap, logged);
    expect(plan.toAdd.map((r) => r.values.systemCallId)).toEqual([
      "1763296800.30",
      "1763301930.33",
      "1763306400.36",
      "1763311512.39",
    ]);
    // The ring group (two of its legs), the outbound call and the missed call were logged before.
    expect(plan.alreadyInLog.map((a) => a.callId)).toEqual(["CALL-1", "CALL-2", "CALL-3"]);
    expect(plan.duplicatesInFile).toEqual([{ line: 10, sameAs: 8 }]);
  });

  test("a call logged by hand (no phone-system ID) in the same minute from the same number is not added again", () => {
    const logged: CallRow[] = [
      {
        key: "CALL-0001",
        row: 2,
        values: { receivedAt: at(2026, 11, 16, 11, 15), number: "07700 900123", direction: "Inbound" },
      },
    ];
    const plan = planCallImport(callFixture("Master.csv"), logged);
    expect(plan.alreadyInLog).toEqual([{ line: 7, callId: "CALL-0001" }]);
  });
});
