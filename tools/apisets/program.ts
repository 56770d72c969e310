// Builds a TypeScript program over the add-in's sources with the project's compiler options, optionally
// with in-memory files (the tests' fixtures) laid over the disk.
import ts from "typescript";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export interface ProgramInput {
  /** The project root: where tsconfig.json and node_modules are. */
  rootDir: string;
  /** Absolute path → source text of files that exist only in memory; when given, only these are roots. */
  virtualFiles?: Record<string, string>;
  /** Folder whose .ts/.tsx files are the roots when no virtual files are given. */
  srcDir?: string;
}

// office-js's declarations are ~200k lines; parse them once per process, not once per program.
const libraryCache = new Map<string, ts.SourceFile>();

function sourceFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFilesUnder(full));
    else if (/\.tsx?$/.test(name) && !name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

function compilerOptions(rootDir: string): ts.CompilerOptions {
  const configPath = path.join(rootDir, "tsconfig.json");
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(read.config ?? {}, ts.sys, rootDir, undefined, configPath);
  const types = new Set(parsed.options.types ?? []);
  types.add("office-js");
  return {
    ...parsed.options,
    types: [...types],
    typeRoots: [path.join(rootDir, "node_modules", "@types")],
    noEmit: true,
    skipLibCheck: true,
  };
}

export function createApiProgram(input: ProgramInput): ts.Program {
  const options = compilerOptions(input.rootDir);
  const virtual = new Map(Object.entries(input.virtualFiles ?? {}).map(([f, t]) => [path.resolve(f), t]));
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = virtual.get(path.resolve(fileName));
    if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
    if (!fileName.includes("node_modules"))
      return getSourceFile(fileName, languageVersion, onError, shouldCreate);
    const key = `${fileName}|${JSON.stringify(languageVersion)}`;
    let cached = libraryCache.get(key);
    if (!cached) {
      cached = getSourceFile(fileName, languageVersion, onError, shouldCreate);
      if (cached) libraryCache.set(key, cached);
    }
    return cached;
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (f) => virtual.has(path.resolve(f)) || fileExists(f);
  const readFile = host.readFile.bind(host);
  host.readFile = (f) => virtual.get(path.resolve(f)) ?? readFile(f);
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (d) => {
    const dir = path.resolve(d) + path.sep;
    for (const f of virtual.keys()) if (f.startsWith(dir)) return true;
    return directoryExists ? directoryExists(d) : ts.sys.directoryExists(d);
  };
  const roots =
    virtual.size > 0
      ? [...virtual.keys()]
      : sourceFilesUnder(input.srcDir ?? path.join(input.rootDir, "src"));
  return ts.createProgram({ rootNames: roots, options, host });
}
