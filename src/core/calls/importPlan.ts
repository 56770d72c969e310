// What a call import will do, whichever kind of file it reads (a phone system's call records or any
// other call list), and how a call is recognised as one already in the log: by the phone system's own
// identifier of the call when both have one, else by the same minute, number and direction.
import type { CellValue } from "../cells/types";
import type { ReadingChoices } from "../registers/convertPlan";
import type { CdrFormatId } from "./cdr/formats";
import type { CallRow } from "./followUps";
import { phoneMatchKey } from "./phone";
import { readDirection } from "./values";

export interface ImportLineError {
  /** Line of the file (1 = the first line); a quoted field with line breaks spans several. */
  line: number;
  column: string;
  message: string;
}

export interface ImportRow {
  /** The file line of the call (its first leg's line). */
  line: number;
  values: Record<string, CellValue>;
}

export type SkipKind = "unreadable" | "noDate" | "internal";

export interface SkippedLine {
  line: number;
  kind: SkipKind;
  /** Why, in words: "its quotes do not pair up", "an internal call, 201 to 202". */
  reason: string;
  /** The line as written, when it could not be read at all. */
  raw?: string;
}

export interface ImportFormat {
  id: CdrFormatId | "generic";
  /** "Asterisk cdr-csv (Master.csv)", or "a call list (CSV)". */
  name: string;
  /** "no header line, with uniqueid, userfield, linkedid and sequence", "header line". */
  layout: string;
}

export interface CallImportPlan {
  /** True when the rows in `toAdd` can be added: no file problem and no unreadable value. */
  ok: boolean;
  format: ImportFormat;
  /** Problems with the file as a whole (empty, no date column…). */
  fileErrors: string[];
  /** Values that cannot be read, by line (a call list's import is all or nothing on these). */
  lineErrors: ImportLineError[];
  /** New calls, in time order for a phone system's records, file order for a call list. */
  toAdd: ImportRow[];
  /** Calls of the file already in the log, with the Call ID they match. */
  alreadyInLog: { line: number; callId: string }[];
  /** Lines that repeat an earlier line of the file. */
  duplicatesInFile: { line: number; sameAs: number }[];
  /** Calls the file holds (legs merged), whether new or already in the log. */
  calls: number;
  /** Lines folded into another line's call (a ring group ringing four phones: 3). */
  mergedLegs: number;
  /** Lines not imported, each once, with the reason. */
  skipped: SkippedLine[];
  /** Each file column and the register column it goes to (null: not imported). */
  mapping: { header: string; column: string | null }[];
  /** The columns as the person chose them, when the file was read so (mappedImport.ts). */
  reading?: { choices: ReadingChoices; headerless?: boolean };
  /** Things the person should know (defaults used, columns moved, lines repaired). */
  notes: string[];
  /** The office's extensions used to tell inbound from outbound: the setting, or a guess to confirm. */
  extensions: { list: string; guessed: boolean } | null;
  /** The separator found: "," ";" "\t" or "|". */
  delimiter: string;
}

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

/** The key that says two calls are the same when neither has a phone-system ID: minute, number, direction. */
export function sameCallKey(receivedAt: number, number: unknown, direction: unknown): string {
  const dir = readDirection(text(direction)) ?? "Inbound";
  return `${Math.round(receivedAt * 1440)}|${phoneMatchKey(number)}|${dir}`;
}

const refKey = (ref: unknown) => text(ref).toUpperCase();

/** The calls already in the log, indexed to find a file's call among them. */
export class LogIndex {
  private byRef = new Map<string, string>();
  private byMinute = new Map<string, string>();

  constructor(existing: readonly CallRow[]) {
    for (const e of existing) {
      const ref = refKey(e.values.systemCallId);
      if (ref !== "") this.byRef.set(ref, e.key);
      else if (typeof e.values.receivedAt === "number") {
        this.byMinute.set(sameCallKey(e.values.receivedAt, e.values.number, e.values.direction), e.key);
      }
    }
  }

  /** The Call ID of the logged call `values` is, or undefined. */
  find(values: Record<string, CellValue>): string | undefined {
    const ref = refKey(values.systemCallId);
    const byRef = ref === "" ? undefined : this.byRef.get(ref);
    if (byRef !== undefined || typeof values.receivedAt !== "number") return byRef;
    // A call someone logged by hand has no phone-system ID: the same minute, number and direction is it.
    return this.byMinute.get(sameCallKey(values.receivedAt, values.number, values.direction));
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const SKIP_WORDS: Record<SkipKind | "repeat", [string, string]> = {
  unreadable: ["unreadable", "unreadable"],
  noDate: ["without a readable date", "without a readable date"],
  internal: ["internal call", "internal calls"],
  repeat: ["repeated", "repeated"],
};

/** The reasons lines were skipped, counted: "2 unreadable, 3 internal calls". */
function skippedReasons(kinds: readonly (SkipKind | "repeat")[]): string {
  const counts = new Map<SkipKind | "repeat", number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} ${SKIP_WORDS[k][n === 1 ? 0 : 1]}`).join(", ");
}

/** "12 new, 3 already in the log, 9 legs merged, 2 lines skipped (1 unreadable, 1 internal call)". */
export function importSummary(plan: CallImportPlan): string {
  const already = plan.alreadyInLog.length;
  const parts = [
    `${plan.toAdd.length} new`,
    `${already} already in the log`,
    plural(plan.mergedLegs, "leg") + " merged",
    plural(plan.skipped.length + plan.duplicatesInFile.length, "line") + " skipped",
  ];
  const why = skippedReasons([
    ...plan.skipped.map((s) => s.kind),
    ...plan.duplicatesInFile.map(() => "repeat" as const),
  ]);
  return `${parts.join(", ")}${why ? ` (${why})` : ""}`;
}

export function emptyPlan(delimiter: string, fileErrors: string[], format?: ImportFormat): CallImportPlan {
  return {
    ok: false,
    format: format ?? { id: "generic", name: "a call list", layout: "" },
    fileErrors,
    lineErrors: [],
    toAdd: [],
    alreadyInLog: [],
    duplicatesInFile: [],
    calls: 0,
    mergedLegs: 0,
    skipped: [],
    mapping: [],
    notes: [],
    extensions: null,
    delimiter,
  };
}

/**
 * A prepared plan (every call of the file in `toAdd`) compared with the log: calls already there move
 * to `alreadyInLog`. Preparing reads the file, which does not change; the log is read again at Add.
 */
export function finishImport(prepared: CallImportPlan, existing: readonly CallRow[]): CallImportPlan {
  if (prepared.toAdd.length === 0) return prepared;
  const index = new LogIndex(existing);
  const toAdd: ImportRow[] = [];
  const alreadyInLog: CallImportPlan["alreadyInLog"] = [];
  for (const row of prepared.toAdd) {
    const id = index.find(row.values);
    if (id !== undefined) alreadyInLog.push({ line: row.line, callId: id });
    else toAdd.push(row);
  }
  return { ...prepared, toAdd, alreadyInLog };
}
