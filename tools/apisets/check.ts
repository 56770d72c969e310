// The requirement-set check (docs/performance.md): every Excel API member the add-in uses must be available
// in the
// ExcelApi version the manifest declares as its minimum, unless the use is guarded (see guards.ts).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Requirement } from "./annotations";
import { ApiUse, collectApiUses } from "./collect";
import { DeclaredSets, manifestSets } from "./manifest";
import { createApiProgram } from "./program";
import { compareVersions, maxVersion, sameSet } from "./versions";

export const EXCEL_API = "ExcelApi";
/** ExcelApi 1.17 is what Office 2024 (perpetual) supports: the newest minimum this add-in may declare. */
export const HIGHEST_ALLOWED_MINIMUM = "1.17";

export interface Finding {
  use: ApiUse;
  requirement: Requirement;
  message: string;
}

export interface ApiSetReport {
  declared: DeclaredSets;
  uses: ApiUse[];
  /** The lowest ExcelApi minimum that covers every unguarded use. */
  floor: string;
  /** The members whose unguarded uses set that floor. */
  floorMembers: string[];
  /** Uses that need more than the manifest declares and are not guarded: these fail the check. */
  violations: Finding[];
  /** Uses of other sets (SharedRuntime, DialogApi, …) the manifest doesn't declare and code doesn't guard. */
  warnings: Finding[];
  /** Problems with the declared minimum itself (missing, above the floor, above 1.17). */
  manifestProblems: string[];
}

export interface CheckInput {
  rootDir: string;
  /** Manifest XML text; read from rootDir/manifest.xml when the key is absent (undefined: no manifest). */
  manifestXml?: string;
  /** In-memory sources (absolute path → text) to check instead of rootDir/src. */
  virtualFiles?: Record<string, string>;
  /** The sources' folder, relative to rootDir (default "src"). */
  srcDir?: string;
}

/** The simulator implements the API rather than calling it, and tests are not shipped. */
export function inScope(relativeToSrc: string): boolean {
  return !relativeToSrc.startsWith("preview/") && !/\.test\.tsx?$/.test(relativeToSrc);
}

const guardCovers = (use: ApiUse, req: Requirement): boolean =>
  use.guards.some((g) => sameSet(g.set, req.set) && compareVersions(g.version, req.version) >= 0);

function declaredVersion(declared: DeclaredSets, set: string): string | undefined {
  const key = Object.keys(declared).find((k) => sameSet(k, set));
  return key === undefined ? undefined : declared[key];
}

const where = (u: ApiUse): string => `${u.file}:${u.line}:${u.column}`;

/** Every API use in the sources (the slow part: it type-checks the program). */
export function collectUses(input: Omit<CheckInput, "manifestXml">): ApiUse[] {
  const srcDir = input.srcDir ?? "src";
  const program = createApiProgram({
    rootDir: input.rootDir,
    virtualFiles: input.virtualFiles,
    srcDir: path.join(input.rootDir, srcDir),
  });
  const prefix = srcDir.replace(/\/?$/, "/");
  return collectApiUses(program, {
    rootDir: input.rootDir,
    inScope: (rel) => rel.startsWith(prefix) && inScope(rel.slice(prefix.length)),
  });
}

export function readManifest(rootDir: string): string | undefined {
  const manifestPath = path.join(rootDir, "manifest.xml");
  return existsSync(manifestPath) ? readFileSync(manifestPath, "utf8") : undefined;
}

export function checkApiSets(input: CheckInput): ApiSetReport {
  const manifestXml = "manifestXml" in input ? input.manifestXml : readManifest(input.rootDir);
  return evaluateUses(collectUses(input), manifestXml);
}

/** Holds the uses to the manifest's minimums (cheap: no compiling). */
export function evaluateUses(uses: ApiUse[], manifestXml: string | undefined): ApiSetReport {
  const sets = manifestXml === undefined ? { top: {}, overrides: {} } : manifestSets(manifestXml);
  const declared = sets.top;
  // A set declared only for the extension points (e.g. CustomFunctionsRuntime) still means the code
  // that runs there has it; ExcelApi is held to the top-level minimum.
  const declaredAnywhere = { ...sets.overrides, ...sets.top };
  const excelMin = declaredVersion(declared, EXCEL_API);
  const violations: Finding[] = [];
  const warnings: Finding[] = [];
  const unguardedExcel: { use: ApiUse; version: string }[] = [];
  for (const use of uses) {
    for (const req of use.needs) {
      if (guardCovers(use, req)) continue;
      const min = declaredVersion(declaredAnywhere, req.set);
      if (sameSet(req.set, EXCEL_API)) {
        unguardedExcel.push({ use, version: req.version });
        if (excelMin === undefined || compareVersions(req.version, excelMin) > 0) {
          violations.push({
            use,
            requirement: req,
            message: `${where(use)} ${use.member} needs ExcelApi ${req.version} but manifest.xml declares ${excelMin ?? "no ExcelApi minimum"} and the use is not behind isSetSupported("ExcelApi", "${req.version}")`,
          });
        }
      } else if (req.set.startsWith("Excel")) {
        // ExcelApiOnline / ExcelApiDesktop exist only on one platform: always guard them.
        violations.push({
          use,
          requirement: req,
          message: `${where(use)} ${use.member} needs ${req.set} ${req.version}, which only some Excel platforms have; guard it with isSetSupported("${req.set}", "${req.version}")`,
        });
      } else if (min !== undefined && compareVersions(req.version, min) > 0) {
        violations.push({
          use,
          requirement: req,
          message: `${where(use)} ${use.member} needs ${req.set} ${req.version} but manifest.xml declares ${req.set} ${min}`,
        });
      } else if (min === undefined) {
        warnings.push({
          use,
          requirement: req,
          message: `${where(use)} ${use.member} needs ${req.set} ${req.version}, which manifest.xml does not declare and the code does not check`,
        });
      }
    }
  }

  const floor = maxVersion(unguardedExcel.map((u) => u.version));
  const floorMembers = [
    ...new Set(
      unguardedExcel.filter((u) => compareVersions(u.version, floor) === 0).map((u) => u.use.member),
    ),
  ].sort();

  const manifestProblems: string[] = [];
  if (manifestXml === undefined) manifestProblems.push("no manifest.xml");
  else if (excelMin === undefined) {
    manifestProblems.push(
      `manifest.xml declares no <Set Name="ExcelApi" MinVersion="…"/> in its <Requirements>`,
    );
  } else {
    if (compareVersions(excelMin, floor) > 0) {
      manifestProblems.push(
        `manifest.xml declares ExcelApi ${excelMin} but the code needs only ${floor}: declare ${floor}`,
      );
    }
    if (compareVersions(excelMin, HIGHEST_ALLOWED_MINIMUM) > 0) {
      manifestProblems.push(
        `manifest.xml declares ExcelApi ${excelMin}, above ${HIGHEST_ALLOWED_MINIMUM} (Office 2024)`,
      );
    }
  }
  const overrideMin = declaredVersion(sets.overrides, EXCEL_API);
  if (overrideMin !== undefined && compareVersions(overrideMin, floor) > 0) {
    manifestProblems.push(
      `manifest.xml's VersionOverrides requires ExcelApi ${overrideMin} for the ribbon and custom functions but the code needs only ${floor}: declare ${floor} there too`,
    );
  }
  if (compareVersions(floor, HIGHEST_ALLOWED_MINIMUM) > 0) {
    manifestProblems.push(
      `unguarded code needs ExcelApi ${floor} (${floorMembers.join(", ")}), above ${HIGHEST_ALLOWED_MINIMUM} (Office 2024): guard those uses`,
    );
  }
  return { declared, uses, floor, floorMembers, violations, warnings, manifestProblems };
}
