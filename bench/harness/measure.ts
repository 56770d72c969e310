// Measuring one case: fresh setup per run (untimed), warm-up runs, then the median of timed runs.
import type { BenchCase, CaseContext, Measured, RunInfo, SimulatorStatsSource } from "./types";

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** UTF-8 size of the JSON text of a value: how dataBytes is defined (docs/performance.md). */
export { jsonBytes } from "../../src/core/jsonBytes";

interface Counted {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
}

/** Syncs and request bytes of the Excel.run calls a run made: those added after `before`, else the last. */
function countSince(source: SimulatorStatsSource, before: number): Counted | undefined {
  const runs = source.stats.runs;
  const fresh = runs ? runs.slice(before) : [];
  if (runs && fresh.length > 0) {
    return fresh.reduce<Counted>(
      (sum, r) => ({
        syncs: sum.syncs + r.syncs,
        requestBytes: sum.requestBytes + r.requestBytes,
        responseBytes: sum.responseBytes + (r.responseBytes ?? 0),
      }),
      { syncs: 0, requestBytes: 0, responseBytes: 0 },
    );
  }
  const last = source.stats.last();
  return (
    last && { syncs: last.syncs, requestBytes: last.requestBytes, responseBytes: last.responseBytes ?? 0 }
  );
}

/** The RunInfo numbers in what a run returned (a case may return its action's own result instead). */
function runInfo(result: unknown): RunInfo | undefined {
  if (!result || typeof result !== "object") return undefined;
  const r = result as Record<string, unknown>;
  const num = (v: unknown): number | undefined =>
    typeof v === "number" && Number.isFinite(v) ? v : undefined;
  return { dataBytes: num(r.dataBytes), evaluations: num(r.evaluations), sizeBytes: num(r.sizeBytes) };
}

export interface MeasureOptions {
  runs?: number;
  warmups?: number;
  now?: () => number;
}

export async function measureCase<C extends CaseContext>(
  benchCase: BenchCase<C>,
  rows: number,
  options: MeasureOptions = {},
): Promise<Measured> {
  const runs = Math.max(1, options.runs ?? benchCase.runs ?? 7);
  const warmups = options.warmups ?? benchCase.warmups ?? 2;
  const now = options.now ?? (() => performance.now());
  const times: number[] = [];
  let counted: Counted | undefined;
  let info: RunInfo | undefined;
  let ctx: C | undefined;
  for (let i = 0; i < warmups + runs; i++) {
    ctx = await benchCase.setup(rows);
    const before = ctx?.excel?.stats.runs?.length ?? 0;
    const start = now();
    info = runInfo(await benchCase.run(ctx));
    const elapsed = now() - start;
    if (i < warmups) continue;
    times.push(elapsed);
    if (ctx?.excel) counted = countSince(ctx.excel, before);
  }
  return {
    case: benchCase.name,
    rows,
    syncs: counted?.syncs ?? 0,
    requestBytes: counted?.requestBytes ?? 0,
    dataBytes: info?.dataBytes ?? ctx?.dataBytes ?? 0,
    ms: Number(median(times).toFixed(3)),
    simulated: counted !== undefined,
    evaluations: info?.evaluations ?? rows,
    // Left out when nothing was counted, so rows without a simulator stay as they were.
    responseBytes: counted?.responseBytes || undefined,
    ...(info?.sizeBytes === undefined ? {} : { sizeBytes: info.sizeBytes }),
  };
}
