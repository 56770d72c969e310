// Reading the words phone systems, fax servers and people use for a call's channel, direction, priority
// and status, and times of day; shared by the quick-entry form and the CSV import.
import {
  CALL_CHANNELS,
  CALL_DIRECTIONS,
  CALL_PRIORITIES,
  CALL_STATUSES,
} from "../registers/definitions/callLog";

export type CallChannel = (typeof CALL_CHANNELS)[number];
export type CallDirection = (typeof CALL_DIRECTIONS)[number];
export type CallPriority = (typeof CALL_PRIORITIES)[number];
export type CallStatus = (typeof CALL_STATUSES)[number];

const squash = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_.-]+/g, " ");

function reader<T extends string>(choices: readonly T[], synonyms: Record<string, T>) {
  return (text: string): T | null => {
    const t = squash(text);
    const exact = choices.find((c) => squash(c) === t);
    return exact ?? synonyms[t] ?? null;
  };
}

export const readChannel = reader<CallChannel>(CALL_CHANNELS, {
  call: "Phone",
  voice: "Phone",
  telephone: "Phone",
  tel: "Phone",
  "phone call": "Phone",
  facsimile: "Fax",
  "fax in": "Fax",
  "fax out": "Fax",
  "voice mail": "Voicemail",
  vm: "Voicemail",
  "e mail": "Email",
  mail: "Email",
  "walk in": "Walk-in",
  visit: "Walk-in",
  visitor: "Walk-in",
});

export const readDirection = reader<CallDirection>(CALL_DIRECTIONS, {
  in: "Inbound",
  incoming: "Inbound",
  received: "Inbound",
  missed: "Inbound",
  answered: "Inbound",
  inward: "Inbound",
  out: "Outbound",
  outgoing: "Outbound",
  dialled: "Outbound",
  dialed: "Outbound",
  placed: "Outbound",
  sent: "Outbound",
  outward: "Outbound",
});

export const readPriority = reader<CallPriority>(CALL_PRIORITIES, {
  high: "Urgent",
  urgent: "Urgent",
  yes: "Urgent",
  y: "Urgent",
  medium: "Normal",
  normal: "Normal",
  no: "Normal",
  n: "Normal",
  low: "Low",
});

export const readStatus = reader<CallStatus>(CALL_STATUSES, {
  new: "Open",
  pending: "Open",
  "to do": "Open",
  no: "Open",
  closed: "Done",
  complete: "Done",
  completed: "Done",
  yes: "Done",
  handled: "Done",
  none: "No action",
  "no action needed": "No action",
  ignore: "No action",
});

const TIME =
  /^(\d{1,2})(?::(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*([ap])\.?\s*m\.?$|^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/i;

/** A time of day as a fraction of a day (Excel's time serial): "14:05", "2:05 PM", "9am", "14:05:33". */
export function parseTimeOfDay(text: string): number | null {
  const m = TIME.exec(text.trim());
  if (!m) return null;
  let h: number;
  let min: number;
  let s: number;
  if (m[4]) {
    h = Number(m[1]);
    min = m[2] ? Number(m[2]) : 0;
    s = m[3] ? Number(m[3]) : 0;
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (m[4].toLowerCase() === "p" ? 12 : 0);
  } else {
    h = Number(m[5]);
    min = Number(m[6]);
    s = m[7] ? Number(m[7]) : 0;
  }
  if (h > 23 || min > 59 || s > 59) return null;
  return (h * 3600 + min * 60 + s) / 86_400;
}
