import { brokenLinesOf, parseDelimited, recordsOf, repairLine } from "../../../src/core/csv";

const fieldsOf = (text: string) => recordsOf(parseDelimited(text)).map((r) => r.fields);

describe("parseDelimited", () => {
  test("CR, LF, CRLF and mixed line breaks give the same records and line numbers", () => {
    const rows = ["a,b", "1,2", "3,4"];
    for (const [brk, kind] of [
      ["\n", "LF"],
      ["\r\n", "CRLF"],
      ["\r", "CR"],
    ] as const) {
      const parsed = parseDelimited(rows.join(brk) + brk);
      expect(parsed.lineBreaks).toBe(kind);
      expect(recordsOf(parsed).map((r) => [r.line, ...r.fields])).toEqual([
        [1, "a", "b"],
        [2, "1", "2"],
        [3, "3", "4"],
      ]);
    }
    expect(parseDelimited("a,b\r\n1,2\r3,4\n").lineBreaks).toBe("mixed");
    expect(fieldsOf("a,b\r\n1,2\r3,4\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
    ]);
  });

  test("a byte-order mark, Excel's sep= line, and each delimiter", () => {
    const bom = parseDelimited("\uFEFFName;Qty\nPens;4\n");
    expect(bom.bom).toBe(true);
    expect(bom.delimiter).toBe(";");
    expect(recordsOf(bom)[0].fields).toEqual(["Name", "Qty"]);
    const sep = parseDelimited("sep=|\r\nA|B\r\n1,5|2\r\n");
    expect(sep.sepLine).toBe(true);
    expect(recordsOf(sep).map((r) => [r.line, ...r.fields])).toEqual([
      [2, "A", "B"],
      [3, "1,5", "2"],
    ]);
    expect(parseDelimited('"Smith, J"\t101\n"Ng, A"\t102\n').delimiter).toBe("\t");
    expect(fieldsOf("only\none\n")).toEqual([["only"], ["one"]]);
  });

  test("unquoted NULL and \\N are empty; quoted ones are text", () => {
    expect(fieldsOf('a,b,c,d\nNULL,\\N,"NULL",null\n')[1]).toEqual(["", "", "NULL", "null"]);
  });

  test("doubled quotes, and a quoted field with line breaks of any kind", () => {
    expect(fieldsOf('clid,src\n"""Reception"" <101>","101"\n')[1]).toEqual(['"Reception" <101>', "101"]);
    const multi = parseDelimited('id,note\n1,"two\r\nlines"\n2,"three\rshort\nlines"\n3,x\n');
    expect(recordsOf(multi).map((r) => [r.line, ...r.fields])).toEqual([
      [1, "id", "note"],
      [2, "1", "two\nlines"],
      [4, "2", "three\nshort\nlines"],
      [7, "3", "x"],
    ]);
  });

  test("broken quotes are repaired when only one reading fits, with the values that needed it", () => {
    const dump = [
      "calldate,clid,src,dst",
      '2026-11-16 09:12:05,""Ravi Mehta" <1115>",1115,201',
      '2026-11-16 09:13:00,"\\"Front desk\\" <100>",100,201',
      '2026-11-16 09:14:00,"Lena" <1116>,1116,202',
      '2026-11-16 09:15:00,"never closed,1117,203',
      "2026-11-16 09:16:00,Plain,1118,204",
    ].join("\n");
    const parsed = parseDelimited(dump);
    expect(brokenLinesOf(parsed)).toEqual([]);
    expect(recordsOf(parsed).map((r) => [r.line, r.fields[1], r.repaired])).toEqual([
      [1, "clid", undefined],
      [2, '"Ravi Mehta" <1115>', ['"Ravi Mehta" <1115>']],
      [3, '"Front desk" <100>', ['"Front desk" <100>']],
      [4, '"Lena" <1116>', ['"Lena" <1116>']],
      [5, "never closed", ["never closed"]],
      [6, "Plain", undefined],
    ]);
  });

  test("an unclosed quote never swallows the lines after it; an unreadable line is reported once", () => {
    const text = [
      "a,b,c",
      '1,"a,"b,c"', // two readings of 3 fields: reported
      "2,ok,3",
      '3,"open',
      "4,fine,5",
      "5,fine,6",
    ].join("\n");
    const parsed = parseDelimited(text);
    expect(brokenLinesOf(parsed)).toEqual([
      { kind: "broken", line: 2, raw: '1,"a,"b,c"', reason: "its quotes do not pair up" },
      { kind: "broken", line: 4, raw: '3,"open', reason: "a quote opened on it is never closed" },
    ]);
    expect(recordsOf(parsed).map((r) => r.line)).toEqual([1, 3, 5, 6]);
  });

  test("a quote that closes lines later but leaves the wrong number of fields is its own line's problem", () => {
    const text = ["a,b,c", '1,"runs on,2', "3,4,5", '6,7",8', "9,10,11"].join("\n");
    const parsed = parseDelimited(text);
    // Line 2 read alone: the quote ends at the next delimiter (one reading of 3 fields).
    expect(recordsOf(parsed).map((r) => [r.line, ...r.fields])).toEqual([
      [1, "a", "b", "c"],
      [2, "1", "runs on", "2"],
      [3, "3", "4", "5"],
      [4, "6", '7"', "8"],
      [5, "9", "10", "11"],
    ]);
  });

  test("blank lines are entries (a spreadsheet shows empty rows); trailing ones are dropped", () => {
    const parsed = parseDelimited("a,b\n\n,,\n1,2\n\n\n");
    expect(parsed.entries.map((e) => [e.kind, e.line])).toEqual([
      ["record", 1],
      ["blank", 2],
      ["blank", 3],
      ["record", 4],
    ]);
  });
});

describe("repairLine", () => {
  test("needs the file's width: too few or several readings give null", () => {
    expect(repairLine('"a" b,c', ",", 2)).toEqual({ fields: ['"a" b', "c"], repairedValues: ['"a" b'] });
    expect(repairLine('"a" b,c', ",", 5)).toBeNull();
    expect(repairLine('"a,"b,c"', ",", 2)).toBeNull();
    expect(repairLine('"a,b" c,d', ",", 2)).toEqual({
      fields: ['"a,b" c', "d"],
      repairedValues: ['"a,b" c'],
    });
  });
});
