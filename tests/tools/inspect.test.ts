// `npm run inspect`: the report's JSON shape on every corpus file (tests/fixtures/sheets), the command
// itself run as a person runs it, and the refusal of formats it does not read.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { REGISTERS } from "../../src/core/registers/definitions";
import { runInspect, type InspectReport } from "../../tools/inspect";

const rootDir = path.resolve(__dirname, "../..");
const corpusDir = path.join(rootDir, "tests/fixtures/sheets");
const corpus = readdirSync(corpusDir).filter((f) => /\.(xlsx|xlsm|csv|txt)$/.test(f));

jest.setTimeout(60_000);

async function inspectJson(...args: string[]): Promise<InspectReport> {
  const run = await runInspect([...args, "--json"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as InspectReport;
}

// Each corpus file's plain report, made once: the file's shape and what it reads as are both checked on it.
const plain = new Map<string, Promise<InspectReport>>();
function corpusReport(name: string): Promise<InspectReport> {
  if (!plain.has(name)) plain.set(name, inspectJson(path.join(corpusDir, name), "--locale", "en-US"));
  return plain.get(name)!;
}

const REGISTER_IDS = [...REGISTERS.map((r) => r.id), null];
const CONFIDENCES = ["exact", "alias", "fuzzy", "content", "manual", null];

/** The shape the issue promises, checked key by key (more keys are allowed). */
function expectShape(report: InspectReport, file: string) {
  expect(report.file).toBe(file);
  expect(Array.isArray(report.sheets)).toBe(true);
  for (const s of report.sheets) {
    expect(typeof s.name).toBe("string");
    expect(REGISTER_IDS).toContain(s.register);
    expect(s.headerRow === null || (Number.isInteger(s.headerRow) && s.headerRow >= 1)).toBe(true);
    expect(Number.isInteger(s.rows)).toBe(true);
    for (const c of s.columns) {
      expect(typeof c.header).toBe("string");
      expect(c.field === null || typeof c.field === "string").toBe(true);
      expect(CONFIDENCES).toContain(c.confidence);
      expect(c.field === null).toBe(c.confidence === null);
    }
    for (const n of Object.values(s.problems)) expect(Number.isInteger(n) && n > 0).toBe(true);
    for (const [header, order] of Object.entries(s.dateOrder)) {
      expect(s.columns.map((c) => c.header)).toContain(header);
      expect(["DMY", "MDY"]).toContain(order);
    }
  }
}

describe("npm run inspect on the corpus", () => {
  test("the corpus holds every kind of file the command reads", () => {
    expect(new Set(corpus.map((f) => path.extname(f)))).toEqual(new Set([".xlsx", ".xlsm", ".csv", ".txt"]));
  });

  test.each(corpus)("%s: the report has the promised shape", async (name) => {
    const report = await corpusReport(name);
    expectShape(report, path.join(corpusDir, name));
    expect(report.sheets.length).toBeGreaterThan(0);
  });
});

// What each file reads as: register, header row, each column's "field:confidence" (null: an extra
// column), each date column's order, problems by kind. These are what a person checking the file
// would expect; the comments say why where it is not plain.
const EXPECTED: [string, string, string | null, number | null, (string | null)[], object, object][] = [
  [
    "it-stock-register.xlsx",
    "Stock Register",
    "inventory",
    10, // under a merged title and seven blank rows
    [null, "item:alias", "supplierSku:alias", null, null, "onHand:alias", "lastCounted:alias", "notes:alias"],
    { "Last Checked": "DMY" }, // 15/03/2026 settles it
    {},
  ],
  ["kitchen-cupboard.xlsx", "Cupboard", null, null, [null, null, null, null], {}, {}],
  [
    "phone-messages.xlsx",
    "Messages",
    "callLog",
    3,
    // "Done?" is Status (Yes/No), not Done at; "How" holds channels, so its values place it.
    [
      "receivedAt:alias",
      null,
      "caller:exact",
      "company:exact",
      "number:alias",
      "for:alias",
      "message:exact",
      "priority:alias",
      "status:alias",
      "channel:content",
    ],
    { Date: "DMY" },
    {},
  ],
  [
    "recruitment-tracker.xlsx",
    "Tracker FY26",
    "candidates",
    2,
    [
      null,
      "name:alias",
      "email:alias",
      "phone:alias",
      "position:exact",
      "source:exact",
      "interviewer:alias",
      "appliedOn:alias",
      "stage:alias",
      "notes:alias",
    ],
    { Resume_Date: "DMY" },
    { numberInTextColumn: 1 }, // a phone typed as a number
  ],
  [
    "recruitment-tracker.xlsx",
    "Old tracker",
    "candidates",
    1,
    ["name:exact", "phone:exact", "position:alias", "stage:alias", "interviewAt:alias"],
    { "Interview Date": "MDY" }, // 3/14/2025 settles it
    { unknownChoice: 1 }, // "On hold" is no stage until the person says which
  ],
  [
    "staff-laptops.xlsx",
    "Laptops",
    "equipment",
    4,
    [
      null,
      "assignedTo:alias", // the person the laptop was issued to, collected when they leave

      null,
      null,
      "make:exact",
      "model:exact",
      "serialNo:alias",
      "purchasedOn:alias",
      "status:exact",
    ],
    { "Date of Issue": "DMY" },
    { missingRequired: 1, required: 5, noServiceInterval: 5 }, // no Type column (see the --fill test)
  ],
  [
    "supply-catalog.xlsx",
    "Catalog",
    "inventory",
    1,
    // "Units" holds counts, so it is On hand, and UOM is the Unit.
    [
      "item:alias",
      null,
      "supplierSku:alias",
      "onHand:alias",
      "unit:alias",
      "unitCost:alias",
      "supplier:exact",
      "reorderPoint:alias",
    ],
    {},
    {},
  ],
  [
    "stock-macro.xlsm",
    "Stock",
    "inventory",
    3,
    ["item:alias", "onHand:alias", "unit:alias", "location:exact"],
    {},
    {},
  ],
  [
    "pbx-calls.csv",
    "pbx-calls",
    "callLog",
    1,
    // "Type" holds Incoming/Outgoing: Direction, never Channel; "SIP channel" is no channel either.
    ["receivedAt:alias", "direction:alias", null, "number:exact", "caller:alias", null],
    { Date: "DMY" },
    {},
  ],
  [
    "suppliers.csv",
    "suppliers",
    "suppliers",
    1,
    [
      "supplier:alias",
      "contact:alias",
      "phone:alias",
      "fax:exact",
      "email:alias",
      "address:exact",
      null,
      "accountNo:alias",
    ],
    {},
    {},
  ],
  [
    "equipment-list.txt",
    "equipment-list",
    "equipment",
    1,
    [
      "assetTag:alias",
      "type:exact",
      "make:alias",
      "model:exact",
      "serialNo:alias",
      "location:exact",
      "status:alias",
      "lastService:alias",
      "meterNow:alias",
    ],
    { "Last Service": "DMY" },
    { noServiceInterval: 3 },
  ],
];

describe("what each corpus file reads as", () => {
  test("every corpus sheet is listed here", async () => {
    const listed = EXPECTED.map(([f, s]) => `${f}#${s}`).sort();
    const found: string[] = [];
    for (const name of corpus) {
      const report = await corpusReport(name);
      found.push(...report.sheets.map((s) => `${name}#${s.name}`));
    }
    expect(found.sort()).toEqual(listed);
  });

  test.each(EXPECTED)("%s, %s", async (name, sheet, register, headerRow, columns, dateOrder, problems) => {
    const s = (await corpusReport(name)).sheets.find((x) => x.name === sheet)!;
    expect(s.register).toBe(register);
    expect(s.headerRow).toBe(headerRow);
    expect(s.columns.map((c) => (c.field ? `${c.field}:${c.confidence}` : null))).toEqual(columns);
    expect(s.dateOrder).toEqual(dateOrder);
    expect(s.problems).toEqual(problems);
  });
});

describe("manual choices, as the task pane makes them", () => {
  const file = (name: string) => path.join(corpusDir, name);

  test("a sheet nothing matched: name the register and map the columns", async () => {
    const report = await inspectJson(
      file("kitchen-cupboard.xlsx"),
      "--register",
      "inventory",
      "--map",
      "Thing=item",
      "--map",
      "How many=onHand",
      "--map",
      "Kept in=location",
    );
    const s = report.sheets[0];
    expect([s.register, s.headerRow]).toEqual(["inventory", 1]);
    expect(s.columns.map((c) => [c.header, c.field, c.confidence])).toEqual([
      ["Thing", "item", "manual"],
      ["How many", "onHand", "manual"],
      ["Kept in", "location", "manual"],
      ["Checked by", null, null],
    ]);
    expect(s.problems).toEqual({});
  });

  test("--header-row picks another row; --map with no field keeps a column as an extra", async () => {
    const report = await inspectJson(
      file("it-stock-register.xlsx"),
      "--header-row",
      "10",
      "--map",
      "Remarks=",
    );
    const s = report.sheets[0];
    expect(s.headerRow).toBe(10);
    expect(s.columns.find((c) => c.header === "Remarks")).toMatchObject({ field: null, confidence: null });
    const title = await inspectJson(
      file("it-stock-register.xlsx"),
      "--register",
      "inventory",
      "--header-row",
      "1",
    );
    expect(title.sheets[0].headerRow).toBe(1);
    expect(title.sheets[0].columns.every((c) => c.field === null)).toBe(true);
  });

  test("--fill gives every row a value the sheet lacks; --date-order flips a column", async () => {
    const laptops = await inspectJson(file("staff-laptops.xlsx"), "--fill", "type=Computer");
    expect(laptops.sheets[0].problems).toEqual({ noServiceInterval: 5 });
    const flipped = await inspectJson(
      file("recruitment-tracker.xlsx"),
      "--sheet",
      "Old tracker",
      "--date-order",
      "Interview Date=DMY",
    );
    expect(flipped.sheets[0].dateOrder).toEqual({ "Interview Date": "DMY" });
    // 3/14/2025 and 3/18/2025 cannot be day-first: listed, never swapped.
    expect(flipped.sheets[0].problems).toEqual({ unknownChoice: 1, notADate: 2 });
  });

  test("a header or field that is not there is a usage error naming what is", async () => {
    const noHeader = await runInspect([file("supply-catalog.xlsx"), "--map", "Colour=category"]);
    expect(noHeader.code).toBe(1);
    expect(noHeader.stderr).toContain('No column is headed "Colour"');
    expect(noHeader.stderr).toContain('"Part Name"');
    const noField = await runInspect([file("supply-catalog.xlsx"), "--map", "UOM=uom"]);
    expect(noField.code).toBe(1);
    expect(noField.stderr).toContain('Inventory has no field "uom"');
  });
});

describe("the command as a person runs it", () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["scripts/inspect.mjs", ...args], { cwd: rootDir, encoding: "utf8" });

  test("--json prints the report", () => {
    const out = run("tests/fixtures/sheets/supply-catalog.xlsx", "--json");
    expect(out.stderr).toBe("");
    expect(out.status).toBe(0);
    const report = JSON.parse(out.stdout) as InspectReport;
    expect(report.sheets.map((s) => [s.name, s.register])).toEqual([["Catalog", "inventory"]]);
  });

  test("without --json it prints words", () => {
    const out = run("tests/fixtures/sheets/pbx-calls.csv");
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('Sheet "pbx-calls"');
    expect(out.stdout).toContain("Register: callLog");
  });

  test(".xls and .ods are refused by name, with how to convert them, and exit code 2", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "inspect-"));
    const xls = path.join(dir, "Old stock.xls");
    const ods = path.join(dir, "Stock.ods");
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    writeFileSync(ods, "PK\u0003\u0004");
    const a = run(xls, "--json");
    expect(a.status).toBe(2);
    expect(a.stdout).toBe("");
    expect(a.stderr).toContain("Old stock.xls is an Excel 97-2003 workbook (.xls)");
    expect(a.stderr).toContain('Save As and choose "Excel Workbook (*.xlsx)"');
    const b = run(ods);
    expect(b.status).toBe(2);
    expect(b.stderr).toContain("Stock.ods is an OpenDocument spreadsheet (.ods)");
  });
});

describe("bad command lines", () => {
  test.each([
    [[], "Name a file to inspect."],
    [["a.xlsx", "--register", "stock"], 'There is no register "stock"'],
    [["a.xlsx", "--header-row", "0"], "--header-row takes a row number from 1 up."],
    [["a.xlsx", "--map", "Qty"], '--map takes "Header=value"'],
    [["a.xlsx", "--frobnicate"], "Unknown option --frobnicate."],
  ])("%j: exit code 1 and a reason", async (args, reason) => {
    const r = await runInspect(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(reason);
    expect(r.stderr).toContain("Usage: npm run inspect");
  });

  test("a file that is not there: exit code 2", async () => {
    const r = await runInspect([path.join(corpusDir, "no-such-file.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("could not be read");
  });
});

describe("saving and formulas, on the fidelity workbook", () => {
  test('"save" names the kinds kept, "formulas" differ 0, and --save-copy writes what Save would: every part as it was', async () => {
    const JSZip = (await import("jszip")).default;
    const { recruitmentTracker } = await import("../preview/files/fidelity/recruitmentTracker");
    const dir = mkdtempSync(path.join(tmpdir(), "inspect-"));
    const file = path.join(dir, "Tracker.xlsx");
    const bytes = await recruitmentTracker();
    writeFileSync(file, bytes);
    const copy = path.join(dir, "Tracker copy.xlsx");
    const report = await inspectJson(file, "--save-copy", copy);
    expect(report.save).toEqual({
      kept: expect.arrayContaining([
        "chart",
        "pivotTable",
        "pivotCache",
        "comment",
        "conditionalFormat",
        "dataValidation",
        "definedName",
      ]),
      dropped: [],
    });
    expect(report.formulas).toEqual({ total: 41, agree: 41, cachedOnly: 0, differ: 0 });
    const text = async (b: Uint8Array) => {
      const zip = await JSZip.loadAsync(b);
      const out: Record<string, string> = {};
      for (const n of Object.keys(zip.files)) out[n] = await zip.files[n].async("string");
      return out;
    };
    expect(await text(new Uint8Array(readFileSync(copy)))).toEqual(await text(bytes));
  });

  test("a CSV has nothing to keep or drop; its formulas are counted", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "inspect-"));
    const file = path.join(dir, "calls.csv");
    writeFileSync(file, "Caller,Minutes,Double\nAnn,3,=B2*2\n");
    const report = await inspectJson(file);
    expect(report.save).toEqual({ kept: [], dropped: [] });
    expect(report.formulas).toMatchObject({ total: 1, cachedOnly: 0 });
  });
});
