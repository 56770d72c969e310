// Runs the cases in bench/cases: loads each file, measures it at each size, and collects outcomes.
// Loading is passed in so the CLI (a transpile-on-require hook) and jest (ts-jest) share this code.
import { readdirSync } from "node:fs";
import path from "node:path";
import { measureCase, type MeasureOptions } from "./measure";
import type { BenchCase, CaseOutcome } from "./types";

export const CASES_DIR = path.resolve(__dirname, "..", "cases");

export function caseFiles(dir = CASES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".d.ts"))
    .sort()
    .map((f) => path.join(dir, f));
}

const isCase = (c: Partial<BenchCase> | undefined): c is BenchCase =>
  !!c && typeof c.name === "string" && typeof c.setup === "function" && typeof c.run === "function";

/** The file's case, or its cases when it exports a list (one per register, say); undefined when neither. */
function asCases(mod: unknown): BenchCase[] | undefined {
  const m = mod as { default?: unknown; benchCase?: unknown } | undefined;
  const c = (m?.default ?? m?.benchCase) as Partial<BenchCase> | Partial<BenchCase>[] | undefined;
  if (Array.isArray(c)) return c.length > 0 && c.every(isCase) ? c : undefined;
  return isCase(c) ? [c] : undefined;
}

/** A case whose module (or one of its project imports) doesn't exist yet is skipped, not failed. */
function missingModule(error: unknown): string | undefined {
  const e = error as { code?: string; message?: string };
  if (e?.code !== "MODULE_NOT_FOUND" && !/Cannot find module/.test(e?.message ?? "")) return undefined;
  const name = /Cannot find module '([^']+)'/.exec(e.message ?? "")?.[1] ?? "?";
  // Only the project's own modules may be missing (a feature not landed yet); a missing package is an error.
  return name.startsWith(".") || path.isAbsolute(name) ? `module missing (${name})` : undefined;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface RunOptions extends MeasureOptions {
  /** Only cases whose name or file contains this text. */
  filter?: string;
  /** Run every case at only its smallest size, or its smokeSize (a smoke run). */
  smallestOnly?: boolean;
  /** Called after each case, for progress output. */
  onCase?: (outcome: CaseOutcome) => void;
}

export async function runCases(
  load: (file: string) => unknown,
  files: readonly string[],
  options: RunOptions = {},
): Promise<CaseOutcome[]> {
  const outcomes: CaseOutcome[] = [];
  for (const file of files) {
    const base = path.basename(file).replace(/\.tsx?$/, "");
    let cases: BenchCase[] | undefined;
    try {
      cases = asCases(load(file));
    } catch (error) {
      const missing = missingModule(error);
      const outcome: CaseOutcome = missing
        ? { file, name: base, rows: [], skipped: missing, targets: {} }
        : { file, name: base, rows: [], error: message(error), targets: {} };
      outcomes.push(outcome);
      options.onCase?.(outcome);
      continue;
    }
    if (!cases) {
      const outcome = {
        file,
        name: base,
        rows: [],
        error: "no BenchCase export (default or benchCase)",
        targets: {},
      };
      outcomes.push(outcome);
      options.onCase?.(outcome);
      continue;
    }
    for (const benchCase of cases) {
      if (options.filter && !benchCase.name.includes(options.filter) && !base.includes(options.filter))
        continue;
      const outcome: CaseOutcome = { file, name: benchCase.name, rows: [], targets: benchCase.targets ?? {} };
      try {
        const sizes = [...(benchCase.sizes ?? [1])].sort((a, b) => a - b);
        const smoke = benchCase.smokeSize !== undefined ? [benchCase.smokeSize] : sizes.slice(0, 1);
        for (const rows of options.smallestOnly ? smoke : sizes)
          outcome.rows.push(await measureCase(benchCase, rows, options));
      } catch (error) {
        const missing = missingModule(error);
        if (missing) outcome.skipped = missing;
        else outcome.error = message(error);
      }
      outcomes.push(outcome);
      options.onCase?.(outcome);
    }
  }
  return outcomes;
}
