// "Copy as email": the Overview's figures as a draft for the weekly report, through the same draft
// machinery as every other message (src/core/email), so its header fields can carry no line break.
import { composeDraft, type ComposeResult } from "../email/compose";
import { formatDay } from "../email/format";
import type { TableValue } from "../email/table";
import type { Headline } from "./sheet";

const TEMPLATE = {
  subject: "{{company|Back office}}: weekly report, {{date}}",
  body: `Hello,

Where the back office stands on {{date}}:

{{figures}}

The Overview sheet in the workbook has the charts, and its figures follow the registers as they change.

{{signature}}`,
};

export interface WeeklyReportInput {
  headlines: readonly Headline[];
  /** The workbook's company name (settings). */
  company?: string;
  signature?: string;
  /** Addresses typed by the person, if any. */
  to?: string;
  date: Date;
}

/** The figures as a table (Section, Figure, Value as the sheet shows it), in the sheet's order. */
export function figuresTable(headlines: readonly Headline[]): TableValue {
  return {
    kind: "table",
    columns: [
      { header: "Section", align: "left" },
      { header: "Figure", align: "left" },
      { header: "Value", align: "right" },
    ],
    rows: headlines.map((h) => [h.section, h.label, h.value === "" ? "–" : String(h.value)]),
  };
}

export function weeklyReportDraft(input: WeeklyReportInput): ComposeResult {
  return composeDraft({
    to: input.to ?? "",
    template: TEMPLATE,
    known: ["company", "date", "figures", "signature"],
    values: {
      company: input.company,
      date: formatDay(input.date),
      figures: figuresTable(input.headlines),
      signature: input.signature,
    },
  });
}
