// A CSV of calls no format and no header recognises, read with the columns the person chose: a
// headerless export and one with headers in another language. Never a dead end, nothing lost, the same
// all-or-nothing rule on unreadable values as any call list.
import { planCallImport, importSummary, type CallRow } from "../../../src/core/calls";
import { partsToSerial } from "../../../src/core/cells/excelDates";

const at = (y: number, mo: number, d: number, h = 0, mi = 0) =>
  partsToSerial({ year: y, month: mo, day: d, hours: h, minutes: mi })!;

// A phone bill's call list: no header line, semicolons, day-first dates, in/out as IN and OUT.
const HEADERLESS =
  "27/11/2026 09:14;Ravi Mehta;+44 20 7946 0018;IN;Quote for shelving\r\n" +
  "27/11/2026 13:05;Lena Fischer;+49 30 901820;OUT;Delivery date\r\n" +
  "28/11/2026 08:40;;020 7946 0999;IN;\r\n";

const GERMAN = "Zeitpunkt,Anrufer,Rufnummer,Dauer\n" + "2026-11-27 09:14,Ravi Mehta,+44 20 7946 0018,65\n";

describe("a call list read with the person's columns", () => {
  test("headerless: every line is a call; columns, day-first dates and IN/OUT read as chosen", () => {
    const plan = planCallImport(HEADERLESS, [], {
      reading: {
        headerless: true,
        choices: { columns: { 0: "receivedAt", 1: "caller", 2: "number", 3: "direction", 4: "subject" } },
      },
    });
    expect(plan.ok).toBe(true);
    expect(plan.format.layout).toBe("columns chosen by you");
    expect(plan.toAdd.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(plan.toAdd[0].values).toEqual({
      receivedAt: at(2026, 11, 27, 9, 14),
      caller: "Ravi Mehta",
      number: "+44 20 7946 0018",
      direction: "Inbound",
      subject: "Quote for shelving",
      channel: "Phone",
      priority: "Normal",
      status: "Open",
    });
    expect(plan.toAdd[1].values).toMatchObject({
      direction: "Outbound",
      receivedAt: at(2026, 11, 27, 13, 5),
    });
    expect(plan.toAdd[2].values).toMatchObject({ caller: "Unknown", receivedAt: at(2026, 11, 28, 8, 40) });
    expect(plan.mapping.map((m) => m.column)).toEqual([
      "Received at",
      "Caller",
      "Number",
      "Direction",
      "Subject",
    ]);
    expect(importSummary(plan)).toBe("3 new, 0 already in the log, 0 legs merged, 0 lines skipped");
  });

  test("without a reading the same file is not guessed into calls; with one, re-reading the log finds them", () => {
    const guessed = planCallImport(HEADERLESS, []);
    expect(guessed.ok).toBe(false);
    expect(guessed.toAdd).toEqual([]);
    const reading = {
      headerless: true,
      choices: { columns: { 0: "receivedAt", 1: "caller", 2: "number", 3: "direction" } },
    };
    const first = planCallImport(HEADERLESS, [], { reading });
    const logged: CallRow[] = first.toAdd.map((r, i) => ({
      key: `CALL-000${i + 1}`,
      row: i + 2,
      values: r.values,
    }));
    const again = planCallImport(HEADERLESS, logged, { reading });
    expect(importSummary(again)).toBe("0 new, 3 already in the log, 0 legs merged, 0 lines skipped");
  });

  test("headers nothing matches: the columns chosen by index; the unmapped one is named as not imported", () => {
    expect(planCallImport(GERMAN, []).fileErrors[0]).toMatch(/^No column of the file is a date and time/);
    const plan = planCallImport(GERMAN, [], {
      reading: { choices: { headerRow: 1, columns: { 0: "receivedAt", 1: "caller", 2: "number", 3: null } } },
    });
    expect(plan.ok).toBe(true);
    expect(plan.toAdd).toEqual([
      {
        line: 2,
        values: {
          receivedAt: at(2026, 11, 27, 9, 14),
          caller: "Ravi Mehta",
          number: "+44 20 7946 0018",
          channel: "Phone",
          direction: "Inbound",
          priority: "Normal",
          status: "Open",
        },
      },
    ]);
    expect(plan.notes).toContain('Not imported (left without a Call log column): "Dauer".');
  });

  test("no column chosen as the date: the file cannot be added yet, and says what to choose", () => {
    const plan = planCallImport(GERMAN, [], {
      reading: { choices: { headerRow: 1, columns: { 0: null, 1: "caller", 2: "number", 3: null } } },
    });
    expect(plan.ok).toBe(false);
    expect(plan.fileErrors).toEqual([
      "Choose the column that holds the date and time of each call (Received at).",
    ]);
  });

  test("a value the chosen column cannot take stops the import, listed once with its file line", () => {
    const csv = HEADERLESS + "soon;Tom Baker;0161 496 0000;IN;\r\n";
    const plan = planCallImport(csv, [], {
      reading: { headerless: true, choices: { columns: { 0: "receivedAt", 1: "caller", 2: "number" } } },
    });
    expect(plan.ok).toBe(false);
    expect(plan.toAdd).toEqual([]);
    expect(plan.lineErrors).toHaveLength(1);
    expect(plan.lineErrors[0]).toMatchObject({ line: 4, column: "Received at" });
  });

  test("a file's own reference chosen as Call ID is kept as the Phone system ID", () => {
    const csv = "Ref;When;Who\nA-17;2026-11-27 09:14;Ravi Mehta\n";
    const plan = planCallImport(csv, [], {
      reading: { choices: { headerRow: 1, columns: { 0: "callId", 1: "receivedAt", 2: "caller" } } },
    });
    expect(plan.toAdd[0].values).toMatchObject({ systemCallId: "A-17" });
    expect(plan.toAdd[0].values.callId).toBeUndefined();
    expect(plan.notes[0]).toBe(
      'The "Ref" column is not used as Call ID; each call gets a new Call ID and keeps it as its Phone system ID.',
    );
  });
});
