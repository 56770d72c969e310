// The bundled workbooks a `?sample=NAME` address opens, and the supplies list a person would bring.
import { inventory } from "../../../src/core/registers/definitions";
import { matchHeaders } from "../../../src/core/registers/matchHeaders";
import { createSuppliesListWorkbook, SAMPLE_WORKBOOKS, sampleFromQuery } from "../../../src/preview/sample";

describe("?sample=NAME", () => {
  test.each([
    ["", "sample"],
    ["?sample=", "sample"],
    ["?sample=blank", "blank"],
    ["?sample=supplies-list", "supplies-list"],
  ])("%s opens %s", (search, name) => {
    expect(sampleFromQuery(search)).toEqual({ name });
  });

  test("an unknown name opens the default sample and says which names there are", () => {
    const { name, message } = sampleFromQuery("?sample=invoices");
    expect(name).toBe("sample");
    expect(message).toContain('no sample workbook called "invoices"');
    for (const known of Object.keys(SAMPLE_WORKBOOKS)) expect(message).toContain(`"${known}"`);
  });

  test("a name from Object's prototype is not a sample", () => {
    expect(sampleFromQuery("?sample=toString").name).toBe("sample");
  });
});

describe("the supplies list", () => {
  const wb = createSuppliesListWorkbook();

  test("is one plain sheet with its own headings, no table, costs as money", () => {
    expect(wb.sheetNames()).toEqual(["Supplies list"]);
    expect(wb.tableNames()).toEqual([]);
    expect(wb.getValues("Supplies list", "A1:F1")).toEqual([
      ["Item", "Supplier", "Qty in stock", "Min level", "Pack", "Cost"],
    ]);
    expect(wb.getCell("Supplies list", 1, 5).text).toBe("$24.75");
  });

  test("has the mess of a real list: words for numbers, a trailing space, blank rows, a repeat, a note", () => {
    const rows = wb.getValues("Supplies list", "A1:F19");
    const column = (i: number) => rows.slice(1).map((r) => r[i]);
    expect(column(2)).toContain("about 10");
    expect(column(4)).toContain("box of 10");
    expect(column(1).filter((s) => typeof s === "string" && s !== s.trim())).toHaveLength(1);
    expect(rows.filter((r) => r.every((v) => v === ""))).toHaveLength(2);
    const items = column(0).filter((v) => v !== "");
    expect(new Set(items).size).toBe(items.length - 1);
    expect(rows[18][0]).toMatch(/^Prices without VAT/);
  });

  const headers = wb.getValues("Supplies list", "A1:F1")[0];

  test("its headings are recognised as Inventory columns", () => {
    const { mapping } = matchHeaders(inventory, headers);
    expect([mapping[0], mapping[1], mapping[2], mapping[4], mapping[5]]).toEqual([
      "item",
      "supplier",
      "onHand",
      "packSize",
      "unitCost",
    ]);
  });

  test("'Min level' is recognised as the reorder point, not as Max stock", () => {
    expect(matchHeaders(inventory, headers).mapping[3]).toBe("reorderPoint");
  });
});
