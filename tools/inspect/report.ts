// The report of `npm run inspect`: one JSON object built from sections, each a function of what was read.
//
// Where a new part of the report goes:
//   - something about the whole file (how saving it back would go, its formulas, an import of its rows)
//     is a top-level key: write `function xSection(input: FileInput): Promise<Record<string, unknown>>`
//     and add it to FILE_SECTIONS below. Each section gets a fresh look at the file (its own simulated
//     workbook), so one section cannot change what another sees;
//   - something about each sheet is a key of the sheet's object: add a function to SHEET_SECTIONS.
// The keys the task pane's plan promises (file, sheets[].name/register/headerRow/rows/columns/problems/
// dateOrder) keep their shape; more keys are fine.
import type { ReadingChoices } from "../../src/core/registers/convertPlan";
import { registerById } from "../../src/core/registers/definitions";
import type { RegisterDef, RegisterId } from "../../src/core/registers/types";
import { inspectSheet, type Inspection } from "../../src/excel/inspectSheet";
import { installExcel, type SimWorkbook } from "../../src/preview/simulator";
import { callImportSection } from "./callImport";
import { UsageError, type InspectOptions } from "./options";
import { readInput, type InputWorkbook } from "./readInput";
import { formulasSection, saveSection } from "./roundTrip";

export type Confidence = "exact" | "alias" | "fuzzy" | "content" | "manual";

export interface ColumnReport {
  header: string;
  field: string | null;
  confidence: Confidence | null;
}

export interface SheetReport {
  name: string;
  register: RegisterId | null;
  headerRow: number | null;
  rows: number;
  columns: ColumnReport[];
  problems: Record<string, number>;
  dateOrder: Record<string, "DMY" | "MDY">;
  [more: string]: unknown;
}

export interface InspectReport {
  file: string;
  sheets: SheetReport[];
  [more: string]: unknown;
}

/** What every section is given: the options, and a way to read the file afresh. */
export interface FileInput {
  options: InspectOptions;
  /** The file read into a new simulated workbook (with Excel installed on it). */
  open(): Promise<InputWorkbook>;
}

/** One sheet as the task pane would inspect it. */
export interface SheetInput {
  options: InspectOptions;
  workbook: SimWorkbook;
  name: string;
  inspection: Inspection;
  /** False when nothing on the sheet matched any register (and none was named with --register). */
  matched: boolean;
}

type SheetSection = (sheet: SheetInput) => Record<string, unknown>;
type FileSection = (input: FileInput) => Promise<Record<string, unknown>>;

function headerSection(s: SheetInput): Record<string, unknown> {
  const i = s.inspection;
  return {
    register: s.matched ? i.registerId : null,
    headerRow: s.matched ? i.headerRow : null,
    headerFound: s.matched ? i.headerFound : null,
    rows: i.rowCount,
    ...(s.options.register ? {} : { candidates: i.candidates }),
  };
}

const headerOf = (s: SheetInput, key: string) =>
  s.inspection.headers[s.inspection.mapping.indexOf(key)] ?? key;

function columnsSection(s: SheetInput): Record<string, unknown> {
  const columns = s.inspection.columns.map((c) => {
    const field = s.matched ? c.field : null;
    return {
      header: c.header,
      field,
      confidence: field ? (c.confidence ?? "manual") : null,
      changed: c.changed,
      toNotes: c.toNotes,
      problems: c.problems,
    };
  });
  return { columns, appended: s.matched ? s.inspection.appended.map((c) => c.header) : [] };
}

function problemsSection(s: SheetInput): Record<string, unknown> {
  const problems: Record<string, number> = {};
  const count = (kind: string) => (problems[kind] = (problems[kind] ?? 0) + 1);
  // A sheet no register matches has no problems yet: they depend on the register and columns chosen.
  if (!s.matched) return { problems };
  for (const p of s.inspection.problems) if (p.severity !== "info") count(p.kind);
  for (const p of s.inspection.cellProblems) count(p.code);
  return { problems };
}

function datesSection(s: SheetInput): Record<string, unknown> {
  const dateOrder: Record<string, "DMY" | "MDY"> = {};
  const dates: Record<string, unknown> = {};
  if (s.matched)
    for (const [key, d] of Object.entries(s.inspection.dateOrders)) {
      dateOrder[headerOf(s, key)] = d.order;
      dates[headerOf(s, key)] = d;
    }
  return { dateOrder, dates };
}

function valuesSection(s: SheetInput): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (s.matched)
    for (const [key, lines] of Object.entries(s.inspection.valueMaps))
      values[headerOf(s, key)] = lines.map(({ value, count, to, how }) => ({ value, count, to, how }));
  return { values };
}

function notesSection(s: SheetInput): Record<string, unknown> {
  return { notes: s.inspection.notes };
}

/** Per-sheet sections, in the order their keys appear. */
export const SHEET_SECTIONS: readonly SheetSection[] = [
  headerSection,
  columnsSection,
  problemsSection,
  datesSection,
  valuesSection,
  notesSection,
];

/** The person's choices from the command line, for one sheet whose headers are now known. */
function choicesFor(options: InspectOptions, first: Inspection, used: Set<string>): ReadingChoices {
  const choices: ReadingChoices = {};
  if (options.headerRow !== undefined) choices.headerRow = options.headerRow;
  const columns: Record<number, string | null> = {};
  const fold = (h: string) => h.trim().replace(/\s+/g, " ").toLowerCase();
  for (const [header, key] of Object.entries(options.map)) {
    const i = first.headers.findIndex((h) => fold(h) === fold(header));
    if (i < 0) continue;
    used.add(header);
    columns[i] = key;
  }
  if (Object.keys(columns).length) choices.columns = columns;
  if (Object.keys(options.fill).length) choices.fills = options.fill;
  return choices;
}

function dateChoices(options: InspectOptions, inspection: Inspection, used: Set<string>) {
  const orders: Record<string, "DMY" | "MDY"> = {};
  const fold = (h: string) => h.trim().replace(/\s+/g, " ").toLowerCase();
  for (const [header, order] of Object.entries(options.dateOrder)) {
    const i = inspection.headers.findIndex((h) => fold(h) === fold(header));
    const key = i >= 0 ? inspection.mapping[i] : null;
    if (!key) continue;
    used.add(header);
    orders[key] = order;
  }
  return orders;
}

function checkFields(options: InspectOptions, def: RegisterDef) {
  const keys = def.columns.map((c) => c.key);
  for (const key of [...Object.values(options.map), ...Object.keys(options.fill)]) {
    if (key !== null && !keys.includes(key))
      throw new UsageError(`${def.name} has no field "${key}". Its fields: ${keys.join(", ")}.`);
  }
}

async function inspectOne(
  options: InspectOptions,
  name: string,
  def: RegisterDef | undefined,
  used: Set<string>,
) {
  const manual =
    options.headerRow !== undefined ||
    Object.keys(options.map).length > 0 ||
    Object.keys(options.dateOrder).length > 0 ||
    Object.keys(options.fill).length > 0;
  const first = await inspectSheet({ sheet: name }, def, {
    locale: options.locale,
    ...(manual ? { choices: options.headerRow ? { headerRow: options.headerRow } : {} } : {}),
  });
  if (!manual) return first;
  const register = def ?? registerById(first.registerId);
  checkFields(options, register);
  const choices = choicesFor(options, first, used);
  const second = await inspectSheet({ sheet: name }, register, { locale: options.locale, choices });
  const dateOrders = dateChoices(options, second, used);
  if (Object.keys(dateOrders).length === 0) return second;
  return inspectSheet({ sheet: name }, register, {
    locale: options.locale,
    choices: { ...choices, dateOrders },
  });
}

async function sheetsSection(input: FileInput): Promise<Record<string, unknown>> {
  const { workbook } = await input.open();
  const { options } = input;
  const def = options.register ? registerById(options.register) : undefined;
  const names = workbook
    .sheetNames()
    .filter((n) => workbook.sheetByName(n)?.visibility === "Visible")
    .filter((n) => options.sheets.length === 0 || options.sheets.includes(n));
  const missing = options.sheets.filter((n) => !names.includes(n));
  if (missing.length)
    throw new UsageError(
      `There is no sheet "${missing[0]}". The sheets: ${workbook.sheetNames().join(", ")}.`,
    );
  const used = new Set<string>();
  const sheets: SheetReport[] = [];
  const headers: string[] = [];
  for (const name of names) {
    const inspection = await inspectOne(options, name, def, used);
    headers.push(...inspection.headers);
    const manual = Object.keys(options.map).length > 0;
    const matched = def !== undefined || manual || inspection.recognised;
    const sheet: SheetInput = { options, workbook, name, inspection, matched };
    const report = { name } as SheetReport;
    for (const section of SHEET_SECTIONS) Object.assign(report, section(sheet));
    sheets.push(report);
  }
  const unused = [...Object.keys(options.map), ...Object.keys(options.dateOrder)].filter((h) => !used.has(h));
  if (unused.length)
    throw new UsageError(
      `No column is headed "${unused[0]}" (or it feeds no date field). The headers: ${[...new Set(headers)].map((h) => JSON.stringify(h)).join(", ")}.`,
    );
  return { sheets };
}

/** Top-level sections after "file", in the order their keys appear. */
export const FILE_SECTIONS: readonly FileSection[] = [
  sheetsSection,
  saveSection,
  formulasSection,
  callImportSection,
];

export async function buildReport(options: InspectOptions): Promise<InspectReport> {
  const input: FileInput = {
    options,
    open: async () => {
      const read = await readInput(options.file);
      installExcel(read.workbook, { clientName: "inspect" });
      return read;
    },
  };
  const report: InspectReport = { file: options.file, sheets: [] };
  for (const section of FILE_SECTIONS) Object.assign(report, await section(input));
  return report;
}
