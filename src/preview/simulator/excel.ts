// createExcel / installExcel: an object shaped like the `Excel` namespace subset src/excel uses,
// bound to one SimWorkbook as one co-author ("client").
import { SimContext } from "./context";
import * as enums from "./enums";
import { createStats, newRunStats, type SimStats } from "./stats";
import type { SimWorkbook } from "./workbook";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export type SimExcel = typeof enums & {
  run: typeof Excel.run;
  stats: SimStats;
  /** The co-author this client stands for (events from other clients arrive with source "Remote"). */
  clientName: string;
  workbook: SimWorkbook;
};

let clientCount = 0;

export function createExcel(workbook: SimWorkbook, opts: { clientName?: string } = {}): SimExcel {
  const clientName = opts.clientName ?? `client${++clientCount}`;
  const stats = createStats();

  /**
   * Excel.run: the batch gets a fresh request context; what is still queued when it returns is synced,
   * and afterwards every object of the context refuses further use (InvalidObjectPath).
   * A first argument that is an object or context of this client carries that context on (its objects stay
   * usable); options ({ delayForCellEdit }) are accepted and ignored.
   */
  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1];
    if (typeof batch !== "function") throw new TypeError("Excel.run needs a batch function");
    const runStats = newRunStats();
    stats.runs.push(runStats);
    const context =
      reusable(args.length > 1 ? args[0] : undefined) ?? new SimContext(workbook, clientName, runStats);
    context._resume(runStats);
    try {
      const result = await (batch as Batch<T>)(context as unknown as Excel.RequestContext);
      if (context._hasPending) await context.sync();
      return result;
    } finally {
      context._end();
    }
  }

  /** A context to carry on with: Excel.run(context, batch) or Excel.run(object(s), batch) on this client. */
  function reusable(first: unknown): SimContext | undefined {
    const candidate = Array.isArray(first) ? first[0] : first;
    const context =
      candidate instanceof SimContext ? candidate : (candidate as { context?: unknown } | undefined)?.context;
    return context instanceof SimContext &&
      context._workbook === workbook &&
      context._clientName === clientName
      ? context
      : undefined;
  }

  return { ...enums, run: run as unknown as typeof Excel.run, stats, clientName, workbook };
}

/** Sets globalThis.Excel to a client of `workbook` (with Excel's enum objects) and returns it. */
export function installExcel(workbook: SimWorkbook, opts: { clientName?: string } = {}): SimExcel {
  const excel = createExcel(workbook, { clientName: opts.clientName ?? "local" });
  (globalThis as unknown as { Excel: unknown }).Excel = excel;
  return excel;
}
