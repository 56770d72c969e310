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
import { registerById } from "../../src/core/registers/definitions";
import type { RegisterId } from "../../src/core/registers/types";
import { inspectSheet, type Inspection } from "../../src/excel/inspectSheet";
import { installExcel, type SimWorkbook } from "../../src/preview/simulator";
import type { InspectOptions } from "./options";
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
    rows: i.rowCount,
  };
}

function columnsSection(s: SheetInput): Record<string, unknown> {
  const i = s.inspection;
  const columns: ColumnReport[] = i.headers.map((header, c) => {
    const field = s.matched ? (i.mapping[c] ?? null) : null;
    const how = field ? i.match?.confidence[field] : undefined;
    const confidence: Confidence | null = !field ? null : how === "normalized" ? "alias" : (how ?? "manual");
    return { header, field, confidence };
  });
  return { columns };
}

function problemsSection(s: SheetInput): Record<string, unknown> {
  const problems: Record<string, number> = {};
  const count = (kind: string) => (problems[kind] = (problems[kind] ?? 0) + 1);
  for (const p of s.inspection.problems) if (p.severity !== "info") count(p.kind);
  for (const p of s.inspection.cellProblems) count(p.code);
  return { problems };
}

function dateOrderSection(): Record<string, unknown> {
  return { dateOrder: {} };
}

function notesSection(s: SheetInput): Record<string, unknown> {
  return { notes: s.inspection.notes };
}

/** Per-sheet sections, in the order their keys appear. */
export const SHEET_SECTIONS: readonly SheetSection[] = [
  headerSection,
  columnsSection,
  problemsSection,
  dateOrderSection,
  notesSection,
];

async function sheetsSection(input: FileInput): Promise<Record<string, unknown>> {
  const { workbook } = await input.open();
  const { options } = input;
  const def = options.register ? registerById(options.register) : undefined;
  const names = workbook
    .sheetNames()
    .filter((n) => workbook.sheetByName(n)?.visibility === "Visible")
    .filter((n) => options.sheets.length === 0 || options.sheets.includes(n));
  const sheets: SheetReport[] = [];
  for (const name of names) {
    const inspection = await inspectSheet({ sheet: name }, def);
    const matched = def !== undefined || inspection.candidates.length > 0;
    const sheet: SheetInput = { options, workbook, name, inspection, matched };
    const report = { name } as SheetReport;
    for (const section of SHEET_SECTIONS) Object.assign(report, section(sheet));
    sheets.push(report);
  }
  return { sheets };
}

/** Top-level sections after "file", in the order their keys appear. */
export const FILE_SECTIONS: readonly FileSection[] = [sheetsSection, saveSection, formulasSection];

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
