// `npm run bench [-- --json FILE] [--case TEXT] [--runs N] [--smoke] [--no-build]`: runs every case in bench/cases
// (TypeScript, transpiled as it is required) on the simulator or in plain Node, prints a table, writes
// the rows as JSON with --json, and exits 1 with one line per missed target (docs/performance.md, Targets).
// --smoke runs each case once at its smallest size (checks that cases work; targets are not checked).
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { registerTypeScript } from "../bench/harness/ts-hook.mjs";

registerTypeScript();

/** The newest modification time of a file under `dir` (0 when there is none). */
function newest(dir) {
  let out = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    out = Math.max(out, entry.isDirectory() ? newest(file) : statSync(file).mtimeMs);
  }
  return out;
}

/** The size rows read dist/: it is built first when missing or older than the code (unless --no-build). */
function ensureBuild() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const report = path.join(root, "dist", "entrypoints.json");
  const built = existsSync(report) ? statSync(report).mtimeMs : 0;
  if (
    built >= Math.max(newest(path.join(root, "src")), statSync(path.join(root, "package-lock.json")).mtimeMs)
  )
    return;
  console.error("  building dist/ for the size rows (npm run build)…");
  execFileSync(
    process.execPath,
    [path.join(root, "node_modules/webpack/bin/webpack.js"), "--mode", "production"],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
}
const require = createRequire(import.meta.url);
const {
  allMisses,
  allTargetResults,
  caseFiles,
  formatTable,
  formatTargets,
  jsonRows,
  runCases,
} = require("../bench/harness/index.ts");

function option(name) {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}
const smoke = process.argv.includes("--smoke");
const runs = option("--runs");

const filter = option("--case");
if (
  !smoke &&
  !process.argv.includes("--no-build") &&
  (!filter ||
    ["bundle-size", "bundle taskpane (gzip)", "bundle functions (gzip)"].some((n) => n.includes(filter)))
)
  ensureBuild();

const outcomes = await runCases(require, caseFiles(), {
  filter,
  runs: smoke ? 1 : runs ? Number(runs) : undefined,
  warmups: smoke ? 0 : undefined,
  smallestOnly: smoke,
  onCase: (o) =>
    console.error(`  ${o.name}: ${o.skipped ? `skipped (${o.skipped})` : o.error ? "failed" : "done"}`),
});

console.log(formatTable(outcomes));
if (!smoke) console.log(`\nTargets\n${formatTargets(allTargetResults(outcomes))}`);
const jsonFile = option("--json");
if (jsonFile) writeFileSync(jsonFile, JSON.stringify(jsonRows(outcomes), null, 2) + "\n");

const skipped = outcomes.filter((o) => o.skipped);
for (const o of skipped) console.log(`case skipped: ${o.name}: ${o.skipped}`);
const misses = smoke
  ? outcomes.filter((o) => o.error).map((o) => `${o.name}: failed: ${o.error}`)
  : allMisses(outcomes);
if (misses.length) {
  console.log("");
  for (const m of misses) console.log(`MISSED: ${m}`);
  process.exit(1);
}
console.log(smoke ? "\nbench smoke run: every case ran" : "\nevery target holds");
