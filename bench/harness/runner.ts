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

function asCase(mod: unknown): BenchCase | undefined {
  const m = mod as { default?: unknown; benchCase?: unknown } | undefined;
  const c = (m?.default ?? m?.benchCase) as Partial<BenchCase> | undefined;
  return c && typeof c.name === "string" && typeof c.setup === "function" && typeof c.run === "function"
    ? (c as BenchCase)
    : undefined;
}

/** A case whose module (or one of its project imports) doesn't exist yet is skipped, not failed. */
function missingModule(error: unknown): string | undefined {
  const e = error as { code?: string; message?: string };
  if (e?.code !== "MODULE_NOT_FOUND" && !/Cannot find module/.test(e?.message ?? "")) return undefined;
  const name = /Cannot find module '([^']+)'/.exec(e.message ?? "")?.[1] ?? "?";
  // Only the project's own modules may be missing (a feature not landed yet); a missing package is an error.
  return name.startsWith(".") || path.isAbsolute(name) ? `module missing (${name})` : undefined;
}

export interface RunOptions extends MeasureOptions {
  /** Only cases whose name or file contains this text. */
  filter?: string;
  /** Run every case at only its smallest size (a smoke run). */
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
    let outcome: CaseOutcome;
    try {
      const benchCase = asCase(load(file));
      if (!benchCase) {
        outcome = {
          file,
          name: base,
          rows: [],
          error: "no BenchCase export (default or benchCase)",
          targets: {},
        };
      } else {
        if (options.filter && !benchCase.name.includes(options.filter) && !base.includes(options.filter))
          continue;
        const sizes = [...(benchCase.sizes ?? [1])].sort((a, b) => a - b);
        outcome = { file, name: benchCase.name, rows: [], targets: benchCase.targets ?? {} };
        for (const rows of options.smallestOnly ? sizes.slice(0, 1) : sizes) {
          outcome.rows.push(await measureCase(benchCase, rows, options));
        }
      }
    } catch (error) {
      const missing = missingModule(error);
      outcome = missing
        ? { file, name: base, rows: [], skipped: missing, targets: {} }
        : {
            file,
            name: base,
            rows: [],
            error: error instanceof Error ? error.message : String(error),
            targets: {},
          };
    }
    outcomes.push(outcome);
    options.onCase?.(outcome);
  }
  return outcomes;
}
