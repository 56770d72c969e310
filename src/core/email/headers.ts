// Header safety: whatever a person typed into a cell, nothing can add a header line (no "Bcc:" injection).

/** Outlook's subject field keeps 255 characters; longer subjects are cut there. */
export const MAX_SUBJECT_LENGTH = 255;

// C0 controls, DEL, C1 controls and the Unicode line/paragraph separators.
const LINE_BREAKS = /[\r\n\u0085\u2028\u2029\v\f]+/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** One line of text, safe for a header: line breaks and tabs become one space, other control characters go. */
export function cleanHeaderField(value: unknown, maxLength = Infinity): string {
  if (value === null || value === undefined) return "";
  const single = String(value)
    .replace(LINE_BREAKS, " ")
    .replace(/\t/g, " ")
    .replace(CONTROLS, "")
    .replace(/ {2,}/g, " ")
    .trim();
  if (single.length <= maxLength) return single;
  // Cut on a code point boundary so an emoji is never split in half.
  return Array.from(single).slice(0, maxLength).join("").trimEnd();
}

/** A subject line: one line, at most MAX_SUBJECT_LENGTH characters. */
export function cleanSubject(value: unknown): string {
  return cleanHeaderField(value, MAX_SUBJECT_LENGTH);
}

// Practical RFC 5322 subset: dot-atom local part (no quoted strings, no comments), a DNS host name with a
// dot, ASCII only (international domains are written in their xn-- form). Nothing that could carry a
// display name, a second address or a line break passes.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TOP_LEVEL = /^([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

/** Is this a plain address (`name@example.com`) that can go into To/Cc unchanged? (RFC 5321 length limits) */
export function isValidEmail(value: unknown): boolean {
  if (typeof value !== "string") return false;
  if (value.length > 254) return false;
  const at = value.lastIndexOf("@");
  if (at <= 0 || at === value.length - 1) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local)) return false;
  const labels = domain.split(".");
  if (labels.length < 2) return false;
  if (!labels.every((label) => DOMAIN_LABEL.test(label))) return false;
  return TOP_LEVEL.test(labels[labels.length - 1]);
}

export interface AddressList {
  /** Valid addresses, in order, without duplicates (compared case-insensitively). */
  addresses: string[];
  /** Entries that are not an address, as typed (cleaned of control characters). */
  invalid: string[];
}

/**
 * Reads a cell such as `a@x.com; b@y.com` or `Jane Doe <jane@x.com>, "Roe, Rick" <rick@y.com>`.
 * Separators: `;`, `,` and line breaks outside quotes and angle brackets. A display name is dropped and only
 * the address inside `<…>` is kept, so a name can never smuggle a second address or a header into a draft.
 */
export function parseAddressList(value: unknown): AddressList {
  const addresses: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  if (value === null || value === undefined) return { addresses, invalid };
  for (const entry of splitAddressEntries(String(value))) {
    const angle = /<([^<>]*)>\s*$/.exec(entry);
    const candidate = (angle ? angle[1] : entry).trim().replace(/^mailto:/i, "");
    if (isValidEmail(candidate)) {
      const key = candidate.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        addresses.push(candidate);
      }
    } else {
      invalid.push(cleanHeaderField(entry));
    }
  }
  return { addresses, invalid };
}

function splitAddressEntries(text: string): string[] {
  const entries: string[] = [];
  let current = "";
  let inQuotes = false;
  let inAngle = false;
  for (const ch of text) {
    if (ch === '"' && !inAngle) inQuotes = !inQuotes;
    else if (ch === "<" && !inQuotes) inAngle = true;
    else if (ch === ">" && !inQuotes) inAngle = false;
    if (!inQuotes && !inAngle && (ch === ";" || ch === "," || ch === "\n" || ch === "\r")) {
      entries.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  entries.push(current);
  return entries.map((e) => e.trim()).filter((e) => e.length > 0);
}
