// What marks the add-in's Overview sheet and where its "At a glance" rows are, shared by the plan, the
// Excel side and Home (which reads the figures without loading the Overview's planning code).

export const OVERVIEW_SHEET = "Overview";
/** A1 of the add-in's Overview: a sheet called Overview without it is someone else's and is left alone. */
export const OVERVIEW_TITLE = "Back Office overview";
export const GLANCE_TITLE = "At a glance";
export const GLANCE_HEADERS = ["Figure", "Value", "Section"] as const;
/** Home reads this much of the sheet to find the At a glance rows (they start near the top). */
export const GLANCE_READ_RANGE = "A1:C48";

/** Which task pane page each section's card opens (by section title, as the sheet shows it). */
export const SECTION_PAGES: Readonly<Record<string, string>> = {
  Supplies: "inventory",
  Calls: "calls",
  Equipment: "equipment",
  Hiring: "candidates",
  Staff: "staff",
};

export interface Headline {
  section: string;
  label: string;
  /** The value as the sheet shows it (Range.text: "1,234.50"; "" for a figure with nothing yet). */
  value: string;
}

/** The At a glance rows from the top of the Overview (as Range.text shows them); null if not ours. */
export function readGlance(values: readonly (readonly unknown[])[]): Headline[] | null {
  if (String(values[0]?.[0] ?? "") !== OVERVIEW_TITLE) return null;
  const header = values.findIndex((row) => GLANCE_HEADERS.every((h, i) => String(row[i] ?? "") === h));
  if (header < 0) return [];
  const out: Headline[] = [];
  for (const row of values.slice(header + 1)) {
    const label = String(row[0] ?? "");
    if (label === "") break;
    out.push({ section: String(row[2] ?? ""), label, value: String(row[1] ?? "") });
  }
  return out;
}
