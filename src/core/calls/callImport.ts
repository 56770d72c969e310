// Importing calls from a file into the Call log: the file is read by the one tolerant CSV reader
// (core/csv, the same the preview opens files with), recognised as a phone system's call records
// (cdr/detect.ts: Asterisk, FreePBX, FreeSWITCH, 3CX) or read as any other call list by its headers
// (genericImport.ts). Nothing is written here: the plan says what would be added, what is already in the
// log, and which lines are left out and why.
import type { DateSystem } from "../cells/types";
import { parseDelimited, recordsOf } from "../csv";
import { prepareCdrImport } from "./cdr/cdrImport";
import { detectCdrFormat } from "./cdr/detect";
import type { CallRow } from "./followUps";
import { prepareGenericImport } from "./genericImport";
import { prepareMappedImport, type CallReading } from "./mappedImport";
import { emptyPlan, finishImport, type CallImportPlan } from "./importPlan";
import type { CallChannel, CallStatus } from "./values";

export type { CallImportPlan, ImportLineError, ImportRow, SkippedLine } from "./importPlan";
export {
  parseRememberedReadings,
  readingRows,
  rememberedReading,
  rememberReading,
  type CallReading,
  type RememberedReading,
} from "./mappedImport";

export interface CallImportOptions {
  /** Channel for rows of a call list that have none (a fax server's export: "Fax"). Default "Phone". */
  defaultChannel?: CallChannel;
  /** Status for rows of a call list that have none. Default "Open", as in the quick-entry form. */
  defaultStatus?: CallStatus;
  /** The office's extensions ("101-104, 600"), for a phone system's records; guessed when blank. */
  internalExtensions?: string;
  dateSystem?: DateSystem;
  /** The columns as the person chose them (any CSV, whatever its shape); the file is read only so. */
  reading?: CallReading;
  /** Settles dates no value of the file decides, for a reading chosen by the person. */
  locale?: string;
}

/**
 * What importing `csv` would do before the log is looked at: every call of the file in `toAdd`. The
 * expensive part (reading, recognising, merging legs), done once per file; finishImport compares it with
 * the log as it is when the calls are added.
 */
export function prepareCallImport(csv: string, options: CallImportOptions = {}): CallImportPlan {
  const parsed = parseDelimited(csv);
  const records = recordsOf(parsed);
  if (records.length === 0 && !parsed.entries.some((e) => e.kind === "broken")) {
    return emptyPlan(parsed.delimiter, ["The file is empty: there are no calls to import."]);
  }
  // The person's reading wins over any guess: it is how a file of unknown shape is read at all.
  if (options.reading) return prepareMappedImport(parsed.entries, parsed.delimiter, options.reading, options);
  const detected = detectCdrFormat(records.map((r) => r.fields));
  if (detected) return prepareCdrImport(parsed.entries, detected, parsed.delimiter, options);
  if (records.length === 0) {
    const plan = emptyPlan(parsed.delimiter, ["No line of the file can be read."]);
    plan.skipped = parsed.entries.flatMap((e) =>
      e.kind === "broken"
        ? [{ line: e.line, kind: "unreadable" as const, reason: e.reason, raw: e.raw }]
        : [],
    );
    return plan;
  }
  return prepareGenericImport(parsed.entries, parsed.delimiter, options);
}

export function planCallImport(
  csv: string,
  existing: readonly CallRow[],
  options: CallImportOptions = {},
): CallImportPlan {
  return finishImport(prepareCallImport(csv, options), existing);
}
