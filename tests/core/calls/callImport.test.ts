import { planCallImport, sameCallKey, type CallRow } from "../../../src/core/calls";
import { partsToSerial } from "../../../src/core/cells/excelDates";

const at = (y: number, mo: number, d: number, h = 0, mi = 0) =>
  partsToSerial({ year: y, month: mo, day: d, hours: h, minutes: mi })!;

const logged: CallRow[] = [
  {
    key: "CALL-0001",
    row: 2,
    values: { receivedAt: at(2026, 11, 16, 9, 12), number: "(212) 555-0178", direction: "Inbound" },
  },
];

describe("planCallImport", () => {
  test("a file with a byte-order mark, ; separators and quoted fields: columns mapped, values read", () => {
    const csv =
      "\uFEFFDate;Time;Direction;Caller number;Name;Notes\r\n" +
      '2026-11-20;14:05;Incoming;+44 20 7946 0018 ext. 12;Ravi Mehta;"Call back; about the ""fuser"""\r\n' +
      "2026-11-20;2:30 PM;Outgoing;(212) 555-0110;Accounts;\r\n";
    const plan = planCallImport(csv, logged);
    expect(plan.ok).toBe(true);
    expect(plan.delimiter).toBe(";");
    expect(plan.fileErrors).toEqual([]);
    expect(plan.toAdd).toEqual([
      {
        line: 2,
        values: {
          receivedAt: at(2026, 11, 20, 14, 5),
          direction: "Inbound",
          number: "+44 20 7946 0018 ext. 12",
          caller: "Ravi Mehta",
          message: 'Call back; about the "fuser"',
          channel: "Phone",
          priority: "Normal",
          status: "Open",
        },
      },
      {
        line: 3,
        values: {
          receivedAt: at(2026, 11, 20, 14, 30),
          direction: "Outbound",
          number: "(212) 555-0110",
          caller: "Accounts",
          channel: "Phone",
          priority: "Normal",
          status: "Open",
        },
      },
    ]);
    expect(plan.mapping.map((m) => m.column)).toEqual([
      "Received at",
      "Received at",
      "Direction",
      "Number",
      "Caller",
      "Message",
    ]);
  });

  test("calls already in the log and repeats in the file are left out, however the number is written", () => {
    const csv = [
      "Received at,Direction,Number,Caller",
      "2026-11-16 09:12,In,212-555-0178,Ravi", // in the log (same minute, number, direction)
      "2026-11-16 09:12,Out,212-555-0178,Ravi", // other direction: new
      "2026-11-17 10:00,In,+44 20 7946 0018 x12,Lena",
      "2026-11-17 10:00,In,+44 (0)20 7946 0018 ext 12,Lena", // different digits (0): new
      "2026-11-17 10:00,Inbound,0044 20 7946 0018 ext. 12,Lena", // same as line 4
    ].join("\n");
    const plan = planCallImport(csv, logged);
    expect(plan.alreadyInLog).toEqual([{ line: 2, callId: "CALL-0001" }]);
    expect(plan.duplicatesInFile).toEqual([{ line: 6, sameAs: 4 }]);
    expect(plan.toAdd.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(sameCallKey(at(2026, 11, 17, 10), "+44 20 7946 0018 x12", "In")).toBe(
      sameCallKey(at(2026, 11, 17, 10), "0044-20-7946-0018 extension 12", "Inbound"),
    );
  });

  test("unparseable dates and times are reported by line and nothing is planned for adding", () => {
    const csv = 'Date,Time,Number\n2026-11-20,09:00,111\nyesterday,09:00,222\n"2026-11-21",25:61,333\n';
    const plan = planCallImport(csv, []);
    expect(plan.ok).toBe(false);
    expect(plan.toAdd).toEqual([]);
    expect(plan.lineErrors).toEqual([
      { line: 3, column: "Received at", message: '"yesterday" is not a date and time.' },
      { line: 4, column: "Received at", message: '"25:61" is not a time of day.' },
    ]);
  });

  test("line numbers count line breaks inside quoted fields", () => {
    const csv = 'Date,Message\n2026-11-20 09:00,"two\nlines"\nnot a date,x\n';
    expect(planCallImport(csv, []).lineErrors.map((e) => e.line)).toEqual([4]);
  });

  test("ambiguous day/month dates are read in the order the file's other dates show, else reported", () => {
    const dayFirst = planCallImport("Date,Number\n03/04/2026 10:00,1\n14/04/2026 10:00,2\n", []);
    expect(dayFirst.toAdd[0].values.receivedAt).toBe(at(2026, 4, 3, 10));
    const unsure = planCallImport("Date,Number\n03/04/2026 10:00,1\n", []);
    expect(unsure.ok).toBe(false);
    expect(unsure.lineErrors[0].message).toMatch(/day-first or month-first/);
  });

  test("an empty file, a header-only file and a file without dates get a clear message", () => {
    expect(planCallImport("", []).fileErrors).toEqual(["The file is empty: there are no calls to import."]);
    expect(planCallImport("\uFEFF\r\n  \r\n", []).fileErrors).toEqual([
      "The file is empty: there are no calls to import.",
    ]);
    expect(planCallImport("Date;Number\r\n", []).fileErrors).toEqual([
      "The file has a header line but no calls under it.",
    ]);
    const noDate = planCallImport("Number,Name\n1,Ann\n", []);
    expect(noDate.ok).toBe(false);
    expect(noDate.fileErrors[0]).toMatch(/No column of the file is a date/);
  });

  test("a fax server's export: channel from the person's choice, unknown choices reported", () => {
    const csv =
      "Date,Fax number,Pages,Priority\n2026-11-20 08:00,+1 212 555 0143,3,High\n2026-11-20 09:00,,1,Whenever\n";
    const plan = planCallImport(csv, [], { defaultChannel: "Fax" });
    expect(plan.lineErrors).toEqual([
      { line: 3, column: "Priority", message: '"Whenever" is not one of Low, Normal, Urgent.' },
    ]);
    const good = planCallImport(csv.split("\n").slice(0, 2).join("\n"), [], { defaultChannel: "Fax" });
    expect(good.toAdd[0].values).toMatchObject({
      channel: "Fax",
      priority: "Urgent",
      number: "+1 212 555 0143",
    });
    expect(good.notes).toContain('Not imported (no such column in the Call log): "Pages".');
  });

  test("Excel's sep= line, tab separators and a missing closing quote repaired", () => {
    const sepLine = planCallImport("sep=;\r\nDate;Number\r\n2026-11-20 10:00;1,5\r\nbad;2\r\n", []);
    expect(sepLine.delimiter).toBe(";");
    expect(sepLine.lineErrors.map((e) => e.line)).toEqual([4]);
    const tabs = planCallImport("Date\tNumber\n2026-11-20 10:00\t+1 212 555 0100\n", []);
    expect(tabs.toAdd[0].values.number).toBe("+1 212 555 0100");
    // The quote is closed where its line ends (the only reading with the file's two fields); the next
    // line is a call of its own, not part of the message.
    const quote = planCallImport('Date,Message\n2026-11-20 10:00,"never closed\n2026-11-21 10:00,x\n', []);
    expect(quote.ok).toBe(true);
    expect(quote.toAdd.map((r) => [r.line, r.values.message])).toEqual([
      [2, "never closed"],
      [3, "x"],
    ]);
    expect(quote.notes).toContain("Line 2: quotes that do not pair up were read as «never closed».");
  });
});
