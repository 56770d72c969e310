// A phone system's call records as Call log rows: one row per call (legs merged), inbound or outbound
// by the office's extensions, the caller's name and number from the caller ID, and a call-back follow-up
// for every inbound call nobody answered. Lines that cannot be used are left out, each with its reason.
import type { CellValue, DateSystem } from "../../cells/types";
import type { DelimitedEntry } from "../../csv";
import { emptyPlan, type CallImportPlan, type ImportRow, type SkippedLine } from "../importPlan";
import type { DetectedCdr } from "./detect";
import {
  directionOf,
  formatExtensionList,
  guessExtensions,
  isInternal,
  parseExtensionList,
  type ExtensionList,
} from "./extensions";
import { readLegs, type Leg } from "./legs";
import { mergeLegs, type MergedCall } from "./mergeLegs";

export interface CdrImportOptions {
  /** The office's extensions ("101-104, 600"); guessed from the file when blank. */
  internalExtensions?: string;
  dateSystem?: DateSystem;
}

const WITHHELD = /^(anonymous|unknown|private|restricted|withheld|unavailable)$/i;

/**
 * Names the file gives the office's own extensions: their calls out carry "Priya Shah" <201>, and 3CX
 * names who took a call.
 */
function extensionNames(legs: readonly Leg[], list: ExtensionList): Map<string, string> {
  const names = new Map<string, string>();
  for (const l of legs) {
    if (l.callerName && isInternal(list, l.src) && !names.has(l.src)) names.set(l.src, l.callerName);
    if (l.answeredName && l.dstDevice && !names.has(l.dstDevice)) names.set(l.dstDevice, l.answeredName);
  }
  return names;
}

const SUBJECTS = {
  Inbound: {
    answered: "Answered",
    voicemail: "Missed call: went to voicemail",
    "no answer": "Missed call: no answer",
    busy: "Missed call: line busy",
    failed: "Missed call: did not connect",
  },
  Outbound: {
    answered: "Outbound call",
    voicemail: "Outbound call: reached voicemail",
    "no answer": "Outbound call: no answer",
    busy: "Outbound call: line busy",
    failed: "Outbound call: did not connect",
  },
} as const;

const listOf = (items: readonly string[]) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

function callValues(
  call: MergedCall,
  direction: "Inbound" | "Outbound",
  label: (ext: string) => string,
): Record<string, CellValue> {
  const first = call.legs[0];
  const answeredBy = call.answered ? call.answered.dstDevice || call.answered.dst : "";
  const v: Record<string, CellValue> = {
    receivedAt: call.start,
    channel: call.outcome === "voicemail" && direction === "Inbound" ? "Voicemail" : "Phone",
    direction,
    subject: SUBJECTS[direction][call.outcome],
    priority: "Normal",
    systemCallId: call.ref,
  };
  if (call.duration !== null) v.duration = call.duration;
  if (call.talk !== null) v.talkTime = call.talk;
  const details: string[] = [];
  if (direction === "Inbound") {
    const number = WITHHELD.test(first.src) ? "" : first.src;
    v.caller = (WITHHELD.test(first.callerName) ? "" : first.callerName) || number || "Withheld number";
    if (number) v.number = number;
    const target = answeredBy || first.dst;
    if (target) v.for = label(target);
    if (call.answered) v.handledBy = label(answeredBy);
    if (call.rang.length > 1) details.push(`Rang ${listOf(call.rang)}.`);
    if (call.answered && call.rang.length > 1) details.push(`Answered by ${label(answeredBy)}.`);
    if (first.did && first.did !== first.dst) details.push(`Dialled ${first.did}.`);
    if (call.outcome === "answered") v.status = "No action";
    else {
      // Nobody took it: call back, on the day of the call.
      v.status = "Open";
      v.followUpBy = Math.floor(call.start);
    }
  } else {
    v.caller = first.dstName || first.dst;
    v.number = first.dst;
    const from = first.device && /^\d+$/.test(first.device) ? first.device : first.src;
    v.for = label(from);
    v.handledBy = label(from);
    v.status = "No action";
  }
  if (details.length > 0) v.message = details.join(" ");
  return v;
}

function describeInternal(call: MergedCall): string {
  const f = call.legs[0];
  return `an internal call, ${f.src} to ${f.dst || call.rang.join(", ")}`;
}

/**
 * The file's call records (after its header line, when it has one), with the lines skipped as unreadable
 * (broken, or with more or fewer fields than the file's columns) and notes on repaired quotes.
 */
function cdrRecords(
  entries: readonly DelimitedEntry[],
  detected: DetectedCdr,
  delimiter: string,
): { skipped: SkippedLine[]; records: { line: number; fields: string[] }[]; notes: string[] } {
  const skipped: SkippedLine[] = [];
  const records: { line: number; fields: string[] }[] = [];
  let first = true;
  const notes: string[] = [];
  for (const e of entries) {
    if (e.kind === "broken") skipped.push({ line: e.line, kind: "unreadable", reason: e.reason, raw: e.raw });
    if (e.kind !== "record") continue;
    if (first && detected.hasHeader) {
      first = false;
      continue;
    }
    first = false;
    if (e.fields.length !== detected.columns.length) {
      // A record with more or fewer fields than the file's columns would put values in the wrong places.
      skipped.push({
        line: e.line,
        kind: "unreadable",
        reason: `it has ${e.fields.length} fields where the file's lines have ${detected.columns.length}`,
        raw: e.fields.join(delimiter),
      });
      continue;
    }
    if (e.repaired) {
      notes.push(
        `Line ${e.line}: quotes that do not pair up were read as ${e.repaired.map((r) => `«${r}»`).join(", ")}.`,
      );
    }
    records.push(e);
  }
  return { skipped, records, notes };
}

/**
 * The import plan for a recognised export, before it is compared with the log (finishImport): every
 * call of the file is in `toAdd`. `entries` are the parsed file (broken lines included, to be reported),
 * `detected` how its columns are read.
 */
export function prepareCdrImport(
  entries: readonly DelimitedEntry[],
  detected: DetectedCdr,
  delimiter: string,
  options: CdrImportOptions = {},
): CallImportPlan {
  const format = { id: detected.format.id, name: detected.format.name, layout: detected.layout };
  const { skipped, records, notes } = cdrRecords(entries, detected, delimiter);
  const read = readLegs(records, detected.columns, detected.format.id, options.dateSystem ?? 1900);
  for (const p of read.problems) skipped.push({ line: p.line, kind: "noDate", reason: p.reason });
  if (read.legs.length === 0) {
    const plan = emptyPlan(
      delimiter,
      [
        records.length === 0
          ? "The file holds no call records."
          : "No line of the file has a start time that can be read, so no call can be imported.",
      ],
      format,
    );
    plan.skipped = skipped.sort((a, b) => a.line - b.line);
    return plan;
  }
  if (read.dateOrder.order === "dmy")
    notes.push("Dates are read day first (the file has dates such as 16/11 that can only be).");
  if (read.dateOrder.order === "mdy")
    notes.push("Dates are read month first (the file has dates such as 11/16 that can only be).");

  const setting = options.internalExtensions?.trim() ? parseExtensionList(options.internalExtensions) : null;
  const list =
    setting ??
    guessExtensions(
      read.legs.map((l) => l.src),
      read.legs.flatMap((l) => [l.device, l.dstDevice]),
    );
  const names = extensionNames(read.legs, list);
  const label = (ext: string) => (names.has(ext) ? `${names.get(ext)} (${ext})` : ext);

  const { calls, repeats } = mergeLegs(read.legs);
  const toAdd: ImportRow[] = [];
  for (const call of calls) {
    const f = call.legs[0];
    const kind =
      threeCxDirection(f) ??
      directionOf(list, f.device && isInternal(list, f.device) ? f.device : f.src, f.dst);
    if (kind === "Internal") {
      skipped.push({ line: f.line, kind: "internal", reason: describeInternal(call) });
      continue;
    }
    toAdd.push({ line: f.line, values: callValues(call, kind, label) });
  }
  const legsInCalls = calls.reduce((n, c) => n + c.legs.length, 0);
  return {
    ok: true,
    format,
    fileErrors: [],
    lineErrors: [],
    toAdd,
    alreadyInLog: [],
    duplicatesInFile: repeats,
    calls: calls.length,
    mergedLegs: legsInCalls - calls.length,
    skipped: skipped.sort((a, b) => a.line - b.line),
    mapping: [],
    notes,
    extensions: { list: formatExtensionList(list), guessed: setting === null },
    delimiter,
  };
}

/** 3CX says which end is an outside line; that decides the direction without the extension list. */
function threeCxDirection(leg: Leg): "Inbound" | "Outbound" | "Internal" | null {
  const from = leg.fromType.toLowerCase();
  const to = leg.toType.toLowerCase();
  if (!from && !to) return null;
  if (from === "line") return "Inbound";
  if (to === "line") return "Outbound";
  return from === "extension" ? "Internal" : null;
}
