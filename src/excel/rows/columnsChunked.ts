// Register columns read whole however long the register is, after the sync that found the table: from
// the probe's sample when the register is no longer (no further sync), else in chunks under Excel on the
// web's 5 MB response limit (chunks.ts), one sync each, the first sized from the sample. For columns an action needs of every row (to recognise rows already there)
// where reading them with the first sync could pass the limit on a long register.
import { readColumnRows, sampleRowBytes } from "../chunks";
import type { QueuedProbe, TablePlace } from "../tableProbe";

/**
 * Every body row of register columns of `probe`'s table (queued with `{ sample: true }` and synced): a
 * column the table lacks reads as []. No sync for a register within the sample, else one per chunk.
 */
export async function readColumnsChunked<K extends string>(
  context: Excel.RequestContext,
  probe: QueuedProbe,
  place: TablePlace,
  keys: readonly K[],
): Promise<Record<K, unknown[]>> {
  const out = {} as Record<K, unknown[]>;
  for (const k of keys) out[k] = [];
  const present = keys
    .map((key) => ({ key, j: place.layout.findIndex((c) => c.key === key) }))
    .filter((p) => p.j >= 0);
  if (present.length === 0 || place.bodyRows === 0) return out;
  const sampled = probe.sample();
  const sample = sampled.slice(0, place.bodyRows).map((row) => present.map((p) => row[p.j]));
  // A register no longer than the sample was read whole with the first sync.
  const rows =
    sampled.length >= place.bodyRows
      ? sample
      : await readColumnRows(
          context,
          probe.sheet,
          place.headerRow + 1,
          place.bodyRows,
          present.map((p) => place.firstColumn + p.j),
          sampleRowBytes(sample, present.length),
        );
  present.forEach((p, i) => {
    out[p.key] = rows.map((r) => r[i]);
  });
  return out;
}
