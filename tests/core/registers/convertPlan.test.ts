import { planConversion } from "../../../src/core/registers/convertPlan";
import { inventory, suppliers } from "../../../src/core/registers/definitions";

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

  it("finds the header row under the title and the data under it, trimming blank edges", () => {
    expect(plan.ok).toBe(true);
    expect(plan.headerRow).toBe(3);
    expect(plan.firstDataRow).toBe(4);
    expect(plan.lastDataRow).toBe(7);
    expect(plan.sheetWidth).toBe(6);
  });

  it("renames matched headers, keeps extras, and appends the missing columns with the formulas", () => {
    expect(plan.renames).toEqual([
      { column: 1, from: "Vendor", to: "Supplier" },
      { column: 2, from: "Qty", to: "On hand" },
      { column: 3, from: "Min", to: "Reorder point" },
      { column: 4, from: "Price", to: "Unit cost" },
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
    expect(plan.layout).toHaveLength(6 + inventory.columns.length - 5);
    expect(plan.notes).toContain('The header "Qty" (column C) becomes "On hand".');
  });

  it("gives each row without an ID a new one, and none to blank rows", () => {
    expect(plan.newIds).toEqual([
      { row: 4, id: "INV-0001" },
      { row: 5, id: "INV-0002" },
      { row: 7, id: "INV-0003" },
    ]);
  });

  it("lists the problems with sheet row numbers, changing nothing", () => {
    expect(plan.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [4, "unitCost", "numberAsText"],
      [5, "onHand", "notANumber"],
      [6, null, "blankRow"],
    ]);
    expect(plan.problems[1].message).toBe('Row 5, On hand: "twelve" is not a number');
    expect(sheet[4][2]).toBe("twelve");
  });

  it("continues the sequence after IDs already in the sheet", () => {
    const withIds = [
      ["Item ID", "Item"],
      ["INV-0007", "Pens"],
      [null, "Pencils"],
    ];
    const p = planConversion(inventory, withIds);
    expect(p.newIds).toEqual([{ row: 3, id: "INV-0008" }]);
    expect(p.appended.map((c) => c.key)).not.toContain("itemId");
  });

  it("keeps a sheet's own values under a calculated column's name as an extra column", () => {
    const p = planConversion(inventory, [
      ["Item", "On hand", "Stock value"],
      ["Pens", 10, 25],
    ]);
    expect(p.layout[2]).toEqual({ key: null, header: "Stock value (before)" });
    expect(p.appended.map((c) => c.key)).toContain("stockValue");
    expect(p.renames).toContainEqual({ column: 2, from: "Stock value", to: "Stock value (before)" });
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
    expect(p.headerRow).toBe(5);
    expect(p.firstDataRow).toBe(6);
    expect(p.renames).toEqual([{ column: 4, from: "E-mail", to: "Email" }]);
    expect(p.newIds).toEqual([]);
  });

  it("uses the header row the person chose", () => {
    const p = planConversion(inventory, sheet, { headerRow: 2 });
    expect(p.headerRow).toBe(3);
    const wrong = planConversion(inventory, sheet, { headerRow: 3 });
    expect(wrong.ok).toBe(false);
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

  it("reports a required column that is missing", () => {
    const p = planConversion(inventory, [
      ["Qty", "Price"],
      [3, 4],
    ]);
    expect(p.match!.missingRequired).toEqual(["item"]);
    expect(p.notes).toContain("Item is required but no column matches it.");
  });
});
