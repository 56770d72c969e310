// `node scripts/apisets.mjs [--json FILE]`: the Excel/Office API members src/ uses, by requirement set,
// the lowest ExcelApi minimum the code needs, and every use the manifest's minimum does not cover.
// Exits 1 when the check fails (the same check jest runs in tests/tools/apisets.test.ts).
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { registerTypeScript } from "../bench/harness/ts-hook.mjs";

registerTypeScript();
const require = createRequire(import.meta.url);
const { checkApiSets, formatReport } = require("../tools/apisets/index.ts");

const rootDir = fileURLToPath(new URL("..", import.meta.url));
const report = checkApiSets({ rootDir });
console.log(formatReport(report));
const jsonAt = process.argv.indexOf("--json");
if (jsonAt > 0 && process.argv[jsonAt + 1]) {
  writeFileSync(process.argv[jsonAt + 1], JSON.stringify(report, null, 2));
}
process.exit(report.violations.length || report.manifestProblems.length ? 1 : 0);
