// The text of a CSV file. Excel's "CSV UTF-8" is what the preview reads; a UTF-16 file with its
// byte-order mark is read too. Anything else is refused with the encoding it seems to be in, because
// guessing would silently turn "Café" into "CafÃ©" in the workbook.
import { OpenFileError } from "./openError";

const SAVE_AS_UTF8 =
  'In Excel, open the file and use File > Save As with "CSV UTF-8 (Comma delimited) (*.csv)"; in another app, export as CSV with the UTF-8 encoding. Then open that copy.';

/** Offset of the first byte that breaks UTF-8 (RFC 3629 §4 byte sequences), or -1 when all is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let extra: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [extra, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [extra, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [extra, min] = [3, 0x10000];
    else return i;
    if (i + extra >= bytes.length) return i;
    let code = b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k];
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += extra + 1;
  }
  return -1;
}

/** Mostly-ASCII text in UTF-16 has a zero in every other byte (the high byte of each code unit). */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  return Math.max(evenZeros, oddZeros) > n / 4 && Math.min(evenZeros, oddZeros) < n / 40;
}

/**
 * Windows-1252 text, for quoting a line back to the person. Bytes 0x80-0x9F per the WHATWG Encoding
 * Standard's index-windows-1252 (Node's TextDecoder decodes them as Latin-1 control characters instead).
 */
const CP1252_80_9F =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** The line (1-based) holding byte `offset`, and that line as Windows-1252 would show it. */
function lineAt(bytes: Uint8Array, offset: number): { number: number; text: string } {
  let start = offset;
  while (start > 0 && bytes[start - 1] !== 0x0a) start--;
  let end = offset;
  while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
  let number = 1;
  for (let i = 0; i < start; i++) if (bytes[i] === 0x0a) number++;
  const text = decodeWindows1252(bytes.subarray(start, Math.min(end, start + 80)));
  return { number, text };
}

/** Which single-byte encoding the bytes seem to be in (bytes 0x80-0x9F are printable only in Windows-1252). */
function guessEncoding(bytes: Uint8Array): string {
  const c1 = bytes.some((b) => b >= 0x80 && b <= 0x9f);
  return c1
    ? 'Windows-1252 (Western European), as Excel\'s plain "CSV (Comma delimited)" writes it on Windows'
    : "Windows-1252 or ISO-8859-1 (Western European)";
}

/** Decodes a CSV file's bytes, or throws an OpenFileError saying what the encoding seems to be. */
export function decodeCsv(fileName: string, bytes: Uint8Array): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : null;
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      throw new OpenFileError(
        `"${fileName}" starts as UTF-16 text but is damaged further on. ${SAVE_AS_UTF8}`,
      );
    }
  }
  // NUL bytes are valid UTF-8, so UTF-16 without a byte-order mark has to be caught first.
  if (looksUtf16(bytes))
    throw new OpenFileError(
      `"${fileName}" seems to be UTF-16 text without a byte-order mark, which the preview cannot read reliably. ${SAVE_AS_UTF8}`,
    );
  try {
    // TextDecoder drops a UTF-8 byte-order mark itself (ignoreBOM is false by default).
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const line = lineAt(bytes, Math.max(0, firstInvalidUtf8(bytes)));
    throw new OpenFileError(
      `"${fileName}" is not UTF-8 text: it seems to be ${guessEncoding(bytes)}. The first such character is on line ${line.number} ("${line.text}"). ${SAVE_AS_UTF8}`,
    );
  }
}
