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

const encoder = new TextEncoder();

/** UTF-8 size of the JSON text of `x` (what the request or response would carry). */
export function jsonBytes(x: unknown): number {
  const text = JSON.stringify(x) ?? "";
  // ASCII-only text (the common case) has as many bytes as characters.
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(text) ? text.length : encoder.encode(text).length;
}
