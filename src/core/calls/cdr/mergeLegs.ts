// The legs of one call become one call. Phone systems write a line per leg: a ring group that rings four
// phones is four lines (one answered, three not), a call through a queue or a Local channel more. Legs
// belong together when they share a linkedid (Asterisk 12 and later), else a uniqueid, else FreeSWITCH's
// b-leg uuid points from one to the other, else (no identifier at all) they start in the same second from
// the same number to the same number.
import { serialToDate } from "../../cells/excelDates";
import type { Leg, LegOutcome } from "./legs";

export interface MergedCall {
  /** The call's legs, first (earliest, lowest sequence) first. */
  legs: Leg[];
  /** Excel serial date-time of the first leg's start. */
  start: number;
  /** Seconds from the first start to the last end; talk: billed seconds of the answered leg. */
  duration: number | null;
  talk: number | null;
  /** The call's outcome: answered when any leg was; else voicemail, busy, no answer, failed in that order. */
  outcome: LegOutcome;
  /** The leg that was answered (the earliest, when a transfer answered several). */
  answered: Leg | null;
  /** The phones the call rang, in order. */
  rang: string[];
  /** The phone system's identifier for the call (linkedid, else uniqueid), or when, from and to. */
  ref: string;
}

export interface MergeResult {
  calls: MergedCall[];
  /** Lines that repeat an earlier line exactly (an export concatenated with an overlapping one). */
  repeats: { line: number; sameAs: number }[];
}

const SECONDS_PER_DAY = 86_400;
const second = (serial: number) => Math.round(serial * SECONDS_PER_DAY);

/** The call's reference without an identifier: "2026-11-16 09:12:05 02079460018>201". */
export function timeRef(start: number, src: string, dst: string): string {
  const date = serialToDate(start);
  const iso = date ? date.toISOString().slice(0, 19).replace("T", " ") : String(second(start));
  return `${iso} ${src.replace(/\s+/g, "")}>${dst.replace(/\s+/g, "")}`;
}

const OUTCOME_ORDER: LegOutcome[] = ["answered", "voicemail", "busy", "no answer", "failed"];

class Groups {
  private parent = new Map<string, string>();
  find(x: string): string {
    if (!this.parent.has(x)) {
      this.parent.set(x, x);
      return x;
    }
    let root = x;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression keeps 100,000 legs quick.
    for (let y = x; y !== root;) {
      const next = this.parent.get(y)!;
      this.parent.set(y, root);
      y = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

function ownKey(leg: Leg): string {
  if (leg.linkedId) return `L:${leg.linkedId}`;
  if (leg.uniqueId) return `U:${leg.uniqueId}`;
  return `T:${second(leg.start)}|${leg.src}|${leg.dst}`;
}

function sameFields(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function byStart(a: Leg, b: Leg): number {
  return a.start - b.start || (a.sequence ?? 0) - (b.sequence ?? 0) || a.line - b.line;
}

export function mergeLegs(legs: readonly Leg[]): MergeResult {
  const keys = legs.map(ownKey);
  // Identifiers that point at another leg (a b-leg uuid, a uniqueid another leg is keyed by) join groups;
  // a file whose every leg carries a linkedid and no b-leg needs no joining.
  const joins = legs.some((l) => l.blegUuid !== "" || l.linkedId === "");
  const groups = new Groups();
  if (joins) {
    legs.forEach((leg, i) => {
      groups.find(keys[i]);
      if (leg.linkedId && leg.uniqueId) groups.union(keys[i], `U:${leg.uniqueId}`);
      if (leg.blegUuid) groups.union(keys[i], `U:${leg.blegUuid}`);
    });
  }
  const byGroup = new Map<string, Leg[]>();
  for (let i = 0; i < legs.length; i++) {
    const leg = legs[i];
    const root = joins ? groups.find(keys[i]) : keys[i];
    const list = byGroup.get(root);
    if (list) list.push(leg);
    else byGroup.set(root, [leg]);
  }
  // A repeated line has the same identifiers, so it is in the same group: compared there, not file-wide.
  const repeats: MergeResult["repeats"] = [];
  const calls: MergedCall[] = [];
  for (const group of byGroup.values()) {
    const kept: Leg[] = [];
    for (const leg of group) {
      const earlier = kept.find((k) => sameFields(k.fields, leg.fields));
      if (earlier) repeats.push({ line: leg.line, sameAs: earlier.line });
      else kept.push(leg);
    }
    calls.push(toCall(kept));
  }
  calls.sort((a, b) => a.start - b.start || a.legs[0].line - b.legs[0].line);
  repeats.sort((a, b) => a.line - b.line);
  return { calls, repeats };
}

function toCall(group: Leg[]): MergedCall {
  const legs = [...group].sort(byStart);
  const first = legs[0];
  const answeredLegs = legs.filter((l) => l.outcome === "answered");
  const answered = answeredLegs[0] ?? null;
  const outcome = OUTCOME_ORDER.find((o) => legs.some((l) => l.outcome === o)) ?? "failed";
  const ends = legs.map((l) => l.end).filter((e): e is number => e !== null);
  // One leg: its own duration as the system counted it; several: from the first start to the last end.
  const duration =
    legs.length === 1 && first.duration !== null
      ? first.duration
      : ends.length > 0
        ? second(Math.max(...ends)) - second(first.start)
        : legs.reduce<number | null>(
            (m, l) => (l.duration === null ? m : Math.max(m ?? 0, l.duration)),
            null,
          );
  // A conversation can appear on two legs (both halves of a Local channel): the longest counts, not the sum.
  const longest = answeredLegs.reduce<number | null>(
    (m, l) => (l.billsec === null ? m : Math.max(m ?? 0, l.billsec)),
    null,
  );
  const talk = answered ? longest : legs.some((l) => l.billsec !== null) ? 0 : null;
  const rang: string[] = [];
  for (const l of legs) {
    const phone = l.dstDevice;
    if (phone && !rang.includes(phone)) rang.push(phone);
  }
  return {
    legs,
    start: first.start,
    duration,
    talk,
    outcome,
    answered,
    rang,
    ref: first.linkedId || first.uniqueId || timeRef(first.start, first.src, first.dst),
  };
}
