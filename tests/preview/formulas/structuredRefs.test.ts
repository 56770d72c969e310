// Structured references rewritten to A1, as the preview's engine reads register formulas.
import {
  hasStructuredRefs,
  translateStructuredRefs,
  type TableShape,
} from "../../../src/preview/formulas/structuredRefs";
import { hasA1References, shiftReferences } from "../../../src/preview/formulas/shiftReferences";
import { escapeColumnSpecifier, reorderQtyFormula, thisRow } from "../../../src/core/registers";

// Inventory on B3:F8 — header row 3, data rows 4-7, totals row 8 (0-based rows 2..7, columns 1..5).
const inventory: TableShape = {
  name: "Inventory",
  sheet: "Stock room",
  rect: { r0: 2, c0: 1, r1: 7, c1: 5 },
  showHeaders: true,
  showTotals: true,
  columns: ["Item", "On hand", "Price [£]", "Ref #1", "It's"],
};
const orders: TableShape = {
  name: "Orders",
  sheet: "PO",
  rect: { r0: 0, c0: 0, r1: 3, c1: 1 },
  showHeaders: true,
  showTotals: false,
  columns: ["Qty", "Unit cost"],
};
const tables = [inventory, orders];
const inRow5 = { sheet: "Stock room", row: 4, col: 5 }; // F5, a data row of Inventory
const t = (formula: string, at = inRow5) => translateStructuredRefs(formula, at, tables);

describe("translateStructuredRefs", () => {
  test("this-row references in all their spellings", () => {
    expect(t("[@[On hand]]*2")).toBe("'Stock room'!$C$5*2");
    expect(t("[@Item]")).toBe("'Stock room'!$B$5");
    expect(t("Inventory[[#This Row],[On hand]]")).toBe("'Stock room'!$C$5");
    expect(t("[@]")).toBe("'Stock room'!$B$5:$F$5");
    expect(t("[@[on HAND]]")).toBe("'Stock room'!$C$5"); // column names ignore case, as in Excel
  });

  test("whole columns and the special items", () => {
    expect(t("SUM(Inventory[On hand])")).toBe("SUM('Stock room'!$C$4:$C$7)");
    expect(t("SUM(Inventory[[On hand]])")).toBe("SUM('Stock room'!$C$4:$C$7)");
    expect(t("Inventory[[Item]:[Price '[£']]]")).toBe("'Stock room'!$B$4:$D$7");
    expect(t("Inventory[#Headers]")).toBe("'Stock room'!$B$3:$F$3");
    expect(t("Inventory[#Totals]")).toBe("'Stock room'!$B$8:$F$8");
    expect(t("Inventory[#All]")).toBe("'Stock room'!$B$3:$F$8");
    expect(t("Inventory[#Data]")).toBe("'Stock room'!$B$4:$F$7");
    expect(t("Inventory[]")).toBe("'Stock room'!$B$4:$F$7");
    expect(t("Inventory[[#Headers],[On hand]]")).toBe("'Stock room'!$C$3");
    expect(t("Inventory[[#Headers],[#Data],[On hand]]")).toBe("'Stock room'!$C$3:$C$7");
    expect(t("Inventory[[#Totals],[On hand]]")).toBe("'Stock room'!$C$8");
    expect(t("SUM(Orders[Qty])")).toBe("SUM(PO!$A$2:$A$4)");
  });

  test("escaped ' [ ] # in column names", () => {
    expect(t("[@[Price '[£']]]")).toBe("'Stock room'!$D$5");
    expect(t("[@[Ref '#1]]")).toBe("'Stock room'!$E$5");
    expect(t("[@[It''s]]")).toBe("'Stock room'!$F$5");
    // What core writes for any header round-trips through the translation.
    for (const header of inventory.columns) expect(t(thisRow(header))).toMatch(/^'Stock room'!\$[B-F]\$5$/);
    expect(escapeColumnSpecifier("Ref #1")).toBe("Ref '#1");
  });

  test("a missing table or column is #REF!; a missing header or totals row too", () => {
    expect(t("[@[No such column]]+1")).toBe("#REF!+1");
    expect(t("Nowhere[Qty]")).toBe("#REF!");
    expect(t("Orders[#Totals]")).toBe("#REF!");
    expect(t("[@Qty]", { sheet: "Elsewhere", row: 1, col: 1 })).toBe("#REF!"); // not inside a table
  });

  test("a this-row reference from a row outside the data is #VALUE! (implicit intersection fails)", () => {
    expect(t("Inventory[@[On hand]]", { sheet: "Stock room", row: 20, col: 9 })).toBe("#VALUE!");
    expect(t("Inventory[[#This Row],[Item]]", { sheet: "PO", row: 4, col: 1 })).toBe("#VALUE!");
  });

  test("string literals are left alone", () => {
    expect(t('IF([@Item]="[@Item]","a""[x]","b")')).toBe(`IF('Stock room'!$B$5="[@Item]","a""[x]","b")`);
    expect(hasStructuredRefs('"[not a ref]"&A1')).toBe(false);
    expect(hasStructuredRefs("[@Item]")).toBe(true);
  });

  test("quoted sheet names and external workbook references are not structured references", () => {
    expect(t("='Old [2024] stock'!A1+[@Item]")).toBe("='Old [2024] stock'!A1+'Stock room'!$B$5");
    expect(t("=[1]Sheet1!A1+Orders[Qty]")).toBe("=[1]Sheet1!A1+PO!$A$2:$A$4");
  });

  test("an unclosed bracket leaves the rest of the formula as it was", () => {
    expect(t("=Orders[Qty]+[@[On hand]")).toBe("=PO!$A$2:$A$4+[@[On hand]");
  });

  test("the register's own formula translates completely", () => {
    const shape: TableShape = {
      ...inventory,
      columns: [
        "On hand",
        "On order",
        "Reorder point",
        "Max stock",
        "Pack size",
        "Min order qty",
        "Reorder qty",
      ],
      rect: { r0: 0, c0: 0, r1: 3, c1: 6 },
      showTotals: false,
      sheet: "Inventory",
    };
    const out = translateStructuredRefs(
      reorderQtyFormula().slice(1),
      { sheet: "Inventory", row: 2, col: 6 },
      [shape],
    );
    expect(out).not.toMatch(/\[|#REF!/);
    expect(out).toContain("Inventory!$A$3");
  });
});

describe("shiftReferences (conditional format rules read at each cell)", () => {
  test("relative parts move, $-fixed parts and strings stay", () => {
    expect(shiftReferences('=$V2="Out of stock"', 3, 2)).toBe('=$V5="Out of stock"');
    expect(shiftReferences("=A1+$B$1+C$1+$D1", 1, 1)).toBe("=B2+$B$1+D$1+$D2");
    expect(shiftReferences('=LOG10(A1)&"A1"', 2, 0)).toBe('=LOG10(A3)&"A1"');
    expect(shiftReferences("=A1", -1, 0)).toBe("=#REF!");
  });
});

describe("hasA1References", () => {
  test("finds cell references outside strings and structured references only", () => {
    expect(hasA1References("=[@Qty]*$B$2")).toBe(true);
    expect(hasA1References('=IF([@[Ref #1]]="A1",[@[B2]],0)')).toBe(false);
    expect(hasA1References("=Inventory[[#This Row],[Q1]]*2")).toBe(false);
    expect(hasA1References("=LOG10([@X])")).toBe(false);
  });
});
