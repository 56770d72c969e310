// Taking a draft out of the add-in: the browser/Office side of core's draft offers (core/email/offers.ts). The add-in never sends mail; each of these hands the draft to the person.
import { downloadFile } from "./downloadFile";
import { toEml } from "../../core/email/eml";
import type { Draft } from "../../core/email/draft";

interface OfficeUi {
  context?: { ui?: { openBrowserWindow?: (url: string) => void } };
}

/** Opens a web link: through Office (the only way out of the task pane's sandbox), else a new tab. */
export function openInBrowser(url: string): void {
  const office = (globalThis as { Office?: OfficeUi }).Office;
  const open = office?.context?.ui?.openBrowserWindow;
  if (open) open(url);
  else window.open(url, "_blank", "noopener");
}

/** Hands a mailto: link to the mail app (a navigation the browser passes to the registered handler). */
export function openMailto(url: string): void {
  window.location.href = url;
}

/** The .eml file of a draft, offered as a download through a Blob URL. */
export function downloadEml(draft: Draft, filename: string, now = new Date()): void {
  downloadFile(toEml(draft, { date: now }), filename, "message/rfc822");
}

/** Copies text; false when the host does not allow it (then the page shows the text to copy by hand). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
