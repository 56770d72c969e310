// The bench harness (scripts/bench.mjs runs it): measuring, the targets of docs/performance.md, skipping
// cases whose
// modules haven't landed, the JSON rows, and a smoke run of every real case in bench/cases.
import {
  allMisses,
  allTargetResults,
  caseFiles,
  checkTargets,
  CHUNK_BYTES,
  formatTable,
  formatTargets,
  jsonBytes,
  jsonRows,
  measureCase,
  median,
  runCases,
  type BenchCase,
  type CaseContext,
  type CaseOutcome,
  type Measured,
} from "../../bench/harness";

const row = (rows: number, over: Partial<Measured> = {}): Measured => ({
  case: "c",
  rows,
  syncs: 3,
  requestBytes: 0,
  dataBytes: 0,
  ms: 1,
  simulated: true,
  evaluations: rows,
  ...over,
});

describe("median", () => {
  test("middle value, or the mean of the two middle values", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe("targets", () => {
  test("syncs constant in rows pass; a sync per row fails with the numbers", () => {
    expect(checkTargets("append", [row(1000), row(10000), row(100000)], {})).toEqual([]);
    expect(checkTargets("append", [row(1000), row(100000, { syncs: 7 })], {})).toEqual([
      "append @ 100000 rows: 7 syncs, but 3 at 1000 rows allows at most 3 (one more per 5 MB chunk)",
    ]);
  });

  test("one more sync per extra 5 MB chunk of request is allowed, two are not", () => {
    const big = (syncs: number) =>
      row(100000, { syncs, requestBytes: 2 * CHUNK_BYTES + 1, dataBytes: 3 * CHUNK_BYTES });
    expect(checkTargets("create", [row(1000, { requestBytes: 10, dataBytes: 10 }), big(5)], {})).toEqual([]);
    expect(checkTargets("create", [row(1000, { requestBytes: 10, dataBytes: 10 }), big(6)], {})).toHaveLength(
      1,
    );
  });

  test("a read whose response spans extra 5 MB chunks may take one more sync per chunk, not more", () => {
    const small = row(1000, { syncs: 2, responseBytes: 100_000 });
    // 10 MB back: two chunks, so one sync more than the 1,000-row read is allowed, two more are not.
    const read = (syncs: number) => row(100000, { syncs, responseBytes: 2 * CHUNK_BYTES - 1 });
    expect(checkTargets("read", [small, read(3)], {})).toEqual([]);
    expect(checkTargets("read", [small, read(4)], {})).toEqual([
      "read @ 100000 rows: 4 syncs, but 2 at 1000 rows allows at most 3 (one more per 5 MB chunk)",
    ]);
  });

  test("requestBytes over 1.5 × dataBytes fails", () => {
    expect(checkTargets("update", [row(100, { requestBytes: 150, dataBytes: 100 })], {})).toEqual([]);
    expect(checkTargets("update", [row(100, { requestBytes: 151, dataBytes: 100 })], {})).toEqual([
      "update @ 100 rows: requestBytes 151 > 1.5 × dataBytes 100 (1.51×)",
    ]);
  });

  test("plain-Node cases are held to time and rate targets only", () => {
    const node = (rows: number, ms: number) => row(rows, { simulated: false, syncs: 0, ms });
    expect(checkTargets("suggest", [node(1000, 500), node(100000, 99)], { maxMs: 100 })).toEqual([]);
    expect(checkTargets("suggest", [node(1000, 1), node(100000, 100)], { maxMs: 100 })).toEqual([
      "suggest @ 100000 rows: 100 ms, target under 100 ms",
    ]);
    expect(checkTargets("F", [node(100000, 99)], { minPerSecond: 1_000_000 })).toEqual([]);
    expect(checkTargets("F", [node(100000, 125)], { minPerSecond: 1_000_000 })).toEqual([
      "F @ 100000 evaluations: 800,000/s, target over 1,000,000/s",
    ]);
  });
});

describe("the second round's targets", () => {
  test("request bytes held to a fixed cap, or to the data plus a cost per changed row", () => {
    const create = (requestBytes: number) => [row(1, { requestBytes, dataBytes: 4_000 })];
    const cap = { maxRequestBytes: { fixed: 12_000 }, maxRequestRatio: Infinity };
    expect(checkTargets("create", create(12_000), cap)).toEqual([]);
    expect(checkTargets("create", create(12_001), cap)).toEqual([
      "create @ 1 rows: requestBytes 12001 > 12,000 (the limit)",
    ]);
    const perRow = { maxRequestBytes: { perItem: 250, items: 100 }, maxRequestRatio: Infinity };
    const update = (requestBytes: number) => [row(1000, { requestBytes, dataBytes: 6_201 })];
    expect(checkTargets("update", update(6_201 + 25_000), perRow)).toEqual([]);
    expect(checkTargets("update", update(87_208), perRow)).toEqual([
      "update @ 1000 rows: requestBytes 87208 > 31,201 (dataBytes 6201 + 250 × 100)",
    ]);
  });

  test("a time held to a share of another case's time in the same run, at the largest size", () => {
    const node = (rows: number, ms: number) => row(rows, { simulated: false, syncs: 0, ms });
    const other = (ms: number): CaseOutcome[] => [
      { file: "x", name: "exceljs", rows: [node(10, 5), node(400, ms)], targets: {} },
    ];
    const target = { maxMsRatio: { of: "exceljs", ratio: 0.3 } };
    expect(checkTargets("open", [node(10, 9), node(400, 300)], target, other(1000))).toEqual([]);
    expect(checkTargets("open", [node(10, 1), node(400, 301)], target, other(1000))).toEqual([
      "open @ 400 rows: 301 ms = 0.30 × exceljs (1000 ms), target ≤ 0.3 ×",
    ]);
    expect(checkTargets("open", [node(400, 1)], target, [])).toEqual([
      'open: "exceljs" was not measured in this run, so 0.3 × it cannot be checked',
    ]);
  });

  test("a size held to its budget; no size reported is a miss", () => {
    const sized = (sizeBytes?: number) => [row(1, { simulated: false, syncs: 0, sizeBytes })];
    expect(checkTargets("bundle", sized(120 * 1024), { maxSizeBytes: 120 * 1024 })).toEqual([]);
    expect(checkTargets("bundle", sized(173_568), { maxSizeBytes: 120 * 1024 })).toEqual([
      "bundle: 169.5 KiB (173,568 bytes), target ≤ 120.0 KiB",
    ]);
    expect(checkTargets("bundle", sized(undefined), { maxSizeBytes: 1 })).toHaveLength(1);
  });

  test("the targets table: every target of every case with what was measured, held or MISSED", () => {
    const outcomes: CaseOutcome[] = [
      {
        file: "a",
        name: "edit",
        rows: [row(10_000, { simulated: false, syncs: 0, ms: 7.4, evaluations: 4 })],
        targets: { maxMs: 50, showEvaluations: "formulas recomputed", label: "one cell edit" },
      },
      {
        file: "b",
        name: "update",
        rows: [row(1000, { syncs: 2, requestBytes: 87_208, dataBytes: 6_201 })],
        targets: { maxRequestBytes: { perItem: 250, items: 100 }, maxRequestRatio: Infinity },
      },
      { file: "c", name: "broken", rows: [], error: "boom", targets: {} },
    ];
    const results = allTargetResults(outcomes);
    expect(results.map((r) => [r.measure, r.target, r.measured, r.held])).toEqual([
      ["one cell edit", "< 50 ms", "4 formulas recomputed in 7.4 ms", true],
      ["update: syncs", "constant in rows (+1 per 5 MB chunk)", "2 at 1,000 rows", true],
      ["update: request bytes", "≤ dataBytes + 250 × 100 (31,201)", "87,208 bytes", false],
      ["broken", "runs", "failed: boom", false],
    ]);
    const table = formatTargets(results).split("\n");
    expect(table[0]).toMatch(/^measure\s+target\s+measured$/);
    expect(table[3]).toMatch(/87,208 bytes\s+MISSED$/);
    expect(allMisses(outcomes)).toHaveLength(2);
  });
});

describe("measuring a case", () => {
  test("fresh setup per run, warm-ups not counted, median time, syncs and bytes of the run's Excel.run calls", async () => {
    const clock = [0, 10, 10, 40, 40, 45, 100, 102, 200, 230];
    const runsSeen: { syncs: number; requestBytes: number }[] = [];
    let setups = 0;
    const benchCase: BenchCase<CaseContext> = {
      name: "fake append",
      setup: () => {
        setups++;
        return {
          excel: { stats: { runs: runsSeen, last: () => runsSeen[runsSeen.length - 1] } },
          dataBytes: 400,
        };
      },
      run: () => {
        runsSeen.push({ syncs: 2, requestBytes: 300 }, { syncs: 1, requestBytes: 50 });
      },
    };
    let tick = 0;
    const measured = await measureCase(benchCase, 100, { runs: 4, warmups: 1, now: () => clock[tick++] });
    expect(setups).toBe(5);
    // Timed runs took 30, 5, 2 and 30 ms (the 10 ms warm-up is dropped).
    expect(measured).toEqual({
      case: "fake append",
      rows: 100,
      syncs: 3,
      requestBytes: 350,
      dataBytes: 400,
      ms: 17.5,
      simulated: true,
      evaluations: 100,
    });
  });
});

describe("with the Excel simulator", () => {
  test("syncs and request bytes are what the simulator counted for the run's Excel.run calls", async () => {
    const { SimWorkbook, installExcel } = await import("../../src/preview/simulator");
    const values = (n: number) => Array.from({ length: n }, (_, i) => [`Item ${i}`, i]);
    const benchCase: BenchCase<CaseContext & { values: (string | number)[][] }> = {
      name: "write then read",
      sizes: [10, 1000],
      setup: (n) => {
        const workbook = new SimWorkbook();
        workbook.addSheet("Inventory");
        return { excel: installExcel(workbook), values: values(n), dataBytes: jsonBytes(values(n)) };
      },
      run: ({ values: rows }) =>
        Excel.run(async (context) => {
          const range = context.workbook.worksheets.getItem("Inventory").getRange(`A1:B${rows.length}`);
          range.values = rows;
          await context.sync();
          range.load("values");
          await context.sync();
        }),
    };
    const small = await measureCase(benchCase, 10, { runs: 1, warmups: 0 });
    const large = await measureCase(benchCase, 1000, { runs: 1, warmups: 0 });
    expect([small.syncs, large.syncs]).toEqual([2, 2]);
    expect(small.simulated).toBe(true);
    // The write carries the values, so the request grows with them.
    expect(large.requestBytes).toBeGreaterThan(large.dataBytes);
    expect(large.requestBytes).toBeGreaterThan(small.requestBytes);
  });
});

describe("running cases", () => {
  const ok: BenchCase = { name: "ok", sizes: [10, 1], setup: () => ({}), run: () => ({ dataBytes: 7 }) };
  const notFound = (name: string) =>
    Object.assign(new Error(`Cannot find module '${name}' from 'bench/cases/x.ts'`), {
      code: "MODULE_NOT_FOUND",
    });
  const modules: Record<string, () => unknown> = {
    "/c/a-ok.ts": () => ({ default: ok }),
    "/c/b-missing.ts": () => {
      throw notFound("../../src/preview/simulator");
    },
    "/c/c-package.ts": () => {
      throw notFound("left-pad");
    },
    "/c/d-empty.ts": () => ({}),
  };

  test("a file may export a list of cases (one per register): each is run and reported", async () => {
    const two = [0, 1].map((i): BenchCase => ({
      name: `create ${i}`,
      setup: () => ({}),
      run: () => ({ dataBytes: i + 1 }),
    }));
    const outcomes = await runCases(() => ({ default: two }), ["/c/create.ts"], { runs: 1, warmups: 0 });
    expect(outcomes.map((o) => [o.name, o.rows.map((r) => r.dataBytes)])).toEqual([
      ["create 0", [1]],
      ["create 1", [2]],
    ]);
  });

  test("a case whose project module is missing is skipped; a missing package or a bad file is a failure", async () => {
    const outcomes = await runCases((f) => modules[f](), Object.keys(modules), { runs: 1, warmups: 0 });
    expect(
      outcomes.map((o) => [o.name, o.skipped ?? o.error ?? o.rows.map((r) => r.rows).join(",")]),
    ).toEqual([
      ["ok", "1,10"],
      ["b-missing", "module missing (../../src/preview/simulator)"],
      ["c-package", "Cannot find module 'left-pad' from 'bench/cases/x.ts'"],
      ["d-empty", "no BenchCase export (default or benchCase)"],
    ]);
    expect(allMisses(outcomes)).toEqual([
      "c-package: failed: Cannot find module 'left-pad' from 'bench/cases/x.ts'",
      "d-empty: failed: no BenchCase export (default or benchCase)",
    ]);
    expect(formatTable(outcomes)).toMatch(/b-missing\s+case skipped: module missing/);
    expect(jsonRows(outcomes)).toEqual([
      { case: "ok", rows: 1, syncs: 0, requestBytes: 0, dataBytes: 7, ms: expect.any(Number) },
      { case: "ok", rows: 10, syncs: 0, requestBytes: 0, dataBytes: 7, ms: expect.any(Number) },
    ]);
  });
});

describe("the real cases in bench/cases", () => {
  test("each loads and runs once at its smallest size", async () => {
    // The bundle sizes are read from dist/, which the build tests (tests/build/bundle.test.ts) check.
    const files = caseFiles().filter((f) => !f.endsWith("bundle-size.ts"));
    expect(files.map((f) => f.replace(/.*[\\/]/, ""))).toEqual(
      expect.arrayContaining(["reorderqty.ts", "safetystock.ts"]),
    );
    const outcomes = await runCases((f) => jest.requireActual(f), files, {
      runs: 1,
      warmups: 0,
      smallestOnly: true,
    });
    expect(outcomes.filter((o) => o.error).map((o) => `${o.name}: ${o.error}`)).toEqual([]);
    const rows = jsonRows(outcomes);
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(["case", "rows", "syncs", "requestBytes", "dataBytes", "ms"]);
    }
    // Named, so a failure says which case reports no data.
    expect(rows.filter((r) => !(r.dataBytes > 0)).map((r) => `${r.case} @ ${r.rows}`)).toEqual([]);
    // About 20 s of CPU; the wall-clock time depends on what else the machine runs.
  }, 300_000);
});
