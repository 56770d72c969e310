// Sheet names Excel accepts: 1-31 characters, none of : \ / ? * [ ], not starting or ending with '.

const MAX_SHEET_NAME = 31;

/** A valid sheet name made from any text (a CSV is opened on a sheet named after its file, as Excel does). */
export function safeSheetName(text: string): string {
  const cleaned = text
    .replace(/[:\\/?*[\]]/g, "_")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, MAX_SHEET_NAME)
    .trim();
  return cleaned === "" ? "Sheet1" : cleaned;
}
