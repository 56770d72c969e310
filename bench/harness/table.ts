// The bench's printed table and its JSON rows (the columns of docs/performance.md's results).
import type { BenchRow, CaseOutcome } from "./types";

export function jsonRows(outcomes: readonly CaseOutcome[]): BenchRow[] {
  return outcomes.flatMap((o) =>
    o.rows.map(({ case: name, rows, syncs, requestBytes, dataBytes, ms }) => ({
      case: name,
      rows,
      syncs,
      requestBytes,
      dataBytes,
      ms,
    })),
  );
}

const int = (n: number): string => Math.round(n).toLocaleString("en-US");

/** Rows (or evaluations) per second of a measured row: what a per-second target is checked against. */
function perSecond(evaluations: number, ms: number): string {
  return ms > 0 ? int(evaluations / (ms / 1000)) : "-";
}

export function formatTable(outcomes: readonly CaseOutcome[]): string {
  const header = ["case", "rows", "syncs", "requestBytes", "dataBytes", "ms", "per s"];
  const note = header.length - 2;
  const body: string[][] = [];
  for (const o of outcomes) {
    if (o.skipped) body.push([o.name, "", "", "", "", `case skipped: ${o.skipped}`, ""]);
    else if (o.error) body.push([o.name, "", "", "", "", `failed: ${o.error}`, ""]);
    for (const r of o.rows) {
      body.push([
        r.case,
        int(r.rows),
        r.simulated ? int(r.syncs) : "-",
        r.simulated ? int(r.requestBytes) : "-",
        int(r.dataBytes),
        r.ms.toFixed(2),
        perSecond(r.evaluations, r.ms),
      ]);
    }
  }
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.filter((b) => b[1] !== "").map((b) => b[i].length)),
  );
  const line = (cells: string[]): string =>
    cells[1] === "" && cells[note]
      ? `${cells[0].padEnd(widths[0])}  ${cells[note]}`
      : cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), ...body.map(line)].join("\n");
}
