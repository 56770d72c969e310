// Phone and fax numbers as exports and people write them: "+44 20 7946 0018 ext. 12", "(212) 555-0178 x5",
// "00 44 20 7946 0018". The cell keeps the original text; this key is only for recognising the same number.

export interface PhoneKey {
  /** Digits of the number, with a leading "+" for international ones ("00" prefix read as "+"). */
  number: string;
  /** The extension's digits, or "". */
  extension: string;
}

// "ext", "ext.", "extension", "x", "#" followed by digits at the end.
const EXTENSION = /\s*(?:,|;)?\s*(?:ext(?:ension)?\.?|x|#)\s*(\d{1,6})\s*$/i;

/** The number and extension of a phone or fax number written as text; null when it holds no digits. */
export function phoneKey(text: unknown): PhoneKey | null {
  if (text === null || text === undefined) return null;
  const raw = String(text).trim();
  const ext = EXTENSION.exec(raw);
  const main = ext ? raw.slice(0, ext.index) : raw;
  let digits = main.replace(/\D/g, "");
  if (digits === "") return null;
  let plus = /^\s*\+/.test(main);
  if (!plus && digits.startsWith("00") && digits.length > 4) {
    plus = true;
    digits = digits.slice(2);
  }
  return { number: (plus ? "+" : "") + digits, extension: ext ? ext[1] : "" };
}

/** One comparable text for a number: "+442079460018x12"; "" when there are no digits (withheld, blank). */
export function phoneMatchKey(text: unknown): string {
  const k = phoneKey(text);
  if (!k) return "";
  return k.extension ? `${k.number}x${k.extension}` : k.number;
}
