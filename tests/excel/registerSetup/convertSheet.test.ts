import { inventory } from "../../../src/core/registers/definitions";
import { goToCell } from "../../../src/excel";
import { convertToRegister, inspectSheet, listSheets } from "../../../src/excel/registerSetup";
import { createSampleWorkbook } from "../../../src/preview/sample";
import { installExcel } from "../../../src/preview/simulator";
import { sheetValues } from "../support";

function sample() {
  const wb = createSampleWorkbook();
  const excel = installExcel(wb);
  return { wb, excel };
}

describe("setting up Inventory from the sample Supplies sheet", () => {
  it("lists the sheets and proposes a mapping in one sync", async () => {
    const { excel } = sample();
    expect(await listSheets()).toContain("Supplies");
    const found = await inspectSheet(inventory, { sheet: "Supplies" });
    expect(excel.stats.last()?.syncs).toBe(1);
    expect(found.plan.ok).toBe(true);
    expect(found.headers[2]).toBe("Qty");
    expect(found.plan.match?.mapping[2]).toBe("onHand");
    expect(found.plan.match?.mapping[5]).toBe("supplier");
    expect(found.plan.problems.some((p) => p.value === "twelve")).toBe(true);
  });

  it("converts with the confirmed mapping, keeps every value and lists problems with addresses", async () => {
    const { wb, excel } = sample();
    const dataCells = () =>
      wb
        .getValues("Supplies", "A2:M40")
        .flat()
        .filter((v) => v !== "" && v !== null);
    const before = dataCells();
    expect(sheetValues(wb, "Supplies").length).toBeGreaterThan(before.length);
    const found = await inspectSheet(inventory, { sheet: "Supplies" });
    // The person keeps "SKU" (column G) as an extra column instead of Supplier SKU.
    const mapping = [...found.plan.match!.mapping];
    mapping[6] = null;
    const result = await convertToRegister(inventory, { sheet: "Supplies" }, mapping);
    expect(excel.stats.last()?.syncs).toBe(2);
    expect(wb.getValues("Supplies", "C1:C1")[0][0]).toBe("On hand");
    expect(wb.getValues("Supplies", "G1:G1")[0][0]).toBe("SKU");
    expect(dataCells()).toEqual(before);
    const twelve = result.problems.find((p) => p.value === "twelve");
    expect(twelve?.address).toBe("Supplies!C8");
    expect(wb.tableNames()).toEqual(["Inventory"]);
    // Missing register columns are appended on the right, calculated ones with their formula.
    expect(wb.getValues("Supplies", "N1:N1")[0][0]).toBe("Item ID");
    expect(wb.getValues("Supplies", "N2:N3")).toEqual([["INV-0001"], ["INV-0002"]]);
  });

  it("goes to a cell: its sheet becomes active and the cell selected", async () => {
    const { excel } = sample();
    await goToCell("Supplies!C8");
    const check = await Excel.run(async (context) => {
      const r = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return r.address;
    });
    expect(check).toBe("Supplies!C8");
    expect(excel.stats.runs.length).toBeGreaterThan(0);
  });
});
