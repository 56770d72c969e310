// What a page did that a journey must not let pass: requests leaving the machine, uncaught errors,
// console errors and warnings, invalid nesting of elements, failed local loads. Requests outside localhost are aborted before they leave, and
// recorded, so a slip fails the test instead of reaching the internet. Journeys in one file run one
// after another, so "since the watch began" is that journey's share of the context's requests.
import type { BrowserContext, Page, Request } from "playwright-core";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);
/** Schemes that never touch the network. */
const OFFLINE_SCHEMES = new Set(["data:", "blob:", "about:"]);

/** True for a URL the add-in may load: this machine, or in-page data. */
export function isLocalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (OFFLINE_SCHEMES.has(parsed.protocol)) return true;
  return LOCAL_HOSTS.has(parsed.hostname);
}

export interface AllowedProblem {
  /** Matched against the recorded problem text. */
  pattern: RegExp;
  /** Why this one is expected; shown in the report so nothing is allowed silently. */
  reason: string;
}

export interface PageWatch {
  /** Every request URL the page made, local ones included, in order. */
  readonly requests: readonly string[];
  /** Requests to anywhere but localhost since the watch began, from this page or windows it opened. */
  readonly outside: readonly string[];
  /** URLs of windows the page opened (window.open, target=_blank), e.g. an Outlook compose link. */
  readonly popups: readonly string[];
  /** Uncaught errors, console errors and warnings, invalid nesting of elements and failed local loads. */
  readonly errors: readonly string[];
  /** Lets a journey expect a problem it provokes on purpose, with the reason. */
  allow(pattern: RegExp, reason: string): void;
  /** Everything that should fail the journey, readable; empty when the page behaved. */
  problems(): string[];
}

/**
 * Run in the page before its own scripts: reports, as a console error, every element put where HTML does
 * not allow it (a <div> inside a <p>, a button inside a button, a list item outside a list…), at the
 * moment it is added. The journeys run the production build, where React says nothing of this (its
 * validateDOMNesting warning exists only in development), and the browser's own parser never sees
 * elements React creates one by one, so nothing else would catch it.
 */
export const NESTING_WATCH = `(() => {
  const block = "address,article,aside,blockquote,details,div,dl,fieldset,figure,footer,form,h1,h2,h3,h4,h5,h6,header,hr,main,nav,ol,p,pre,section,table,ul";
  const rules = [
    [block.split(",").map((t) => "p " + t).join(","), "p"],
    ["a a, a button, a input, a select, a textarea, button a, button button, button input, button select, button textarea", "a, button"],
    ["form form", "form"],
    ["h1 :is(h1,h2,h3,h4,h5,h6), h2 :is(h1,h2,h3,h4,h5,h6), h3 :is(h1,h2,h3,h4,h5,h6), h4 :is(h1,h2,h3,h4,h5,h6), h5 :is(h1,h2,h3,h4,h5,h6), h6 :is(h1,h2,h3,h4,h5,h6)", "h1,h2,h3,h4,h5,h6"],
    [":is(ul, ol) > :not(li, script, template)", "ul, ol"],
    [":not(ul, ol, menu) > li", null],
  ];
  const seen = new WeakSet();
  const name = (el) => "<" + el.tagName.toLowerCase() + ">";
  const text = (el) => (el.textContent || "").replace(/\\s+/g, " ").trim().slice(0, 60);
  const check = (root) => {
    for (const [selector, outer] of rules) {
      const hits = Array.from(root.querySelectorAll(selector));
      if (root.matches(selector)) hits.unshift(root);
      for (const el of hits) {
        if (seen.has(el)) continue;
        seen.add(el);
        const host = outer ? el.parentElement.closest(outer) : el.parentElement;
        const where = host ? name(host) + ' "' + text(host) + '"' : "the document";
        console.error("Invalid DOM nesting: " + name(el) + " inside " + where);
      }
    }
  };
  const watch = () => {
    if (document.documentElement) check(document.documentElement);
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) check(n);
    }).observe(document, { childList: true, subtree: true });
  };
  watch();
})();`;

function describeRequest(request: Request): string {
  return `${request.method()} ${request.url()} (${request.resourceType()})`;
}

interface Guard {
  /** Blocked requests, described. */
  outside: string[];
  /**
   * Documents requested by windows not yet known to Playwright (a new window's first request comes
   * before its Page exists), oldest first; each new window claims the next, so a window opened onto a
   * blocked URL is still named by that URL rather than by Chromium's error page.
   */
  unclaimedDocuments: string[];
}

const guards = new WeakMap<BrowserContext, Guard>();

function hasFrame(request: Request): boolean {
  try {
    request.frame();
    return true;
  } catch {
    return false;
  }
}

/**
 * Blocks and records every request from the browser context that leaves localhost. Installed on the
 * context, not the page, so windows the page opens are covered from their first request.
 */
export async function guardContext(context: BrowserContext): Promise<Guard> {
  const existing = guards.get(context);
  if (existing) return existing;
  const guard: Guard = { outside: [], unclaimedDocuments: [] };
  guards.set(context, guard);
  await context.route("**/*", async (route) => {
    const request = route.request();
    if (request.isNavigationRequest() && !hasFrame(request)) guard.unclaimedDocuments.push(request.url());
    if (isLocalUrl(request.url())) {
      await route.continue();
      return;
    }
    guard.outside.push(describeRequest(request));
    await route.abort("blockedbyclient");
  });
  return guard;
}

export async function watchPage(page: Page): Promise<PageWatch> {
  const guard = await guardContext(page.context());
  const since = guard.outside.length;
  const requests: string[] = [];
  const sockets: string[] = [];
  const popups: string[] = [];
  const errors: string[] = [];
  const allowed: AllowedProblem[] = [];

  page.on("request", (request) => {
    requests.push(request.url());
  });
  page.on("popup", (popup) => {
    popups.push(guard.unclaimedDocuments.shift() ?? popup.url());
  });
  page.on("websocket", (socket) => {
    if (!isLocalUrl(socket.url())) sockets.push(`WebSocket ${socket.url()}`);
  });
  page.on("pageerror", (error) => {
    errors.push(`Uncaught ${error.name}: ${error.message}${error.stack ? `\n${error.stack}` : ""}`);
  });
  // Warnings count as much as errors: React's warnings (in a development build) and the libraries'
  // own say something is wrong that a person may later meet as a fault.
  page.on("console", (message) => {
    const type = message.type();
    if (type !== "error" && type !== "warning") return;
    const { url, lineNumber } = message.location();
    const kind = type === "error" ? "console.error" : "console.warn";
    errors.push(`${kind}: ${message.text()}${url ? ` (at ${url}:${lineNumber})` : ""}`);
  });
  await page.addInitScript(NESTING_WATCH);
  page.on("response", (response) => {
    if (response.status() >= 400 && isLocalUrl(response.url())) {
      errors.push(`HTTP ${response.status()} for ${response.request().method()} ${response.url()}`);
    }
  });
  page.on("requestfailed", (request) => {
    // Outside requests fail because we aborted them; they are reported under `outside` already.
    if (isLocalUrl(request.url()) && !request.url().startsWith("data:")) {
      errors.push(`Failed to load ${describeRequest(request)}: ${request.failure()?.errorText ?? "?"}`);
    }
  });

  const isAllowed = (problem: string) => allowed.some((a) => a.pattern.test(problem));
  const outsideNow = () => [...guard.outside.slice(since), ...sockets];

  return {
    requests,
    get outside() {
      return outsideNow();
    },
    popups,
    errors,
    allow(pattern, reason) {
      if (!reason.trim()) throw new Error("Say why a page problem is allowed");
      allowed.push({ pattern, reason });
    },
    problems() {
      const out: string[] = [];
      for (const o of outsideNow()) {
        if (!isAllowed(o)) out.push(`Request outside localhost (blocked): ${o}`);
      }
      for (const e of errors) if (!isAllowed(e)) out.push(e);
      return out;
    },
  };
}
