// A call typed into the quick-entry form, as Call log values: the defaults a person would otherwise type
// on every call (Received at = now, Channel = Phone, Direction = Inbound, Priority = Normal, Status = Open).
import type { CellValue } from "../cells/types";
import type { CallChannel, CallDirection, CallPriority, CallStatus } from "./values";

export interface NewCall {
  /** Date serial of when the call came in. */
  receivedAt: number;
  channel?: CallChannel;
  direction?: CallDirection;
  caller: string;
  company?: string;
  number?: string;
  for?: string;
  subject?: string;
  message?: string;
  priority?: CallPriority;
  /** Date serial of the day to follow up by, or null. */
  followUpBy?: number | null;
  status?: CallStatus;
  handledBy?: string;
  /** Date serial of when it was dealt with, for a call logged as Done straight away. */
  doneAt?: number | null;
}

export const CALL_DEFAULTS = {
  channel: "Phone",
  direction: "Inbound",
  priority: "Normal",
  status: "Open",
} as const satisfies {
  channel: CallChannel;
  direction: CallDirection;
  priority: CallPriority;
  status: CallStatus;
};

/** What must be filled before a call can be saved: a sentence per missing field, by column key. */
export function newCallProblems(call: Partial<NewCall>): Record<string, string> {
  const out: Record<string, string> = {};
  if (!call.caller || call.caller.trim() === "") out.caller = "Enter who called (a name, or the company).";
  if (typeof call.receivedAt !== "number" || !Number.isFinite(call.receivedAt)) {
    out.receivedAt = "Enter the date and time of the call.";
  }
  return out;
}

/** Register values for a new call (text kept as typed; src/excel writes it as text). */
export function newCallValues(call: NewCall): Record<string, CellValue> {
  const t = (s: string | undefined) => (s ?? "").trim();
  return {
    receivedAt: call.receivedAt,
    channel: call.channel ?? CALL_DEFAULTS.channel,
    direction: call.direction ?? CALL_DEFAULTS.direction,
    caller: t(call.caller),
    company: t(call.company),
    number: t(call.number),
    for: t(call.for),
    subject: t(call.subject),
    message: (call.message ?? "").trim(),
    priority: call.priority ?? CALL_DEFAULTS.priority,
    followUpBy: call.followUpBy ?? null,
    status: call.status ?? CALL_DEFAULTS.status,
    handledBy: t(call.handledBy),
    // A call dealt with during the call itself is done when it is logged.
    doneAt: call.doneAt ?? ((call.status ?? CALL_DEFAULTS.status) === "Done" ? call.receivedAt : null),
  };
}
