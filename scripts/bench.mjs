// `npm run bench [-- --json FILE] [--case TEXT] [--runs N] [--smoke]`: runs every case in bench/cases
// (TypeScript, transpiled as it is required) on the simulator or in plain Node, prints a table, writes
// the rows as JSON with --json, and exits 1 with one line per missed target (issue 9's targets).
// --smoke runs each case once at its smallest size (checks that cases work; targets are not checked).
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { registerTypeScript } from "../bench/harness/ts-hook.mjs";

registerTypeScript();
const require = createRequire(import.meta.url);
const { allMisses, caseFiles, formatTable, jsonRows, runCases } = require("../bench/harness/index.ts");

function option(name) {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}
const smoke = process.argv.includes("--smoke");
const runs = option("--runs");

const outcomes = await runCases(require, caseFiles(), {
  filter: option("--case"),
  runs: smoke ? 1 : runs ? Number(runs) : undefined,
  warmups: smoke ? 0 : undefined,
  smallestOnly: smoke,
  onCase: (o) =>
    console.error(`  ${o.name}: ${o.skipped ? `skipped (${o.skipped})` : o.error ? "failed" : "done"}`),
});

console.log(formatTable(outcomes));
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
