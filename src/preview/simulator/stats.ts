// Round-trip accounting per Excel.run: how many syncs went to "Excel" and how big they were.

export interface RunStats {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  largestRequestBytes: number;
}

export interface SimStats {
  runs: RunStats[];
  last(): RunStats | undefined;
  reset(): void;
}

/** Excel on the web rejects a request or response over 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export function createStats(): SimStats {
  const runs: RunStats[] = [];
  return {
    runs,
    last: () => runs[runs.length - 1],
    reset: () => {
      runs.length = 0;
    },
  };
}

export function newRunStats(): RunStats {
  return { syncs: 0, requestBytes: 0, responseBytes: 0, largestRequestBytes: 0 };
}

/** UTF-8 length of a string (counted by hand: jsdom test environments lack TextEncoder). */
function utf8Length(text: string): number {
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

/** UTF-8 size of the JSON text of `x` (what the request or response would carry). */
export function jsonBytes(x: unknown): number {
  return utf8Length(JSON.stringify(x) ?? "");
}
