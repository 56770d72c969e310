// Made-up values for the template editor's preview, so a person sees a realistic draft before any data exists.
import type { TemplateKind } from "./defaultTemplates";
import type { TableValue } from "./table";
import type { TemplateValues } from "./template";

const sampleItems: TableValue = {
  kind: "table",
  columns: [
    { header: "Item", align: "left" },
    { header: "Supplier SKU", align: "left" },
    { header: "Unit", align: "left" },
    { header: "Qty", align: "right" },
    { header: "Unit cost", align: "right" },
    { header: "Line total", align: "right" },
  ],
  rows: [
    ["Copy paper A4, 80 g", "PAP-A4-80", "box", "10", "24.90", "249.00"],
    ["Toner, black", "TN-247BK", "each", "2", "61.50", "123.00"],
  ],
  footer: ["Total", "", "", "", "", "372.00"],
};

/** `company` and `signature` come from Settings; the caller adds them. */
export const SAMPLE_VALUES: Readonly<Record<TemplateKind, TemplateValues>> = {
  supplierOrder: {
    supplier: "Paper World",
    contact: "Bo Chen",
    poNumber: "PO-2026-0042",
    items: sampleItems,
    total: "372.00",
    dateWanted: "Fri 4 Dec 2026",
  },
  serviceRequest: {
    vendor: "CopyFix",
    vendorContact: "Marc",
    assetTag: "EQ-0003",
    type: "Copier",
    make: "Ricoh",
    model: "IM C3000",
    serial: "G176R500123",
    location: "2nd floor, by the kitchen",
    fault: "Paper jam in tray 2, error SC-542",
    ticketId: "SRV-0012",
    contact: "Ann Lee, 555 0100",
  },
  interviewInvitation: {
    candidate: "Sam Taylor",
    position: "Receptionist",
    interviewAt: "Tue 1 Dec 2026, 10:30 (GMT+1)",
    duration: "45 minutes",
    location: "Meeting room 2",
    interviewer: "Ann Lee",
  },
  rejection: { candidate: "Sam Taylor", position: "Receptionist" },
  offer: { candidate: "Sam Taylor", position: "Receptionist", startDate: "Mon 4 Jan 2027" },
  callMessage: {
    for: "Ann",
    caller: "Jean Dupont",
    callerCompany: "Dupont SARL",
    number: "+33 6 12 34 56 78",
    channel: "Phone",
    subject: "Invoice 2026-114",
    message: "Says the invoice was paid twice. Please call back.",
    priority: "Urgent",
    receivedAt: "Fri 27 Nov 2026, 14:05",
    followUpBy: "Mon 30 Nov 2026",
    takenBy: "Zoë",
  },
};
