import { composeDraft, type ComposeResult } from "./compose";
import { DEFAULT_TEMPLATES, TEMPLATE_PLACEHOLDERS } from "./defaultTemplates";
import type { EmailTemplate } from "./template";

export interface ServiceRequestInput {
  /** The service vendor's Email cell (from Suppliers). */
  to: string | null | undefined;
  vendor: string;
  vendorContact?: string;
  machine: {
    assetTag: string;
    type?: string;
    make?: string;
    model?: string;
    serial?: string;
    location?: string;
  };
  fault: string;
  ticketId?: string;
  /** Who the technician should ask for on site, with a phone number: "Ann Lee, 555 0100". */
  contact: string;
  company: string;
  signature: string;
  template?: EmailTemplate;
}

/** "Request service": the fault report to the machine's service vendor. */
export function serviceRequestDraft(input: ServiceRequestInput): ComposeResult {
  const m = input.machine;
  return composeDraft({
    to: input.to,
    template: input.template ?? DEFAULT_TEMPLATES.serviceRequest,
    known: TEMPLATE_PLACEHOLDERS.serviceRequest,
    values: {
      company: input.company,
      vendor: input.vendor,
      vendorContact: input.vendorContact,
      assetTag: m.assetTag,
      type: m.type,
      make: m.make,
      model: m.model,
      serial: m.serial,
      location: m.location,
      fault: input.fault,
      ticketId: input.ticketId,
      contact: input.contact,
      signature: input.signature,
    },
  });
}
