// Planning the Overview sheet: from the sections (sections.ts) and what the workbook holds, every cell
// (formulas over the register tables, labels written as literal text), number formats, headings, the
// native charts over those cells, and the print area. Pure: src/excel/overview writes what this plans.
import { literalText } from "../cells/textSafety";
import { columnLetters } from "../cells/a1";
import type { RegisterDef } from "../registers/types";
import { distinctKey, distinctLabels, exactCriterion, stringLiteral, wholeColumn } from "./references";
import { NEVER_READ, SECTIONS } from "./sections";
import { GLANCE_HEADERS, GLANCE_TITLE, OVERVIEW_SHEET, OVERVIEW_TITLE, SECTION_PAGES } from "./sheet";
import type {
  BlockDef,
  ColumnRef,
  OverviewFacts,
  OverviewPlan,
  OverviewSettings,
  PlannedChart,
  RowContext,
  SectionDef,
  SectionOutcome,
} from "./types";

/** Columns A–H: one page wide when printed (page setup fits them to the width). */
const WIDTH = 8;
const COLUMN_WIDTHS = [190, 70, 70, 70, 60, 60, 60, 60];
/** Tables this narrow get their chart beside them (E–H); wider ones below. */
const BESIDE_MAX_COLUMNS = 4;
const CHART_MIN_ROWS = 15;
/** Rows of distinct values a table shows at most (the rest are counted in a note). */
export const MAX_DISTINCT_ROWS = 40;

class MissingColumn extends Error {}

/** The staff rules' defaults (src/excel/staff/rules.ts), for facts read without settings. */
const DEFAULT_SETTINGS: OverviewSettings = { trainingWarnDays: 30 };

interface Grid {
  cells: (string | number)[][];
  formats: string[][];
}

function newRow(grid: Grid): number {
  grid.cells.push(Array<string | number>(WIDTH).fill(""));
  grid.formats.push(Array<string>(WIDTH).fill("General"));
  return grid.cells.length - 1;
}

const a1 = (row: number, col: number) => `${columnLetters(col)}${row + 1}`;
const rect = (r0: number, c0: number, r1: number, c1: number) => `${a1(r0, c0)}:${a1(r1, c1)}`;

/** A register column reference that records what the workbook lacks instead of writing a #REF!. */
function columnRefs(facts: OverviewFacts): { ref: ColumnRef; missing: () => string | null } {
  let missing: string | null = null;
  const ref: ColumnRef = (register: RegisterDef, key: string) => {
    if (NEVER_READ.some((t) => t.toLowerCase() === register.tableName.toLowerCase()))
      throw new Error(`The Overview never reads the ${register.tableName} register.`);
    const column = register.columns.find((c) => c.key === key);
    if (!column) throw new Error(`${register.name} has no column "${key}"`);
    const table = facts.tables[register.id];
    if (!table) {
      missing = `it needs the ${register.name} register`;
      throw new MissingColumn();
    }
    const header = table.headers.find((h) => h.trim().toLowerCase() === column.header.toLowerCase());
    if (header === undefined) {
      missing = `the ${table.tableName} table has no "${column.header}" column`;
      throw new MissingColumn();
    }
    return wholeColumn(table.tableName, header.trim());
  };
  return { ref, missing: () => missing };
}

/** The formula, or why it can't be written here. */
function build<T>(
  facts: OverviewFacts,
  make: (r: ColumnRef) => T,
): { ok: true; value: T } | { ok: false; why: string } {
  const refs = columnRefs(facts);
  try {
    return { ok: true, value: make(refs.ref) };
  } catch (error) {
    if (error instanceof MissingColumn) return { ok: false, why: refs.missing() ?? "" };
    throw error;
  }
}

interface RowPlan {
  label: string | number;
  labelFormula?: string;
  criterion?: string;
  value?: string;
}

/** A row of a fixed or distinct value: its exact criterion and its value as a literal ("" when blank). */
const valueRow = (label: string, value: string): RowPlan => ({
  label,
  criterion: exactCriterion(value),
  value: stringLiteral(value),
});

function blockRows(block: BlockDef, facts: OverviewFacts): { rows: RowPlan[]; more: number } {
  const rows = block.rows;
  if (rows.kind === "fixed") return { rows: rows.labels.map((l) => valueRow(l, l)), more: 0 };
  if (rows.kind === "days") {
    return {
      rows: Array.from({ length: rows.days }, (_, i) => ({
        label: 0,
        labelFormula: `=TODAY()-${rows.days - 1 - i}`,
      })),
      more: 0,
    };
  }
  const values = facts.columnValues[distinctKey(rows.register.id, rows.column)] ?? [];
  const found = distinctLabels(values, MAX_DISTINCT_ROWS);
  const out: RowPlan[] = found.labels.map((l) => valueRow(l, l));
  if (found.blank) out.push(valueRow(rows.blankLabel, ""));
  return { rows: out, more: found.more };
}

/** Lays one block out from `start`; returns the next free row and any chart. */
function layoutBlock(
  grid: Grid,
  block: BlockDef,
  facts: OverviewFacts,
  headings: { headers: string[] },
  charts: PlannedChart[],
  notes: string[],
): void {
  // A column whose formula cannot be written is left out (with the reason); a block with none left is.
  const { rows, more } = blockRows(block, facts);
  const probeRow: RowContext = { index: 0, labelCell: "$A1", criterion: exactCriterion(""), value: '""' };
  const settings = facts.settings ?? DEFAULT_SETTINGS;
  const probes = block.columns.map((c) => build(facts, (r) => c.formula(r, probeRow, settings)));
  const columns = block.columns.filter((_, i) => probes[i].ok);
  const failed = probes.flatMap((p) => (p.ok ? [] : [p.why]));
  if (columns.length === 0) {
    notes.push(`${block.title} is left out: ${failed[0]}.`);
    return;
  }
  block.columns.forEach((c, i) => {
    const probe = probes[i];
    if (!probe.ok) notes.push(`${c.header} in ${block.title} is left out: ${probe.why}.`);
  });
  // A chart of a column that is left out would chart another under its title.
  const charted = block.chart?.valueColumns ?? block.columns.length;
  const chart = probes.slice(0, charted).every((p) => p.ok) ? block.chart : undefined;
  const title = newRow(grid);
  grid.cells[title][0] = block.title;
  headings.headers.push(rect(title, 0, title, 0));
  if (rows.length === 0) {
    grid.cells[newRow(grid)][0] = block.emptyText;
    newRow(grid);
    return;
  }
  const header = newRow(grid);
  grid.cells[header][0] = block.labelHeader;
  columns.forEach((c, i) => (grid.cells[header][1 + i] = c.header));
  headings.headers.push(rect(header, 0, header, columns.length));
  const { ref } = columnRefs(facts);
  let last = header;
  rows.forEach((row, index) => {
    const r = newRow(grid);
    last = r;
    const context: RowContext = {
      index,
      labelCell: `$A${r + 1}`,
      criterion: row.criterion,
      value: row.value,
    };
    if (row.labelFormula) {
      grid.cells[r][0] = row.labelFormula;
      grid.formats[r][0] = "ddd d mmm";
    } else grid.cells[r][0] = typeof row.label === "string" ? literalText(row.label) : row.label;
    columns.forEach((c, i) => {
      grid.cells[r][1 + i] = c.formula(ref, context, settings);
      if (c.format) grid.formats[r][1 + i] = c.format;
    });
  });
  if (more > 0) grid.cells[newRow(grid)][0] = `…and ${more} more, not listed.`;
  if (chart)
    placeChart(grid, chart, { title, header, last, columns: columns.length, rows: rows.length }, charts);
  newRow(grid);
}

/**
 * Places a block's chart beside the block when the block is narrow enough, else under it, and makes the
 * grid long enough to hold it. Rows are 0-based grid rows: the block's title, header and last row.
 */
function placeChart(
  grid: Grid,
  chart: NonNullable<BlockDef["chart"]>,
  at: { title: number; header: number; last: number; columns: number; rows: number },
  charts: PlannedChart[],
): void {
  const valueColumns = Math.min(chart.valueColumns ?? at.columns, at.columns);
  const beside = 1 + at.columns <= BESIDE_MAX_COLUMNS;
  const top = beside ? at.title : grid.cells.length;
  const bottom = top + Math.max(CHART_MIN_ROWS, beside ? at.last - at.title + 1 : 0) - 1;
  charts.push({
    name: `Overview ${charts.length + 1}`,
    title: chart.title,
    type: chart.type,
    source: rect(at.header, 0, at.last, valueColumns),
    seriesBy: chart.seriesBy,
    reverseCategories: chart.reverseCategories === true,
    legend:
      chart.type === "Pie"
        ? "Right"
        : (chart.seriesBy === "Rows" ? at.rows : valueColumns) > 1
          ? "Bottom"
          : "None",
    from: a1(top, beside ? BESIDE_MAX_COLUMNS : 0),
    to: a1(bottom, WIDTH - 1),
  });
  while (grid.cells.length <= bottom) newRow(grid);
}

export interface PlanOptions {
  /** When the layout is made (an Excel date serial, local time): shown on the sheet. */
  refreshedAt: number;
  sections?: readonly SectionDef[];
}

/** The sheet's title, the date the figures are as of and when the layout was made, then a blank row. */
function writeTitleRows(grid: Grid, refreshedAt: number): number {
  const titleRow = newRow(grid);
  grid.cells[titleRow][0] = OVERVIEW_TITLE;
  const asOf = newRow(grid);
  grid.cells[asOf][0] = "Figures as of";
  grid.cells[asOf][1] = "=TODAY()";
  grid.formats[asOf][1] = "d mmm yyyy";
  grid.cells[asOf][2] = "The figures follow the registers as anyone edits them.";
  const refreshed = newRow(grid);
  grid.cells[refreshed][0] = "Layout refreshed";
  grid.cells[refreshed][1] = refreshedAt;
  grid.formats[refreshed][1] = "d mmm yyyy h:mm";
  grid.cells[refreshed][2] =
    "New categories, suppliers, machines, positions and courses appear at the next refresh.";
  newRow(grid);
  return titleRow;
}

/** The Overview for a workbook holding `facts`: sections whose registers exist, figures whose columns do. */
export function planOverview(facts: OverviewFacts, options: PlanOptions): OverviewPlan {
  const sections = options.sections ?? SECTIONS;
  const settings = facts.settings ?? DEFAULT_SETTINGS;
  const grid: Grid = { cells: [], formats: [] };
  const headings = { headers: [] as string[] };
  const sectionRanges: string[] = [];
  const charts: PlannedChart[] = [];
  const outcomes: SectionOutcome[] = [];

  const titleRow = writeTitleRows(grid, options.refreshedAt);

  const shown = sections.filter((s) => s.registers.some((r) => facts.tables[r.id]));
  const glanceTitle = newRow(grid);
  grid.cells[glanceTitle][0] = GLANCE_TITLE;
  sectionRanges.push(rect(glanceTitle, 0, glanceTitle, WIDTH - 1));
  const glanceHeader = newRow(grid);
  GLANCE_HEADERS.forEach((h, i) => (grid.cells[glanceHeader][i] = h));
  headings.headers.push(rect(glanceHeader, 0, glanceHeader, GLANCE_HEADERS.length - 1));
  for (const section of sections) {
    const notes: string[] = [];
    const isShown = shown.includes(section);
    if (!isShown)
      notes.push(`Left out: no ${section.registers.map((r) => r.name).join(" or ")} register yet.`);
    if (isShown) {
      for (const figure of section.figures) {
        const label = typeof figure.label === "string" ? figure.label : figure.label(settings);
        const formula = build(facts, (r) => figure.formula(r, settings));
        if (!formula.ok) {
          notes.push(`${label} is left out: ${formula.why}.`);
          continue;
        }
        const r = newRow(grid);
        grid.cells[r][0] = label;
        grid.cells[r][1] = formula.value;
        grid.cells[r][2] = section.title;
        if (figure.format) grid.formats[r][1] = figure.format;
      }
    }
    outcomes.push({
      id: section.id,
      title: section.title,
      page: SECTION_PAGES[section.title] ?? "home",
      shown: isShown,
      notes,
    });
  }
  const glanceLast = grid.cells.length - 1;
  if (shown.length === 0)
    grid.cells[newRow(grid)][0] = "No registers in this workbook yet: create one from the task pane.";
  newRow(grid);

  for (const section of shown) {
    const r = newRow(grid);
    grid.cells[r][0] = section.title;
    sectionRanges.push(rect(r, 0, r, WIDTH - 1));
    const outcome = outcomes.find((o) => o.id === section.id)!;
    for (const block of section.blocks) layoutBlock(grid, block, facts, headings, charts, outcome.notes);
  }

  const lastRow = grid.cells.length - 1;
  return {
    sheetName: OVERVIEW_SHEET,
    cells: grid.cells,
    numberFormats: grid.formats,
    lastCell: a1(lastRow, WIDTH - 1),
    columnWidths: COLUMN_WIDTHS,
    titleRange: rect(titleRow, 0, titleRow, 0),
    sectionRanges,
    headerRanges: headings.headers,
    charts,
    printArea: rect(0, 0, lastRow, WIDTH - 1),
    glanceRange: rect(glanceHeader, 0, Math.max(glanceHeader, glanceLast), GLANCE_HEADERS.length - 1),
    sections: outcomes,
  };
}
