// Hands bytes to the person as a download: a Blob behind a temporary <a download> link (no network).

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function downloadBytes(bytes: Uint8Array, fileName: string, mime: string): void {
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is released once the event loop moves on.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The .xlsx name to save under: the opened file's name with .xlsx, or a name for the sample. */
export function saveName(openedFrom: string | null): string {
  if (!openedFrom) return "Back Office preview.xlsx";
  const dot = openedFrom.lastIndexOf(".");
  return `${dot > 0 ? openedFrom.slice(0, dot) : openedFrom}.xlsx`;
}
