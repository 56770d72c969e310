// Structured references between Excel's formula bar ([@[On hand]]) and the file format
// (Table[[#This Row],[On hand]]).
import { fromFileFormula, toFileFormula } from "../../../src/preview/files/structuredRefs";

describe("to the file and back", () => {
  // [as typed, as the file stores it, as read back (the double-bracket form the add-in writes)]
  test.each([
    ["[@[On hand]]*2", "Inventory[[#This Row],[On hand]]*2", "[@[On hand]]*2"],
    [
      "[@Qty]+[@[Min order qty]]",
      "Inventory[[#This Row],[Qty]]+Inventory[[#This Row],[Min order qty]]",
      "[@[Qty]]+[@[Min order qty]]",
    ],
    ["SUM([Qty])", "SUM(Inventory[Qty])", "SUM([Qty])"],
    ["SUM(Inventory[[Jan]:[Mar]])", "SUM(Inventory[[Jan]:[Mar]])", "SUM([[Jan]:[Mar]])"],
    [
      "Suppliers[@[Lead time (days)]]",
      "Suppliers[[#This Row],[Lead time (days)]]",
      "Suppliers[[#This Row],[Lead time (days)]]",
    ],
    ["SUM([@[Jan]:[Mar]])", "SUM(Inventory[[#This Row],[Jan]:[Mar]])", "SUM([@[Jan]:[Mar]])"],
    [
      "COUNTA(Inventory[[#Headers],[Item]])",
      "COUNTA(Inventory[[#Headers],[Item]])",
      "COUNTA(Inventory[[#Headers],[Item]])",
    ],
    ["[@[Size '[cm']]]", "Inventory[[#This Row],[Size '[cm']]]", "[@[Size '[cm']]]"],
  ])("%s", (typed, file, back) => {
    expect(toFileFormula(typed, "Inventory")).toBe(file);
    expect(fromFileFormula(file, "Inventory")).toBe(back);
  });

  test("text in quotes and quoted sheet names are left alone", () => {
    expect(toFileFormula("IF([@Qty]=\"[@Qty]\",'Sheet [1]'!A1,0)", "T")).toBe(
      "IF(T[[#This Row],[Qty]]=\"[@Qty]\",'Sheet [1]'!A1,0)",
    );
  });

  test("outside a table, table-less references stay as they are", () => {
    expect(toFileFormula("[@Qty]*2", undefined)).toBe("[@Qty]*2");
    expect(toFileFormula("[1]Sheet1!A1", "T")).toBe("[1]Sheet1!A1");
  });
});

describe("from the file", () => {
  test("only the cell's own table becomes the @ shorthand", () => {
    expect(fromFileFormula("Stock[[#This Row],[Qty]]*Rates[[#This Row],[Rate]]", "Stock")).toBe(
      "[@[Qty]]*Rates[[#This Row],[Rate]]",
    );
    expect(fromFileFormula("Stock[[#This Row],[Qty]]", undefined)).toBe("Stock[[#This Row],[Qty]]");
  });
});
