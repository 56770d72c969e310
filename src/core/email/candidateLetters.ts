import { composeDraft, type ComposeResult } from "./compose";
import { DEFAULT_TEMPLATES, TEMPLATE_PLACEHOLDERS } from "./defaultTemplates";
import { formatDay, type DateInput } from "./format";
import type { EmailTemplate } from "./template";

export interface CandidateLetterInput {
  /** The candidate's Email cell. */
  to: string | null | undefined;
  candidate: string;
  position: string;
  company: string;
  signature: string;
  template?: EmailTemplate;
}

export function rejectionDraft(input: CandidateLetterInput): ComposeResult {
  return composeDraft({
    to: input.to,
    template: input.template ?? DEFAULT_TEMPLATES.rejection,
    known: TEMPLATE_PLACEHOLDERS.rejection,
    values: {
      company: input.company,
      candidate: input.candidate,
      position: input.position,
      signature: input.signature,
    },
  });
}

export function offerDraft(input: CandidateLetterInput & { startDate?: DateInput }): ComposeResult {
  return composeDraft({
    to: input.to,
    template: input.template ?? DEFAULT_TEMPLATES.offer,
    known: TEMPLATE_PLACEHOLDERS.offer,
    values: {
      company: input.company,
      candidate: input.candidate,
      position: input.position,
      startDate: formatDay(input.startDate),
      signature: input.signature,
    },
  });
}
