// Reading large ranges under Excel on the web's 5 MB limit: rows are read in chunks sized from an
// estimate of bytes per row taken from a sample, one sync per chunk.

/** Excel on the web rejects a request or response over 5 MB; chunks aim at 80 % of it. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const CHUNK_TARGET_BYTES = Math.floor(PAYLOAD_LIMIT_BYTES * 0.8);
/** Rows read up front to estimate the size of a row. */
export const SAMPLE_ROWS = 100;

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** JSON size in bytes of a value as it travels in a response. */
export function jsonSize(x: unknown): number {
  return utf8Length(JSON.stringify(x) ?? "");
}

/**
 * Bytes per row to plan chunks with: the larger of 1.5 × the sample's mean and its 95th percentile,
 * so a few long notes in the sample make chunks smaller rather than a request too big.
 */
export function estimateRowBytes(sample: readonly (readonly unknown[])[], columns: number): number {
  const floor = Math.max(8, columns * 3);
  if (sample.length === 0) return floor;
  const sizes = sample.map((r) => jsonSize(r) + 1).sort((a, b) => a - b);
  const mean = sizes.reduce((s, x) => s + x, 0) / sizes.length;
  const p95 = sizes[Math.min(sizes.length - 1, Math.floor(sizes.length * 0.95))];
  return Math.max(floor, Math.ceil(Math.max(mean * 1.5, p95)));
}

/** How many rows go in one chunk. */
export function rowsPerChunk(bytesPerRow: number): number {
  return Math.max(1, Math.floor(CHUNK_TARGET_BYTES / Math.max(1, bytesPerRow)));
}

function isPayloadError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/**
 * Values of rows [firstRow, firstRow + rowCount) × columns [firstCol, firstCol + colCount) of `sheet`,
 * one sync per chunk. A chunk that still comes back too large (rows much longer than the sample's) is
 * halved and read again, so an unlucky estimate costs a sync, never the action.
 */
export async function readRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  firstRow: number,
  firstCol: number,
  rowCount: number,
  colCount: number,
  bytesPerRow: number,
  what: "values" | "formulas" = "values",
): Promise<unknown[][]> {
  const out: unknown[][] = [];
  if (rowCount <= 0 || colCount <= 0) return out;
  let size = rowsPerChunk(bytesPerRow);
  let at = 0;
  while (at < rowCount) {
    const n = Math.min(size, rowCount - at);
    const range = sheet.getRangeByIndexes(firstRow + at, firstCol, n, colCount).load(what);
    try {
      await context.sync();
    } catch (err) {
      if (isPayloadError(err) && n > 1) {
        size = Math.max(1, Math.floor(n / 2));
        continue;
      }
      throw err;
    }
    const got = (what === "values" ? range.values : range.formulas) as unknown[][];
    for (const row of got) out.push(row);
    at += n;
  }
  return out;
}
