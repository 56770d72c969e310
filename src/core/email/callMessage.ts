import { composeDraft, type ComposeResult } from "./compose";
import { DEFAULT_TEMPLATES, TEMPLATE_PLACEHOLDERS } from "./defaultTemplates";
import { formatDateTime, formatDay, type DateInput } from "./format";
import type { EmailTemplate } from "./template";

export interface CallMessageInput {
  /** The colleague's address. */
  to: string | null | undefined;
  /** The colleague's name (the call's For column). */
  for: string;
  call: {
    caller?: string;
    company?: string;
    number?: string;
    channel?: string;
    subject?: string;
    message?: string;
    priority?: string;
    receivedAt?: DateInput;
    followUpBy?: DateInput;
    takenBy?: string;
  };
  company: string;
  signature?: string;
  template?: EmailTemplate;
}

/** "Message for …": a call log entry passed on to the colleague it is for. */
export function callMessageDraft(input: CallMessageInput): ComposeResult {
  const c = input.call;
  return composeDraft({
    to: input.to,
    template: input.template ?? DEFAULT_TEMPLATES.callMessage,
    known: TEMPLATE_PLACEHOLDERS.callMessage,
    values: {
      company: input.company,
      for: input.for,
      caller: c.caller,
      callerCompany: c.company,
      number: c.number,
      channel: c.channel,
      subject: c.subject,
      message: c.message,
      priority: c.priority,
      receivedAt: formatDateTime(c.receivedAt),
      followUpBy: formatDay(c.followUpBy),
      takenBy: c.takenBy,
      signature: input.signature,
    },
  });
}
