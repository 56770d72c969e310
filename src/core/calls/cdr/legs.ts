// One line of a call-detail-record export read as a leg of a call: when, from whom to where, which
// phones, how it ended. Dates keep their seconds; day/month order is judged from the file's own dates as
// for sheets (core/cells inferDateOrder: 13/04 can only be day first).
import { inferDateOrder, parseDateText, type DateOrderEvidence } from "../../cells/parseDate";
import type { DateSystem } from "../../cells/types";
import { channelDevice, splitCallerId } from "./callerId";
import type { CdrField, CdrFormatId } from "./formats";

export type LegOutcome = "answered" | "voicemail" | "no answer" | "busy" | "failed";

export interface Leg {
  line: number;
  /** Excel serial date-time, seconds kept. */
  start: number;
  end: number | null;
  /** Seconds from the leg's start to its end, and from its answer to its end (billed seconds). */
  duration: number | null;
  billsec: number | null;
  outcome: LegOutcome;
  /** The number the call came from, and the number dialled. */
  src: string;
  dst: string;
  callerName: string;
  /** Phone (device) that placed the leg and the one it rang: "201" of SIP/201-0000001a. */
  device: string;
  dstDevice: string;
  uniqueId: string;
  linkedId: string;
  blegUuid: string;
  sequence: number | null;
  /** The outside number the caller dialled (FreePBX's did). */
  did: string;
  /** Who was called, by name (FreePBX dst_cnam, 3CX to-dispname), and who finally took it (3CX). */
  dstName: string;
  answeredName: string;
  /** 3CX's endpoint types: "Line" is an outside line, "Extension" a phone. */
  fromType: string;
  toType: string;
  /** The line's fields, to recognise a line repeated in the file. */
  fields: readonly string[];
}

export interface LegProblem {
  line: number;
  reason: string;
}

/** "35", "35.4", "0:00:35", "00:35" → seconds; null when blank or not a duration. */
export function readSeconds(text: string): number | null {
  const t = text.trim();
  if (t === "") return null;
  if (/^\d+(?:\.\d+)?$/.test(t)) return Math.round(Number(t));
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(t);
  if (!m) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

const VOICEMAIL = /^voice\s*mail$/i;

function asteriskOutcome(
  disposition: string,
  lastApp: string,
  dstChannel: string | undefined,
  billsec: number | null,
): LegOutcome {
  switch (disposition.trim().toUpperCase()) {
    case "ANSWERED":
      if (VOICEMAIL.test(lastApp.trim())) return "voicemail";
      // Answered by the phone system itself (a menu, an announcement): no person took the call.
      return dstChannel === "" ? "no answer" : "answered";
    case "NO ANSWER":
      return "no answer";
    case "BUSY":
      return "busy";
    case "FAILED":
    case "CONGESTION":
      return "failed";
    default:
      return (billsec ?? 0) > 0 ? "answered" : "no answer";
  }
}

const FREESWITCH_NO_ANSWER = new Set([
  "NO_ANSWER",
  "NO_USER_RESPONSE",
  "ORIGINATOR_CANCEL",
  "ALLOTTED_TIMEOUT",
  "NORMAL_CLEARING",
  "LOSE_RACE",
  "PICKED_OFF",
]);

function freeswitchOutcome(cause: string, answered: boolean, billsec: number | null): LegOutcome {
  const c = cause.trim().toUpperCase();
  if (answered || (billsec ?? 0) > 0) return "answered";
  if (c === "USER_BUSY") return "busy";
  return FREESWITCH_NO_ANSWER.has(c) ? "no answer" : "failed";
}

function threeCxOutcome(reason: string, answered: boolean, toType: string): LegOutcome {
  if (/voice\s*mail/i.test(toType)) return "voicemail";
  if (answered) return "answered";
  if (/busy/i.test(reason)) return "busy";
  return /fail/i.test(reason) ? "failed" : "no answer";
}

/**
 * Reads a CDR date and time as a serial, "ambiguous" when its slash date could be read either way and
 * `order` does not settle it, null when blank or unreadable.
 */
function cdrDateReader(
  system: DateSystem,
  order: DateOrderEvidence["order"],
): (text: string) => number | null | "ambiguous" {
  // Phone systems write "2026-11-16 09:12:05" three times a line: each day is read once, the time by hand
  // (the same sum partsToSerial makes), which keeps 100,000 lines quick.
  const days = new Map<string, number | null>();
  return (text: string): number | null | "ambiguous" => {
    if (text === "") return null;
    if (text.length === 19 && text[4] === "-" && text[10] === " " && text[13] === ":" && text[16] === ":") {
      const day = text.slice(0, 10);
      let whole = days.get(day);
      if (whole === undefined) {
        const d = parseDateText(day, system);
        whole = d.kind === "date" ? d.serial : null;
        days.set(day, whole);
      }
      const [h, m, s] = [text.slice(11, 13), text.slice(14, 16), text.slice(17, 19)].map(Number);
      if (whole !== null && h < 24 && m < 60 && s < 60) return whole + (h * 3600 + m * 60 + s) / 86_400;
    }
    const d = parseDateText(text, system, order);
    return d.kind === "date" ? d.serial : d.kind === "ambiguous" ? "ambiguous" : null;
  };
}

/** Why a line's start time cannot be read. */
function unreadStart(startText: string, start: "ambiguous" | null): string {
  if (start === "ambiguous")
    return `the date "${startText}" could be day-first or month-first, and no other date in the file tells which`;
  return startText === "" ? "it has no start time" : `"${startText}" is not a date and time`;
}

/** A leg's outcome, in the way of its phone system's export. */
function legOutcome(
  format: CdrFormatId,
  field: (f: CdrField) => string,
  leg: { answered: boolean; billsec: number | null; hasDstChannel: boolean; toType: string },
): LegOutcome {
  if (format === "freeswitch-csv") return freeswitchOutcome(field("hangupCause"), leg.answered, leg.billsec);
  if (format === "3cx-cdr") return threeCxOutcome(field("hangupCause"), leg.answered, leg.toType);
  return asteriskOutcome(
    field("disposition"),
    field("lastApp"),
    leg.hasDstChannel ? field("dstChannel") : undefined,
    leg.billsec,
  );
}

export interface ReadLegsResult {
  legs: Leg[];
  problems: LegProblem[];
  /** How the file's slash dates were read (day first, month first, or undecided). */
  dateOrder: DateOrderEvidence;
}

/**
 * Reads each record as a leg through `columns` (the role of each column). A record whose start time is
 * missing or unreadable is a problem of its line, with the reason.
 */
export function readLegs(
  records: readonly { line: number; fields: readonly string[] }[],
  columns: readonly (CdrField | null)[],
  format: CdrFormatId,
  system: DateSystem = 1900,
): ReadLegsResult {
  const at = new Map<CdrField, number>();
  columns.forEach((f, i) => {
    if (f && !at.has(f)) at.set(f, i);
  });
  const get = (fields: readonly string[], f: CdrField) => {
    const i = at.get(f);
    return i === undefined ? "" : (fields[i] ?? "").trim();
  };
  const startAt = at.get("start");
  const dateOrder = inferDateOrder([
    ...(startAt === undefined ? [] : records.map((r) => r.fields[startAt] ?? "")),
  ]);
  const legs: Leg[] = [];
  const problems: LegProblem[] = [];
  const hasDstChannel = at.has("dstChannel");
  const readDate = cdrDateReader(system, dateOrder.order);
  for (const { line, fields } of records) {
    const startText = get(fields, "start");
    const start = readDate(startText);
    if (start === "ambiguous" || start === null) {
      problems.push({ line, reason: unreadStart(startText, start) });
      continue;
    }
    const endValue = readDate(get(fields, "end"));
    const end = typeof endValue === "number" ? endValue : null;
    const answerValue = readDate(get(fields, "answer"));
    const answered = get(fields, "answer") !== "";
    const duration = readSeconds(get(fields, "duration"));
    // 3CX gives no billed seconds: the answered part is from its answer time to its end.
    const billsec =
      readSeconds(get(fields, "billsec")) ??
      (typeof answerValue === "number" && end !== null
        ? Math.max(0, Math.round((end - answerValue) * 86_400))
        : null);
    const clid = splitCallerId(get(fields, "clid"));
    const src = get(fields, "src") || get(fields, "callerNumber") || clid.number;
    const toType = get(fields, "toType");
    const field = (f: CdrField) => get(fields, f);
    const outcome = legOutcome(format, field, { answered, billsec, hasDstChannel, toType });
    const sequence = Number(get(fields, "sequence"));
    legs.push({
      line,
      start,
      end,
      duration: duration ?? (end !== null ? Math.round((end - start) * 86_400) : null),
      billsec,
      outcome,
      src,
      dst: get(fields, "dst"),
      callerName: get(fields, "callerName") || clid.name,
      device: channelDevice(get(fields, "channel")),
      // 3CX names the extension that finally took the call instead of a channel.
      dstDevice: channelDevice(get(fields, "dstChannel")) || get(fields, "finalNumber"),
      uniqueId: get(fields, "uniqueId") || get(fields, "historyId"),
      linkedId: get(fields, "linkedId"),
      blegUuid: get(fields, "blegUuid"),
      sequence: get(fields, "sequence") === "" || !Number.isFinite(sequence) ? null : sequence,
      did: get(fields, "did"),
      dstName: get(fields, "dstName"),
      answeredName: get(fields, "answeredName"),
      fromType: get(fields, "fromType"),
      toType,
      fields,
    });
  }
  return { legs, problems, dateOrder };
}
