// What a page did that a journey must not let pass: requests leaving the machine, uncaught errors,
// console errors, failed local loads. Requests outside localhost are aborted before they leave, and
// recorded, so a slip fails the test instead of reaching the internet.
import type { Page, Request } from "playwright-core";

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
  /** Requests to anywhere but localhost (aborted). */
  readonly outside: readonly string[];
  /** Uncaught errors, console errors and failed local loads. */
  readonly errors: readonly string[];
  /** Lets a journey expect a problem it provokes on purpose, with the reason. */
  allow(pattern: RegExp, reason: string): void;
  /** Everything that should fail the journey, readable; empty when the page behaved. */
  problems(): string[];
}

function describeRequest(request: Request): string {
  return `${request.method()} ${request.url()} (${request.resourceType()})`;
}

export async function watchPage(page: Page): Promise<PageWatch> {
  const requests: string[] = [];
  const outside: string[] = [];
  const errors: string[] = [];
  const allowed: AllowedProblem[] = [];

  page.on("request", (request) => {
    requests.push(request.url());
  });
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (isLocalUrl(request.url())) {
      await route.continue();
      return;
    }
    outside.push(describeRequest(request));
    await route.abort("blockedbyclient");
  });
  page.on("websocket", (socket) => {
    if (!isLocalUrl(socket.url())) outside.push(`WebSocket ${socket.url()}`);
  });
  page.on("pageerror", (error) => {
    errors.push(`Uncaught ${error.name}: ${error.message}${error.stack ? `\n${error.stack}` : ""}`);
  });
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const { url, lineNumber } = message.location();
    errors.push(`console.error: ${message.text()}${url ? ` (at ${url}:${lineNumber})` : ""}`);
  });
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

  return {
    requests,
    outside,
    errors,
    allow(pattern, reason) {
      if (!reason.trim()) throw new Error("Say why a page problem is allowed");
      allowed.push({ pattern, reason });
    },
    problems() {
      const out: string[] = [];
      for (const o of outside) {
        if (!isAllowed(o)) out.push(`Request outside localhost (blocked): ${o}`);
      }
      for (const e of errors) if (!isAllowed(e)) out.push(e);
      return out;
    },
  };
}
