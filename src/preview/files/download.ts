// Saving the preview workbook: its type and the name to save under.

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The .xlsx name to save under: the opened file's name with .xlsx, or a name for the sample. */
export function saveName(openedFrom: string | null): string {
  if (!openedFrom) return "Back Office preview.xlsx";
  const dot = openedFrom.lastIndexOf(".");
  return `${dot > 0 ? openedFrom.slice(0, dot) : openedFrom}.xlsx`;
}
