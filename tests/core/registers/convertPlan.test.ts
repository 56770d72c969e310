import { lostTyped, planConversion } from "../../../src/core/registers/convertPlan";
import {
  callLog,
  candidates,
  equipment,
  inventory,
  suppliers,
} from "../../../src/core/registers/definitions";

// A supplies sheet as offices keep them: a title, a blank row, headers in their own words, an extra
// column, a blank row inside the data, a value that is not a number, and blank cells to the right.
const sheet = [
  ["Stationery cupboard — stock", null, null, null, null, null, null],
  [null, null, null, null, null, null, null],
  ["Item", "Vendor", "Qty", "Min", "Price", "Colour", null],
  ["Copy paper A4", "Office Direct", 14, 10, "$4.50", "white", null],
  ["Stapler", "Office Direct", "twelve", 2, 8, "", null],
  [null, null, null, null, null, null, null],
  ["Toner", "PrintCo", 1, 2, 60, "black", null],
  [null, null, null, null, null, null, null],
];

describe("planConversion", () => {
  const plan = planConversion(inventory, sheet, { firstRow: 1, firstColumn: 0 });

  it("finds the header row under the title and the data under it, leaving out trailing blank rows", () => {
    expect(plan.ok).toBe(true);
    expect([plan.headerRow, plan.headerFound, plan.firstDataRow, plan.lastDataRow]).toEqual([
      3,
      "matched",
      4,
      7,
    ]);
    expect(plan.body).toHaveLength(4);
  });

  it("renames matched headers, keeps extras, and appends the missing columns with the formulas", () => {
    expect(plan.renames).toEqual([
      { index: 1, from: "Vendor", to: "Supplier" },
      { index: 2, from: "Qty", to: "On hand" },
      { index: 3, from: "Min", to: "Reorder point" },
      { index: 4, from: "Price", to: "Unit cost" },
      { index: 6, from: "", to: "Column G" },
    ]);
    expect(plan.layout.slice(0, 6).map((c) => c.key)).toEqual([
      "item",
      "supplier",
      "onHand",
      "reorderPoint",
      "unitCost",
      null,
    ]);
    expect(plan.layout[5].header).toBe("Colour");
    const appended = plan.appended.map((c) => c.header);
    expect(appended[0]).toBe("Item ID");
    expect(appended).toEqual(expect.arrayContaining(["Reorder qty", "Stock status", "Stock value", "Notes"]));
    expect(plan.notes).toContain('The header "Qty" (column C) becomes "On hand".');
  });

  it("gives each row an ID in the added ID column, and none to blank rows", () => {
    expect(plan.newIds).toEqual(["INV-0001", "INV-0002", null, "INV-0003"]);
    const idAt = plan.layout.findIndex((c) => c.key === "itemId");
    expect(plan.body.map((r) => r[idAt])).toEqual(["INV-0001", "INV-0002", null, "INV-0003"]);
  });

  it("stores text that reads as its column's type as that type, and lists what does not read", () => {
    expect(plan.body[0][4]).toBe(4.5);
    expect(plan.changed[0][4]).toBe(true);
    expect(plan.columns[4]).toMatchObject({
      header: "Price",
      field: "unitCost",
      confidence: "alias",
      changed: 1,
    });
    expect(plan.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [5, "onHand", "notANumber"],
      [6, null, "blankRow"],
    ]);
    expect(plan.problems[0].message).toBe('Row 5, On hand: "twelve" is not a number');
    expect(plan.body[1][2]).toBe("twelve");
    expect(plan.changed[1][2]).toBe(false);
    expect(plan.columns[2].problems).toEqual({ notANumber: 1 });
  });

  it("keeps a sheet's own values under a calculated column's name as an extra column", () => {
    const p = planConversion(inventory, [
      ["Item", "On hand", "Stock value"],
      ["Pens", 10, 25],
    ]);
    expect(p.layout[2]).toEqual({ key: null, header: "Stock value (old)" });
    expect(p.appended.map((c) => c.key)).toContain("stockValue");
    expect(p.renames).toContainEqual({ index: 2, from: "Stock value", to: "Stock value (old)" });
  });

  it("works for a selection that starts elsewhere on the sheet", () => {
    const p = planConversion(
      suppliers,
      [
        ["Supplier", "E-mail"],
        ["Acme", "orders@acme.example"],
      ],
      { firstRow: 5, firstColumn: 3 },
    );
    expect([p.headerRow, p.firstDataRow]).toEqual([5, 6]);
    expect(p.renames).toEqual([{ index: 1, from: "E-mail", to: "Email" }]);
    expect(p.notes).toContain('The header "E-mail" (column E) becomes "Email".');
  });

  it("uses the header row and the columns the person chose", () => {
    const p = planConversion(inventory, sheet, {
      choices: { headerRow: 3, columns: { 5: "category", 3: null } },
    });
    expect([p.headerRow, p.headerFound]).toEqual([3, "chosen"]);
    expect(p.columns.map((c) => [c.field, c.confidence])).toEqual([
      ["item", "exact"],
      ["supplier", "alias"],
      ["onHand", "alias"],
      [null, null],
      ["unitCost", "alias"],
      ["category", "manual"],
      [null, null],
    ]);
    // A row that matches nothing can still be the header row: every column waits to be mapped.
    const title = planConversion(inventory, sheet, { choices: { headerRow: 1 } });
    expect([title.ok, title.headerRow, title.columns.every((c) => c.field === null)]).toEqual([
      true,
      1,
      true,
    ]);
  });

  it("explains an empty sheet, and a sheet with headers but no rows", () => {
    const none = planConversion(inventory, []);
    expect(none.ok).toBe(false);
    expect(none.reason).toBe("The sheet is empty.");
    const headersOnly = planConversion(inventory, [["Item", "Qty"]]);
    expect(headersOnly.ok).toBe(true);
    expect(headersOnly.lastDataRow).toBeLessThan(headersOnly.firstDataRow);
    expect(headersOnly.notes).toContain("There are no rows under the headers yet.");
  });

  it("reports a required column that is missing, and fills it when the person gives a value for every row", () => {
    const laptops = [
      ["Make", "Model", "Serial No"],
      ["Dell", "Latitude 3420", "0GH7K23"],
      ["HP", "ProBook 440", "5CD1234XYZ"],
    ];
    const p = planConversion(equipment, laptops);
    expect(p.match!.missingRequired).toEqual(["type"]);
    expect(p.problems.filter((x) => x.code === "required").map((x) => x.column)).toEqual(["type", "type"]);
    const filled = planConversion(equipment, laptops, { choices: { fills: { type: "Computer" } } });
    const typeAt = filled.layout.findIndex((c) => c.key === "type");
    expect(filled.body.map((r) => r[typeAt])).toEqual(["Computer", "Computer"]);
    expect(filled.problems.filter((x) => x.code === "required")).toEqual([]);
  });
});

describe("reading values as the person means them", () => {
  it("quantities with units: the number stays, the unit goes to Unit when it is empty, else to Notes", () => {
    const p = planConversion(inventory, [
      ["Particulars", "Closing", "UOM", "Remarks"],
      ["A4 paper", "100 NOS", null, null],
      ["Mouse", "01nos", "Nos", "1 faulty"],
      ["Batteries", "5 pairs", "Box", null],
      ["Cable", 18, null, null],
    ]);
    const at = (key: string) => p.layout.findIndex((c) => c.key === key);
    expect(p.body.map((r) => [r[at("onHand")], r[at("unit")], r[at("notes")]])).toEqual([
      [100, "NOS", null],
      [1, "Nos", "1 faulty"],
      [5, "Box", "Closing: 5 pairs"],
      [18, null, null],
    ]);
    expect(p.columns[1]).toMatchObject({ field: "onHand", changed: 3, toNotes: 1, problems: {} });
    expect(p.problems).toEqual([]);
  });

  it("choice values by meaning: stage words, yes/no answers, direction words; the person can change a line", () => {
    const p = planConversion(candidates, [
      ["Candidate Name", "Position", "Current_Stage"],
      ["Meera", "Assistant", "Screening"],
      ["Arjun", "Receptionist", "Offer Accepted"],
      ["Fatima", "Assistant", "Joined"],
      ["David", "Accounts", "Dropped"],
      ["Rohit", "Accounts", "screening"],
      ["Omar", "Receptionist", "On hold"],
    ]);
    expect(p.valueMaps.stage.map((l) => [l.value, l.count, l.to, l.how])).toEqual([
      ["Screening", 2, "Screening", "same"],
      ["Dropped", 1, "Withdrawn", "meaning"],
      ["Joined", 1, "Hired", "meaning"],
      ["Offer Accepted", 1, "Offer", "meaning"],
      ["On hold", 1, null, "none"],
    ]);
    expect(p.body.map((r) => r[2])).toEqual([
      "Screening",
      "Offer",
      "Hired",
      "Withdrawn",
      "Screening",
      "On hold",
    ]);
    expect(p.problems.map((x) => [x.row, x.code])).toEqual([[7, "unknownChoice"]]);
    // The person reads "On hold" as Screening: another word now shares Screening, so it keeps its words in Notes.
    const q = planConversion(
      candidates,
      [
        ["Candidate Name", "Position", "Current_Stage"],
        ["Meera", "Assistant", "Screening"],
        ["Omar", "Receptionist", "On hold"],
      ],
      { choices: { values: { stage: { "on hold": "Screening" } } } },
    );
    const notesAt = q.layout.findIndex((c) => c.key === "notes");
    expect(q.body.map((r) => [r[2], r[notesAt]])).toEqual([
      ["Screening", null],
      ["Screening", "Current_Stage: On hold"],
    ]);
    expect(q.valueMaps.stage.find((l) => l.key === "on hold")).toMatchObject({
      to: "Screening",
      how: "manual",
    });
  });

  it("yes/no columns feed the choices they stand for; a register without Notes gets an extra Notes column when needed", () => {
    const p = planConversion(callLog, [
      ["Date", "Caller", "Urgent?", "Done?", "Type"],
      ["2026-03-04", "Helen", "Yes", "No", "Incoming"],
      ["2026-03-04", "Gary", "N", "✓", "Outgoing"],
      ["2026-03-05", "Priya", "y", "x", "Voicemail"],
    ]);
    expect(p.columns.map((c) => c.field)).toEqual([
      "receivedAt",
      "caller",
      "priority",
      "status",
      "direction",
    ]);
    expect(p.body.map((r) => r.slice(2, 5))).toEqual([
      ["Urgent", "Open", "Inbound"],
      ["Normal", "Done", "Outbound"],
      ["Urgent", "Done", "Voicemail"],
    ]);
    // "Voicemail" is no direction: it stays as it is and is listed.
    expect(p.problems.map((x) => [x.row, x.column, x.code])).toEqual([[4, "direction", "unknownChoice"]]);
    expect(p.appended.map((c) => c.header)).not.toContain("Notes");
  });

  it("day-first or month-first per column, from the values, else the locale; the person can flip it", () => {
    const uk = [
      ["Item", "Last checked"],
      ["Pens", "04/03/2026"],
      ["Paper", "15/03/2026"],
    ];
    const p = planConversion(inventory, uk, { locale: "en-US" });
    expect(p.dateOrders.lastCounted).toEqual({
      order: "DMY",
      from: "values",
      dayFirst: 1,
      monthFirst: 0,
      eitherWay: 1,
    });
    expect(p.body.map((r) => r[1])).toEqual([46085, 46096]);
    const unsettled = [
      ["Item", "Last checked"],
      ["Pens", "04/03/2026"],
    ];
    expect(planConversion(inventory, unsettled, { locale: "en-GB" }).dateOrders.lastCounted.order).toBe(
      "DMY",
    );
    expect(planConversion(inventory, unsettled, { locale: "en-US" }).dateOrders.lastCounted).toMatchObject({
      order: "MDY",
      from: "locale",
    });
    const flipped = planConversion(inventory, unsettled, {
      locale: "en-GB",
      choices: { dateOrders: { lastCounted: "MDY" } },
    });
    expect(flipped.dateOrders.lastCounted).toMatchObject({ order: "MDY", from: "person" });
    expect(flipped.body[0][1]).toBe(46115);
    // 15/03/2026 cannot be read month-first: flipped that way it stays text and is listed.
    const wrong = planConversion(inventory, uk, { choices: { dateOrders: { lastCounted: "MDY" } } });
    expect(wrong.problems.map((x) => [x.row, x.code])).toEqual([[3, "notADate"]]);
  });

  it("day-first text dates become dates, each reported with what was typed, before anything is written", () => {
    const uk = [
      ["Item", "Qty", "Last counted"],
      ["Fax rolls", 4, "14/11/2026"],
      ["Pens", 10, "04/03/2026"],
      ["Paper", 2, "25/03/2026"],
      ["Toner", 1, "31/04/2026"],
    ];
    const p = planConversion(inventory, uk, { locale: "en-US", firstColumn: 11, firstRow: 18 });
    expect(p.dateOrders.lastCounted).toMatchObject({
      order: "DMY",
      from: "values",
      dayFirst: 3,
      eitherWay: 1,
    });
    expect(p.body.map((r) => r[2])).toEqual([46340, 46085, 46106, "31/04/2026"]);
    expect(p.readings.map((x) => [x.address, x.typed, x.stored, x.eitherWay ?? false])).toEqual([
      ["N19", "14/11/2026", "2026-11-14", false],
      ["N20", "04/03/2026", "2026-03-04", false],
      ["N21", "25/03/2026", "2026-03-25", false],
    ]);
    // 31/04 is written day-first too (31 is no month), but there is no 31 April: left as typed and
    // listed, never read some other way.
    expect(p.problems.map((x) => [x.row, x.column, x.code])).toEqual([[22, "lastCounted", "notADate"]]);
    expect(p.typedLost).toEqual([]);
  });

  it("a column no date settles is read in the locale's order, each of its dates flagged as readable both ways", () => {
    const unsettled = [
      ["Item", "Last counted"],
      ["Pens", "04/03/2026"],
      ["Paper", "05/06/2026"],
    ];
    const us = planConversion(inventory, unsettled, { locale: "en-US" });
    expect(us.dateOrders.lastCounted).toMatchObject({ order: "MDY", from: "locale", eitherWay: 2 });
    expect(us.readings.map((x) => [x.address, x.stored, x.eitherWay])).toEqual([
      ["B2", "2026-04-03", true],
      ["B3", "2026-05-06", true],
    ]);
    // Once the person chooses, the order is theirs and nothing is flagged.
    const chosen = planConversion(inventory, unsettled, {
      locale: "en-US",
      choices: { dateOrders: { lastCounted: "DMY" } },
    });
    expect(chosen.readings.map((x) => [x.stored, x.eitherWay ?? false])).toEqual([
      ["2026-03-04", false],
      ["2026-06-05", false],
    ]);
  });

  it("every typed cell stored differently is reported with its text, so nothing typed is lost", () => {
    const p = planConversion(inventory, [
      ["Item", "Qty", "Unit", "Last counted", "Notes"],
      ["Gloves", "100 NOS", "", "14/11/2026", ""],
      ["Masks", "5 pairs", "box", "2026-11-02", "left shelf"],
      ["Tape", "12", "roll", 46085, ""],
    ]);
    expect(p.readings.map((x) => [x.address, x.typed, x.stored])).toEqual([
      ["B2", "100 NOS", "100"],
      ["B3", "5 pairs", "5"],
      ["B4", "12", "12"],
      ["D2", "14/11/2026", "2026-11-14"],
      ["D3", "2026-11-02", "2026-11-02"],
    ]);
    // "pairs" does not fit Unit's "box": the row's Notes keep what was typed, after what they held.
    expect(p.body[1][4]).toBe("left shelf; Qty: 5 pairs");
    expect(p.typedLost).toEqual([]);
  });

  it("the nothing-lost check names a typed cell that neither the report nor the register keeps", () => {
    const rows = [["Gloves", "100 NOS"]];
    const body = [["Gloves", 100]];
    const changed = [[false, true]];
    expect(lostTyped(rows, body, changed, [], 0, 2)).toEqual(["B2"]);
    const reported = [{ column: 1, row: 2, address: "B2", field: "onHand", typed: "100 NOS", stored: "100" }];
    expect(lostTyped(rows, body, changed, reported, 0, 2)).toEqual([]);
  });

  it("phone numbers and codes with leading zeros stay text", () => {
    const p = planConversion(suppliers, [
      ["Vendor", "Tel", "Account No"],
      ["Acme", "+44 20 7946 0000 ext. 12", "000123"],
      ["Bolt", "011919885912543", "004411"],
    ]);
    expect(p.body.map((r) => [r[1], r[2]])).toEqual([
      ["+44 20 7946 0000 ext. 12", "000123"],
      ["011919885912543", "004411"],
    ]);
    expect(p.changed.flat().some(Boolean)).toBe(false);
    expect(p.problems).toEqual([]);
  });
});
