// The preview's heavy libraries stay out of what Excel loads for the add-in: the formula engine
// (fast-formula-parser, chevrotain), the workbook's zip libraries (fflate to read, jszip to save) and the
// preview's own code must not be in the task pane's initial chunks, the custom functions entry or the
// ribbon commands entry.
// Modules are read from each file's source map (every module webpack put in it, concatenated ones too)
// and from the packages dist/entrypoints.json lists per entry.
import { existsSync, readdirSync } from "node:fs";
import { distDir, distPath, entrypoints, readDist, type EntrypointReport } from "./support/dist";

interface Forbidden {
  what: string;
  matches: (source: string) => boolean;
}

const pkg = (name: string): Forbidden => ({
  what: name,
  matches: (source) => source.includes(`node_modules/${name}/`),
});
const previewCode: Forbidden = {
  what: "src/preview",
  matches: (source) => /(^|\/)src\/preview\//.test(source),
};

// exceljs is not listed: the preview reads .xlsx with its own reader over fflate
// (src/preview/files/package/xlsxPackage.ts) and uses only exceljs's types, so no build holds it and the
// check below, which needs every listed library somewhere in the build, could not see it.
const PREVIEW_LIBRARIES = ["fast-formula-parser", "chevrotain", "fflate", "jszip"].map(pkg);

const FORBIDDEN: Record<string, Forbidden[]> = {
  taskpane: [...PREVIEW_LIBRARIES, previewCode],
  functions: [...PREVIEW_LIBRARIES, previewCode],
  commands: [...PREVIEW_LIBRARIES, previewCode],
};

/** What an entry's files hold: module paths from the source maps, and its packages as node_modules paths. */
type SourcesOf = (file: string) => string[];

/** "entry: file holds what (module)" for each forbidden module found; empty when the entries are clean. */
function isolationViolations(
  report: Record<string, EntrypointReport>,
  sourcesOf: SourcesOf,
  forbidden: Record<string, Forbidden[]> = FORBIDDEN,
): string[] {
  const out: string[] = [];
  for (const [entry, rules] of Object.entries(forbidden)) {
    const info = report[entry];
    if (!info) {
      out.push(`${entry}: not in the build`);
      continue;
    }
    const held = [
      ...info.files.flatMap((file) => sourcesOf(file).map((source) => ({ file, source }))),
      ...info.packages.map((name) => ({ file: "(entry packages)", source: `node_modules/${name}/` })),
    ];
    for (const rule of rules) {
      const hit = held.find(({ source }) => rule.matches(source));
      if (hit) out.push(`${entry}: ${hit.file} holds ${rule.what} (${hit.source})`);
    }
  }
  return out;
}

const mapSources: SourcesOf = (file) =>
  existsSync(distPath(file) + ".map")
    ? (JSON.parse(readDist(`${file}.map`)) as { sources: string[] }).sources
    : [];

const report = entrypoints();

describe("the preview's libraries stay out of the add-in's entries", () => {
  test("no formula engine, workbook reader or preview code in the task pane's initial chunks, functions or commands", () => {
    expect(isolationViolations(report, mapSources)).toEqual([]);
  });

  test("every file checked has its modules listed in a source map, or is a module-less bootstrap", () => {
    for (const entry of Object.keys(FORBIDDEN)) {
      expect({ entry, modules: report[entry].files.flatMap(mapSources).length > 0 }).toEqual({
        entry,
        modules: true,
      });
      for (const file of report[entry].files.filter((f) => mapSources(f).length === 0)) {
        // webpack's start-up stub for an entry whose modules all live in shared chunks: `push([[id],{},…])`.
        expect({ file, code: readDist(file) }).toEqual({
          file,
          code: expect.stringMatching(/\.push\(\[\[\d+\],\{\},/),
        });
        expect({ file, small: readDist(file).length < 1024 }).toEqual({ file, small: true });
      }
    }
  });

  test("the check would see each library: the build has every one of them somewhere, matched by its rule", () => {
    const all = readdirSync(distDir)
      .filter((file) => file.endsWith(".js"))
      .flatMap(mapSources);
    for (const rule of [...PREVIEW_LIBRARIES, previewCode]) {
      expect({ what: rule.what, found: all.some(rule.matches) }).toEqual({ what: rule.what, found: true });
    }
  });

  test("the check fails on an entry that holds one: the preview entry's engine, and a made-up task pane", () => {
    // The preview entry loads the formula engine at start: checked as if it were the task pane, it fails.
    const asTaskpane = { ...report, taskpane: report.preview };
    expect(isolationViolations(asTaskpane, mapSources)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^taskpane: .* holds fast-formula-parser/),
        expect.stringMatching(/^taskpane: .* holds chevrotain/),
        expect.stringMatching(/^taskpane: .* holds src\/preview/),
      ]),
    );
    const fabricated: Record<string, EntrypointReport> = {
      taskpane: { files: ["taskpane.js"], packages: ["react"] },
      functions: { files: ["functions.js"], packages: ["jszip"] },
      commands: { files: ["commands.js"], packages: [] },
    };
    const sources: Record<string, string[]> = {
      "taskpane.js": [
        "webpack://app/./src/taskpane/App.tsx",
        "webpack://app/./node_modules/fuse.js/dist/fuse.mjs",
        "webpack://app/./node_modules/fflate/esm/browser.js",
      ],
      "functions.js": ["webpack://app/./src/functions/functions.ts"],
      "commands.js": ["webpack://app/./src/preview/files/readCsv.ts"],
    };
    expect(isolationViolations(fabricated, (file) => sources[file] ?? [])).toEqual([
      "taskpane: taskpane.js holds fflate (webpack://app/./node_modules/fflate/esm/browser.js)",
      "functions: (entry packages) holds jszip (node_modules/jszip/)",
      "commands: commands.js holds src/preview (webpack://app/./src/preview/files/readCsv.ts)",
    ]);
  });
});
