// Overview → Create or refresh on the simulator: syncs counted, only the Overview sheet written, charts
// over its own cells, sections and figures left out (with the reason) when a register or column is missing.
import { inventory, suppliers } from "../../../src/core/registers/definitions";
import { OVERVIEW_TITLE } from "../../../src/core/overview/sheet";
import { refreshOverview } from "../../../src/excel/overview/refresh";
import { readHeadlines } from "../../../src/excel/overview/headlines";
import { ExcelActionError } from "../../../src/excel/errors";
import { lastSyncs, seedRegister, setup } from "../support";
import { convertedSample, snapshot } from "./support";

const NOW = new Date(2026, 11, 4, 9, 30);

describe("refreshOverview", () => {
  test("builds the Overview from the converted sample in two syncs, touching no register", async () => {
    const { wb, excel } = await convertedSample();
    const registerSheets = wb.sheetNames();
    const before = registerSheets.map((s) => snapshot(wb, s));
    const result = await refreshOverview({ now: NOW });
    expect(lastSyncs(excel)).toBe(2);
    expect(result.created).toBe(true);
    expect(registerSheets.map((s) => snapshot(wb, s))).toEqual(before);
    expect(wb.sheetNames()[0]).toBe("Overview");
    expect(wb.getSelection()?.sheet).toBe("Overview");
    expect(result.sections.map((s) => [s.title, s.shown])).toEqual([
      ["Supplies", true],
      ["Calls", true],
      ["Equipment", true],
      ["Hiring", true],
      ["Staff", true],
    ]);
    // The sample's Team, Training courses and Training records sheets become Staff, Courses and
    // Training: no staff figure is left out.
    expect(result.sections.find((s) => s.id === "staff")!.notes).toEqual([]);
    const charts = wb.sheetByName("Overview")!.charts;
    expect(charts.map((c) => [c.type, c.title])).toEqual([
      ["BarClustered", "Items to reorder by category"],
      ["ColumnStacked", "Calls per day by outcome"],
      ["Pie", "Machines by status"],
      ["BarClustered", "Repair cost this year"],
      ["BarStacked", "Hiring funnel"],
      ["BarStacked", "Training to do by course"],
    ]);
    // Every chart reads cells of the Overview itself, which hold formulas over the registers.
    const overview = wb.sheetByName("Overview")!;
    for (const chart of charts)
      for (const s of chart.series) {
        expect(s.values?.sheetId).toBe(overview.id);
        const first = overview.cells.get(s.values!.rect.r0, s.values!.rect.c0);
        expect(first?.formula).toMatch(/^=(COUNTIFS|SUMIFS|SUMPRODUCT)\(/);
      }
    expect(result.headlines.map((h) => h.label)).toContain("Items to reorder");
  });

  test("refreshing rewrites the same sheet and replaces its charts, in two syncs", async () => {
    const { wb, excel } = await convertedSample();
    await refreshOverview({ now: NOW });
    const id = wb.sheetByName("Overview")!.id;
    const result = await refreshOverview({ now: NOW });
    expect(lastSyncs(excel)).toBe(2);
    expect(result.created).toBe(false);
    expect(wb.sheetByName("Overview")!.id).toBe(id);
    expect(wb.sheetByName("Overview")!.charts).toHaveLength(6);
    expect(wb.sheetNames().filter((n) => n.startsWith("Overview"))).toEqual(["Overview"]);
  });

  test("prints one page wide: print area, fit to width, title and date in the header", async () => {
    await convertedSample();
    await refreshOverview({ now: NOW });
    const result = await Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Overview").pageLayout;
      layout.load("zoom,orientation");
      const header = layout.headersFooters.defaultForAllPages.load("centerHeader,rightHeader");
      const area = layout.getPrintAreaOrNullObject().load("address");
      await context.sync();
      return {
        zoom: layout.zoom,
        orientation: layout.orientation,
        header: header.toJSON(),
        area: area.address,
      };
    });
    expect(result.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(result.orientation).toBe("Portrait");
    expect(result.header).toEqual({ centerHeader: OVERVIEW_TITLE, rightHeader: "&D" });
    expect(result.area).toMatch(/^Overview!A1:H\d+$/);
  });

  test("a workbook with no register gets an Overview that says so, and no chart", async () => {
    const { wb, excel } = setup();
    const result = await refreshOverview({ now: NOW });
    expect(lastSyncs(excel)).toBe(2);
    expect(result.sections.every((s) => !s.shown)).toBe(true);
    expect(result.sections[0].notes).toEqual(["Left out: no Inventory or Purchase orders register yet."]);
    expect(wb.sheetByName("Overview")!.charts).toEqual([]);
    expect(result.headlines).toEqual([]);
  });

  test("empty registers: tables say so instead of charting nothing", async () => {
    const { wb } = setup();
    seedRegister(wb, inventory, []);
    const result = await refreshOverview({ now: NOW });
    const supplies = result.sections.find((s) => s.id === "supplies")!;
    expect(supplies.shown).toBe(true);
    // Purchase orders is missing: its figures are left out and named.
    expect(supplies.notes).toContain(
      "Order lines sent, not yet received is left out: it needs the Purchase orders register.",
    );
    const texts = wb.getValues("Overview", "A1:A60").flat();
    expect(texts).toContain("Items to reorder by category");
    // The blank row of a new register has no category: one "(no category)" row, charted.
    expect(texts).toContain("(no category)");
    expect(wb.sheetByName("Overview")!.charts.map((c) => c.title)).toEqual(["Items to reorder by category"]);
  });

  test("a register missing a column loses only the figures that need it", async () => {
    const { wb } = setup();
    seedRegister(wb, inventory, [
      { itemId: "INV-0001", item: "Pens", category: "Desk", onHand: 2, reorderPoint: 5 },
    ]);
    // Someone renamed Unit cost in the sheet.
    const col = inventory.columns.findIndex((c) => c.key === "unitCost");
    wb.setValues("Inventory", `${String.fromCharCode(65 + col)}1`, [["Price each"]]);
    const result = await refreshOverview({ now: NOW });
    const notes = result.sections.find((s) => s.id === "supplies")!.notes;
    expect(notes).toContain(
      'Value of suggested orders is left out: the Inventory table has no "Unit cost" column.',
    );
    // The supplier table keeps its item counts and loses only its Value column.
    expect(notes).toContain(
      'Value in Items to order by supplier is left out: the Inventory table has no "Unit cost" column.',
    );
    expect(wb.getValues("Overview", "A1:A80").flat()).toContain("Items to order by supplier");
    const formulas = wb.sheetByName("Overview")!;
    const all = [...formulas.cells.entries()].map(([, , c]) => c.formula ?? "").join("\n");
    expect(all).not.toContain("Unit cost");
    expect(all).not.toContain("#REF!");
  });

  test("never reads a Discipline table, even when the workbook has one", async () => {
    const { wb } = await convertedSample();
    wb.addSheet("Discipline");
    wb.setValues("Discipline", "A1", [
      ["Case ID", "Employee"],
      ["D-1", "Someone"],
    ]);
    wb.addTable("Discipline", "A1:B2", "Discipline");
    await refreshOverview({ now: NOW });
    const text = JSON.stringify([...wb.sheetByName("Overview")!.cells.entries()]);
    expect(text).not.toMatch(/discipline/i);
    expect(text).not.toContain("Someone");
  });

  test("a sheet called Overview that the add-in did not make is left alone", async () => {
    const { wb, excel } = setup();
    wb.addSheet("Overview");
    wb.setValues("Overview", "A1", [["My own notes"]]);
    seedRegister(wb, suppliers, [{ supplier: "Acme" }]);
    const before = snapshot(wb, "Overview");
    await expect(refreshOverview({ now: NOW })).rejects.toBeInstanceOf(ExcelActionError);
    expect(lastSyncs(excel)).toBe(1);
    expect(snapshot(wb, "Overview")).toBe(before);
  });

  test("Home reads the At a glance figures in one sync; none before the Overview exists", async () => {
    const { excel } = await convertedSample();
    expect(await readHeadlines()).toBeNull();
    expect(lastSyncs(excel)).toBe(1);
    const made = await refreshOverview({ now: NOW });
    const read = await readHeadlines();
    expect(lastSyncs(excel)).toBe(1);
    expect(read).toEqual(made.headlines);
    expect(new Set(read!.map((h) => h.section))).toEqual(
      new Set(["Supplies", "Calls", "Equipment", "Hiring", "Staff"]),
    );
  });
});
