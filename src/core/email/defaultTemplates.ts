import type { EmailTemplate } from "./template";

/** The drafts the add-in makes; each has a default template the person can edit in Settings. */
export type TemplateKind =
  "supplierOrder" | "serviceRequest" | "interviewInvitation" | "rejection" | "offer" | "callMessage";

/**
 * The placeholders each kind of draft fills. `company` and `signature` are the workbook's settings
 * everywhere; in a call message the caller's company is `callerCompany`.
 */
export const TEMPLATE_PLACEHOLDERS: Readonly<Record<TemplateKind, readonly string[]>> = {
  supplierOrder: ["company", "supplier", "contact", "poNumber", "items", "total", "dateWanted", "signature"],
  serviceRequest: [
    "company",
    "vendor",
    "vendorContact",
    "assetTag",
    "type",
    "make",
    "model",
    "serial",
    "location",
    "fault",
    "ticketId",
    "contact",
    "signature",
  ],
  interviewInvitation: [
    "company",
    "candidate",
    "position",
    "interviewAt",
    "duration",
    "location",
    "interviewer",
    "signature",
  ],
  rejection: ["company", "candidate", "position", "signature"],
  offer: ["company", "candidate", "position", "startDate", "signature"],
  callMessage: [
    "company",
    "for",
    "caller",
    "callerCompany",
    "number",
    "channel",
    "subject",
    "message",
    "priority",
    "receivedAt",
    "followUpBy",
    "takenBy",
    "signature",
  ],
};

export const DEFAULT_TEMPLATES: Readonly<Record<TemplateKind, EmailTemplate>> = {
  supplierOrder: {
    subject: "Order {{poNumber}} from {{company}}",
    body: `Dear {{contact|Sir or Madam}},

Please supply the following for {{company}}, our order {{poNumber}}:

{{items}}

Date wanted: {{dateWanted|as soon as possible}}

Please confirm the order, the delivery date and any change of price.

Kind regards,

{{signature}}`,
  },
  serviceRequest: {
    subject: "Service request: {{make}} {{model}} ({{assetTag}})",
    body: `Dear {{vendorContact|Sir or Madam}},

Please arrange a service visit for the following machine at {{company}}.

Asset tag: {{assetTag}}
Machine: {{type}} {{make}} {{model}}
Serial no.: {{serial}}
Location: {{location}}
Our reference: {{ticketId|none}}

Fault:
{{fault}}

On-site contact: {{contact}}

Kind regards,

{{signature}}`,
  },
  interviewInvitation: {
    subject: "Interview for {{position}} at {{company}}",
    body: `Dear {{candidate}},

Thank you for applying for the position of {{position}}. We would like to invite you to an interview.

When: {{interviewAt}} ({{duration}})
Where: {{location}}
With: {{interviewer}}

A calendar invitation is attached. Please let us know if this time does not suit you.

Kind regards,

{{signature}}`,
  },
  rejection: {
    subject: "Your application for {{position}} at {{company}}",
    body: `Dear {{candidate}},

Thank you for your interest in the position of {{position}} and for the time you gave us.

After careful consideration we have decided not to take your application further. We wish you every success.

Kind regards,

{{signature}}`,
  },
  offer: {
    subject: "Offer: {{position}} at {{company}}",
    body: `Dear {{candidate}},

We are delighted to offer you the position of {{position}} at {{company}}, starting {{startDate|on a date to be agreed}}.

The details of the offer will follow. Please let us know whether you accept.

Kind regards,

{{signature}}`,
  },
  callMessage: {
    subject: "Message for {{for}} from {{caller}}: {{subject|please call back}}",
    body: `Hello {{for}},

{{caller}} ({{callerCompany|no company given}}) called at {{receivedAt}}.
Number: {{number|not given}}
Channel: {{channel}}
Priority: {{priority}}
Subject: {{subject}}

Message:
{{message}}

Please follow up by: {{followUpBy|no date set}}
Taken by: {{takenBy}}`,
  },
};
