// The bench's targets (docs/performance.md, "Targets"), checked on measured rows. Each check gives one
// line of the targets table (measure, target, measured, held) and, when missed, one MISSED line saying
// what and by how much.
import type { CaseOutcome, Measured, TargetResult, Targets } from "./types";

/** Excel on the web's payload limit: a request larger than this must be split, costing one more sync. */
export const CHUNK_BYTES = 5 * 1024 * 1024;
export const DEFAULT_REQUEST_RATIO = 1.5;

const chunks = (bytes: number): number => Math.max(1, Math.ceil(bytes / CHUNK_BYTES));
const int = (n: number): string => Math.round(n).toLocaleString("en-US");
const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;

export function effectiveTargets(
  targets: Targets,
  rows: readonly Measured[],
): Required<Omit<Targets, "maxRequestBytes" | "maxMsRatio" | "maxSizeBytes" | "showEvaluations" | "label">> {
  const simulated = rows.some((r) => r.simulated);
  return {
    maxMs: targets.maxMs ?? Infinity,
    minPerSecond: targets.minPerSecond ?? 0,
    syncsConstant: targets.syncsConstant ?? simulated,
    maxRequestRatio: targets.maxRequestRatio ?? (simulated ? DEFAULT_REQUEST_RATIO : Infinity),
  };
}

/** Every target of one case, held or not. `others` are the run's other cases (for maxMsRatio). */
export function targetResults(
  name: string,
  rows: readonly Measured[],
  targets: Targets,
  others: readonly CaseOutcome[] = [],
): TargetResult[] {
  const t = effectiveTargets(targets, rows);
  const out: TargetResult[] = [];
  const bySize = [...rows].sort((a, b) => a.rows - b.rows);
  const smallest = bySize[0];
  const largest = bySize[bySize.length - 1];
  if (!smallest) return out;
  const label = targets.label ?? name;
  const sizes = bySize.map((r) => int(r.rows)).join(" / ");

  if (t.syncsConstant) {
    const misses: string[] = [];
    for (const r of bySize) {
      // Syncs per action are constant in the row count, plus one per extra 5 MB chunk. Excel on the web
      // limits the response to 5 MB as well as the request, so a read of 10 MB cannot come back in fewer
      // than two syncs: extra chunks of either direction count.
      const extra = (m: Measured) => chunks(m.requestBytes) - 1 + (chunks(m.responseBytes ?? 0) - 1);
      const allowed = smallest.syncs + extra(r) - extra(smallest);
      if (r.syncs > allowed)
        misses.push(
          `${name} @ ${r.rows} rows: ${r.syncs} syncs, but ${smallest.syncs} at ${smallest.rows} rows allows at most ${allowed} (one more per 5 MB chunk)`,
        );
    }
    out.push(
      ...results(misses, {
        measure: `${label}: syncs`,
        target: "constant in rows (+1 per 5 MB chunk)",
        measured: `${bySize.map((r) => r.syncs).join(" / ")} at ${sizes} rows`,
      }),
    );
  }
  if (Number.isFinite(t.maxRequestRatio)) {
    const misses: string[] = [];
    for (const r of bySize)
      if (r.dataBytes > 0 && r.requestBytes > t.maxRequestRatio * r.dataBytes)
        misses.push(
          `${name} @ ${r.rows} rows: requestBytes ${r.requestBytes} > ${t.maxRequestRatio} × dataBytes ${r.dataBytes} (${(r.requestBytes / r.dataBytes).toFixed(2)}×)`,
        );
    const worst = Math.max(...bySize.map((r) => (r.dataBytes > 0 ? r.requestBytes / r.dataBytes : 0)));
    out.push(
      ...results(misses, {
        measure: `${label}: request bytes`,
        target: `≤ ${t.maxRequestRatio} × dataBytes`,
        measured: `at most ${worst.toFixed(2)} × (${bySize.map((r) => int(r.requestBytes)).join(" / ")})`,
      }),
    );
  }
  const limitOf = targets.maxRequestBytes;
  if (limitOf) {
    const limit = (r: Measured) =>
      "fixed" in limitOf ? limitOf.fixed : r.dataBytes + limitOf.perItem * limitOf.items;
    const misses = bySize
      .filter((r) => r.requestBytes > limit(r))
      .map(
        (r) =>
          `${name} @ ${r.rows} rows: requestBytes ${r.requestBytes} > ${int(limit(r))} (${"fixed" in limitOf ? "the limit" : `dataBytes ${r.dataBytes} + ${limitOf.perItem} × ${limitOf.items}`})`,
      );
    out.push(
      ...results(misses, {
        measure: `${label}: request bytes`,
        target:
          "fixed" in limitOf
            ? `≤ ${int(limitOf.fixed)} bytes`
            : `≤ dataBytes + ${limitOf.perItem} × ${limitOf.items} (${int(limit(largest))})`,
        measured: `${bySize.map((r) => int(r.requestBytes)).join(" / ")} bytes`,
      }),
    );
  }
  if (Number.isFinite(t.maxMs)) {
    const held = largest.ms < t.maxMs;
    const evaluations = targets.showEvaluations
      ? `${int(largest.evaluations)} ${targets.showEvaluations} in `
      : "";
    out.push({
      measure: label,
      target: `< ${int(t.maxMs)} ms`,
      measured: `${evaluations}${largest.ms.toFixed(1)} ms${bySize.length > 1 ? ` at ${int(largest.rows)}` : ""}`,
      held,
      ...(held
        ? {}
        : { miss: `${name} @ ${largest.rows} rows: ${largest.ms} ms, target under ${t.maxMs} ms` }),
    });
  }
  if (targets.maxMsRatio) {
    const { of, ratio } = targets.maxMsRatio;
    const other = others.find((o) => o.name === of)?.rows.find((r) => r.rows === largest.rows);
    const measured = other ? largest.ms / other.ms : NaN;
    const held = other !== undefined && measured <= ratio;
    out.push({
      measure: label,
      target: `≤ ${ratio} × ${of}${other ? ` (${int(other.ms)} ms)` : ""}`,
      measured: other
        ? `${int(largest.ms)} ms = ${measured.toFixed(2)} ×`
        : `${int(largest.ms)} ms; "${of}" not run`,
      held,
      ...(held
        ? {}
        : {
            miss: other
              ? `${name} @ ${largest.rows} rows: ${largest.ms} ms = ${measured.toFixed(2)} × ${of} (${other.ms} ms), target ≤ ${ratio} ×`
              : `${name}: "${of}" was not measured in this run, so ${ratio} × it cannot be checked`,
          }),
    });
  }
  if (t.minPerSecond > 0) {
    const misses: string[] = [];
    let slowest = Infinity;
    for (const r of bySize) {
      const perSecond = r.ms > 0 ? r.evaluations / (r.ms / 1000) : Infinity;
      slowest = Math.min(slowest, perSecond);
      if (perSecond <= t.minPerSecond)
        misses.push(
          `${name} @ ${r.rows} evaluations: ${int(perSecond)}/s, target over ${t.minPerSecond.toLocaleString("en-US")}/s`,
        );
    }
    out.push(
      ...results(misses, {
        measure: label,
        target: `> ${int(t.minPerSecond)} evaluations/s`,
        measured: `${int(slowest)}/s`,
      }),
    );
  }
  if (targets.maxSizeBytes !== undefined) {
    const size = largest.sizeBytes;
    const held = size !== undefined && size <= targets.maxSizeBytes;
    out.push({
      measure: label,
      target: `≤ ${kib(targets.maxSizeBytes)}`,
      measured: size === undefined ? "not reported" : kib(size),
      held,
      ...(held
        ? {}
        : {
            miss: `${name}: ${size === undefined ? "no size reported" : `${kib(size)} (${int(size)} bytes)`}, target ≤ ${kib(targets.maxSizeBytes)}`,
          }),
    });
  }
  return out;
}

function results(misses: string[], line: Omit<TargetResult, "held" | "miss">): TargetResult[] {
  if (misses.length === 0) return [{ ...line, held: true }];
  return misses.map((miss, i) => ({ ...line, held: false, miss, ...(i > 0 ? { measure: "" } : {}) }));
}

export function checkTargets(
  name: string,
  rows: readonly Measured[],
  targets: Targets,
  others: readonly CaseOutcome[] = [],
): string[] {
  return targetResults(name, rows, targets, others).flatMap((r) => (r.miss ? [r.miss] : []));
}

/** Every missed target and every case that failed to run (a skipped case is not a miss). */
export function allMisses(outcomes: readonly CaseOutcome[]): string[] {
  return outcomes.flatMap((o) =>
    o.error
      ? [`${o.name}: failed: ${o.error}`]
      : o.skipped
        ? []
        : checkTargets(o.name, o.rows, o.targets, outcomes),
  );
}

/** The targets table: one line per target of every case that ran (failed cases are listed as missed). */
export function allTargetResults(outcomes: readonly CaseOutcome[]): TargetResult[] {
  return outcomes.flatMap((o): TargetResult[] =>
    o.error
      ? [{ measure: o.targets.label ?? o.name, target: "runs", measured: `failed: ${o.error}`, held: false }]
      : o.skipped
        ? [{ measure: o.targets.label ?? o.name, target: "-", measured: `skipped: ${o.skipped}`, held: true }]
        : targetResults(o.name, o.rows, o.targets, outcomes),
  );
}

export function formatTargets(results: readonly TargetResult[]): string {
  const header = ["measure", "target", "measured", ""];
  const body = results.map((r) => [r.measure, r.target, r.measured, r.held ? "held" : "MISSED"]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  return [line(header), ...body.map(line)].join("\n");
}
