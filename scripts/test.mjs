// `npm test`: every check a change must pass, in order, with one closing count.
// Each step counts as one check; jest runs add one per test. Writes test-results/summary.json.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";

const results = { passed: 0, failed: 0, skipped: 0, steps: [] };
mkdirSync("test-results", { recursive: true });
const bin = (name) => `node_modules/.bin/${name}`;

function step(name, cmd, args) {
  console.log(`\n== ${name}: ${[cmd, ...args].join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  const ok = r.status === 0;
  results.steps.push({ name, ok });
  return ok;
}

function countStep(name, ok) {
  if (ok) results.passed += 1;
  else results.failed += 1;
}

function jestStep(name, projects) {
  const out = `test-results/jest-${name}.json`;
  const ok = step(name, process.execPath, [
    "node_modules/jest/bin/jest.js",
    "--selectProjects",
    ...projects,
    "--json",
    "--outputFile",
    out,
  ]);
  if (!existsSync(out)) {
    countStep(name, false);
    return;
  }
  const report = JSON.parse(readFileSync(out, "utf8"));
  results.passed += report.numPassedTests;
  results.failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  results.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  if (!ok && report.numFailedTests === 0 && !report.numRuntimeErrorTestSuites) results.failed += 1;
}

countStep("typecheck", step("typecheck", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]));
countStep("eslint", step("eslint", bin("eslint"), ["."]));
countStep("prettier", step("prettier", bin("prettier"), ["--check", "."]));
jestStep("unit", ["node", "dom"]);
const built = step("production build", bin("webpack"), ["--mode", "production"]);
countStep("production build", built);
if (built) jestStep("build-and-browser", ["build"]);

writeFileSync("test-results/summary.json", JSON.stringify(results, null, 2));
console.log("\n" + results.steps.map((s) => `${s.ok ? "ok  " : "FAIL"} ${s.name}`).join("\n"));
const skipped = results.skipped ? `, ${results.skipped} skipped` : "";
console.log(`${results.passed} passed, ${results.failed} failed${skipped}`);
process.exit(results.failed === 0 ? 0 : 1);
