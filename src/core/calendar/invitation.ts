// Interview invitations as iCalendar (RFC 5545) requests, made with the `ics` package.
//
// Time zones: an Excel serial is read as wall-clock time in the zone of the computer running the add-in (the
// organizer's, which is the zone Excel displays) or in the IANA zone the caller names, then written as UTC (`DTSTART:…Z`). UTC, not floating time,
// because a floating time means "this clock time wherever you are", which moves a remote candidate's interview
// by the difference between their zones; every calendar converts a UTC time to the attendee's own zone.
import { createEvent, type EventAttributes } from "ics";
import { cleanHeaderField, isValidEmail } from "../email/headers";
import type { DateSystem } from "../cells/types";
import { excelSerialToLocalDate } from "./excelTime";

export interface CalendarPerson {
  name?: string;
  email: string;
}

export interface InterviewInvitationInput {
  /** An instant, or an Excel serial read as local wall-clock time (see above); 1904 for old Mac workbooks. */
  start: Date | { excelSerial: number; dateSystem?: DateSystem; timeZone?: string };
  durationMinutes: number;
  title: string;
  /** A room or an address. */
  location?: string;
  /** An online meeting link (https), added as the event's URL and to the description. */
  meetingLink?: string;
  organizer: CalendarPerson;
  attendee: CalendarPerson;
  /** Further people invited to the same event (a training session for several staff). */
  others?: readonly CalendarPerson[];
  description?: string;
  /** Stable per interview (e.g. candidate ID + "interview"), so a re-sent invitation updates the same event. */
  uid: string;
  /** Raise for each update of the same uid (RFC 5545 §3.8.7.4). */
  sequence?: number;
  /** DTSTAMP: when the invitation was made; now by default. */
  stamp?: Date;
}

export type InvitationResult =
  { ok: true; ics: string; start: Date; end: Date } | { ok: false; errors: string[] };

/** Longest interview we accept: a working day and a half; longer is almost surely a typing slip. */
const MAX_MINUTES = 12 * 60;

const personName = (p: CalendarPerson) => cleanHeaderField(p.name, 100).replace(/["\\]/g, "") || undefined;

export function resolveStart(start: InterviewInvitationInput["start"]): Date | undefined {
  if (start instanceof Date) return Number.isNaN(start.getTime()) ? undefined : start;
  return excelSerialToLocalDate(start.excelSerial, start.dateSystem, start.timeZone);
}

/** The `.ics` text of a METHOD:REQUEST invitation with the organizer and one attendee who is asked to reply. */
export function interviewInvitation(input: InterviewInvitationInput): InvitationResult {
  const errors: string[] = [];
  const start = resolveStart(input.start);
  if (!start) errors.push("The interview needs a valid date and time.");
  if (
    !Number.isFinite(input.durationMinutes) ||
    input.durationMinutes <= 0 ||
    input.durationMinutes > MAX_MINUTES
  ) {
    errors.push(`The length must be between 1 and ${MAX_MINUTES} minutes.`);
  }
  if (!isValidEmail(input.organizer.email))
    errors.push("The organizer needs a valid email address (Settings).");
  if (!input.others?.length && !isValidEmail(input.attendee.email))
    errors.push("The candidate needs a valid email address.");
  for (const p of input.others?.length ? [input.attendee, ...input.others] : [])
    if (!isValidEmail(p.email))
      errors.push(`${personName(p) ?? "Someone invited"} needs a valid email address.`);
  const uid = cleanHeaderField(input.uid).replace(/\s/g, "");
  if (!uid) errors.push("The invitation needs an identifier (uid).");
  const link = cleanHeaderField(input.meetingLink);
  if (link && !/^https:\/\/\S+$/i.test(link)) errors.push("The meeting link must start with https://.");
  if (!start || errors.length) return { ok: false, errors };

  const end = new Date(start.getTime() + Math.round(input.durationMinutes) * 60_000);
  const description = [input.description?.replace(/\r\n?/g, "\n").trim(), link ? `Join: ${link}` : ""]
    .filter(Boolean)
    .join("\n\n");
  // `timestamp` (DTSTAMP) is read by ics but missing from its type declarations.
  const event: EventAttributes & { timestamp?: number } = {
    start: start.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: end.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: cleanHeaderField(input.title) || "Interview",
    uid,
    method: "REQUEST",
    status: "CONFIRMED",
    busyStatus: "BUSY",
    sequence: input.sequence ?? 0,
    organizer: { name: personName(input.organizer), email: input.organizer.email },
    attendees: [input.attendee, ...(input.others ?? [])].map((p) => ({
      name: personName(p),
      email: p.email,
      rsvp: true,
      partstat: "NEEDS-ACTION",
      role: "REQ-PARTICIPANT",
    })),
    productId: "back-office/excel-add-in",
  };
  const location = cleanHeaderField(input.location) || link;
  if (location) event.location = location;
  if (link) event.url = link;
  if (description) event.description = description;
  if (input.stamp) event.timestamp = input.stamp.getTime();

  const { error, value } = createEvent(event);
  if (error || !value)
    return {
      ok: false,
      errors: [`The calendar file could not be made: ${error?.message ?? "unknown error"}`],
    };
  return { ok: true, ics: value, start, end };
}
