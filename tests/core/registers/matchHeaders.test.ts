import { inventory, suppliers, equipment, candidates } from "../../../src/core/registers/definitions";
import { detectHeaderRow } from "../../../src/core/registers/detectHeaderRow";
import { normalizeHeader } from "../../../src/core/registers/headerText";
import { columnLetters } from "../../../src/core/cells/a1";
import { matchHeaders } from "../../../src/core/registers/matchHeaders";

describe("matchHeaders", () => {
  it("matches the register's own headers exactly, in any order", () => {
    const headers = [...inventory.columns.map((c) => c.header)].reverse();
    const m = matchHeaders(inventory, headers);
    for (const c of inventory.columns) {
      expect(m.mapping[m.byColumn[c.key]]).toBe(c.key);
      expect(headers[m.byColumn[c.key]]).toBe(c.header);
      expect(m.confidence[c.key]).toBe("exact");
    }
    expect(m.extras).toEqual([]);
    expect(m.missing).toEqual([]);
  });

  it.each([
    ["Qty", "onHand"],
    ["Quantity", "onHand"],
    ["Quantity in stock", "onHand"],
    ["Stock", "onHand"],
    ["Vendor", "supplier"],
    ["SKU", "supplierSku"],
    ["Part no.", "supplierSku"],
    ["Price", "unitCost"],
    ["Cost", "unitCost"],
    ["ROP", "reorderPoint"],
    ["Min", "reorderPoint"],
    ["Max", "maxStock"],
    ["Par level", "maxStock"],
    ["on hand", "onHand"],
  ])("inventory: %j is an alias of %s", (header, key) => {
    const m = matchHeaders(inventory, ["Item", header]);
    expect(m.mapping[1]).toBe(key);
    expect(m.confidence[key]).toBe("alias");
  });

  it.each([
    [suppliers, "Phone number", "phone"],
    [suppliers, "Tel", "phone"],
    [suppliers, "E-mail", "email"],
    [equipment, "Serial number", "serialNo"],
    [equipment, "S/N", "serialNo"],
  ])("%#: %j → %s", (def, header, key) => {
    expect(matchHeaders(def, [header]).mapping[0]).toBe(key);
  });

  it("ignores case, spacing, accents and punctuation", () => {
    const m = matchHeaders(inventory, [
      "ITEM  id",
      "Unit-Cost",
      "on_hand",
      "Lead Time Days",
      "Supplier S.K.U.",
      "Pack  Size:",
    ]);
    expect(m.mapping).toEqual(["itemId", "unitCost", "onHand", "leadTimeDays", "supplierSku", "packSize"]);
    expect(m.confidence.unitCost).toBe("alias");
    expect(normalizeHeader("Serial No.")).toBe(normalizeHeader("serial number"));
    expect(normalizeHeader("Résumé")).toBe("resume");
  });

  it("matches small misspellings fuzzily, and says so", () => {
    const m = matchHeaders(inventory, ["Item", "Unit Cst", "Suplier", "Reorder piont"]);
    expect(m.mapping).toEqual(["item", "unitCost", "supplier", "reorderPoint"]);
    expect(m.confidence.unitCost).toBe("fuzzy");
    expect(m.notes).toContain('"Unit Cst" (column B) is taken to be Unit cost: please check.');
  });

  it("does not stretch fuzzy matching to different words or numbered copies", () => {
    const m = matchHeaders(inventory, ["Notes 2", "Colour", "Weight", "Barcode", "Zone", "Date"]);
    expect(m.mapping).toEqual([null, null, null, null, null, null]);
    expect(m.extras.map((e) => e.name)).toEqual(["Notes 2", "Colour", "Weight", "Barcode", "Zone", "Date"]);
  });

  it("never takes a header for its opposite, however close the spelling", () => {
    // "Min levl" is one letter from the alias "Min level" and two from "Max level".
    expect(matchHeaders(inventory, ["Item", "Min levl"]).mapping).toEqual(["item", "reorderPoint"]);
    // No alias of Last service is near "First service" but the word: it stays an extra column.
    const m = matchHeaders(equipment, ["Asset tag", "First service"]);
    expect(m.mapping[1]).toBeNull();
    expect(matchHeaders(equipment, ["Asset tag", "Lst service"]).mapping[1]).toBe("lastService");
  });

  it("never puts two sheet columns on one field: the better match wins, the other is an extra with a note", () => {
    const m = matchHeaders(inventory, ["Item", "Qty", "On hand", "Quantity"]);
    expect(m.mapping).toEqual(["item", null, "onHand", null]);
    expect(m.byColumn.onHand).toBe(2);
    expect(m.extras.map((e) => e.header)).toEqual(["Qty", "Quantity"]);
    expect(m.notes).toContain(
      '"Qty" (column B) also looks like On hand, but column C ("On hand") matches it better; column B is kept as an extra column.',
    );
  });

  it("reports duplicate headers and keeps the copy as an extra column with a unique name", () => {
    const m = matchHeaders(inventory, ["Item", "Notes", "On hand", "notes"]);
    expect(m.duplicates).toEqual([{ header: "Notes", sheetIndexes: [1, 3] }]);
    expect(m.mapping).toEqual(["item", "notes", "onHand", null]);
    expect(m.extras).toEqual([{ sheetIndex: 3, header: "notes", name: "notes 2" }]);
    expect(m.notes.some((n) => n.includes('"Notes" is the header of 2 columns (column B, column D)'))).toBe(
      true,
    );
  });

  it("keeps blank headers as extra columns named Column N, counting from the sheet's first column", () => {
    const m = matchHeaders(inventory, ["Item", null, "On hand", "  "], { startColumn: 2 });
    expect(m.blanks).toEqual([1, 3]);
    expect(m.extras).toEqual([
      { sheetIndex: 1, header: "", name: "Column 4" },
      { sheetIndex: 3, header: "", name: "Column 6" },
    ]);
    expect(m.notes).toContain('column D has no header; it is kept as the extra column "Column 4".');
  });

  it("handles headers that are numbers, dates or booleans", () => {
    const m = matchHeaders(inventory, ["Item", 2024, new Date(Date.UTC(2026, 0, 31)), true, 46095]);
    expect(m.mapping).toEqual(["item", null, null, null, null]);
    expect(m.extras.map((e) => e.name)).toEqual(["2024", "2026-01-31", "TRUE", "46095"]);
  });

  it("reports missing required columns, and a missing key column it can generate", () => {
    const m = matchHeaders(inventory, ["Qty", "Price"]);
    expect(m.missingRequired).toEqual(["item"]);
    expect(m.generatedKeys).toEqual(["itemId"]);
    expect(m.missing).toContain("category");
    expect(m.missing).not.toContain("reorderQty");
    const s = matchHeaders(suppliers, ["Email"]);
    expect(s.missingRequired).toEqual(["supplier"]);
    expect(s.generatedKeys).toEqual([]);
  });

  it("notes calculated columns already in the sheet", () => {
    const m = matchHeaders(inventory, ["Item", "Stock value"]);
    expect(m.calculatedInSheet).toEqual(["stockValue"]);
  });

  it("matches candidate score headers with their colons", () => {
    const m = matchHeaders(candidates, ["Name", "Score experience", "Skills", "score: FIT"]);
    expect(m.mapping).toEqual(["name", "scoreExperience", "scoreSkills", "scoreFit"]);
  });

  it("names columns by letter beyond Z", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });
});

describe("detectHeaderRow", () => {
  const headers = ["Item ID", "Item", "Supplier", "Unit cost", "On hand", "Reorder point", "Max stock"];
  const data = [
    ["INV-0001", "Copy paper A4", "Office Direct", 4.5, 14, 10, 40],
    ["INV-0002", "Stapler", "Office Direct", 8, 3, 2, 6],
  ];

  it("finds headers in the first row", () => {
    const r = detectHeaderRow([headers, ...data], inventory);
    expect(r.headerRow).toBe(0);
    expect(r.match!.byColumn.onHand).toBe(4);
    expect(r.ambiguous).toBe(false);
    expect(r.rowsAbove).toEqual([]);
  });

  it("finds headers below a title and a blank row, and says the title stays above", () => {
    const rows = [
      ["Office supplies — stock list", null, null],
      [],
      ["updated by Pat", "", ""],
      headers,
      ...data,
    ];
    const r = detectHeaderRow(rows, inventory);
    expect(r.headerRow).toBe(3);
    expect(r.rowsAbove).toEqual([0, 2]);
    expect(r.notes).toContain("Row 4 holds the headers; the rows above it (1, 3) stay above the table.");
  });

  it("with two header rows (group headings above), picks the one that matches and reports the other when it also matches", () => {
    const groups = ["Item", "", "Ordering", "", "Stock", "Levels", ""];
    const r = detectHeaderRow([groups, headers, ...data], inventory);
    expect(r.headerRow).toBe(1);
    expect(r.ambiguous).toBe(false);

    const twoLookalikes = [["Item", "Supplier", "Qty", "Price"], headers, ...data];
    const r2 = detectHeaderRow(twoLookalikes, inventory);
    expect(r2.headerRow).toBe(1);
    expect(r2.ambiguous).toBe(true);
    expect(r2.notes[0]).toBe(
      "Row 1 also looks like a header row (4 matching columns); row 2 (7) is used. Please check.",
    );
  });

  it("does not take a data row for headers: with no match it proposes the row that looks most like headers", () => {
    const r = detectHeaderRow(data, inventory);
    expect(r.found).toBe("guessed");
    expect(r.candidates).toEqual([]);
    expect(r.notes[0]).toBe(
      "No header in the first 2 rows matches Inventory's columns. Row 1 looks like the header row: check it, and choose what each column is.",
    );
    // Under a merged title (one cell) the first row with two or more text cells is the guess.
    const titled = detectHeaderRow(
      [["Kitchen cupboard"], [], ["Thing", "How many", "Kept in"], ["Tea", 4, "Top shelf"]],
      inventory,
    );
    expect([titled.found, titled.headerRow, titled.rowsAbove]).toEqual(["guessed", 2, [0]]);
    expect(titled.match!.mapping).toEqual([null, null, null]);
  });

  it("takes the header row the person chose, even one that matches nothing", () => {
    const r = detectHeaderRow([["Stock list"], headers, ...data], inventory, { headerRow: 0 });
    expect([r.found, r.headerRow, r.match!.matches.length]).toEqual(["chosen", 0, 0]);
  });

  it("explains an empty sheet", () => {
    expect(detectHeaderRow([], inventory).notes).toEqual(["The sheet is empty."]);
    expect(detectHeaderRow([[null, ""], []], inventory).headerRow).toBeNull();
    expect(detectHeaderRow([[null, ""], []], inventory).found).toBeNull();
  });

  it("looks through the first 30 rows (a title block, a logo, blank rows) unless told otherwise", () => {
    const rows = [...Array.from({ length: 25 }, () => ["x"]), headers];
    expect(detectHeaderRow(rows, inventory).headerRow).toBe(25);
    expect(detectHeaderRow(rows, inventory, { maxRows: 20 }).found).toBe("guessed");
  });
});
