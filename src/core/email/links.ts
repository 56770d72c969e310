import type { Draft } from "./draft";
import { cleanSubject, parseAddressList } from "./headers";

/**
 * Longest `mailto:` URL we hand to the mail app. Measured limits: Outlook desktop opened from a browser takes
 * 2,046 characters, Firefox opens up to about 2,008, Internet Explorer/legacy Edge cap every URL at 2,083
 * (Microsoft KB 208427); above that the message arrives cut off or not at all. 2,000 stays under all of them.
 */
export const MAILTO_MAX_LENGTH = 2000;

/**
 * Longest Outlook on the web compose link. Microsoft documents no figure; the commonly cited answer on OWA compose
 * URL parameters gives "a limit on URL length of around 2048 chars", and a signed-out person is redirected through
 * a base64 copy of the URL (a third longer), so the same 2,000 as mailto.
 */
export const OUTLOOK_WEB_MAX_LENGTH = 2000;

export const OUTLOOK_WEB_COMPOSE = "https://outlook.office.com/mail/deeplink/compose";

export type LinkResult =
  { ok: true; url: string } | { ok: false; reason: "too-long"; length: number; limit: number };

// encodeURIComponent throws on a lone surrogate (half an emoji cut by someone's editing): replace it.
const wellFormed = (s: string) =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

const encode = (s: string) => encodeURIComponent(wellFormed(s));
// RFC 6068 §2: "@" may stay as it is in an address, which keeps the link readable.
const encodeAddresses = (list: readonly string[]) =>
  list
    .flatMap((a) => parseAddressList(a).addresses)
    .map((a) => encode(a).replace(/%40/g, "@"))
    .join(",");

const withCrlf = (text: string) => text.replace(/\r\n?|\n/g, "\r\n");

function checked(url: string, limit: number): LinkResult {
  return url.length <= limit
    ? { ok: true, url }
    : { ok: false, reason: "too-long", length: url.length, limit };
}

/** A `mailto:` link (RFC 6068): addresses re-validated, subject one line, plain-text body with CRLF line breaks. */
export function toMailto(draft: Draft, limit = MAILTO_MAX_LENGTH): LinkResult {
  const fields: string[] = [];
  if (draft.cc?.length) fields.push(`cc=${encodeAddresses(draft.cc)}`);
  fields.push(`subject=${encode(cleanSubject(draft.subject))}`);
  fields.push(`body=${encode(withCrlf(draft.text))}`);
  return checked(`mailto:${encodeAddresses(draft.to)}?${fields.join("&")}`, limit);
}

/** An Outlook on the web compose link (`/mail/deeplink/compose`), to open with Office.context.ui.openBrowserWindow. */
export function toOutlookWebCompose(draft: Draft, limit = OUTLOOK_WEB_MAX_LENGTH): LinkResult {
  const fields: string[] = [];
  if (draft.to.length) fields.push(`to=${encodeAddresses(draft.to)}`);
  if (draft.cc?.length) fields.push(`cc=${encodeAddresses(draft.cc)}`);
  fields.push(`subject=${encode(cleanSubject(draft.subject))}`);
  // Spaces as %20, never "+": a "+" would reach the message as a plus sign after the sign-in redirect.
  fields.push(`body=${encode(draft.text.replace(/\r\n?/g, "\n"))}`);
  return checked(`${OUTLOOK_WEB_COMPOSE}?${fields.join("&")}`, limit);
}

/** What "Copy" puts on the clipboard: who it is for, the subject, then the plain-text body. */
export function toClipboardText(draft: Draft): string {
  const lines: string[] = [];
  if (draft.to.length) lines.push(`To: ${draft.to.join("; ")}`);
  if (draft.cc?.length) lines.push(`Cc: ${draft.cc.join("; ")}`);
  lines.push(`Subject: ${cleanSubject(draft.subject)}`, "", draft.text.replace(/\r\n?/g, "\n"));
  return lines.join("\n");
}
