// The production build's sizes (gzipped, level 9, as the build tests count them): the task pane's
// initial JavaScript, and the custom functions entry, which Excel loads on its own and keeps small.
// Read from dist/ (scripts/bench.mjs builds it first when it is missing or older than src/).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { BenchCase, CaseContext } from "../harness";

const DIST = path.resolve(__dirname, "..", "..", "dist");
const KIB = 1024;

function entryFiles(entry: string): string[] {
  const report = path.join(DIST, "entrypoints.json");
  if (!existsSync(report))
    throw new Error("dist/ has no production build: run `npm run build`, then the bench again");
  const files = (JSON.parse(readFileSync(report, "utf8")) as Record<string, { files: string[] }>)[entry]
    ?.files;
  if (!files) throw new Error(`dist/entrypoints.json has no "${entry}" entry`);
  return files;
}

const gzipped = (files: string[]) =>
  files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(DIST, f)), { level: 9 }).length, 0);

function sizeCase(entry: string, label: string, maxSizeBytes: number): BenchCase<CaseContext> {
  return {
    name: `bundle ${entry} (gzip)`,
    runs: 1,
    warmups: 0,
    targets: { maxSizeBytes, label },
    setup: () => ({ dataBytes: 1 }),
    run: () => {
      const files = entryFiles(entry);
      return { sizeBytes: gzipped(files), dataBytes: files.length };
    },
  };
}

export default [
  sizeCase("taskpane", "task pane initial JS (gzip)", 120 * KIB),
  sizeCase("functions", "custom functions entry (gzip)", 10 * KIB),
];
