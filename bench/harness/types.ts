// What a benchmark case is. A case is one file in bench/cases/ whose default export (or `benchCase`
// export) is a BenchCase; see docs/performance.md "Adding a benchmark case".

/** The optional measurements a run can report; the harness fills in the rest. */
export interface RunInfo {
  /** JSON size of the values written or read (use jsonBytes). Overrides the context's dataBytes. */
  dataBytes?: number;
  /** How many evaluations the run made (per-second targets); default: the rows. */
  evaluations?: number;
  /** Anything computed from the results, so the engine can't skip the work; shown nowhere. */
  checksum?: number;
  /** A size in bytes (a bundle's gzipped JavaScript), for `maxSizeBytes`. */
  sizeBytes?: number;
}

/** What the harness reads from a simulator client (src/preview/simulator installExcel's return). */
export interface SimulatorStatsSource {
  stats: {
    last(): { syncs: number; requestBytes: number; responseBytes?: number } | undefined;
    runs?: readonly { syncs: number; requestBytes: number; responseBytes?: number }[];
  };
}

/** The context setup returns. `excel` (a simulator client) makes the harness count syncs and request bytes. */
export interface CaseContext {
  excel?: SimulatorStatsSource;
  /** JSON size of the values the case writes or reads, when known at setup. */
  dataBytes?: number;
}

export interface Targets {
  /** Median time at the largest size must be under this many milliseconds. */
  maxMs?: number;
  /** Evaluations per second (evaluations ÷ median seconds) must exceed this, at every size. */
  minPerSecond?: number;
  /** Syncs may grow with rows only by one per 5 MB chunk of request (default true when syncs are counted). */
  syncsConstant?: boolean;
  /** requestBytes ≤ ratio × dataBytes (default 1.5 when syncs are counted; Infinity to check none). */
  maxRequestRatio?: number;
  /** requestBytes ≤ `fixed`, or ≤ dataBytes + `perItem` × `items` (a cost per changed row), at every size. */
  maxRequestBytes?: { fixed: number } | { perItem: number; items: number };
  /** Median time at the largest size ≤ `ratio` × the median of case `of` at the same size, in the same run. */
  maxMsRatio?: { of: string; ratio: number };
  /** The size the run reported (RunInfo.sizeBytes) must be at most this. */
  maxSizeBytes?: number;
  /** Show the run's evaluations (e.g. formulas recomputed) with its time in the targets table. */
  showEvaluations?: string;
  /** The measure as the targets table names it (default: the case's name). */
  label?: string;
}

export interface BenchCase<C extends CaseContext = CaseContext> {
  /** Shown in the table and the JSON rows, e.g. "create register". */
  name: string;
  /** Row counts to run at (default [1]: rows don't apply). */
  sizes?: number[];
  /** Builds fresh state for one run; not timed. Called before every run so runs don't see each other's writes. */
  setup(rows: number): C | Promise<C>;
  /** The timed work. Whatever it returns (or resolves to) may carry RunInfo fields; anything else is ignored. */
  run(ctx: C): unknown;
  targets?: Targets;
  /** Timed runs per size (default 7; the median is reported). Warm-up runs are not counted. */
  runs?: number;
  /** Untimed runs before them (default 2). */
  warmups?: number;
  /** The size a smoke run (and tests/tools/bench.test.ts) uses instead of the smallest, for heavy cases. */
  smokeSize?: number;
}

/** One row of the table and of `--json`. */
export interface BenchRow {
  case: string;
  rows: number;
  syncs: number;
  requestBytes: number;
  dataBytes: number;
  ms: number;
}

/** A row plus what the targets need that the JSON does not carry. */
export interface Measured extends BenchRow {
  /** Whether a simulator counted syncs and request bytes (false: plain Node). */
  simulated: boolean;
  evaluations: number;
  /** What the simulator sent back: a read over 5 MB needs one more sync per 5 MB chunk of it. */
  responseBytes?: number;
  /** What the run reported as RunInfo.sizeBytes. */
  sizeBytes?: number;
}

/** One line of the targets table: what is measured, the target, what this run measured, whether it held. */
export interface TargetResult {
  measure: string;
  target: string;
  measured: string;
  held: boolean;
  /** The line printed after MISSED: when it did not hold. */
  miss?: string;
}

export interface CaseOutcome {
  file: string;
  name: string;
  rows: Measured[];
  /** Why the case did not run, if it did not. */
  skipped?: string;
  error?: string;
  targets: Targets;
}
