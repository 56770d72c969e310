// How much a value weighs on the wire: the UTF-8 size of its JSON text. Excel's request and response
// limits (5 MB) are in these bytes, and the benchmarks' dataBytes are defined by them (docs/performance.md).

/** UTF-8 length of a string, counted by hand: jsdom test environments lack TextEncoder. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      n += 4; // a surrogate pair is one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}

/** UTF-8 size of the JSON text of `x`. */
export function jsonBytes(x: unknown): number {
  return utf8Length(JSON.stringify(x) ?? "");
}
