// `npm run reference`: writes README.md's "Function reference" section from the JSDoc of
// src/functions/functions.ts (build/function-reference.cjs). `--check` only says whether it is current.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { withReference } = require("../build/function-reference.cjs");

const readmePath = new URL("../README.md", import.meta.url);
const readme = readFileSync(readmePath, "utf8");
const next = withReference(readme);
if (process.argv.includes("--check")) {
  if (next !== readme) {
    console.error("README.md's Function reference is out of date: run npm run reference");
    process.exitCode = 1;
  }
} else if (next !== readme) {
  writeFileSync(readmePath, next);
  console.log("README.md: Function reference rewritten from src/functions/functions.ts");
} else {
  console.log("README.md: Function reference already current");
}
