// Base64 of UTF-8 text without Buffer or btoa, so it runs the same in Node, the browser and Excel's runtime.
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** RFC 4648 base64 of the bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + "==";
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + "=";
  }
  return out;
}

export function utf8Base64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

/** RFC 2045 §6.8: encoded lines are at most 76 characters. */
export function wrapBase64(encoded: string, eol = "\r\n", width = 76): string {
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += width) lines.push(encoded.slice(i, i + width));
  return lines.join(eol);
}

/**
 * RFC 2047 encoded-words for a header value, split on code point boundaries so no character is cut in two.
 * 39 UTF-8 bytes make 52 base64 characters + 12 of `=?utf-8?B?…?=`: 64, so even "Subject: " plus the first
 * word stays within the 78 characters a line should keep to (RFC 5322 §2.1.1).
 */
export function encodedWords(text: string, maxBytes = 39): string[] {
  const encoder = new TextEncoder();
  const words: string[] = [];
  let chunk = "";
  let chunkBytes = 0;
  for (const ch of text) {
    const size = encoder.encode(ch).length;
    if (chunkBytes + size > maxBytes && chunk) {
      words.push(`=?utf-8?B?${utf8Base64(chunk)}?=`);
      chunk = "";
      chunkBytes = 0;
    }
    chunk += ch;
    chunkBytes += size;
  }
  if (chunk || words.length === 0) words.push(`=?utf-8?B?${utf8Base64(chunk)}?=`);
  return words;
}
