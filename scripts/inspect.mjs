// `npm run inspect -- FILE [--json] [--sheet NAME] [--register ID] [--header-row N] [--map "H=key"]...`:
// runs tools/inspect (TypeScript, transpiled as it is required, like the bench) and prints its report.
import { createRequire } from "node:module";
import { registerTypeScript } from "../bench/harness/ts-hook.mjs";

registerTypeScript();
const require = createRequire(import.meta.url);
const { runInspect } = require("../tools/inspect/index.ts");

const run = await runInspect(process.argv.slice(2));
if (run.stdout) process.stdout.write(run.stdout + "\n");
if (run.stderr) process.stderr.write(run.stderr + "\n");
process.exitCode = run.code;
