// Importing a CSV of calls whose columns the person chose (the same reading as converting a sheet:
// core/registers planConversion, with its header row, column, value and date-order choices). For files
// no format and no header recognises, a headerless export included: the person says which column is
// what, so no file is a dead end. What follows is what every call list import does: defaults, repeats,
// and all or nothing on values that cannot be read.
import type { CellValue, DateSystem } from "../cells/types";
import { parseDelimited, recordsOf, type DelimitedEntry } from "../csv";
import { planConversion, type ConvertPlan, type ReadingChoices } from "../registers/convertPlan";
import { isCalculated } from "../registers/columnDefaults";
import { callLog } from "../registers/definitions/callLog";
import {
  emptyPlan,
  type CallImportPlan,
  type ImportLineError,
  type ImportRow,
  type SkippedLine,
} from "./importPlan";
import { defaultNotes, fillCallDefaults, repeatsInFile } from "./listRows";
import type { CallChannel, CallStatus } from "./values";

/** How the person reads the file: the sheet-reading choices, and whether its first line is a call. */
export interface CallReading {
  choices: ReadingChoices;
  /** The file has no line of column names: every line is a call, columns are named Column 1, 2… */
  headerless?: boolean;
}

export interface MappedImportOptions {
  defaultChannel?: CallChannel;
  defaultStatus?: CallStatus;
  dateSystem?: DateSystem;
  /** Settles dates no value of the file decides (the person's browser locale). */
  locale?: string;
}

/**
 * The rows the mapping screen reads: the file's records, under a line of "Column 1", "Column 2"… when the
 * file has no line of column names (so its first call is read as a call, not as headers).
 */
export function readingRows(fields: readonly (readonly string[])[], headerless = false): string[][] {
  if (!headerless) return fields.map((f) => [...f]);
  const width = fields.reduce((w, f) => Math.max(w, f.length), 0);
  return [Array.from({ length: width }, (_, i) => `Column ${i + 1}`), ...fields.map((f) => [...f])];
}

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
const isBlank = (v: unknown) => text(v) === "";

/** The plan for a call list read with the person's choices, before it is compared with the log. */
export function prepareMappedImport(
  entries: readonly DelimitedEntry[],
  delimiter: string,
  reading: CallReading,
  options: MappedImportOptions = {},
): CallImportPlan {
  const defaults = { channel: options.defaultChannel ?? "Phone", status: options.defaultStatus ?? "Open" };
  const skipped: SkippedLine[] = [];
  const records: { line: number; fields: string[] }[] = [];
  for (const e of entries) {
    if (e.kind === "record") records.push(e);
    else if (e.kind === "broken")
      skipped.push({ line: e.line, kind: "unreadable", reason: e.reason, raw: e.raw });
  }
  const rows = readingRows(
    records.map((r) => r.fields),
    reading.headerless,
  );
  // rows[i] is the file's line lineOf(i); a headerless file's added line of names is none.
  const lineOf = (i: number) => records[reading.headerless ? i - 1 : i]?.line ?? i + 1;
  const choices = reading.headerless ? { ...reading.choices, headerRow: 1 } : reading.choices;
  const plan = planConversion(callLog, rows, {
    choices,
    dateSystem: options.dateSystem,
    locale: options.locale,
  });
  const format = { id: "generic" as const, name: "a call list", layout: "columns chosen by you" };
  if (!plan.ok) {
    const failed = emptyPlan(delimiter, [plan.reason ?? "No line of the file can be read."], format);
    failed.skipped = skipped;
    return failed;
  }

  // The file's own reference is never the Call ID (the register numbers its calls); it is kept as the
  // Phone system ID, by which importing the same file again adds nothing twice.
  const fields = plan.columns.map((c) => c.field);
  const notes: string[] = [];
  const idAt = fields.indexOf("callId");
  if (idAt >= 0) {
    const keep = !fields.includes("systemCallId");
    fields[idAt] = keep ? "systemCallId" : null;
    notes.push(
      `The "${plan.headers[idAt]}" column is not used as Call ID; each call gets a new Call ID${keep ? ` and keeps it as its Phone system ID` : ""}.`,
    );
  }
  const mapping = plan.headers.map((h, i) => ({
    header: h || `Column ${i + 1}`,
    column: fields[i] ? callLog.columns.find((c) => c.key === fields[i])!.header : null,
  }));
  if (!fields.includes("receivedAt")) {
    const failed = emptyPlan(
      delimiter,
      ["Choose the column that holds the date and time of each call (Received at)."],
      format,
    );
    return { ...failed, skipped, mapping };
  }

  const lineErrors = valueErrors(plan, lineOf);
  const { read, counts } = callRows(plan, fields, defaults, lineOf);
  const { toAdd, duplicatesInFile } = repeatsInFile(read);
  notes.push(...defaultNotes(counts, fields.includes("channel"), defaults.channel));
  const unused = mapping.filter((m) => m.column === null).map((m) => `"${m.header}"`);
  if (unused.length > 0) notes.push(`Not imported (left without a Call log column): ${unused.join(", ")}.`);
  return {
    ok: lineErrors.length === 0,
    format,
    fileErrors: [],
    lineErrors,
    toAdd: lineErrors.length === 0 ? toAdd : [],
    alreadyInLog: [],
    duplicatesInFile,
    calls: read.length,
    mergedLegs: 0,
    skipped,
    mapping,
    reading,
    notes,
    extensions: null,
    delimiter,
  };
}

/** A reading the person chose, kept with the shape of the file it was chosen for. */
export interface RememberedReading {
  delimiter: string;
  width: number;
  /** The first line's fields (lower case, trimmed), for a file with a line of column names. */
  header: string[];
  reading: CallReading;
}

/** Files looked at to tell a file's width (an export's odd line does not change its shape). */
const SHAPE_LINES = 25;

function shapeOf(csv: string): Omit<RememberedReading, "reading"> {
  const parsed = parseDelimited(csv);
  const records = recordsOf(parsed).slice(0, SHAPE_LINES);
  const width = records.reduce((w, r) => Math.max(w, r.fields.length), 0);
  const header = (records[0]?.fields ?? []).map((f) => f.trim().toLowerCase());
  return { delimiter: parsed.delimiter, width, header };
}

const sameShape = (a: Omit<RememberedReading, "reading">, b: RememberedReading) =>
  a.delimiter === b.delimiter &&
  a.width === b.width &&
  // A headerless file's first line is a call, different every time: its width and separator say enough.
  (b.reading.headerless === true || a.header.join("\u001f") === b.header.join("\u001f"));

/** The reading the person chose for a file like `csv` before, if any. */
export function rememberedReading(saved: readonly RememberedReading[], csv: string): CallReading | undefined {
  const shape = shapeOf(csv);
  return saved.find((s) => sameShape(shape, s))?.reading;
}

/** Readings kept: the one for `csv`'s shape first, then the others, at most `keep`. */
export function rememberReading(
  saved: readonly RememberedReading[],
  csv: string,
  reading: CallReading,
  keep = 10,
): RememberedReading[] {
  const shape = shapeOf(csv);
  const entry = { ...shape, reading };
  // The newest reading for a shape replaces any older one for it.
  return [entry, ...saved.filter((s) => !sameShape(shape, s))].slice(0, keep);
}

/** Saved readings from a setting's text; anything unreadable counts as none. */
export function parseRememberedReadings(text: unknown): RememberedReading[] {
  if (typeof text !== "string" || text === "") return [];
  try {
    const list: unknown = JSON.parse(text);
    return Array.isArray(list)
      ? list.filter(
          (s): s is RememberedReading =>
            typeof s === "object" &&
            s !== null &&
            typeof s.delimiter === "string" &&
            typeof s.width === "number" &&
            Array.isArray(s.header) &&
            typeof s.reading === "object" &&
            s.reading !== null,
        )
      : [];
  } catch {
    return [];
  }
}

/**
 * Values the register's columns cannot take stop the import, each with its line, as for any call list.
 * A blank the import fills (channel, caller…) is not one.
 */
function valueErrors(plan: ConvertPlan, lineOf: (i: number) => number): ImportLineError[] {
  const filledByDefault = new Set(["channel", "direction", "priority", "status", "caller"]);
  return plan.problems
    .filter((p) => p.severity === "error" && !(filledByDefault.has(p.column ?? "") && isBlank(p.value)))
    .map((p) => ({
      line: lineOf(p.row - 1),
      column: p.header ?? "",
      message: p.message.replace(/^Row \d+, [^:]*: /, ""),
    }));
}

/** The register's values of each non-blank row: the file's columns as read, and a value chosen for every row. */
function callRows(
  plan: ConvertPlan,
  fields: readonly (string | null)[],
  defaults: { channel: CallChannel; status: CallStatus },
  lineOf: (i: number) => number,
): { read: ImportRow[]; counts: { channels: number; callers: number } } {
  const sources = [
    ...fields.map((key, c) => ({ key, c })),
    ...plan.appended.map((col, j) => ({ key: col.key, c: plan.sheetWidth + j })),
  ].filter(
    (s): s is { key: string; c: number } =>
      s.key !== null && s.key !== "callId" && !isCalculated(callLog.columns.find((d) => d.key === s.key)!),
  );
  const read: ImportRow[] = [];
  const counts = { channels: 0, callers: 0 };
  plan.body.forEach((row, r) => {
    if (row.slice(0, plan.sheetWidth).every(isBlank)) return;
    const values: Record<string, CellValue> = {};
    for (const s of sources) if (!isBlank(row[s.c])) values[s.key] = row[s.c];
    const filled = fillCallDefaults(values, defaults);
    if (filled.channel) counts.channels++;
    if (filled.caller) counts.callers++;
    read.push({ line: lineOf(plan.firstDataRow - 1 + r), values });
  });
  return { read, counts };
}
