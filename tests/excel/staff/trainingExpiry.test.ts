// Training's Expires on is a live formula over Completed on and the course's renewal in Courses: on the
// preview's formula engine it follows an edit of either, as Excel does for a co-author without the
// add-in; converting a Training sheet whose Expires on holds typed dates keeps every typed date.
import { partsToSerial } from "../../../src/core/cells/excelDates";
import { courses, staff, training } from "../../../src/core/registers/definitions";
import { convertToRegister } from "../../../src/excel/convertToRegister";
import { inspectSheet } from "../../../src/excel/inspectSheet";
import { readRegister } from "../../../src/excel/readRegister";
import { recordTraining } from "../../../src/excel/staff";
import { attachFormulaEngine } from "../../../src/preview/formulas/engine";
import { lostValues, seedRegister, setup, sheetGrid } from "../support";

const d = (year: number, month: number, day: number) => partsToSerial({ year, month, day })!;
const NOW = new Date(2026, 11, 5, 10, 0);
const col = (key: string) => training.columns.findIndex((c) => c.key === key);
const courseCol = (key: string) => courses.columns.findIndex((c) => c.key === key);

function office() {
  const { wb } = setup();
  seedRegister(wb, staff, [{ staffId: "STF-0001", name: "Ana Lima", role: "Driver", status: "Active" }]);
  seedRegister(wb, courses, [
    { course: "First aid", renewMonths: 36 },
    { course: "Forklift", renewMonths: 12 },
  ]);
  seedRegister(wb, training, []);
  attachFormulaEngine(wb, { now: () => NOW });
  return wb;
}

const setCell = (sheet: string, row: number, column: number, value: string | number | null) =>
  Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getCell(row, column).values = [[value ?? ""]];
    await context.sync();
  });

test("Expires on follows an edited completion date and a course's new renewal period; blank when either is missing", async () => {
  const wb = office();
  await recordTraining({ staffId: "STF-0001", course: "forklift", completedOn: d(2024, 2, 29) }, NOW);
  // The record is on sheet row 3, below the empty register's blank first row.
  const expires = () => wb.getCell("Training", 2, col("expiresOn")).value;
  expect(expires()).toBe(d(2025, 2, 28));

  await setCell("Training", 2, col("completedOn"), d(2026, 1, 31));
  expect(expires()).toBe(d(2027, 1, 31));

  // Forklift is the second course (sheet row 3): renewal changed to 1 month, then to none.
  await setCell("Courses", 2, courseCol("renewMonths"), 1);
  expect(expires()).toBe(d(2026, 2, 28));
  await setCell("Courses", 2, courseCol("renewMonths"), null);
  expect(expires()).toBe("");

  await setCell("Courses", 2, courseCol("renewMonths"), 12);
  await setCell("Training", 2, col("completedOn"), null);
  expect(expires()).toBe("");
  await setCell("Training", 2, col("completedOn"), d(2026, 1, 31));
  await setCell("Training", 2, col("course"), "Welding");
  expect(expires()).toBe("");
});

test("converting a Training sheet whose Expires on holds typed dates keeps each of them beside the formula", async () => {
  const { wb } = setup();
  seedRegister(wb, courses, [{ course: "First aid", renewMonths: 36 }]);
  wb.addSheet("Certificates");
  wb.setValues("Certificates", "A1", [
    ["Employee ID", "Course", "Completed", "Expiry date"],
    ["STF-0001", "First aid", d(2024, 3, 1), d(2027, 3, 1)],
    ["STF-0002", "First aid", d(2023, 6, 15), d(2026, 7, 1)],
  ]);
  attachFormulaEngine(wb, { now: () => NOW });
  const before = sheetGrid(wb, "Certificates");
  const inspection = await inspectSheet({ sheet: "Certificates" }, training);
  expect(inspection.ok).toBe(true);
  const result = await convertToRegister(training, inspection);
  expect(lostValues(wb, "Certificates", training, before, result, inspection)).toEqual([]);
  const rows = (await readRegister(training)).rows.map((r) => r.values);
  expect(rows.map((v) => v.expiresOn)).toEqual([d(2027, 3, 1), d(2026, 6, 15)]);
  // The typed dates stay in their cells, under a renamed header, beside the formula column.
  const grid = sheetGrid(wb, "Certificates");
  const old = grid[0].indexOf("Expires on (old)");
  expect(grid.slice(1).map((r) => r[old])).toEqual([d(2027, 3, 1), d(2026, 7, 1)]);
});
