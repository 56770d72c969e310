// Microsoft's own Office.js (the excel-web build shipped in @microsoft/office-js) loaded in a sandbox with
// just enough of a browser to define Excel.RequestContext: operations queue as in Excel, and the request
// body Office.js would send is built without a host (nothing is sent). The yardstick for what the
// simulator counts as a request's size (tests/preview/simulator/accounting.test.ts).
import { readFileSync } from "node:fs";
import { runInContext, createContext } from "node:vm";
import { creatingCalls, isObjectArg, pathSteps, type QueuedDesc } from "../../src/preview/simulator/stats";

const FILE = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");

type RealContext = Excel.RequestContext & {
  _pendingRequest: { buildRequestMessageBodyAndRequestFlags(): { body: unknown } };
};

let loaded: { RequestContext: new () => RealContext } | undefined;

function load(): { RequestContext: new () => RealContext } {
  if (loaded) return loaded;
  const noop = () => undefined;
  const element = () => ({
    style: {},
    setAttribute: noop,
    appendChild: noop,
    removeChild: noop,
    addEventListener: noop,
    getElementsByTagName: () => [],
  });
  const document = {
    createElement: element,
    getElementsByTagName: () => [element()],
    head: element(),
    body: element(),
    documentElement: element(),
    addEventListener: noop,
    querySelector: () => null,
    readyState: "complete",
    cookie: "",
  };
  const window: Record<string, unknown> = {
    document,
    location: { href: "https://localhost/", search: "", hash: "", protocol: "https:", host: "localhost" },
    navigator: { userAgent: "node" },
    addEventListener: noop,
    removeEventListener: noop,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    console: { log: noop, warn: noop, error: noop, info: noop },
    performance: { now: () => 0 },
  };
  window.window = window.self = window.parent = window.top = window;
  const sandbox = createContext(window);
  runInContext(readFileSync(FILE, "utf8"), sandbox, { filename: "excel-web-16.00.debug.js" });
  loaded = (sandbox as unknown as { Excel: { RequestContext: new () => RealContext } }).Excel;
  return loaded;
}

/** UTF-8 bytes of the request body Office.js builds for what `queue` does on a fresh context. */
export function officeJsRequestBytes(queue: (context: Excel.RequestContext) => void): number {
  const context = new (load().RequestContext)();
  queue(context);
  const { body } = context._pendingRequest.buildRequestMessageBodyAndRequestFlags();
  return Buffer.byteLength(JSON.stringify(body), "utf8");
}

/**
 * The same operations the simulator queued for one sync (`desc` of each), made on a fresh Office.js
 * context: each object path walked step by step (properties read, methods called with their
 * arguments, other objects' paths turned back into objects). UTF-8 bytes of the body Office.js builds.
 */
export function replayOnOfficeJs(descs: readonly unknown[]): number {
  return officeJsRequestBytes((context) => {
    const made = new Map<string, unknown>();
    const object = (path: string): Record<string, unknown> => {
      const steps = pathSteps(path);
      let at: unknown = null;
      let prefix = "";
      steps.forEach((step, i) => {
        prefix = i === 0 ? step : `${prefix}.${step}`;
        if (made.has(prefix)) {
          at = made.get(prefix);
          return;
        }
        const open = step.indexOf("(");
        const parent = at as Record<string, unknown>;
        if (i === 0) at = context.workbook;
        else if (open < 0) at = parent[step];
        else {
          const name = step.slice(0, open);
          const args = (JSON.parse(`[${step.slice(open + 1, step.lastIndexOf(")"))}]`) as unknown[]).map(arg);
          at = (parent[name] as (...a: unknown[]) => unknown).apply(parent, args);
        }
        made.set(prefix, at);
      });
      return at as Record<string, unknown>;
    };
    const arg = (a: unknown): unknown => (isObjectArg(a) ? object(a) : a);
    const creations = creatingCalls(descs);
    for (const [index, raw] of descs.entries()) {
      const d = raw as QueuedDesc;
      if (typeof d.path !== "string") continue;
      const created = creations.get(index);
      if (created !== undefined) {
        // A fresh object each call: forget what was made under its path, then make it again.
        for (const key of [...made.keys()])
          if (key === created || key.startsWith(`${created}.`)) made.delete(key);
        object(created);
        continue;
      }
      const target = object(d.path);
      if (d.set !== undefined) target[d.set] = d.value;
      else if (d.call !== undefined) {
        // "sort.apply": a method of a child object.
        const names = d.call.split(".");
        const owner = names.slice(0, -1).reduce((o, n) => o[n] as Record<string, unknown>, target);
        (owner[names[names.length - 1]] as (...a: unknown[]) => unknown).apply(
          owner,
          (d.args ?? []).map(arg),
        );
      } else if (d.load !== undefined)
        (target.load as (a?: unknown) => unknown).call(target, d.load ?? undefined);
    }
  });
}
