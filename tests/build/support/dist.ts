// The production build the build tests look at. scripts/test.mjs builds it before running them.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const root = join(__dirname, "..", "..", "..");
export const distDir = join(root, "dist");

export function distPath(file: string): string {
  const path = join(distDir, file);
  if (!existsSync(path)) {
    throw new Error(
      `dist/${file} is missing: these tests check the production build. ` +
        "Run `npx webpack --mode production` first (`npm test` does it before them).",
    );
  }
  return path;
}

export const readDist = (file: string): string => readFileSync(distPath(file), "utf8");

export interface EntrypointReport {
  files: string[];
  packages: string[];
}

/** dist/entrypoints.json, written by EntrypointsReportPlugin (build/plugins.cjs). */
export const entrypoints = (): Record<string, EntrypointReport> => JSON.parse(readDist("entrypoints.json"));
