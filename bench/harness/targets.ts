// The targets of issue 9, checked on measured rows. Each miss is one line saying what and by how much.
import type { CaseOutcome, Measured, Targets } from "./types";

/** Excel on the web's payload limit: a request larger than this must be split, costing one more sync. */
export const CHUNK_BYTES = 5 * 1024 * 1024;
export const DEFAULT_REQUEST_RATIO = 1.5;

const chunks = (bytes: number): number => Math.max(1, Math.ceil(bytes / CHUNK_BYTES));

export function effectiveTargets(targets: Targets, rows: readonly Measured[]): Required<Targets> {
  const simulated = rows.some((r) => r.simulated);
  return {
    maxMs: targets.maxMs ?? Infinity,
    minPerSecond: targets.minPerSecond ?? 0,
    syncsConstant: targets.syncsConstant ?? simulated,
    maxRequestRatio: targets.maxRequestRatio ?? (simulated ? DEFAULT_REQUEST_RATIO : Infinity),
  };
}

export function checkTargets(name: string, rows: readonly Measured[], targets: Targets): string[] {
  const t = effectiveTargets(targets, rows);
  const misses: string[] = [];
  const bySize = [...rows].sort((a, b) => a.rows - b.rows);
  const smallest = bySize[0];
  const largest = bySize[bySize.length - 1];
  if (!smallest) return misses;

  if (t.syncsConstant) {
    for (const r of bySize) {
      // Syncs per action are constant in the row count, plus one per extra 5 MB chunk. Excel on the web
      // limits the response to 5 MB as well as the request, so a read of 10 MB cannot come back in fewer
      // than two syncs: extra chunks of either direction count.
      const extra = (m: Measured) => chunks(m.requestBytes) - 1 + (chunks(m.responseBytes ?? 0) - 1);
      const allowed = smallest.syncs + extra(r) - extra(smallest);
      if (r.syncs > allowed) {
        misses.push(
          `${name} @ ${r.rows} rows: ${r.syncs} syncs, but ${smallest.syncs} at ${smallest.rows} rows allows at most ${allowed} (one more per 5 MB chunk)`,
        );
      }
    }
  }
  if (Number.isFinite(t.maxRequestRatio)) {
    for (const r of bySize) {
      if (r.dataBytes > 0 && r.requestBytes > t.maxRequestRatio * r.dataBytes) {
        misses.push(
          `${name} @ ${r.rows} rows: requestBytes ${r.requestBytes} > ${t.maxRequestRatio} × dataBytes ${r.dataBytes} (${(r.requestBytes / r.dataBytes).toFixed(2)}×)`,
        );
      }
    }
  }
  if (Number.isFinite(t.maxMs) && largest.ms >= t.maxMs) {
    misses.push(`${name} @ ${largest.rows} rows: ${largest.ms} ms, target under ${t.maxMs} ms`);
  }
  if (t.minPerSecond > 0) {
    for (const r of bySize) {
      const perSecond = r.ms > 0 ? r.evaluations / (r.ms / 1000) : Infinity;
      if (perSecond <= t.minPerSecond) {
        misses.push(
          `${name} @ ${r.rows} evaluations: ${Math.round(perSecond).toLocaleString("en-US")}/s, target over ${t.minPerSecond.toLocaleString("en-US")}/s`,
        );
      }
    }
  }
  return misses;
}

/** Every missed target and every case that failed to run (a skipped case is not a miss). */
export function allMisses(outcomes: readonly CaseOutcome[]): string[] {
  return outcomes.flatMap((o) =>
    o.error ? [`${o.name}: failed: ${o.error}`] : o.skipped ? [] : checkTargets(o.name, o.rows, o.targets),
  );
}
