// `npm run corpus`: writes the sheets people bring (tools/corpus/files.ts) to tests/fixtures/sheets, the
// files that tests and `npm run inspect` read. Run it after changing files.ts and commit the result.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { registerTypeScript } from "../bench/harness/ts-hook.mjs";

registerTypeScript();
const require = createRequire(import.meta.url);
const { writeCorpus } = require("../tools/corpus/write.ts");

const dir = fileURLToPath(new URL("../tests/fixtures/sheets", import.meta.url));
for (const file of await writeCorpus(dir)) console.log(`wrote ${file}`);
