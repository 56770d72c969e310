// `node scripts/screenshots.mjs [--prune]`: copies the README's screenshots from the last browser run
// (test-results/e2e/, written by tests/e2e) into docs/screenshots/. It builds and runs nothing: run the
// journeys first (`npm test`, or `npx webpack --mode production && npx jest tests/e2e`).
// --prune also deletes PNGs in docs/screenshots/ that the run no longer produces. Start the run from an
// empty test-results/e2e/ so no picture from an older build is copied.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const from = join(root, "test-results", "e2e");
const to = join(root, "docs", "screenshots");

/**
 * Shots the docs show: the preview (and in a 320 px window), the Pages menu, every page in a 320 px pane
 * (before and after its registers are set up), each page, register journeys.
 */
const README_SHOTS = [
  /^preview\.png$/,
  /^preview-320\.png$/,
  /^pages-menu\.png$/,
  /^taskpane-320-.+\.png$/,
  /^page-.+\.png$/,
  /^journey-.+\.png$/,
];
/** The README links this one; without it the run did not get far enough to be worth copying. */
const REQUIRED = "preview.png";

function fail(message) {
  console.error(`screenshots: ${message}`);
  process.exit(1);
}

if (!existsSync(from)) fail(`${from} does not exist: run the browser journeys first (npx jest tests/e2e).`);
const files = readdirSync(from).filter((f) => f.endsWith(".png"));
const chosenNames = files.filter((f) => README_SHOTS.some((pattern) => pattern.test(f)));
const failed = files.filter((f) => f.startsWith("failed-"));
// A failed journey's picture shows a broken state: refuse when one of the README's own shots failed.
const failedReadme = failed
  .map((f) => f.slice("failed-".length))
  .filter((f) => README_SHOTS.some((pattern) => pattern.test(f)));
if (failedReadme.length > 0) {
  fail(`these README journeys failed in the last run: ${failedReadme.join(", ")}; fix them and run again.`);
}
if (failed.length > 0) console.warn(`screenshots: note, other journeys failed: ${failed.join(", ")}`);
if (!files.includes(REQUIRED)) fail(`${REQUIRED} is missing from ${from}: run tests/e2e/preview.test.ts.`);

const chosen = [...chosenNames].sort();
mkdirSync(to, { recursive: true });
for (const file of chosen) {
  copyFileSync(join(from, file), join(to, file));
  console.log(`docs/screenshots/${file}  (${Math.round(statSync(join(to, file)).size / 1024)} KB)`);
}

if (process.argv.includes("--prune")) {
  for (const file of readdirSync(to).filter((f) => f.endsWith(".png") && !chosen.includes(f))) {
    rmSync(join(to, file));
    console.log(`removed docs/screenshots/${file}`);
  }
}
console.log(`${chosen.length} screenshot(s) copied from test-results/e2e/.`);
