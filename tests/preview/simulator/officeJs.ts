// Microsoft's own Office.js (the excel-web build shipped in @microsoft/office-js) loaded in a sandbox with
// just enough of a browser to define Excel.RequestContext: operations queue as in Excel, and the request
// body Office.js would send is built without a host (nothing is sent). The yardstick for what the
// simulator counts as a request's size.
import { readFileSync } from "node:fs";
import { runInContext, createContext } from "node:vm";

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
