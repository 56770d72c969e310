// The "import" section of `npm run inspect -- FILE --register callLog`: what Calls > Import would make of
// a phone system's export or call list (the same core planCallImport, against an empty Call log).
import { readFileSync } from "node:fs";
import path from "node:path";
import { importSummary, planCallImport } from "../../src/core/calls";
import { decodeCsv } from "../../src/preview/files/csvText";
import { formatOf } from "./readInput";
import type { FileInput } from "./report";

export interface ImportReport {
  /** "asterisk-master", "asterisk-db", "freeswitch-csv", "3cx-cdr", or "generic" (any other call list). */
  format: string;
  /** Calls in the file, legs merged. */
  calls: number;
  /** Lines folded into another line's call. */
  mergedLegs: number;
  /** Lines not imported (unreadable, internal calls, no readable date). */
  skipped: number;
  /** Lines that repeat an earlier line of the file. */
  duplicates: number;
  /** "12 new, 0 already in the log, 3 legs merged, 1 line skipped (1 internal call)". */
  summary: string;
}

export async function callImportSection(input: FileInput): Promise<Record<string, unknown>> {
  const { file, register } = input.options;
  const format = formatOf(file);
  if (register !== "callLog" || (format !== "csv" && format !== "txt")) return {};
  const plan = planCallImport(decodeCsv(path.basename(file), new Uint8Array(readFileSync(file))), []);
  const report: ImportReport = {
    format: plan.format.id,
    calls: plan.calls,
    mergedLegs: plan.mergedLegs,
    skipped: plan.skipped.length,
    duplicates: plan.duplicatesInFile.length + plan.alreadyInLog.length,
    summary: importSummary(plan),
  };
  return { import: report };
}
