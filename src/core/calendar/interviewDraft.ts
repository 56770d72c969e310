import { format } from "date-fns";
import { composeDraft, type ComposeResult } from "../email/compose";
import { DEFAULT_TEMPLATES, TEMPLATE_PLACEHOLDERS } from "../email/defaultTemplates";
import { formatDateTime } from "../email/format";
import type { EmailTemplate } from "../email/template";
import { interviewInvitation, type InterviewInvitationInput } from "./invitation";

export const INVITATION_CONTENT_TYPE = "text/calendar; method=REQUEST";

export interface InterviewDraftInput extends InterviewInvitationInput {
  candidate: string;
  position: string;
  company: string;
  signature: string;
  /** Who the candidate meets, as shown in the email (the organizer's name by default). */
  interviewer?: string;
  template?: EmailTemplate;
}

export type InterviewDraftResult =
  ({ ok: true; ics: string; start: Date; end: Date } & ComposeResult) | { ok: false; errors: string[] };

const lengthText = (minutes: number) => {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  return [h ? `${h} hour${h === 1 ? "" : "s"}` : "", m ? `${m} minute${m === 1 ? "" : "s"}` : ""]
    .filter(Boolean)
    .join(" ");
};

/** "Schedule interview": the invitation email to the candidate with `invitation.ics` attached. */
export function interviewInvitationDraft(input: InterviewDraftInput): InterviewDraftResult {
  const invitation = interviewInvitation(input);
  if (!invitation.ok) return invitation;
  const composed = composeDraft({
    to: input.attendee.email,
    template: input.template ?? DEFAULT_TEMPLATES.interviewInvitation,
    known: TEMPLATE_PLACEHOLDERS.interviewInvitation,
    values: {
      company: input.company,
      candidate: input.candidate,
      position: input.position,
      // The organizer's clock time with its UTC offset, for a candidate in another zone; the .ics converts.
      interviewAt: `${formatDateTime(invitation.start)} (${format(invitation.start, "O")})`,
      duration: lengthText(input.durationMinutes),
      location: input.location || input.meetingLink,
      interviewer: input.interviewer ?? input.organizer.name,
      signature: input.signature,
    },
    attachments: [
      { filename: "invitation.ics", contentType: INVITATION_CONTENT_TYPE, content: invitation.ics },
    ],
  });
  return { ok: true, ics: invitation.ics, start: invitation.start, end: invitation.end, ...composed };
}
