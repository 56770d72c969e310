// One e2e test file = one describeE2E block: a static server for dist/ and one Chromium for the file,
// a fresh page (and so a fresh sample workbook) per journey. Each journey ends with a screenshot and
// fails on any console error, uncaught error, failed load or request outside localhost.
//
//   describeE2E("calls", ({ journey }) => {
//     journey("logs a call", "calls", async (ui) => { await ui.goToPage("Calls"); ... });
//   });
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { findChromium, launchChromium, missingChromiumMessage, type LaunchedBrowser } from "./chromium";
import { guardContext, watchPage } from "./pageWatch";
import { PreviewUi, screenshotDir } from "./previewUi";
import { startStaticServer, type StaticServer } from "./server";

/** Chromium is slow to start on two cores and Fluent is heavy; these limits only stop a stuck test. */
export const JOURNEY_TIMEOUT_MS = 120_000;

export interface JourneyOptions {
  /** Query string for preview.html, e.g. "?sample=blank". */
  query?: string;
  /** Viewport; the default is 1280 × 800. */
  viewport?: { width: number; height: number };
}

export type JourneyBody = (ui: PreviewUi) => Promise<void>;

export interface E2EApi {
  /**
   * A test on a freshly loaded preview. `shot` names the closing screenshot
   * (test-results/e2e/<shot>.png; `failed-<shot>.png` when the journey fails). scripts/screenshots.mjs
   * copies `preview`, `pages-menu`, `taskpane-320-*`, `page-*` and `journey-*` shots into
   * docs/screenshots/ for the README: name a register's main journey `journey-<register>-<step>`.
   */
  journey(title: string, shot: string, body: JourneyBody, options?: JourneyOptions): void;
  /** The running server's base URL, for tests that load other pages. */
  baseUrl(): string;
  /** The browser, for tests of the harness itself that need a bare page. */
  context(): BrowserContext;
}

let noticeShown = false;

export function describeE2E(name: string, define: (api: E2EApi) => void): void {
  jest.setTimeout(JOURNEY_TIMEOUT_MS);
  const executable = findChromium();

  if (!executable) {
    if (process.env.CI) {
      // Under CI the journeys are required: a missing browser is a failure, not a skip.
      describe(name, () => {
        it("has a Chromium to run the browser journeys in", () => {
          throw new Error(`${missingChromiumMessage()} CI is set, so the journeys must run.`);
        });
      });
      return;
    }
    if (!noticeShown) {
      console.warn(`Skipping the browser journeys: ${missingChromiumMessage()}`);
      noticeShown = true;
    }
    const unavailable = () => {
      throw new Error("No browser");
    };
    describe.skip(name, () =>
      define({ journey: (title) => it(title, () => undefined), baseUrl: unavailable, context: unavailable }),
    );
    return;
  }

  describe(name, () => {
    let server: StaticServer | undefined;
    let browser: LaunchedBrowser | undefined;

    beforeAll(async () => {
      server = await startStaticServer();
      browser = await launchChromium(executable);
      await guardContext(browser.context);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    const journey: E2EApi["journey"] = (title, shot, body, options = {}) => {
      it(title, async () => {
        if (!browser || !server) throw new Error("The browser or the server did not start (see beforeAll)");
        const page = await browser.context.newPage();
        if (options.viewport) await page.setViewportSize(options.viewport);
        const watch = await watchPage(page);
        const ui = new PreviewUi(page, watch, server.url);
        let failure: unknown;
        try {
          await ui.open(options.query);
          await body(ui);
        } catch (error) {
          failure = error;
        }
        const problems: string[] = [];
        try {
          await ui.shoot(failure ? `failed-${shot}` : shot);
          // A pass clears the failure picture of an earlier run, so scripts/screenshots.mjs sees a clean set.
          if (!failure) rmSync(join(screenshotDir, `failed-${shot}.png`), { force: true });
        } catch (error) {
          problems.push(`Could not save the screenshot: ${error instanceof Error ? error.message : error}`);
        }
        await page.close();
        problems.push(...watch.problems());
        if (failure) {
          if (problems.length > 0 && failure instanceof Error) {
            failure.message += `\n\nThe page also reported:\n${problems.join("\n")}`;
          }
          throw failure;
        }
        if (problems.length > 0) {
          throw new Error(`The page reported ${problems.length} problem(s):\n${problems.join("\n")}`);
        }
      });
    };

    define({
      journey,
      baseUrl: () => {
        if (!server) throw new Error("The server is not running yet");
        return server.url;
      },
      context: () => {
        if (!browser) throw new Error("The browser is not running yet");
        return browser.context;
      },
    });
  });
}
