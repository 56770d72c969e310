// `npm run validate [-- path/to/manifest.xml] [-- --production]`: Microsoft's own manifest check.
// office-addin-manifest sends the manifest to Microsoft's validation service, so this needs the
// network; the offline checks live in tests/build/manifest.test.ts and run in `npm test`.
// Exit code: 0 valid, 1 not valid, 2 the service could not be reached (offline, timed out).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { clearTimeout, setTimeout } from "node:timers";

const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve("office-addin-manifest/package.json")), "cli.js");
const args = process.argv.slice(2);
const manifest = args.find((arg) => !arg.startsWith("--")) ?? "manifest.xml";
const flags = args.filter((arg) => arg.startsWith("--"));
const timeoutMs = Number(process.env.VALIDATE_TIMEOUT_MS) || 60_000;

if (!existsSync(manifest)) {
  console.error(`No manifest at ${manifest}.`);
  process.exit(1);
}

console.log(`Validating ${manifest} with Microsoft's validation service (timeout ${timeoutMs / 1000} s)...`);
const child = spawn(process.execPath, [cli, "validate", manifest, ...flags], {
  stdio: ["ignore", "pipe", "pipe"],
});
let output = "";
const echo = (stream, sink) =>
  stream.on("data", (chunk) => {
    output += chunk;
    sink.write(chunk);
  });
echo(child.stdout, process.stdout);
echo(child.stderr, process.stderr);

let timedOut = false;
const timer = setTimeout(() => {
  timedOut = true;
  child.kill("SIGTERM");
}, timeoutMs);

child.on("close", (code) => {
  clearTimeout(timer);
  const unreachable = /Unable to contact|Unable to validate|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/i.test(
    output,
  );
  if (timedOut || unreachable) {
    console.error(
      timedOut
        ? `\nThe validation service did not answer within ${timeoutMs / 1000} s.`
        : "\nThe validation service could not be reached.",
    );
    console.error(
      "Nothing was decided about the manifest. Check the network and retry, or rely on the offline checks\n" +
        "(npx jest tests/build/manifest.test.ts) until you are online. VALIDATE_TIMEOUT_MS changes the timeout.",
    );
    process.exit(2);
  }
  process.exit(code === 0 ? 0 : 1);
});
