// What every call list import does to its rows, however its columns were found (by header, or chosen by
// the person): the defaults a quick entry would give, and calls the file repeats left out. The same call
// is the same phone-system ID when the file has one, else the same minute, number and direction.
import type { CellValue } from "../cells/types";
import { sameCallKey, type CallImportPlan, type ImportRow } from "./importPlan";
import type { CallChannel, CallStatus } from "./values";

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

export interface ListDefaults {
  channel: CallChannel;
  status: CallStatus;
}

/** Fills what a call needs and the file left blank; says what was filled, for the notes. */
export function fillCallDefaults(
  values: Record<string, CellValue>,
  defaults: ListDefaults,
): { channel: boolean; caller: boolean } {
  const filled = { channel: false, caller: false };
  if (!values.channel) {
    values.channel = defaults.channel;
    filled.channel = true;
  }
  values.direction ??= "Inbound";
  values.priority ??= "Normal";
  values.status ??= defaults.status;
  if (!values.caller) {
    values.caller = text(values.company) || "Unknown";
    filled.caller = true;
  }
  return filled;
}

/** The rows to add, first of each call; later lines of a call the file already gave are repeats. */
export function repeatsInFile(rows: readonly ImportRow[]): {
  toAdd: ImportRow[];
  duplicatesInFile: CallImportPlan["duplicatesInFile"];
} {
  const seen = new Map<string, number>();
  const toAdd: ImportRow[] = [];
  const duplicatesInFile: CallImportPlan["duplicatesInFile"] = [];
  for (const row of rows) {
    if (typeof row.values.receivedAt !== "number") continue;
    const ref = text(row.values.systemCallId).toUpperCase();
    const key =
      ref !== "" ? `ref|${ref}` : sameCallKey(row.values.receivedAt, row.values.number, row.values.direction);
    if (seen.has(key)) duplicatesInFile.push({ line: row.line, sameAs: seen.get(key)! });
    else {
      seen.set(key, row.line);
      toAdd.push(row);
    }
  }
  return { toAdd, duplicatesInFile };
}

/** Notes on the defaults used: channel (none in the file, or some rows) and callers without a name. */
export function defaultNotes(
  counts: { channels: number; callers: number },
  fileHasChannel: boolean,
  channel: CallChannel,
): string[] {
  const notes: string[] = [];
  if (counts.channels > 0 && !fileHasChannel)
    notes.push(`The file has no channel column: every call is logged as ${channel}.`);
  else if (counts.channels > 0)
    notes.push(`${counts.channels} calls without a channel are logged as ${channel}.`);
  if (counts.callers > 0) {
    notes.push(
      `${counts.callers} calls have no caller name: they are logged under the company, or as "Unknown".`,
    );
  }
  return notes;
}
