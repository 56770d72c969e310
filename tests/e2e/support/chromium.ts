// Finding and starting Debian's Chromium for the journeys. playwright-core brings no browser of its own
// (and we download none); CHROMIUM_PATH points at another build when /usr/bin/chromium is not there.
import { accessSync, constants, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

const DEFAULT_PATH = "/usr/bin/chromium";

/** Flags for a quiet, offline-minded headless Chromium that runs as root in containers. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to drive, or null when none is installed. CHROMIUM_PATH wins when set. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : [DEFAULT_PATH];
  return candidates.find(isExecutable) ?? null;
}

export function missingChromiumMessage(env: NodeJS.ProcessEnv = process.env): string {
  const where = env.CHROMIUM_PATH ? `CHROMIUM_PATH=${env.CHROMIUM_PATH}` : DEFAULT_PATH;
  return (
    `No Chromium found at ${where}. The browser journeys (tests/e2e) need it: ` +
    "install Debian's package (`apt-get install chromium`) or set CHROMIUM_PATH to a Chromium binary."
  );
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** Closes the browser and removes its profile directory. */
  close(): Promise<void>;
}

/** Starts Chromium with a fresh, throw-away profile, so no state leaks between runs or files. */
export async function launchChromium(executablePath: string): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "backoffice-e2e-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
      locale: "en-GB",
      timezoneId: "Europe/London",
      // A fixed colour scheme keeps screenshots and contrast checks the same on every machine.
      colorScheme: "light",
      reducedMotion: "reduce",
    });
    return {
      context,
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
