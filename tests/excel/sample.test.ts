// The preview's sample workbook: each plain sheet converts into its register
// with every value kept (as it was, or read as its column's type, or in Notes: support's lostValues), and the problems planted in it are listed.
import { REGISTERS } from "../../src/core/registers/definitions";
import { convertToRegister } from "../../src/excel/convertToRegister";
import { inspectSheet } from "../../src/excel/inspectSheet";
import { lowStock } from "../../src/excel/inventory";
import { readRegister } from "../../src/excel/readRegister";
import { installExcel } from "../../src/preview/simulator";
import { createSampleWorkbook, SAMPLE_SHEETS } from "../../src/preview/sample";
import { lostValues, sheetGrid } from "./support";

describe("the preview's sample sheets", () => {
  test.each(SAMPLE_SHEETS.map((s) => s.name))(
    "%s converts into a register, keeping every value",
    async (name) => {
      const wb = createSampleWorkbook();
      installExcel(wb);
      const before = sheetGrid(wb, name);
      const inspection = await inspectSheet({ sheet: name });
      expect(inspection.problems.filter((p) => p.severity === "error")).toEqual([]);
      const def = REGISTERS.find((r) => r.id === inspection.registerId)!;
      const result = await convertToRegister(def, inspection);
      expect(lostValues(wb, name, def, before, result, inspection)).toEqual([]);
      const read = await readRegister(def);
      expect(read.found).toBe(true);
      expect(read.rows.length).toBeGreaterThan(0);
    },
  );

  test.each([
    ["Team", "staff"],
    ["Training courses", "courses"],
    ["Training records", "training"],
  ])("%s is read as the %s register", async (sheet, id) => {
    installExcel(createSampleWorkbook());
    expect((await inspectSheet({ sheet })).registerId).toBe(id);
  });

  test("Supplies becomes Inventory: the planted problems are listed and low stock is grouped by supplier", async () => {
    const wb = createSampleWorkbook();
    installExcel(wb);
    const inspection = await inspectSheet({ sheet: "Supplies" });
    expect(inspection.registerId).toBe("inventory");
    const def = REGISTERS.find((r) => r.id === "inventory")!;
    const result = await convertToRegister(def, inspection);
    const codes = new Set(result.problems.map((p) => p.code));
    expect(codes).toContain("notANumber"); // "twelve"
    expect(codes).toContain("errorValue"); // #N/A
    const twelve = result.problems.find((p) => p.value === "twelve")!;
    expect(twelve.address).toMatch(/^Supplies!C\d+$/);
    const low = await lowStock();
    expect(low.groups.length).toBeGreaterThan(0);
    expect(low.groups.every((g) => g.items.every((i) => i.reorderQty > 0))).toBe(true);
  });
});
