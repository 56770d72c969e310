// Overview → Create or refresh: the Overview sheet rebuilt from whichever registers exist. Two syncs
// whatever the size of the registers: one to read which tables and columns exist (and the values that
// become row labels), one to write the sheet, its charts and page setup and read back the figures.
// Only the Overview sheet is written; no register is touched.
import { dateToSerial } from "../../core/cells/excelDates";
import { planOverview } from "../../core/overview/plan";
import { distinctKey } from "../../core/overview/references";
import { SECTIONS } from "../../core/overview/sections";
import { OVERVIEW_SHEET, OVERVIEW_TITLE, readGlance, type Headline } from "../../core/overview/sheet";
import type { OverviewFacts, OverviewPlan, SectionOutcome } from "../../core/overview/types";
import type { RegisterDef } from "../../core/registers/types";
import { ExcelActionError } from "../errors";
import { queueStaffRules } from "../staff/rules";
import { runExcel } from "../run";

export interface OverviewResult {
  /** False when an existing Overview was rewritten. */
  created: boolean;
  sheetName: string;
  charts: number;
  sections: SectionOutcome[];
  /** The At a glance figures as Excel computed them. */
  headlines: Headline[];
}

const SECTION_FILL = "#217346";
const HEADER_FILL = "#E2EFDA";

/** Every register the sections read, once each. */
function sectionRegisters(): RegisterDef[] {
  const out = new Map<string, RegisterDef>();
  for (const s of SECTIONS) for (const r of [...s.registers, ...(s.alsoReads ?? [])]) out.set(r.id, r);
  return [...out.values()];
}

/** Columns whose values become row labels, once each. */
function distinctColumns(): { register: RegisterDef; column: string }[] {
  const out = new Map<string, { register: RegisterDef; column: string }>();
  for (const s of SECTIONS)
    for (const b of s.blocks)
      if (b.rows.kind === "distinct")
        out.set(distinctKey(b.rows.register.id, b.rows.column), {
          register: b.rows.register,
          column: b.rows.column,
        });
  return [...out.values()];
}

/** Queues the reads of the first sync; the returned function gives the facts after it. */
function queueFacts(context: Excel.RequestContext): () => OverviewFacts {
  const tables = sectionRegisters().map((def) => {
    const table = context.workbook.tables.getItemOrNullObject(def.tableName).load("name");
    return { def, table, header: table.getHeaderRowRange().load("values") };
  });
  const columns = distinctColumns().map(({ register, column }) => {
    const header = register.columns.find((c) => c.key === column)!.header;
    const item = context.workbook.tables
      .getItemOrNullObject(register.tableName)
      .columns.getItemOrNullObject(header);
    return { key: distinctKey(register.id, column), item, body: item.getDataBodyRange().load("values") };
  });
  // How many days ahead training counts as due, as the Training due page reads it.
  const rules = queueStaffRules(context);
  return () => {
    const facts: OverviewFacts = {
      tables: {},
      columnValues: {},
      settings: { trainingWarnDays: rules().trainingWarnDays },
    };
    for (const { def, table, header } of tables) {
      if (table.isNullObject) continue;
      const headers = ((header.values as unknown[][])[0] ?? []).map((h) => String(h ?? ""));
      facts.tables[def.id] = { tableName: table.name, headers };
    }
    for (const { key, item, body } of columns) {
      if (!item.isNullObject) facts.columnValues[key] = (body.values as unknown[][]).map((row) => row[0]);
    }
    return facts;
  };
}

/** Queues the whole sheet: cells, formats, headings, widths, charts, page setup. */
function queueSheet(sheet: Excel.Worksheet, plan: OverviewPlan): void {
  const all = sheet.getRange(`A1:${plan.lastCell}`);
  // Formats first, so the values land already formatted.
  all.numberFormat = plan.numberFormats;
  all.formulas = plan.cells;
  sheet
    .getRange(`A1:${plan.lastCell.replace(/\d+$/, "1")}`)
    .setColumnProperties(plan.columnWidths.map((w) => ({ format: { columnWidth: w } })));
  const title = sheet.getRange(plan.titleRange).format.font;
  title.bold = true;
  title.size = 16;
  for (const address of plan.sectionRanges) {
    const format = sheet.getRange(address).format;
    format.fill.color = SECTION_FILL;
    format.font.color = "#FFFFFF";
    format.font.bold = true;
  }
  for (const address of plan.headerRanges) {
    const format = sheet.getRange(address).format;
    format.fill.color = HEADER_FILL;
    format.font.bold = true;
  }
  sheet.showGridlines = false;
  for (const c of plan.charts) {
    const chart = sheet.charts.add(c.type, sheet.getRange(c.source), c.seriesBy);
    chart.name = c.name;
    chart.title.text = c.title;
    chart.setPosition(c.from, c.to);
    chart.legend.visible = c.legend !== "None";
    if (c.legend !== "None") chart.legend.position = c.legend;
    if (c.reverseCategories) chart.axes.categoryAxis.reversePlotOrder = true;
  }
  const layout = sheet.pageLayout;
  layout.setPrintArea(plan.printArea);
  layout.orientation = "Portrait";
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.centerHorizontally = true;
  const header = layout.headersFooters.defaultForAllPages;
  header.centerHeader = OVERVIEW_TITLE;
  header.rightHeader = "&D";
  header.centerFooter = "Page &P of &N";
}

/** Creates the Overview sheet, or rewrites the one the add-in made; two syncs. */
export async function refreshOverview(options: { now?: Date } = {}): Promise<OverviewResult> {
  const now = options.now ?? new Date();
  return runExcel("Building the overview", async (context) => {
    const facts = queueFacts(context);
    const existing = context.workbook.worksheets.getItemOrNullObject(OVERVIEW_SHEET);
    const marker = existing.getRange("A1").load("values");
    const oldCharts = existing.charts.load("items/name");
    await context.sync();

    if (!existing.isNullObject && String((marker.values as unknown[][])[0]?.[0] ?? "") !== OVERVIEW_TITLE) {
      throw new ExcelActionError(
        "alreadyExists",
        `This workbook already has a sheet called "${OVERVIEW_SHEET}" that the add-in did not make, so it was left as it is.`,
        `Rename that sheet (or move what it holds), then create the overview again.`,
      );
    }
    const plan = planOverview(facts(), { refreshedAt: dateToSerial(now, 1900, true) ?? 0 });
    let sheet: Excel.Worksheet;
    if (existing.isNullObject) {
      sheet = context.workbook.worksheets.add(OVERVIEW_SHEET);
      sheet.position = 0;
    } else {
      sheet = existing;
      for (const chart of oldCharts.items) chart.delete();
      sheet.getRange().clear("All");
    }
    queueSheet(sheet, plan);
    sheet.activate();
    const glance = sheet.getRange(plan.glanceRange).load("text");
    await context.sync();
    return {
      created: existing.isNullObject,
      sheetName: OVERVIEW_SHEET,
      charts: plan.charts.length,
      sections: plan.sections,
      headlines: readGlance([[OVERVIEW_TITLE], ...glance.text]) ?? [],
    };
  });
}
