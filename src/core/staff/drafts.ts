// The Staff page's drafts: a training session invitation for several people (with the .ics, as interview
// invitations have), the discipline meeting invitation and outcome letters, and a reference letter. The
// add-in never sends them.
import { interviewInvitation, type CalendarPerson } from "../calendar/invitation";
import { INVITATION_CONTENT_TYPE } from "../calendar/interviewDraft";
import { composeDraft, type ComposeResult } from "../email/compose";
import { formatDateTime, formatDay } from "../email/format";
import type { EmailTemplate } from "../email/template";

export const STAFF_TEMPLATES = {
  trainingInvitation: {
    subject: "Training: {{course}} on {{when}}",
    body: `Hello,

You are booked on {{course}}.

When: {{when}} ({{duration}} minutes)
Where: {{location}}

A calendar invitation is attached. Please tell me straight away if you cannot attend.

{{signature}}`,
  },
  disciplineInvitation: {
    subject: "Invitation to a meeting",
    body: `Dear {{name}},

I am writing to invite you to a meeting about the following concern:

{{reason}}

When: {{meetingAt}}

You may bring a companion: a colleague or a trade union representative. If you cannot attend at that time, please tell me and suggest another time within five working days.

{{signature}}`,
  },
  disciplineOutcome: {
    subject: "Outcome of our meeting",
    body: `Dear {{name}},

Thank you for attending the meeting on {{meetingAt}}.

Decision: {{kind}}
{{outcome}}

{{lapse}}

You may appeal against this decision in writing by {{appealBy}}.

{{signature}}`,
  },
  reference: {
    subject: "Reference for {{name}}",
    body: `To whom it may concern,

{{name}} worked at {{company}} as {{role}} from {{startDate}} to {{leavingDate}}.

{{signature}}`,
  },
} as const satisfies Record<string, EmailTemplate>;

export type TrainingInviteResult =
  ({ ok: true } & ComposeResult & { ics: string }) | { ok: false; errors: string[] };

export function trainingInvitationDraft(input: {
  course: string;
  start: Date;
  durationMinutes: number;
  location: string;
  people: readonly CalendarPerson[];
  organizer: CalendarPerson;
  signature: string;
  uid: string;
}): TrainingInviteResult {
  const [first, ...others] = input.people;
  if (!first) return { ok: false, errors: ["Choose at least one person to invite."] };
  const invitation = interviewInvitation({
    start: input.start,
    durationMinutes: input.durationMinutes,
    title: `Training: ${input.course}`,
    location: input.location,
    organizer: input.organizer,
    attendee: first,
    others: others.length ? others : [],
    uid: input.uid,
  });
  if (!invitation.ok) return invitation;
  const composed = composeDraft({
    to: input.people.map((p) => p.email),
    template: STAFF_TEMPLATES.trainingInvitation,
    values: {
      course: input.course,
      when: formatDateTime(invitation.start),
      duration: String(Math.round(input.durationMinutes)),
      location: input.location,
      signature: input.signature,
    },
    attachments: [
      { filename: "invitation.ics", contentType: INVITATION_CONTENT_TYPE, content: invitation.ics },
    ],
  });
  return { ok: true, ics: invitation.ics, ...composed };
}

export interface CaseLetterInput {
  to: string;
  name: string;
  kind: string;
  reason: string;
  outcome: string;
  /** Excel serials (local wall-clock time). */
  meetingAt: number | null;
  appealBy: number | null;
  warningExpires: number | null;
  signature: string;
}

export function disciplineInvitationDraft(input: CaseLetterInput): ComposeResult {
  return composeDraft({
    to: input.to,
    template: STAFF_TEMPLATES.disciplineInvitation,
    values: {
      name: input.name,
      reason: input.reason,
      meetingAt: formatDateTime(input.meetingAt) || "(to be agreed)",
      signature: input.signature,
    },
  });
}

export function disciplineOutcomeDraft(input: CaseLetterInput): ComposeResult {
  return composeDraft({
    to: input.to,
    template: STAFF_TEMPLATES.disciplineOutcome,
    values: {
      name: input.name,
      kind: input.kind,
      outcome: input.outcome,
      meetingAt: formatDateTime(input.meetingAt),
      appealBy: formatDay(input.appealBy) || "(a date)",
      lapse: input.warningExpires
        ? `The warning stays on your record until ${formatDay(input.warningExpires)}, after which it is disregarded.`
        : "",
      signature: input.signature,
    },
  });
}

export function referenceDraft(input: {
  /** Whoever asked for the reference; blank to fill in later. */
  to?: string;
  name: string;
  company: string;
  role: string;
  startDate: number | null;
  leavingDate: number | null;
  signature: string;
}): ComposeResult {
  return composeDraft({
    to: input.to ?? "",
    template: STAFF_TEMPLATES.reference,
    values: {
      name: input.name,
      company: input.company.trim() || "our company",
      role: input.role,
      startDate: formatDay(input.startDate),
      leavingDate: formatDay(input.leavingDate),
      signature: input.signature,
    },
  });
}
