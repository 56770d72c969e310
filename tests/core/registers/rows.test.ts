import {
  REGISTERS,
  candidates,
  callLog,
  equipment,
  inventory,
  purchaseOrders,
} from "../../../src/core/registers/definitions";
import {
  conditionalFormatColumns,
  conditionalFormula,
  placementOf,
} from "../../../src/core/registers/conditionalFormats";
import { matchHeaders } from "../../../src/core/registers/matchHeaders";
import {
  isBlankRow,
  layoutFromDef,
  layoutFromHeaders,
  layoutFromMatch,
  rowToValues,
  valuesToRow,
} from "../../../src/core/registers/rows";
import { rowKey } from "../../../src/core/registers/keys";

describe("row layouts", () => {
  it("a converted sheet keeps its columns in place, renames matched ones, keeps extras and appends missing columns", () => {
    const m = matchHeaders(inventory, ["Qty", "Item", "Colour", "", "Price"]);
    const layout = layoutFromMatch(inventory, m);
    expect(layout.slice(0, 5)).toEqual([
      { key: "onHand", header: "On hand" },
      { key: "item", header: "Item" },
      { key: null, header: "Colour" },
      { key: null, header: "Column 4" },
      { key: "unitCost", header: "Unit cost" },
    ]);
    const appended = layout.slice(5).map((c) => c.key);
    expect(appended[0]).toBe("itemId");
    expect(appended).toContain("reorderQty");
    expect(layout).toHaveLength(5 + inventory.columns.length - 3);
  });

  it("reads an existing table's headers, known ones ignoring case", () => {
    expect(layoutFromHeaders(inventory, ["Item ID", "on hand", "Colour"])).toEqual([
      { key: "itemId", header: "Item ID" },
      { key: "onHand", header: "On hand" },
      { key: null, header: "Colour" },
    ]);
  });
});

describe("valuesToRow and rowToValues", () => {
  const layout = layoutFromHeaders(inventory, [
    "Item ID",
    "Item",
    "On hand",
    "Colour",
    "Reorder qty",
    "Notes",
  ]);

  it("reads a row of values into register values and extras", () => {
    expect(valuesToRow(layout, ["INV-0001", "Paper", 12, "white", 0])).toEqual({
      values: { itemId: "INV-0001", item: "Paper", onHand: 12, reorderQty: 0, notes: null },
      extras: { Colour: "white" },
    });
  });

  it("writes person-typed text as text, numbers as numbers, and leaves calculated cells alone", () => {
    const row = {
      values: { itemId: "INV-0002", item: '=HYPERLINK("http://evil")', onHand: "7", notes: "+44 call back" },
      extras: { Colour: "-red" },
    };
    expect(rowToValues(inventory, row, layout)).toEqual([
      "INV-0002",
      '\'=HYPERLINK("http://evil")',
      7,
      "'-red",
      null,
      "'+44 call back",
    ]);
  });

  it("writes the formula into calculated columns of a new row when asked", () => {
    const out = rowToValues(inventory, { values: { item: "Pens" } }, layout, { calculated: "formula" });
    expect(out[4]).toBe(inventory.columns.find((c) => c.key === "reorderQty")!.formula);
    expect(out[0]).toBe("");
    expect(out[3]).toBe("");
  });

  it("round-trips what it reads", () => {
    const values = ["INV-0003", "Toner", 2, "black", null, "shelf 2"];
    const back = rowToValues(inventory, valuesToRow(layout, values), layout);
    expect(back).toEqual(["INV-0003", "Toner", 2, "black", null, "shelf 2"]);
  });

  it("keys rows by their key columns (composite for purchase orders), ignoring case", () => {
    expect(rowKey(inventory, { values: { itemId: " inv-0001 " } })).toBe("INV-0001");
    expect(rowKey(purchaseOrders, { values: { poNumber: "PO-0007", line: 2 } })).toBe("PO-0007 / 2");
  });

  it("knows a blank row", () => {
    expect(isBlankRow({ values: { item: " ", onHand: null }, extras: { X: "" } })).toBe(true);
    expect(isBlankRow({ values: { item: null }, extras: { X: "kept" } })).toBe(false);
  });
});

describe("conditional formats", () => {
  it("Inventory: Reorder and Out of stock rows refer to Stock status in A1 form", () => {
    const where = placementOf(layoutFromDef(inventory));
    expect(where.letters.stockStatus).toBe("S");
    const formulas = inventory.conditionalFormats.map((cf) => conditionalFormula(inventory, cf, where));
    expect(formulas).toEqual(['=$S2="Out of stock"', '=$S2="Reorder"']);
    expect(inventory.conditionalFormats.map((cf) => cf.fill)).toEqual(["#FFC7CE", "#FFEB9C"]);
  });

  it("follows the table when it starts elsewhere (a converted sheet with a title above)", () => {
    const where = placementOf(layoutFromDef(inventory), 2, 4);
    expect(conditionalFormula(inventory, inventory.conditionalFormats[1], where)).toBe('=$U5="Reorder"');
  });

  it("has no structured references and uses only placed columns", () => {
    for (const def of REGISTERS) {
      const where = placementOf(layoutFromDef(def));
      for (const cf of def.conditionalFormats) {
        const f = conditionalFormula(def, cf, where);
        expect(f).not.toMatch(/[[\]{}]/);
        expect(f.startsWith("=")).toBe(true);
      }
    }
    expect(
      conditionalFormula(callLog, callLog.conditionalFormats[0], placementOf(layoutFromDef(callLog))),
    ).toBe('=AND($M2="Open",ISNUMBER($L2),$L2<TODAY())');
  });

  it("Equipment: overdue red and due soon amber, never for retired machines; warranty ending flagged on its cell", () => {
    const where = placementOf(layoutFromDef(equipment));
    const [overdue, soon, warranty] = equipment.conditionalFormats;
    expect(conditionalFormula(equipment, overdue, where)).toBe('=AND($Q2="Overdue",$G2<>"Retired")');
    expect(overdue.fill).toBe("#FFC7CE");
    expect(conditionalFormula(equipment, soon, where)).toBe('=AND($Q2="Due soon",$G2<>"Retired")');
    expect(soon.fill).toBe("#FFEB9C");
    expect(conditionalFormula(equipment, warranty, where)).toBe(
      "=AND(ISNUMBER($J2),$J2>=TODAY(),$J2<=TODAY()+14)",
    );
    expect(conditionalFormatColumns(warranty, layoutFromDef(equipment))).toEqual([9]);
  });

  it("Candidates: stages get soft fills, and a passed retention date stands out", () => {
    const where = placementOf(layoutFromDef(candidates));
    const names = candidates.conditionalFormats.map((cf) => cf.name);
    expect(names).toEqual(["Retention passed", "Interview", "Offer", "Hired", "Closed"]);
    expect(conditionalFormula(candidates, candidates.conditionalFormats[3], where)).toBe('=$I2="Hired"');
    expect(conditionalFormula(candidates, candidates.conditionalFormats[0], where)).toBe(
      "=AND(ISNUMBER($R2),$R2<TODAY())",
    );
  });

  it("refuses to build a formula for a column that is not on the sheet", () => {
    expect(() =>
      conditionalFormula(inventory, inventory.conditionalFormats[0], { letters: {}, firstDataRow: 2 }),
    ).toThrow(/Stock status|stockStatus/);
  });

  it("applies to the whole row or to the listed columns", () => {
    const layout = layoutFromDef(inventory);
    expect(conditionalFormatColumns(inventory.conditionalFormats[0], layout)).toHaveLength(layout.length);
    expect(
      conditionalFormatColumns(
        { name: "x", formula: "=1", fill: "#fff", appliesTo: ["onHand", "item"] },
        layout,
      ),
    ).toEqual([1, 8]);
  });
});
