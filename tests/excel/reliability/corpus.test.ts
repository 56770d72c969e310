// Every register converts each messy sheet of the corpus, or explains why not, and no original
// value (nor formula text) is lost in the round trip.
import { REGISTERS } from "../../../src/core/registers/definitions";
import { convertToRegister } from "../../../src/excel/convertToRegister";
import { inspectSheet } from "../../../src/excel/inspectSheet";
import { lostValues, setup, sheetGrid } from "../support";
import { buildMessySheet, cellContents } from "./corpus";

const cases = REGISTERS.flatMap((d) => [[d.id, "1900", d] as const, [d.id, "1904", d] as const]);

describe.each(cases)("messy sheet for %s, %s date system", (_, system, def) => {
  test("converts, or explains why not; nothing of the original is lost", async () => {
    const { wb, excel } = setup();
    const sheet = await buildMessySheet(wb, excel, def, { date1904: system === "1904" });
    expect(wb.getCell(sheet, 7, 0).error).toBe(true);
    const before = cellContents(wb, sheet);
    const inspection = await inspectSheet({ sheet }, def);
    if (!inspection.ok) {
      expect(inspection.notes.join(" ")).toMatch(/\w{4,}/);
      expect(cellContents(wb, sheet)).toEqual(before);
      return;
    }
    expect(inspection.headerRow).toBe(3);
    const grid = sheetGrid(wb, sheet);
    const result = await convertToRegister(def, inspection);
    expect(lostValues(wb, sheet, def, grid, result, inspection)).toEqual([]);
    expect(cellContents(wb, sheet).filter((v) => v === "formula:=1+2")).toHaveLength(1);
    expect(wb.sheetInfo(sheet).tables).toHaveLength(1);
    // The date keeps its serial (the day it shows depends on the workbook's date system, not on us).
    expect(cellContents(wb, sheet)).toContain("value:45123");
  });
});
