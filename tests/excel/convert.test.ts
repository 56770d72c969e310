import type { CellValue } from "../../src/core/cells/types";
import { candidates, inventory, suppliers } from "../../src/core/registers/definitions";
import { FormulaEngine } from "../../src/preview/formulas/engine";
import { convertToRegister, type ConvertResult } from "../../src/excel/convertToRegister";
import { createRegister } from "../../src/excel/createRegister";
import { inspectSheet, type Inspection } from "../../src/excel/inspectSheet";
import { readRegister } from "../../src/excel/readRegister";
import { ExcelActionError } from "../../src/excel/errors";
import type { SimWorkbook } from "../../src/preview/simulator";
import { lastSyncs, lostValues, setup, sheetGrid, sheetValues, syncsSince } from "./support";

/** The preview's live formula engine, so formulas show what Excel would. */
const attachableEngine = () => new FormulaEngine({ now: () => new Date(2026, 0, 5) });

/** Multiset difference: what of `before` is missing from `after`. */
function missing(before: CellValue[], after: CellValue[]): CellValue[] {
  const counts = new Map<string, number>();
  for (const v of after) counts.set(JSON.stringify(v), (counts.get(JSON.stringify(v)) ?? 0) + 1);
  const out: CellValue[] = [];
  for (const v of before) {
    const k = JSON.stringify(v);
    const c = counts.get(k) ?? 0;
    if (c > 0) counts.set(k, c - 1);
    else out.push(v);
  }
  return out;
}

/** Inspects, converts with the proposed mapping, and proves no original value was lost. */
async function roundTrip(
  wb: SimWorkbook,
  sheet: string,
  def = inventory,
): Promise<{ inspection: Inspection; result: ConvertResult }> {
  const before = sheetGrid(wb, sheet);
  const inspection = await inspectSheet({ sheet }, def);
  expect(inspection.ok).toBe(true);
  const result = await convertToRegister(def, inspection);
  expect(lostValues(wb, sheet, def, before, result, inspection)).toEqual([]);
  return { inspection, result };
}

const SUPPLIES = [
  ["Item", "Qty", "Price", "Vendor", "Notes"],
  ["A4 paper", 40, 3.5, "Acme", "top shelf"],
  ["Toner", 2, 60, "Bolt", ""],
  ["Pens", 100, 0.4, "Acme", "blue"],
];

describe("inspectSheet and convertToRegister", () => {
  test("a plain sheet: headers matched and renamed, IDs and calculated columns added, constant syncs", async () => {
    const { wb, excel } = setup();
    wb.addSheet("Supplies");
    wb.setValues("Supplies", "A1", SUPPLIES);
    const inspection = await inspectSheet({ sheet: "Supplies" });
    expect(lastSyncs(excel)).toBe(2);
    expect(inspection).toMatchObject({
      ok: true,
      registerId: "inventory",
      headerRow: 1,
      address: "Supplies!A1:E4",
      rowCount: 3,
    });
    expect(inspection.mapping).toEqual(["item", "onHand", "unitCost", "supplier", "notes"]);
    const { result } = await roundTrip(wb, "Supplies");
    expect(lastSyncs(excel)).toBe(3);
    expect(result.renamedHeaders).toEqual([
      { address: "Supplies!B1", from: "Qty", to: "On hand" },
      { address: "Supplies!C1", from: "Price", to: "Unit cost" },
      { address: "Supplies!D1", from: "Vendor", to: "Supplier" },
    ]);
    expect(result.idsAdded).toBe(3);
    expect(wb.sheetInfo("Supplies").tables).toEqual([
      { name: "Inventory", address: result.address.replace(/\$/g, "") },
    ]);
    const read = await readRegister(inventory);
    expect(read.rows.map((r) => [r.key, r.values.item, r.values.onHand])).toEqual([
      ["INV-0001", "A4 paper", 40],
      ["INV-0002", "Toner", 2],
      ["INV-0003", "Pens", 100],
    ]);
    // Calculated columns carry their native formulas on every row.
    const rq = read.layout.findIndex((c) => c.key === "reorderQty");
    expect(wb.getCell("Supplies", 3, rq).formula).toBe(
      inventory.columns.find((c) => c.key === "reorderQty")!.formula,
    );
  });

  test("the same syncs for 10 and 5,000 rows", async () => {
    const counts: number[] = [];
    for (const n of [10, 5_000]) {
      const { wb, excel } = setup();
      wb.addSheet("Supplies");
      wb.setValues("Supplies", "A1", [
        SUPPLIES[0],
        ...Array.from({ length: n }, (_, i) => [`Item ${i}`, i, 1.5, "Acme", ""]),
      ]);
      const inspection = await inspectSheet({ sheet: "Supplies" }, inventory);
      counts.push(lastSyncs(excel));
      await convertToRegister(inventory, inspection);
      counts.push(lastSyncs(excel));
    }
    expect(counts.slice(0, 2)).toEqual(counts.slice(2));
  }, 60_000);

  test("blank rows and columns inside the data are kept and reported", async () => {
    const { wb } = setup();
    wb.addSheet("Supplies");
    wb.setValues("Supplies", "A1", [
      ["Item", "Qty", "", "Price"],
      ["A4 paper", 40, "", 3.5],
      ["", "", "", ""],
      ["Toner", 2, "", 60],
    ]);
    const { inspection, result } = await roundTrip(wb, "Supplies");
    expect(inspection.problems.map((p) => [p.kind, p.address])).toEqual([["blankColumn", "Supplies!C1:C4"]]);
    const blank = inspection.cellProblems.filter((p) => p.code === "blankRow");
    expect(blank.map((p) => p.row)).toEqual([3]);
    // The whole row of the table-to-be (sheet columns and the columns that will be added).
    expect(blank[0].address).toMatch(/^Supplies!A3:[E-Z]3$/);
    expect(result.problems.filter((p) => p.code === "blankRow").map((p) => p.row)).toEqual([3]);
    expect(wb.getValues("Supplies", "A3:D3")).toEqual([["", "", "", ""]]);
    // The blank column is an extra column named after its letter.
    expect(wb.getValues("Supplies", "C1")).toEqual([["Column C"]]);
  });

  test("merged cells: unmerged with the value kept in the first cell, and reported", async () => {
    const { wb } = setup();
    wb.addSheet("Supplies");
    wb.setValues("Supplies", "A1", [
      ["Category", "Item", "Qty"],
      ["Paper", "A4", 40],
      ["", "A3", 10],
      ["Toner", "Black", 2],
    ]);
    wb.mergeCells("Supplies", "A2:A3");
    const { inspection, result } = await roundTrip(wb, "Supplies");
    expect(inspection.problems.filter((p) => p.kind === "mergedCells").map((p) => p.address)).toEqual([
      "Supplies!A2:A3",
    ]);
    expect(result.unmerged).toEqual(["Supplies!A2:A3"]);
    expect(wb.sheetInfo("Supplies").merges).toEqual([]);
    expect(wb.getValues("Supplies", "A2:A3")).toEqual([["Paper"], [""]]);
  });

  test("a title, a merged heading and several header-like rows: the best header row is used, rows above untouched", async () => {
    const { wb } = setup();
    wb.addSheet("Supplies");
    wb.setValues("Supplies", "A1", [
      ["Office supplies, March"],
      ["Stock", "", "Money"],
      ["Item", "Qty", "Unit cost", "Supplier"],
      ["Pens", 5, 0.4, "Acme"],
    ]);
    wb.mergeCells("Supplies", "A1:D1");
    const { inspection, result } = await roundTrip(wb, "Supplies");
    expect(inspection.headerRow).toBe(3);
    expect(inspection.problems.map((p) => p.kind)).toContain("rowsAbove");
    expect(wb.sheetInfo("Supplies").merges).toEqual(["A1:D1"]);
    expect(result.address.replace(/\$/g, "")).toMatch(/^Supplies!A3:/);
    expect(wb.getValues("Supplies", "A1:C2")).toEqual([
      ["Office supplies, March", "", ""],
      ["Stock", "", "Money"],
    ]);
  });

  test("duplicate headers: one feeds the register, the other is kept under a unique name", async () => {
    const { wb } = setup();
    wb.addSheet("Supplies");
    wb.setValues("Supplies", "A1", [
      ["Item", "Notes", "Qty", "Notes"],
      ["Pens", "blue", 5, "reorder soon"],
    ]);
    const { inspection } = await roundTrip(wb, "Supplies");
    expect(inspection.problems.find((p) => p.kind === "duplicateHeader")?.address).toBe(
      "Supplies!B1,Supplies!D1",
    );
    expect(wb.getValues("Supplies", "A1:D1")).toEqual([["Item", "Notes", "On hand", "Notes 2"]]);
    expect(wb.getValues("Supplies", "D2")).toEqual([["reorder soon"]]);
  });

  test("a date written as text is stored as the date; text and error values that do not read stay as they are and are listed", async () => {
    const { wb } = setup();
    wb.addSheet("Supplies");
    wb.setValues("Supplies", "A1", [
      ["Item", "Qty", "Price", "Counted on"],
      ["Pens", "twelve", "#N/A", "2026-03-14"],
      ["Paper", 4, 2, 46000],
    ]);
    const { inspection, result } = await roundTrip(wb, "Supplies");
    const shown = (ps: typeof result.problems) => ps.map((p) => [p.address, p.code]).sort();
    expect(shown(inspection.cellProblems)).toEqual([
      ["Supplies!B2", "notANumber"],
      ["Supplies!C2", "errorValue"],
    ]);
    expect(inspection.columns[3]).toMatchObject({ header: "Counted on", field: "lastCounted", changed: 1 });
    expect(shown(result.problems)).toEqual(shown(inspection.cellProblems));
    expect(wb.getValues("Supplies", "A2:D2")).toEqual([["Pens", "twelve", "#N/A", 46095]]);
    expect(wb.getCell("Supplies", 1, 3).text).toBe("2026-03-14");
  });

  test("day-first dates typed as text in a UK sheet become dates, each listed with what was typed; 3 syncs", async () => {
    const { wb, excel } = setup();
    wb.addSheet("Stock");
    const rows: (string | number)[][] = [["Item", "Qty", "Last counted"]];
    for (let i = 0; i < 17; i++) rows.push([`Item ${i + 1}`, i, 46300 + i]);
    rows.push(["Fax rolls", 4, "14/11/2026"], ["Pens", 10, "04/03/2026"], ["Paper", 2, "25/03/2026"]);
    wb.setValues("Stock", "K1", rows);
    const before = sheetGrid(wb, "Stock");
    const inspection = await inspectSheet({ sheet: "Stock" }, inventory, { locale: "en-US" });
    expect(lastSyncs(excel)).toBe(2);
    expect(inspection.dateOrders.lastCounted).toMatchObject({ order: "DMY", from: "values" });
    const result = await convertToRegister(inventory, { ...inspection, locale: "en-US" });
    expect(lastSyncs(excel)).toBe(3);
    expect(wb.getValues("Stock", "M19:M21")).toEqual([[46340], [46085], [46106]]);
    expect([18, 19, 20].map((r) => wb.getCell("Stock", r, 12).text)).toEqual([
      "2026-11-14",
      "2026-03-04",
      "2026-03-25",
    ]);
    expect(result.readings.filter((x) => x.header === "Last counted")).toEqual([
      { address: "Stock!M19", header: "Last counted", typed: "14/11/2026", stored: "2026-11-14" },
      { address: "Stock!M20", header: "Last counted", typed: "04/03/2026", stored: "2026-03-04" },
      { address: "Stock!M21", header: "Last counted", typed: "25/03/2026", stored: "2026-03-25" },
    ]);
    expect(result.typedLost).toEqual([]);
    expect(result.problems).toEqual([]);
    // Each typed text is found again in the report at its own address.
    const typedNow = new Map(result.readings.map((x) => [x.address, x.typed]));
    for (const [r, row] of before.entries())
      for (const [c, v] of row.entries())
        if (typeof v === "string" && /^\d\d\/\d\d\/\d{4}$/.test(v))
          expect(typedNow.get(`Stock!${String.fromCharCode(65 + c)}${r + 1}`)).toBe(v);
  });

  test("a sheet that is already a table becomes the register's table; its values stay", async () => {
    const { wb } = setup();
    wb.addSheet("Supplies");
    wb.setValues("Supplies", "A1", SUPPLIES);
    wb.addTable("Supplies", "A1:E4", "Table1");
    const { inspection, result } = await roundTrip(wb, "Supplies");
    expect(inspection.problems.find((p) => p.kind === "alreadyTable")?.message).toContain('"Table1"');
    // The table that is the data is renamed, not replaced: references to it follow.
    expect(result.replacedTables).toEqual([]);
    expect(result.renamedTable).toBe("Table1");
    expect(wb.tableNames()).toEqual(["Inventory"]);
  });

  test("rename-safe: a dashboard counting a table's rows counts the same after the table becomes a register", async () => {
    const { wb, excel } = setup();
    wb.addSheet("Tracker");
    const rows = Array.from({ length: 200 }, (_, i) => [`C-${i + 1}`, `Person ${i + 1}`, "Applied"]);
    wb.setValues("Tracker", "A1", [["Candidate_ID", "Name", "Stage"], ...rows]);
    wb.addTable("Tracker", "A1:C201", "tblCandidates");
    wb.addSheet("Dashboard");
    wb.setValues("Dashboard", "A1", [
      ["=COUNTA(tblCandidates[Candidate_ID])", '=COUNTIFS(tblCandidates[Stage],"Applied")', "=ROWS(Staff)"],
    ]);
    wb.names.push({ name: "Staff", formula: "=tblCandidates[Name]", comment: "", visible: true });
    wb.setFormulaEvaluator(attachableEngine());
    expect(wb.getValues("Dashboard", "A1:B1")).toEqual([[200, 200]]);

    const inspection = await inspectSheet({ sheet: "Tracker" }, candidates);
    const before = excel.stats.runs.length;
    const result = await convertToRegister(candidates, inspection);
    expect(syncsSince(excel, before)).toBe(3);
    expect(result.renamedTable).toBe("tblCandidates");
    expect(wb.tableNames()).toEqual(["Candidates"]);
    expect(wb.getValues("Dashboard", "A1:B1")).toEqual([[200, 200]]);
    expect(wb.getCell("Dashboard", 0, 0).formula).toBe("=COUNTA(Candidates[Candidate ID])");
    expect(wb.names.find((n) => n.name === "Staff")?.formula).toBe("=Candidates[Name]");
  });

  test("cells to the right of the data are moved right, not overwritten by added columns", async () => {
    const { wb } = setup();
    wb.addSheet("Vendors");
    wb.setValues("Vendors", "A1", [
      ["Vendor", "E-mail", "", "side note"],
      ["Acme", "orders@acme.example", "", "call first"],
    ]);
    const before = sheetValues(wb, "Vendors");
    const inspection = await inspectSheet({ sheet: "Vendors" }, suppliers);
    // The empty column C ends the data the person means; select A1:B2 to convert just that.
    wb.setSelection("Vendors", "A1:B2");
    const selected = await inspectSheet({ selection: true }, suppliers);
    expect(selected.address).toBe("Vendors!A1:B2");
    expect(inspection.address).toBe("Vendors!A1:D2");
    const result = await convertToRegister(suppliers, selected);
    expect(result.addedColumns.length).toBeGreaterThan(0);
    expect(missing(before, sheetValues(wb, "Vendors"))).toEqual(["Vendor", "E-mail"]);
    expect(wb.getValues("Vendors", "A1:B1")).toEqual([["Supplier", "Email"]]);
  });

  test("an empty sheet, or a register that exists already, is explained and nothing throws uncaught", async () => {
    const { wb } = setup();
    wb.addSheet("Blank");
    const empty = await inspectSheet({ sheet: "Blank" });
    expect(empty.ok).toBe(false);
    expect(empty.problems).toEqual([
      { kind: "empty", severity: "error", message: "Blank is empty: there is nothing to convert." },
    ]);
    await createRegister(inventory);
    wb.addSheet("Supplies");
    wb.setValues("Supplies", "A1", SUPPLIES);
    const exists = await inspectSheet({ sheet: "Supplies" }, inventory);
    expect(exists.ok).toBe(false);
    expect(exists.problems.find((p) => p.kind === "registerExists")?.message).toMatch(
      /already has a Inventory register|already has an? Inventory register/,
    );
    const err = await convertToRegister(inventory, exists).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelActionError);
    expect(err).toMatchObject({ kind: "alreadyExists" });
  });

  test("headers edited by someone after inspection stop the conversion with a clear message", async () => {
    const { wb } = setup();
    wb.addSheet("Supplies");
    wb.setValues("Supplies", "A1", SUPPLIES);
    const inspection = await inspectSheet({ sheet: "Supplies" }, inventory);
    wb.setValues("Supplies", "B1", [["Quantity"]]);
    await expect(convertToRegister(inventory, inspection)).rejects.toMatchObject({ kind: "conflict" });
    expect(wb.tableNames()).toEqual([]);
  });
});
