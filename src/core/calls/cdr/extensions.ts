// Which numbers are the office's own extensions: the setting "Internal extensions" ("101-104, 201-204,
// 600"), or, until the person confirms one, a guess from the file. A call's direction follows from it:
// from an extension to an outside number is outbound, from outside is inbound, extension to extension is
// internal (not a call the office logs).

export interface ExtensionRange {
  from: number;
  to: number;
  /** Digits written, so "0201" is not the same extension as "201". */
  digits: number;
}

export type ExtensionList = ExtensionRange[];

/** Extensions are short: 2 to 6 digits. Outside numbers are longer, or start with + or 0. */
const EXTENSION = /^\d{2,6}$/;

/** Reads "101-104, 201, 600" (commas, semicolons or spaces between; "–" too). Null when a part is not one. */
export function parseExtensionList(text: string): ExtensionList | null {
  const parts = text
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const out: ExtensionList = [];
  for (const part of parts) {
    const m = /^(\d{1,8})(?:\s*[-–]\s*(\d{1,8}))?$/.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from) return null;
    out.push({ from, to, digits: m[1].length });
  }
  return out;
}

/** "101-104, 201-204, 600": consecutive extensions written as a range. */
export function formatExtensionList(list: ExtensionList): string {
  return list
    .map((r) => (r.from === r.to ? pad(r.from, r.digits) : `${pad(r.from, r.digits)}-${pad(r.to, r.digits)}`))
    .join(", ");
}

const pad = (n: number, digits: number) => String(n).padStart(digits, "0");

export function isInternal(list: ExtensionList, number: string): boolean {
  const t = number.trim();
  if (!/^\d+$/.test(t)) return false;
  const n = Number(t);
  return list.some((r) => n >= r.from && n <= r.to && t.length === r.digits);
}

/** An outside number: 7 digits or more, or written with + or a leading 0 and 5 digits or more. */
export function looksExternal(number: string): boolean {
  const t = number.trim();
  const digits = t.replace(/\D/g, "");
  return digits.length >= 7 || (/^(\+|0)/.test(t) && digits.length >= 5);
}

/** The list of the given extensions, consecutive ones joined into ranges. */
export function extensionListOf(numbers: Iterable<string>): ExtensionList {
  const byDigits = new Map<number, number[]>();
  for (const t of new Set(numbers)) {
    const n = Number(t);
    byDigits.set(t.length, [...(byDigits.get(t.length) ?? []), n]);
  }
  const out: ExtensionList = [];
  for (const [digits, ns] of [...byDigits].sort((a, b) => a[0] - b[0])) {
    ns.sort((a, b) => a - b);
    for (const n of ns) {
      const last = out[out.length - 1];
      if (last && last.digits === digits && last.to + 1 === n) last.to = n;
      else out.push({ from: n, to: n, digits });
    }
  }
  return out;
}

/**
 * The guess: short numbers that place calls (a source) or are a phone's device name in a channel
 * (SIP/201-…). Short destinations alone are not taken (999 and 112 are dialled, not extensions); a ring
 * group dialled from outside is judged by looksExternal instead.
 */
export function guessExtensions(sources: Iterable<string>, devices: Iterable<string>): ExtensionList {
  const found: string[] = [];
  for (const s of sources) if (EXTENSION.test(s.trim()) && !/^0/.test(s.trim())) found.push(s.trim());
  for (const d of devices) if (EXTENSION.test(d) && !/^0/.test(d)) found.push(d);
  return extensionListOf(found);
}

export type CallDirectionKind = "Inbound" | "Outbound" | "Internal";

/** From an extension to an outside number: outbound; from an extension to an extension: internal; else inbound. */
export function directionOf(list: ExtensionList, source: string, destination: string): CallDirectionKind {
  if (!isInternal(list, source)) return "Inbound";
  return looksExternal(destination) && !isInternal(list, destination) ? "Outbound" : "Internal";
}
