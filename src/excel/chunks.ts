// Reading large ranges under Excel on the web's 5 MB limit, in as few syncs as the data allows: the
// first chunk is sized from a sample's mean row, every later one from the bytes the rows already read
// really took, and the rows left are split evenly over the fewest chunks that fit. A chunk that still
// comes back too large is refused by Excel (nothing lost), halved and read again: one more sync.
import { jsonBytes } from "../core/jsonBytes";

/**
 * Excel on the web rejects a request or response over 5 MB. Microsoft does not say whether that is
 * 5 MiB (as here, the simulator and the bench) or 5,000,000 bytes; were it the latter, a chunk aimed
 * at CHUNK_FILL of 5 MiB could be refused and read again in halves (the rows left are then spread
 * over chunks that fit): a sync more, nothing lost.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** A budget for reads planned from a guess alone, with no retry (orders read several tables at once). */
export const CHUNK_TARGET_BYTES = Math.floor(PAYLOAD_LIMIT_BYTES * 0.8);
/**
 * Chunks planned from measured rows aim at this share of the limit: the rest covers the response's
 * envelope and rows a little longer than those measured. Aiming lower would cost a sync on reads just
 * over a multiple of 5 MB; aiming wrong costs a refused sync, never the action.
 */
export const CHUNK_FILL = 0.98;
/** Rows read up front to estimate the size of a row. */
export const SAMPLE_ROWS = 100;

const rowFloor = (columns: number) => Math.max(8, columns * 3);

/**
 * Bytes per row for a read that gets no second chance (one sync, no retry): the larger of 1.5 × the
 * sample's mean and its 95th percentile, so a few long notes make the estimate larger, never too small.
 */
export function estimateRowBytes(sample: readonly (readonly unknown[])[], columns: number): number {
  const floor = rowFloor(columns);
  if (sample.length === 0) return floor;
  const sizes = sample.map((r) => jsonBytes(r) + 1).sort((a, b) => a - b);
  const mean = sizes.reduce((s, x) => s + x, 0) / sizes.length;
  const p95 = sizes[Math.min(sizes.length - 1, Math.floor(sizes.length * 0.95))];
  return Math.max(floor, Math.ceil(Math.max(mean * 1.5, p95)));
}

/** Bytes per row to plan chunked reads with (readRows measures and corrects it as it goes): the sample's mean. */
export function sampleRowBytes(sample: readonly (readonly unknown[])[], columns: number): number {
  if (sample.length === 0) return rowFloor(columns);
  // Each row travels as its JSON array plus the comma that separates it from the next.
  const total = sample.reduce((s, r) => s + jsonBytes(r) + 1, 0);
  return Math.max(rowFloor(columns), Math.ceil(total / sample.length));
}

/**
 * Rows in the next chunk: the `left` rows spread evenly over the fewest chunks of at most
 * CHUNK_FILL × the limit at `bytesPerRow` each, never more than `cap`.
 */
export function nextChunkRows(left: number, bytesPerRow: number, cap = Infinity): number {
  if (left <= 0) return 0;
  const budget = PAYLOAD_LIMIT_BYTES * CHUNK_FILL;
  const chunks = Math.max(1, Math.ceil((left * Math.max(1, bytesPerRow)) / budget));
  return Math.max(1, Math.min(cap, Math.ceil(left / chunks)));
}

function isPayloadError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/**
 * Rows [0, rowCount) read in chunks, one sync each: `queue(at, n)` queues the loads of rows [at, at + n)
 * and returns how to get them after the sync. `bytesPerRow` sizes the first chunk; the rows read size the
 * next ones. A chunk that comes back too large is halved and read again.
 */
async function readChunked(
  context: Excel.RequestContext,
  rowCount: number,
  bytesPerRow: number,
  queue: (at: number, n: number) => () => unknown[][],
): Promise<unknown[][]> {
  const out: unknown[][] = [];
  let perRow = Math.max(1, bytesPerRow);
  // After a refusal: the most rows the next chunk may hold (n rows refused: half of them, then).
  let cap = Infinity;
  let at = 0;
  while (at < rowCount) {
    const n = nextChunkRows(rowCount - at, perRow, cap);
    const got = queue(at, n);
    try {
      await context.sync();
    } catch (err) {
      if (isPayloadError(err) && n > 1) {
        perRow = Math.max(perRow, PAYLOAD_LIMIT_BYTES / n);
        cap = Math.max(1, Math.floor(n / 2));
        continue;
      }
      throw err;
    }
    const rows = got();
    for (const row of rows) out.push(row);
    at += n;
    if (at < rowCount) {
      // The rows just read are the best guess for the rows next to them (a measurement, so the cap a
      // refusal set is no longer needed).
      perRow = Math.max(1, jsonBytes(rows) / Math.max(1, rows.length));
      cap = Infinity;
    }
  }
  return out;
}

/**
 * Values of rows [firstRow, firstRow + rowCount) × columns [firstCol, firstCol + colCount) of `sheet`,
 * one sync per chunk. `bytesPerRow` sizes the first chunk (sampleRowBytes of a sample); the rows read
 * size the next ones. A chunk that comes back too large is halved and read again.
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
  if (rowCount <= 0 || colCount <= 0) return [];
  return readChunked(context, rowCount, bytesPerRow, (at, n) => {
    const range = sheet.getRangeByIndexes(firstRow + at, firstCol, n, colCount).load(what);
    return () => (what === "values" ? range.values : range.formulas) as unknown[][];
  });
}

/**
 * Values of rows [firstRow, firstRow + rowCount) of some columns of `sheet` (0-based sheet columns, in
 * the order given), one row per sheet row, as readRows reads a block: for columns far apart (a register's
 * Received at and its last column) without the columns between.
 */
export async function readColumnRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  firstRow: number,
  rowCount: number,
  columns: readonly number[],
  bytesPerRow: number,
): Promise<unknown[][]> {
  if (rowCount <= 0 || columns.length === 0) return [];
  return readChunked(context, rowCount, bytesPerRow, (at, n) => {
    const ranges = columns.map((c) => sheet.getRangeByIndexes(firstRow + at, c, n, 1).load("values"));
    return () =>
      Array.from({ length: n }, (_, i) => ranges.map((r) => (r.values as unknown[][])[i]?.[0] ?? null));
  });
}
