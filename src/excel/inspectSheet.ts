// Looking at an existing sheet (or the selection) before converting it into a register: the header
// row, the proposed field of each column with how sure the match is, what each value of a choice column
// becomes, each date column's order, and every problem left, for the person to confirm or change.
// Nothing is changed. Where nothing matches, the inspection still proposes a header row with every
// column kept as an extra, so the person maps the columns instead of meeting a refusal.
// Syncs: one (with the readings remembered in the workbook), plus one per ~4 MB chunk of rows.
import type { DateOrderDecision } from "../core/cells/dateOrder";
import {
  planConversion,
  type ConvertPlan,
  type PlannedColumn,
  type ReadingChoices,
} from "../core/registers/convertPlan";
import { REGISTERS } from "../core/registers/definitions";
import { scoreOf } from "../core/registers/detectHeaderRow";
import { headerToText } from "../core/registers/headerText";
import type { HeaderMatchResult } from "../core/registers/matchHeaders";
import type { TableColumn } from "../core/registers/rows";
import { sameHeaders, type StoredReading } from "../core/registers/storedReading";
import type { RegisterDef, RegisterId } from "../core/registers/types";
import type { RowProblem } from "../core/registers/validate";
import type { ValueMapLine } from "../core/registers/valueMaps";
import { rectAddress } from "./address";
import {
  headerRowProblems,
  headerTextProblems,
  overlapProblems,
  registerColumnProblems,
  registerExistsProblem,
  type InspectProblem,
  type ProblemPlace,
} from "./inspectProblems";
import { quoteSheetName } from "../core/cells/a1";
import { placeProblems } from "./readRegister";
import { readRegion, type Rect, type RegionRead, type SheetSource } from "./sheetRegion";
import { queueStoredReadings } from "./sheetReadings";
import { runExcel } from "./run";

export type { InspectProblem, InspectProblemKind } from "./inspectProblems";

export interface InspectOptions {
  /** The person's choices; without them, the ones remembered for the sheet (if its headers still match). */
  choices?: ReadingChoices;
  /** Locale whose date order settles dates that could be read either way (the browser's, in the task pane). */
  locale?: string;
}

export interface Inspection {
  /** False when the sheet cannot be converted (empty, or the register exists). */
  ok: boolean;
  registerId: RegisterId;
  /** True when the headers or values matched the register; false: every column is waiting to be mapped. */
  recognised: boolean;
  sheetName: string;
  /** The area holding data ("Supplies!A1:H40"), or null for an empty sheet. */
  address: string | null;
  /** 1-based sheet row of the headers (matched, guessed or chosen), or null for an empty sheet. */
  headerRow: number | null;
  /** How the header row was found. */
  headerFound: ConvertPlan["headerFound"];
  /** 0-based sheet columns of the area (the table will span them, plus added columns). */
  firstColumn: number;
  lastColumn: number;
  /** 1-based sheet row of the area's first and last rows. */
  firstRow: number;
  lastRow: number;
  /** The sheet's header texts, one per column of the area. */
  headers: string[];
  /** For each column of the area, the register column key it feeds, or null (kept as an extra). */
  mapping: (string | null)[];
  /** Per column: field, confidence, cells converting changes, problems left by kind. */
  columns: PlannedColumn[];
  match: HeaderMatchResult | null;
  /** Choice columns: each distinct value and what it becomes, by field key. */
  valueMaps: Record<string, ValueMapLine[]>;
  /** Date columns with slash dates: how they are read and why, by field key. */
  dateOrders: Record<string, DateOrderDecision>;
  /** Columns added at the right (register columns the sheet lacks, Notes when needed). */
  appended: TableColumn[];
  /** The choices this inspection applied (given, or remembered). */
  choices: ReadingChoices;
  /** When the choices came from the workbook: when they were confirmed. */
  remembered: { savedAt: string } | null;
  /** The first rows of the area as text, to choose another header row from (1-based sheet rows). */
  topRows: { row: number; cells: string[] }[];
  /**
   * The area's values (from `firstRow`), for the task pane to recompute the plan as the person changes
   * their choices (core planConversion, no round trip to Excel).
   */
  values: unknown[][];
  /** Sentences for the person confirming (from core's header matching and detection). */
  notes: string[];
  /** Sheet-level problems (merged cells, blank rows/columns, duplicate headers, …). */
  problems: InspectProblem[];
  /** Cells that will not fit their column once converted, with addresses. */
  cellProblems: RowProblem[];
  /** Data rows (between the header row and the last row, blank ones included). */
  rowCount: number;
  /** When no register was given: how well the sheet matched each register, best first. */
  candidates: { registerId: RegisterId; score: number }[];
}

/** Rows shown for choosing a header row, and the characters kept of each cell there. */
const TOP_ROWS = 30;
const TOP_CELL_CHARS = 40;

function plan(def: RegisterDef, region: RegionRead, rect: Rect, choices: ReadingChoices, locale?: string) {
  return planConversion(def, region.values, {
    firstRow: rect.r0 + 1,
    firstColumn: rect.c0,
    choices,
    locale,
  });
}

/** The register this sheet looks most like (or `def`), with its plan. */
function chooseRegister(
  region: RegionRead,
  rect: Rect,
  choicesFor: (def: RegisterDef) => ReadingChoices,
  locale: string | undefined,
  def?: RegisterDef,
): { def: RegisterDef; plan: ConvertPlan; candidates: Inspection["candidates"] } {
  const scored = (def ? [def] : REGISTERS)
    .map((d) => {
      const p = plan(d, region, rect, choicesFor(d), locale);
      return { def: d, plan: p, score: p.match ? scoreOf(p.match) : 0 };
    })
    .sort((a, b) => b.score - a.score);
  return {
    def: scored[0].def,
    plan: scored[0].plan,
    candidates: scored.filter((s) => s.score > 0).map((s) => ({ registerId: s.def.id, score: s.score })),
  };
}

function topRowsOf(region: RegionRead, rect: Rect): Inspection["topRows"] {
  return region.values.slice(0, TOP_ROWS).map((row, i) => ({
    row: rect.r0 + i + 1,
    cells: row.map((v) => {
      const t = headerToText(v);
      return t.length > TOP_CELL_CHARS ? `${t.slice(0, TOP_CELL_CHARS - 1)}…` : t;
    }),
  }));
}

/** The remembered choices for `def`, when they were made on the headers the sheet still has. */
function rememberedFor(
  stored: StoredReading | null,
  def: RegisterDef,
  region: RegionRead,
  rect: Rect,
): StoredReading | null {
  if (!stored || stored.registerId !== def.id) return null;
  const at = (stored.choices.headerRow ?? 0) - 1 - rect.r0;
  const headers = (region.values[at] ?? []).map(headerToText);
  return at >= 0 && sameHeaders(headers, stored.headers) ? stored : null;
}

/** The first and last rows with anything in them (blank rows outside them are not problems). */
export function dataExtent(p: ConvertPlan): { first: number; last: number } | null {
  const filled = p.body.flatMap((row, i) =>
    row.some((v) => headerToText(v) !== "") ? [p.firstDataRow + i] : [],
  );
  return filled.length ? { first: filled[0], last: filled[filled.length - 1] } : null;
}

/** What an inspection holds before anything is found: all of it for an empty sheet. */
function blankInspection(sheet: string, def: RegisterDef, choices: ReadingChoices | undefined): Inspection {
  return {
    ok: false,
    registerId: def.id,
    recognised: false,
    sheetName: sheet,
    address: null,
    headerRow: null,
    headerFound: null,
    firstColumn: 0,
    lastColumn: 0,
    firstRow: 1,
    lastRow: 0,
    headers: [],
    mapping: [],
    columns: [],
    match: null,
    valueMaps: {},
    dateOrders: {},
    appended: [],
    choices: choices ?? {},
    remembered: null,
    topRows: [],
    values: [],
    notes: [],
    problems: [],
    cellProblems: [],
    rowCount: 0,
    candidates: [],
  };
}

/**
 * The register chosen, its plan, and the remembered reading that plan applied (only when the person
 * gave no choices and the reading was for that register on the headers the sheet still has).
 */
function chooseWithReading(
  region: RegionRead,
  rect: Rect,
  def: RegisterDef | undefined,
  options: InspectOptions & { stored?: StoredReading | null },
): ReturnType<typeof chooseRegister> & { remembered: StoredReading | null } {
  let remembered: StoredReading | null = null;
  const choicesFor = (d: RegisterDef) => {
    if (options.choices) return options.choices;
    const r = rememberedFor(options.stored ?? null, d, region, rect);
    if (r && d === def) remembered = r;
    return r?.choices ?? {};
  };
  const chosen = chooseRegister(region, rect, choicesFor, options.locale, def);
  if (!def)
    remembered = options.choices ? null : rememberedFor(options.stored ?? null, chosen.def, region, rect);
  return { ...chosen, remembered };
}

/** The whole inspection from what was read (pure: shared with convertToRegister's re-check). */
export function inspectRegion(
  region: RegionRead,
  def?: RegisterDef,
  options: InspectOptions & { stored?: StoredReading | null } = {},
): Inspection {
  const sheet = region.sheetName;
  const base = blankInspection(sheet, def ?? REGISTERS[0], options.choices);
  const rect = region.rect;
  if (!rect) {
    base.problems.push({
      kind: "empty",
      severity: "error",
      message: `${sheet} is empty: there is nothing to convert.`,
    });
    return base;
  }
  const { def: d, plan: p, candidates, remembered } = chooseWithReading(region, rect, def, options);
  const out: Inspection = {
    ...base,
    registerId: d.id,
    recognised: candidates.length > 0,
    address: rectAddress(sheet, rect.r0, rect.c0, rect.r1, rect.c1),
    firstColumn: rect.c0,
    lastColumn: rect.c1,
    firstRow: rect.r0 + 1,
    lastRow: rect.r1 + 1,
    candidates,
    choices: options.choices ?? remembered?.choices ?? {},
    remembered: remembered ? { savedAt: remembered.savedAt } : null,
    topRows: topRowsOf(region, rect),
    values: region.values,
    notes: [...p.notes],
  };
  const exists = registerExistsProblem(region, d);
  if (exists) out.problems.push(exists);
  if (!p.ok || !p.match) {
    out.problems.push({ kind: "noHeaderRow", severity: "error", message: p.reason ?? "No header row." });
    return out;
  }
  const match = p.match;
  const headerRow = p.headerRow - 1;
  Object.assign(out, {
    headerRow: p.headerRow,
    headerFound: p.headerFound,
    headers: p.headers,
    mapping: p.columns.map((c) => c.field),
    columns: p.columns,
    match,
    valueMaps: p.valueMaps,
    dateOrders: p.dateOrders,
    appended: p.appended,
    rowCount: rect.r1 - headerRow,
  });
  const place: ProblemPlace = { def: d, sheet, rect, headerRow };
  out.problems.push(
    ...headerRowProblems(place, p.detection),
    ...overlapProblems(place, region),
    ...headerTextProblems(place, match, region.values),
    ...registerColumnProblems(place, match, out.choices),
  );
  out.cellProblems = placeProblems(
    p.problems,
    { sheetName: sheet, firstColumn: rect.c0, layout: p.layout },
    dataExtent(p),
  );
  out.ok = !out.problems.some((x) => x.severity === "error");
  return out;
}

/**
 * Inspects a sheet or the selection; `def` fixes the register, else the best-matching one is proposed.
 * Without `options.choices`, the choices remembered in the workbook for this sheet are applied.
 */
export async function inspectSheet(
  source: SheetSource,
  def?: RegisterDef,
  options: InspectOptions = {},
): Promise<Inspection> {
  const what = "sheet" in source ? quoteSheetName(source.sheet) : "the selection";
  return runExcel(`Looking at ${what}`, async (context) => {
    const stored = queueStoredReadings(context);
    const region = await readRegion(
      context,
      source,
      REGISTERS.map((r) => r.tableName),
    );
    return inspectRegion(region, def, { ...options, stored: stored.get(region.sheetName) });
  });
}
